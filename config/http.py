"""Request types for views, so the type checker knows `request.htmx` and `request.user`.

As in django-htmx's example project (HtmxHttpRequest) and healthchecks (AuthenticatedHttpRequest).
"""

from django.contrib.auth.models import User
from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails


class HtmxHttpRequest(HttpRequest):
    htmx: HtmxDetails


class AuthenticatedHttpRequest(HtmxHttpRequest):
    """A request behind @login_required: its user is a real account."""

    user: User
