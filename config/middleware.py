from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.response import HttpResponseRedirectBase
from django.shortcuts import resolve_url
from django.urls import reverse
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails


class ContentSecurityPolicyMiddleware:
    """Send the Content-Security-Policy header from settings on every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class HtmxLoginRedirectMiddleware:
    """An htmx request whose login has expired goes to the login page as a whole page
    (HX-Redirect), to come back to the page the user was on. Else htmx follows the login
    redirect and swaps the login page into the part that posted, whose `next` is the URL posted
    to, which answers 405 after logging in (user-experience review, D3). Goes after django-htmx's
    middleware, which sets `request.htmx`."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        htmx = getattr(request, "htmx", None)
        if not htmx or not isinstance(response, HttpResponseRedirectBase):
            return response
        location = urlsplit(response["Location"])
        if location.path != urlsplit(resolve_url(settings.LOGIN_URL)).path:
            return response
        query = QueryDict(location.query, mutable=True)
        page = _page_of(request, htmx)
        if page:
            query[REDIRECT_FIELD_NAME] = page
        else:
            query.pop(REDIRECT_FIELD_NAME, None)
        login = location._replace(query=query.urlencode(safe="/"))
        return HttpResponseClientRedirect(urlunsplit(login))


def _page_of(request: HttpRequest, htmx: HtmxDetails) -> str | None:
    """The page an htmx request was made from: its HX-Current-URL (same site only), else the
    session page for a session's posts, else none (logging in then goes home)."""
    if htmx.current_url_abs_path:
        return htmx.current_url_abs_path
    match = request.resolver_match
    if match and match.namespace == "sessions" and "pk" in match.kwargs:
        return reverse("sessions:detail", args=[match.kwargs["pk"]])
    return None
