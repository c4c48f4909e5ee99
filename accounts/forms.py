from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User


class SignupForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):  # type: ignore[name-defined]  # django-stubs lacks it
        model = User
        fields = ("username", "email")
        labels = {"email": "Email (optional)"}
        help_texts = {
            "email": "Only kept with your account; we send no newsletters.",
        }

    adult = forms.BooleanField(
        label="I am 18 or over",
        help_text=(
            "This app is for adults: children's symptoms need different checks, so ask a "
            "doctor or pharmacist about a child."
        ),
        error_messages={"required": "This app is for adults: please confirm you are 18 or over."},
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs["autocomplete"] = "email"


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
        if not self.user.check_password(password):
            raise forms.ValidationError("That is not your password; nothing was deleted.")
        return password
