from datetime import date, timedelta
from typing import Any

from django import forms
from django.db import models
from django.utils import timezone

from accounts import zones
from points.models import Complaint, Contraindication, Protocol, RedFlag
from sessions.models import GuidedSession, SessionStep
from sessions.reminders import WEEKDAY_CHOICES
from sessions.services import LIMBS

YES_NO = [("yes", "Yes"), ("no", "No")]
PAIN_CHOICES = [(level, str(level)) for level in range(11)]

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


class RatingField(forms.TypedChoiceField):
    """A 0-10 rating, drawn as a scale whose ends say what 0 and 10 mean (the template reads
    `field.field.rating_low` and `rating_high`)."""

    template_name = "sessions/partials/pain_scale.html"
    rating_low = ""
    rating_high = ""

    def __init__(self, *, rating_low: str, rating_high: str, **kwargs: Any) -> None:
        error = f"Choose a number from 0 ({rating_low.lower()}) to 10 ({rating_high.lower()})."
        kwargs.setdefault("error_messages", {"required": error, "invalid_choice": error})
        widget = forms.RadioSelect(attrs={"class": "pain-option"})
        super().__init__(choices=PAIN_CHOICES, coerce=int, widget=widget, **kwargs)
        # Field.__init__ sets the instance's template_name from its argument (None by default).
        self.template_name = type(self).template_name
        self.rating_low, self.rating_high = rating_low, rating_high


def pain_field(complaint: Complaint | None, *, now: bool = False) -> RatingField:
    """The 0-10 rating in the complaint's own words (pain, sleep, tension); 10 is the worst."""
    rating = complaint or Complaint()  # a deleted complaint: the pain words
    question = rating.rating_question
    if now:
        question = question.removesuffix("?") + " now?"
    return RatingField(rating_low=rating.rating_low, rating_high=rating.rating_high, label=question)


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


def limb_field() -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label="If yes: which arm or leg?",
        required=False,
        choices=[(key, name.capitalize()) for key, name in LIMBS.items()],
        widget=forms.CheckboxSelectMultiple,
        help_text="Points on the limbs you tick are skipped.",
    )


