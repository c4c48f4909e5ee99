from django import forms
from django.contrib.auth.forms import (
    AuthenticationForm,
    PasswordChangeForm,
    SetPasswordForm,
    UserCreationForm,
)
from django.contrib.auth.models import User

from accounts import zones
from accounts.models import Profile
from config.security import PasswordRecheck


class BrowserZoneField(forms.CharField):
    """A hidden field that static/js/time-zone.js fills with the browser's time zone. Never an
    error: a missing or unknown zone is just not taken (cleans to "")."""

    def __init__(self, **kwargs) -> None:
        widget = forms.HiddenInput(attrs={"data-browser-zone": ""})
        super().__init__(required=False, widget=widget, **kwargs)

    def clean(self, value) -> str:
        zone = super().clean(value)
        return zone if zones.is_valid_zone(zone) else ""


class SignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):  # type: ignore[name-defined]  # django-stubs lacks it
        model = User
        fields = ("username", "email")
        labels = {"email": "Email (optional)"}
        help_texts = {
            "email": "Only to reset a forgotten password: without it, it cannot be reset. "
            "We send no newsletters.",
        }

    adult = forms.BooleanField(
        label="I am 18 or over",
        help_text=(
            "This app is for adults: children's symptoms need different checks, so ask a "
            "doctor or pharmacist about a child."
        ),
        error_messages={"required": "This app is for adults: please confirm you are 18 or over."},
    )

    time_zone = BrowserZoneField()

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def validate_password_for_user(self, user, password_field_name: str = "password2") -> None:
        # Under "Password", where it was typed, not under "Password confirmation" (D20).
        super().validate_password_for_user(user, "password1")  # type: ignore[misc]

    def save(self, commit: bool = True) -> User:
        user = super().save(commit=commit)
        if commit:
            Profile.objects.create(user=user, time_zone=self.cleaned_data["time_zone"])
        return user


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        PasswordRecheck(self.user).verify(
            password, wrong="That is not your password; nothing was deleted."
        )
        return password


class ThrottledPasswordChangeForm(PasswordChangeForm):
    """Django's password change, with the old password checked under the re-check throttle and
    a weak new password named under "New password", where it was typed."""

    def validate_password_for_user(self, user, password_field_name: str = "new_password2") -> None:
        super().validate_password_for_user(user, "new_password1")

    def clean_old_password(self) -> str:
        old_password = self.cleaned_data["old_password"]
        PasswordRecheck(self.user).verify(
            old_password, wrong=str(self.error_messages["password_incorrect"])
        )
        return old_password


class LoginForm(AuthenticationForm):
    time_zone = BrowserZoneField()


class ResetPasswordForm(SetPasswordForm):
    """Django's form for the new password from a reset link, its errors under "New password"."""

    def validate_password_for_user(self, user, password_field_name: str = "new_password2") -> None:
        super().validate_password_for_user(user, "new_password1")


class SettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(
        label="Your time zone",
        choices=zones.zone_choices,
        help_text="Your history, reports and downloads show times in this zone.",
    )

    class Meta:
        model = Profile
        fields = ["time_zone", "time_zone_from_browser"]
        labels = {"time_zone_from_browser": "Take it from my device each time I log in"}
        help_texts = {
            "time_zone_from_browser": "Untick to keep the zone above, for example while away."
        }
