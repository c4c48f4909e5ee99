import zoneinfo

from django import forms

from points.models import Complaint, Contraindication, Protocol, RedFlag
from sessions.models import GuidedSession, SessionStep

YES_NO = [("yes", "Yes"), ("no", "No")]
PAIN_CHOICES = [(level, str(level)) for level in range(11)]
PAIN_ERROR = "Choose a pain level from 0 (no pain) to 10 (worst imaginable)."

LEG_AREAS = [
    ("foot", "Foot"),
    ("ankle", "Ankle"),
    ("calf", "Calf"),
    ("shin", "Shin"),
    ("knee", "Knee"),
    ("thigh", "Thigh"),
    ("hip", "Hip or buttock"),
    ("lower_back", "Lower back"),
]
FEELINGS = [
    ("aching", "Aching"),
    ("cramping", "Cramping"),
    ("sharp", "Sharp or stabbing"),
    ("burning", "Burning"),
    ("throbbing", "Throbbing"),
    ("stiffness", "Stiff"),
    ("numbness", "Numb"),
    ("tingling", "Tingling"),
    ("weakness", "Weak"),
]


def pain_field(label: str = "Pain level") -> forms.TypedChoiceField:
    return forms.TypedChoiceField(
        label=label,
        choices=PAIN_CHOICES,
        coerce=int,
        widget=forms.RadioSelect(attrs={"class": "pain-option"}),
        error_messages={"required": PAIN_ERROR, "invalid_choice": PAIN_ERROR},
    )


def yes_no_field(question: str) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=question,
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please answer yes or no.",
            "invalid_choice": "Answer yes or no.",
        },
    )


class SafetyForm(forms.Form):
    """The safety check before a session: red flags, contraindications and pain before."""

    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(
        self,
        *args,
        red_flags: list[RedFlag],
        contraindications: list[Contraindication],
        complaint: Complaint,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.red_flags = red_flags
        self.contraindications = contraindications
        for flag in red_flags:
            self.fields[f"flag_{flag.pk}"] = yes_no_field(flag.question)
        for contraindication in contraindications:
            self.fields[f"caution_{contraindication.pk}"] = yes_no_field(contraindication.question)
        self.fields["pain_before"] = pain_field()
        self.asks_where = complaint.asks_where_it_hurts
        if self.asks_where:
            self.fields["pain_side"] = forms.ChoiceField(
                label="Which side hurts?",
                required=False,
                choices=[("", "Not sure")] + list(GuidedSession.Side.choices),
                widget=forms.RadioSelect,
            )
            self.fields["pain_areas"] = forms.MultipleChoiceField(
                label="Where does it hurt?",
                required=False,
                choices=LEG_AREAS,
                widget=forms.CheckboxSelectMultiple,
            )
            self.fields["pain_feelings"] = forms.MultipleChoiceField(
                label="What does it feel like?",
                required=False,
                choices=FEELINGS,
                widget=forms.CheckboxSelectMultiple,
            )

    def red_flag_fields(self) -> list[forms.BoundField]:
        return [self[f"flag_{flag.pk}"] for flag in self.red_flags]

    def contraindication_fields(self) -> list[forms.BoundField]:
        return [self[f"caution_{c.pk}"] for c in self.contraindications]

    def yes_to(self, prefix: str, items: list) -> set[int]:
        return {item.pk for item in items if self.cleaned_data[f"{prefix}_{item.pk}"] == "yes"}


class FinishForm(forms.Form):
    pain_after = pain_field("Pain level now")
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Anything worth remembering: what helped, what did not.",
    )


class StepActionForm(forms.Form):
    ACTIONS = ["start", "pause", "resume", "next", "comfort"]

    position = forms.IntegerField(min_value=0)
    action = forms.ChoiceField(choices=[(action, action) for action in ACTIONS])
    comfort = forms.ChoiceField(choices=SessionStep.Comfort.choices, required=False)

    def clean(self) -> dict:
        data = super().clean()
        if data.get("action") == "comfort" and not data.get("comfort"):
            self.add_error("comfort", "Choose how the pressure feels.")
        return data


class HistoryFilterForm(forms.Form):
    complaint = forms.ModelChoiceField(
        queryset=Complaint.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All complaints",
    )
    protocol = forms.ModelChoiceField(
        queryset=Protocol.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All routines",
        label="Routine",
    )


class ReportForm(forms.Form):
    complaint = forms.ModelChoiceField(
        queryset=Complaint.objects.all(), to_field_name="slug", empty_label=None
    )
    start = forms.DateField(label="From", widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label="To", widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError("The start date must be on or before the end date.")
        if start and end and (end - start).days > 366:
            raise forms.ValidationError("Choose a period of at most one year.")
        return data


def time_zone_choices() -> list[tuple[str, str]]:
    return [(zone, zone.replace("_", " ")) for zone in sorted(zoneinfo.available_timezones())]


class ReminderForm(forms.Form):
    protocol = forms.ModelChoiceField(
        queryset=Protocol.objects.published(),
        to_field_name="slug",
        empty_label=None,
        label="Routine",
    )
    days = forms.MultipleChoiceField(
        label="On these days",
        choices=[
            ("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"),
            ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday"),
        ],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Pick at least one day."},
    )  # fmt: skip
    at = forms.TimeField(label="At", widget=forms.TimeInput(attrs={"type": "time"}))
    zone = forms.ChoiceField(
        label="Your time zone",
        choices=time_zone_choices,
        widget=forms.Select(attrs={"data-browser-zone": ""}),
    )
