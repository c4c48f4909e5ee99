"""Production hardening the settings point at: login lockout (per account and per address), a
sign-up limit, throttled password re-checks and no caching of logged-in pages. Error reports:
config/error_reports.py; logs: config/redaction.py."""

import ipaddress
import math
import time

from axes.backends import AxesStandaloneBackend
from axes.exceptions import AxesBackendPermissionDenied
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from config.middleware import Middleware


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the one our own proxies saw (never a forged one)."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        forwarded = [address.strip() for address in forwarded if address.strip()]
        # Each trusted proxy appends the address it saw; anything further left is client-made.
        if len(forwarded) >= proxies and _is_address(forwarded[-proxies]):
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _is_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def count_in_window(key: str, window: int) -> int:
    """Add one to the counter `key` for the current `window` seconds in the "shared" cache and
    return it (fixed windows, one key each)."""
    cache = caches["shared"]
    key = f"{key}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        return 1
    # incr() writes with the cache's default timeout (5 minutes), not the window's.
    cache.touch(key, timeout=window)
    return count


def count_so_far(key: str, window: int) -> int:
    """The counter `key` of the current window, without adding to it."""
    return caches["shared"].get(f"{key}:{int(time.time() // window)}") or 0


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
            if address_failures(request) >= settings.ADDRESS_FAILURE_LIMIT:
                request.axes_locked_out = True  # AxesMiddleware answers with lockout_response
                request.axes_address_locked_out = True
                raise AxesBackendPermissionDenied("Too many failed logins from this address.")
        return ModelBackend.authenticate(self, request, username, password, **kwargs)


def address_failures(request: HttpRequest) -> int:
    """Failed logins from this client's address over every username (password spraying), in
    the cool-off window. django-axes stores one row per username and address; it has a single
    failure limit for all its parameter sets, too low for a whole address (a household or a
    clinic shares one), so this higher limit is counted here from the same rows."""
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    failures = AccessAttempt.objects.filter(
        ip_address=client_ip(request), attempt_time__gt=since
    ).aggregate(total=Sum("failures_since_start"))
    return failures["total"] or 0


def lockout_response(request: HttpRequest, original_response, credentials) -> HttpResponse:
    """django-axes' answer to a locked-out login: a page saying why and how long to wait."""
    by_address = getattr(request, "axes_address_locked_out", False)
    limit = settings.ADDRESS_FAILURE_LIMIT if by_address else settings.AXES_FAILURE_LIMIT
    context = {
        "action": "log-in-address" if by_address else "log-in",
        "failure_limit": limit,
        "wait_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "registration/lockout.html", context, status=429)


class PasswordRecheck:
    """Throttle for forms that ask a logged-in user for their password again (password change,
    account deletion): someone holding a session must not guess the password without limit.
    Failures count per user in the "shared" cache (app servers keep no state); after
    AXES_FAILURE_LIMIT in one window of AXES_COOLOFF_TIME the form refuses every password, the
    right one too, until the window ends."""

    def __init__(self, user) -> None:
        self.user = user
        self.key = f"password-recheck:{user.pk}"
        self.limit = settings.AXES_FAILURE_LIMIT
        self.window = int(settings.AXES_COOLOFF_TIME.total_seconds())

    @property
    def locked(self) -> bool:
        return count_so_far(self.key, self.window) >= self.limit

    def verify(self, password: str, *, wrong: str) -> None:
        """Raise ValidationError (code "throttled" once locked) unless `password` is the
        user's; while locked, without checking it."""
        if not self.locked:
            if self.user.check_password(password):
                return
            count_in_window(self.key, self.window)
            if not self.locked:
                raise ValidationError(wrong, code="password_incorrect")
        minutes = math.ceil((self.window - time.time() % self.window) / 60)
        raise ValidationError(
            f"The password was wrong {self.limit} times, so this is paused to protect your "
            f"account. Please try again in {minutes} minute{'s' if minutes != 1 else ''}.",
            code="throttled",
        )


class SignupRateLimitMiddleware(Middleware):
    """Answer 429 to sign-up posts beyond SIGNUP_RATE_LIMIT per client address and window.

    Counts live in the "shared" cache, a database table every app server shares.
    """

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.url_name != "signup":
            return None
        limit, window = settings.SIGNUP_RATE_LIMIT
        if count_in_window(f"signup:{client_ip(request)}", window) <= limit:
            return None
        context = {"action": "sign-up", "failure_limit": limit, "wait_minutes": window // 60}
        return render(request, "registration/lockout.html", context, status=429)


class NoStoreForUsersMiddleware(Middleware):
    """`Cache-Control: no-store, private` on every response to a logged-in user, unless the
    view chose its own Cache-Control: their pages carry health data (history, sessions,
    reports, exports, home), which no browser or proxy cache should keep (ASVS 8.2.1).
    Anonymous catalog pages stay cacheable; static files never get here (WhiteNoise)."""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and "Cache-Control" not in response:
            response["Cache-Control"] = "no-store, private"
        return response
