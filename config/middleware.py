import contextlib
import zoneinfo
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse, QueryDict
from django.http.response import HttpResponseRedirectBase
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils import timezone
from django_htmx.http import HttpResponseClientRedirect
from django_htmx.middleware import HtmxDetails

from accounts import zones


class Middleware:
    """Django's middleware shape: keeps the next handler and, unless overridden, calls it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(Middleware):
    """Send the Content-Security-Policy header from settings on every response."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", settings.CONTENT_SECURITY_POLICY)
        return response


class HtmxLoginRedirectMiddleware(Middleware):
    """An htmx request whose login has expired goes to the login page as a whole page
    (HX-Redirect), to come back to the page the user was on. Else htmx follows the login
    redirect and swaps the login page into the part that posted, whose `next` is the URL posted
    to, which answers 405 after logging in (user-experience review, D3). Goes after django-htmx's
    middleware, which sets `request.htmx`."""

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


class UserTimeZoneMiddleware(Middleware):
    """Show times in the user's own zone: activate the zone kept in the Django session (put
    there at login and when the user changes it, accounts/zones.py), else the site's TIME_ZONE.
    Costs no query: the session is read anyway by every page, and a request without a session
    cookie is not even looked at. A session from before the zone was kept is given it once."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        zone = _session_zone(request)
        # Else the site's zone, also for a zone the time zone database has dropped since.
        with contextlib.suppress(zoneinfo.ZoneInfoNotFoundError, ValueError):
            if zone:
                timezone.activate(zoneinfo.ZoneInfo(zone))
        try:
            return self.get_response(request)
        finally:
            # The active zone belongs to the thread, which serves other users next. A streamed
            # download runs later: it takes the zone when its view creates it (exports.py).
            timezone.deactivate()


def _session_zone(request: HttpRequest) -> str:
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return ""
    zone = request.session.get(zones.SESSION_KEY)
    if zone is None and request.user.is_authenticated:
        zone = zones.stored_zone(request.user)
        zones.remember(request.session, zone)
    return zone or ""
