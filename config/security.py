"""Production hardening the settings point at: login lockout, a sign-up limit, and error
reports without health data (pain levels, notes, safety answers). Logs: config/redaction.py."""

import re
from collections.abc import Callable

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.datastructures import MultiValueDict
from django.views.debug import SafeExceptionReporterFilter

# POST fields and variable names that carry health data in this app.
HEALTH_FIELDS = re.compile(
    r"^(pain|note$|flag_|caution_|comfort|red_flag|contraindication_)", flags=re.IGNORECASE
)


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the one our own proxies saw (never a forged one)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        # Each trusted proxy appends the address it saw; anything further left is client-made.
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


class LockoutModelBackend(AxesStandaloneBackend, ModelBackend):
    """Django's model backend behind django-axes' lockout check, as one backend.

    One backend keeps `login(request, user)` working without a `backend` argument (sign-up).
    Calls without a request (the shell, `client.login()` in tests) cannot be rate-limited
    per client and skip the check; every login form passes its request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None:
            # Raises PermissionDenied while this client is locked out.
            super().authenticate(request, username, password, **kwargs)
        return ModelBackend.authenticate(self, request, username, password, **kwargs)


def lockout_response(request: HttpRequest, original_response, credentials) -> HttpResponse:
    """django-axes' answer to a locked-out login: a page saying why and how long to wait."""
    context = {
        "action": "log-in",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "wait_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "registration/lockout.html", context, status=429)


class SignupRateLimitMiddleware:
    """Answer 429 to sign-up posts beyond SIGNUP_RATE_LIMIT per client address and window.

    Counts live in the "shared" cache, a database table every app server shares.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name != "signup":
            return None
        limit, window = settings.SIGNUP_RATE_LIMIT
        cache = caches["shared"]
        key = f"signup:{client_ip(request)}"
        cache.add(key, 0, timeout=window)
        try:
            attempts = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=window)
            attempts = 1
        if attempts <= limit:
            return None
        context = {"action": "sign-up", "failure_limit": limit, "wait_minutes": window // 60}
        return render(request, "registration/lockout.html", context, status=429)


class HealthDataReporterFilter(SafeExceptionReporterFilter):
    """Error reports (admin emails, the debug page) never show health data.

    Hides POST fields and local variables named like pain_*, note, flag_*, caution_*, comfort,
    whatever the view's own `sensitive_post_parameters` say, in debug mode too.
    """

    def cleanse_health(self, key, value):
        if isinstance(key, str) and HEALTH_FIELDS.search(key):
            return self.cleansed_substitute
        if isinstance(value, dict):
            return {k: self.cleanse_health(k, v) for k, v in value.items()}
        if isinstance(value, MultiValueDict):
            return self.cleanse_multivaluedict(value)
        return value

    def cleanse_multivaluedict(self, values: MultiValueDict) -> MultiValueDict:
        cleansed = values.copy()
        for key in cleansed:
            if HEALTH_FIELDS.search(key):
                cleansed.setlist(key, [self.cleansed_substitute])
        return cleansed

    def get_post_parameters(self, request):
        parameters = super().get_post_parameters(request)
        if isinstance(parameters, MultiValueDict) and parameters:
            return self.cleanse_multivaluedict(parameters)
        return parameters

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleanse_health(name, value)) for name, value in variables]