class SafetyForm(forms.Form):
    """The safety check before a session: red flags, contraindications and pain before."""

    token = forms.UUIDField(widget=forms.HiddenInput)
    hands_free = forms.BooleanField(
        label="Hands-free (voice guidance)",
        required=False,
        help_text="After one Start tap the routine runs by itself: a voice says each point and "
        "side, a chime marks the end of each side, and the next one starts. You can turn it off "
        "on any step.",
    )

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
            if contraindication.asks_which_limb:
                self.fields[f"limbs_{contraindication.pk}"] = limb_field()
        self.fields["pain_before"] = pain_field(complaint)
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

    def contraindication_fields(self) -> list[tuple[forms.BoundField, forms.BoundField | None]]:
        """Each contraindication's yes/no question, with its which-limb question if it has one."""
        return [
            (self[f"caution_{c.pk}"], self[f"limbs_{c.pk}"] if c.asks_which_limb else None)
            for c in self.contraindications
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for c in self.contraindications:
            if not c.asks_which_limb:
                continue
            answer, name = data.get(f"caution_{c.pk}"), f"limbs_{c.pk}"
            if answer == "yes" and not data.get(name):
                self.add_error(name, "Tick the arm or leg it concerns, so we can skip its points.")
            elif answer != "yes":
                data[name] = []  # limbs ticked before a "no" do not count
        return data

    def yes_to(self, prefix: str, items: list) -> set[int]:
        return {item.pk for item in items if self.cleaned_data[f"{prefix}_{item.pk}"] == "yes"}

    def limbs(self) -> dict[int, set[str]]:
        """The limbs named for each contraindication that asks which limb."""
        return {
            c.pk: set(self.cleaned_data[f"limbs_{c.pk}"])
            for c in self.contraindications
            if c.asks_which_limb and self.cleaned_data.get(f"limbs_{c.pk}")
        }


class FinishForm(forms.Form):
    note = forms.CharField(
        label="Note (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Anything worth remembering: what helped, what did not.",
    )

    field_order = ["pain_after", "note"]

    def __init__(self, *args, complaint: Complaint | None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pain_after"] = pain_field(complaint, now=True)
        self.order_fields(self.field_order)


class StepAction(models.TextChoices):
    """What a button on a step posts (the `action` field of every step form)."""

    START = "start", "Start"
    PAUSE = "pause", "Pause"
    RESUME = "resume", "Resume"
    NEXT = "next", "Next"
    # Hands-free: end this side and start the next one, in one post (the page sends it when
    # the time is up).
    ADVANCE = "advance", "Next, and start it"
    BACK = "back", "Back to the previous side"
    COMFORT = "comfort", "How the pressure feels"


class StepActionForm(forms.Form):
    position = forms.IntegerField(min_value=0)
    action = forms.TypedChoiceField(choices=StepAction.choices, coerce=StepAction)
    comfort = forms.ChoiceField(choices=SessionStep.Comfort.choices, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("action") == StepAction.COMFORT and not data.get("comfort"):
            self.add_error("comfort", "Choose how the pressure feels.")
        return data

    def arguments(self) -> dict:
        """What the action's service takes besides the session and the user."""
        data = self.cleaned_data
        extra = {"comfort": data["comfort"]} if data["action"] == StepAction.COMFORT else {}
        return {"position": data["position"], **extra}


def complaint_field(**options: Any) -> forms.ModelChoiceField:
    """A complaint chosen by its slug; left empty, all complaints."""
    defaults: dict[str, Any] = {"queryset": Complaint.objects.all(), "required": False}
    defaults |= {"to_field_name": "slug", "empty_label": "All complaints"}
    return forms.ModelChoiceField(**(defaults | options))


class HistoryFilterForm(forms.Form):
    complaint = complaint_field()
    protocol = forms.ModelChoiceField(
        queryset=Protocol.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="All routines",
        label="Routine",
    )


# The report's first possible day; the last is tomorrow in the user's zone. Beyond them the
# period's date arithmetic would leave the calendar (year 1 or 9999 in a zone off UTC).
REPORT_EARLIEST = date(2000, 1, 1)


def report_date_field(label: str) -> forms.DateField:
    return forms.DateField(
        label=label,
        # ISO, the only format a date input takes: a locale's "01/11/2026" leaves it empty.
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date"}),
        error_messages={"invalid": "Enter a real date, as year-month-day (2026-03-01)."},
    )


# The longest period one report (its page, PDF, share link or FHIR file) covers.
LONGEST_PERIOD_DAYS = 366


class ReportPeriodForm(forms.Form):
    """A report's period: both days from REPORT_EARLIEST to tomorrow in the user's zone, the
    start first, at most LONGEST_PERIOD_DAYS apart."""

    start = report_date_field("From")
    end = report_date_field("To")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.latest = timezone.localdate() + timedelta(days=1)
        for name in ("start", "end"):
            attrs = {"min": REPORT_EARLIEST.isoformat(), "max": self.latest.isoformat()}
            self.fields[name].widget.attrs.update(attrs)

    def clean_start(self) -> date | None:
        return self._within_bounds(self.cleaned_data.get("start"))

    def clean_end(self) -> date | None:
        return self._within_bounds(self.cleaned_data.get("end"))

    def _within_bounds(self, day: date | None) -> date | None:
        if day is not None and not REPORT_EARLIEST <= day <= self.latest:
            raise forms.ValidationError(
                f"Choose a date from {REPORT_EARLIEST:%-d %b %Y} to {self.latest:%-d %b %Y}."
            )
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self.check_period(data.get("start"), data.get("end"))
        return data

    def check_period(self, start: date | None, end: date | None) -> None:
        if start and end and start > end:
            raise forms.ValidationError("The start date must be on or before the end date.")
        if start and end and (end - start).days > LONGEST_PERIOD_DAYS:
            raise forms.ValidationError("Choose a period of at most one year.")


# The paper sizes of the report's PDF (sessions.pdf), the first the default.
PAPERS = [("a4", "A4"), ("letter", "Letter")]


class IncludeForm(forms.Form):
    """What a report (its page, PDF or FHIR file) includes. An unticked box is not sent, so
    `chosen=1` (a hidden input the report form always sends) tells a form the user sent from a
    bare link (the see-a-doctor warning's, the export's), which includes both."""

    include_notes = forms.BooleanField(
        label="Notes", required=False, initial=True, help_text="Your notes on each session."
    )
    include_safety = forms.BooleanField(
        label="Safety answers",
        required=False,
        initial=True,
        help_text="The safety questions you answered yes, and what they changed.",
    )

    def __init__(self, data: Any = None, *args: Any, **kwargs: Any) -> None:
        if data is not None and not data.get("chosen"):
            data = data.copy()
            data.setdefault("include_notes", "on")
            data.setdefault("include_safety", "on")
        super().__init__(data, *args, **kwargs)


class ReportForm(ReportPeriodForm, IncludeForm):
    """The report's complaint (empty: all of them), period and what it includes; the PDF's
    paper."""

    complaint = complaint_field()
    paper = forms.ChoiceField(
        choices=PAPERS,
        required=False,
        error_messages={"invalid_choice": "Choose A4 or Letter paper."},
    )

    def clean_paper(self) -> str:
        return self.cleaned_data["paper"] or PAPERS[0][0]


class ReminderForm(forms.Form):
    protocol = forms.ModelChoiceField(
        queryset=Protocol.objects.published(),
        to_field_name="slug",
        empty_label=None,
        label="Routine",
    )
    days = forms.MultipleChoiceField(
        label="On these days",
        choices=WEEKDAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Pick at least one day."},
    )
    at = forms.TimeField(label="At", widget=forms.TimeInput(attrs={"type": "time"}))
    zone = forms.ChoiceField(
        label="Your time zone",
        choices=zones.zone_choices,  # grouped by area: ~600 zones are no single list
        widget=forms.Select(attrs={"data-browser-zone": ""}),
    )
