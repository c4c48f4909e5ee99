import hashlib

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from accounts import zones
from accounts.forms import (
    DeleteAccountForm,
    LoginForm,
    ResetPasswordForm,
    SettingsForm,
    SignupForm,
    ThrottledPasswordChangeForm,
)
from accounts.models import Profile
from config.http import AuthenticatedHttpRequest
from config.security import client_ip, count_in_window


@sensitive_post_parameters("password1", "password2")
@never_cache
@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("points:home")
    next_url = _safe_next(request)
    form = SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user)
        messages.success(request, f"Welcome, {user.username}. Your account is ready.")
        return redirect(next_url or resolve_url(settings.LOGIN_REDIRECT_URL))
    return render(request, "registration/signup.html", {"form": form, "next": next_url})


def _safe_next(request: HttpRequest) -> str:
    """The `next` URL from the form or query string, or "" if it points off this site."""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return ""


@sensitive_post_parameters("password")
@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    """Delete the account and everything logged under it, after the password confirms it."""
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        username = user.get_username()
        logout(request)
        with transaction.atomic():
            user.delete()  # sessions, steps and answers go with it (CASCADE)
            _forget_login_attempts(username)
        messages.success(request, "Your account and all its data have been deleted.")
        return redirect("points:home")
    status = 429 if form.has_error("password", "throttled") else 200
    return render(request, "registration/account_delete.html", {"form": form}, status=status)


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's view; too many wrong old passwords pause it (429), as a login lockout does."""

    form_class = ThrottledPasswordChangeForm

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.has_error("old_password", "throttled"):
            response.status_code = 429
        return response


def _forget_login_attempts(username: str) -> None:
    """Rate-limit records keep the username; they go with the account."""
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username=username).delete()


# --- Login with the browser's time zone, settings -----------------------------------------------


class LoginView(auth_views.LoginView):
    """Django's login, which also takes the time zone the browser reports (a hidden field)."""

    authentication_form = LoginForm

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)  # logged in: the session has the stored zone
        if zone := form.cleaned_data["time_zone"]:
            profile = zones.take_browser_zone(user=form.get_user(), zone=zone)
            if profile:
                zones.remember(self.request.session, profile.time_zone)
        return response

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(**kwargs) | {
            "password_reset": settings.PASSWORD_RESET_BY_EMAIL
        }


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def account_settings(request: AuthenticatedHttpRequest) -> HttpResponse:
    profile = Profile.objects.filter(user=request.user).first() or Profile(user=request.user)
    form = SettingsForm(
        request.POST or None,
        instance=profile,
        initial={"time_zone": profile.time_zone or settings.TIME_ZONE},
    )
    if request.method == "POST" and form.is_valid():
        profile = form.save()
        zones.remember(request.session, profile.time_zone)
        messages.success(request, f"Saved: times now show in {profile.time_zone}.")
        return redirect("account_settings")
    return render(request, "registration/settings.html", {"form": form})


# --- Password reset by email: Django's views -------------------------------------------------


class ResetByEmailOnly:
    """The reset pages exist only where the site can send mail (EMAIL_URL in production):
    else they would promise a message that never comes."""

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not settings.PASSWORD_RESET_BY_EMAIL:
            raise Http404("This site sends no email, so it cannot reset passwords.")
        return super().dispatch(request, *args, **kwargs)  # type: ignore[misc]


class PasswordResetView(ResetByEmailOnly, auth_views.PasswordResetView):
    """Django's view (its answer never tells whether an account has the address; the link is
    built from the request's host, which ALLOWED_HOSTS vouches for), with two limits: requests
    per client address (a 429 page, as for sign-up), and mails per email address, beyond which
    the same "check your inbox" page is shown and nothing is sent."""

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        limit, window = settings.PASSWORD_RESET_RATE_LIMIT
        if count_in_window(f"password-reset:{client_ip(request)}", window) > limit:
            context = {"action": "password-reset", "wait_minutes": window // 60}
            return render(request, "registration/lockout.html", context, status=429)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form) -> HttpResponse:
        limit, window = settings.PASSWORD_RESET_EMAIL_LIMIT
        # Hashed: the cache table keeps no email addresses, and keys stay short.
        email = hashlib.sha256(form.cleaned_data["email"].casefold().encode()).hexdigest()
        if count_in_window(f"password-reset-email:{email}", window) > limit:
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)


class PasswordResetDoneView(ResetByEmailOnly, auth_views.PasswordResetDoneView):
    pass


class PasswordResetConfirmView(ResetByEmailOnly, auth_views.PasswordResetConfirmView):
    form_class = ResetPasswordForm

    def form_valid(self, form: ResetPasswordForm) -> HttpResponse:
        response = super().form_valid(form)
        # Locked out by wrong guesses? The owner of the mailbox may log in again at once.
        _forget_login_attempts(form.user.get_username())
        return response


class PasswordResetCompleteView(ResetByEmailOnly, auth_views.PasswordResetCompleteView):
    pass
