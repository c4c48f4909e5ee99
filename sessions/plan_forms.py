"""The forms of plans: start one (its dose within the routine's limits), and its reminders."""

from datetime import date, time
from typing import Any

from django import forms
from django.forms.widgets import DateTimeBaseInput
from django.utils import timezone

from points.models import DOSE_LIMITS, Protocol
from sessions import plans
from sessions.reminders import WEEKDAY_CHOICES, WEEKDAYS

# Reminder times by sessions a day: morning, evening, and midday for a third.
DEFAULT_TIMES = {1: [time(19, 0)], 2: [time(8, 0), time(20, 0)], 3: [time(8), time(14), time(20)]}
# Reminder days by days a week, spread over the week.
DEFAULT_DAYS = {
    1: ["MO"],
    2: ["MO", "TH"],
    3: ["MO", "WE", "FR"],
    4: ["MO", "TU", "TH", "FR"],
    5: ["MO", "TU", "WE", "TH", "FR"],
    6: ["MO", "TU", "WE", "TH", "FR", "SA"],
    7: WEEKDAYS,
}


class _IsoInput(DateTimeBaseInput):
    """A date or time picker (`input_type`) that drops a value it cannot show (an <input
    type=date> or type=time takes ISO values only): the error under it says what was wrong."""

    def __init__(self, input_type: str, format: str) -> None:
        super().__init__(attrs={"type": input_type}, format=format)

    def format_value(self, value: Any) -> str | None:
        if isinstance(value, str):
            try:
                (date if self.input_type == "date" else time).fromisoformat(value)
            except ValueError:
                return None
        return super().format_value(value)


def _dose_field(name: str, label: str) -> forms.IntegerField:
    low, high = DOSE_LIMITS[name]
    message = f"Choose a number from {low} to {high}."
    return forms.IntegerField(
        label=label,
        min_value=low,
        max_value=high,
        help_text=f"From {low} to {high}.",
        error_messages={
            "required": message,
            "invalid": message,
            "min_value": message,
            "max_value": message,
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class PlanForm(forms.Form):
    start_date = forms.DateField(
        label="Start on",
        widget=_IsoInput("date", format="%Y-%m-%d"),
        error_messages={"required": "Choose a start date.", "invalid": "Enter a date."},
    )
    sessions_per_day = _dose_field("sessions_per_day", "Sessions a day")
    days_per_week = _dose_field("days_per_week", "Days a week")
    weeks = _dose_field("weeks", "Weeks")
    streaks = forms.BooleanField(
        label="Show a streak (days in a row with a session)",
        required=False,
        help_text="Off unless you want it. A day without a session is never held against you.",
    )

    def __init__(self, *args: Any, protocol: Protocol, **kwargs: Any) -> None:
        today = timezone.localdate()
        kwargs.setdefault(
            "initial",
            {
                "start_date": today,
                "sessions_per_day": protocol.sessions_per_day,
                "days_per_week": protocol.days_per_week,
                "weeks": protocol.weeks,
                "streaks": False,
            },
        )
        super().__init__(*args, **kwargs)
        self.earliest, self.latest = plans.start_bounds(today)
        self.fields["start_date"].widget.attrs.update(
            {"min": self.earliest.isoformat(), "max": self.latest.isoformat()}
        )
        self.fields["start_date"].help_text = (
            f"From {self.earliest:%-d %b} to {self.latest:%-d %b %Y}: up to a week back, if "
            "you began already, or up to 30 days ahead."
        )

    def clean_start_date(self) -> date:
        day = self.cleaned_data["start_date"]
        if not self.earliest <= day <= self.latest:
            raise forms.ValidationError(
                f"Choose a date from {self.earliest:%-d %b %Y} to {self.latest:%-d %b %Y}."
            )
        return day


class PlanReminderForm(forms.Form):
    """When the plan's reminders go off: one time per session a day, and for a plan of fewer
    than 7 days a week, which days."""

    days = forms.MultipleChoiceField(
        label="On these days",
        choices=WEEKDAY_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Pick days from the list."},
    )

    def __init__(self, *args: Any, plan: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan = plan
        times = DEFAULT_TIMES[min(3, max(1, plan.sessions_per_day))]
        for index, at in enumerate(times, start=1):
            label = "Remind me at" if len(times) == 1 else f"Session {index} at"
            self.fields[f"at{index}"] = forms.TimeField(
                label=label,
                initial=at,
                widget=_IsoInput("time", format="%H:%M"),
                error_messages={"required": "Enter a time.", "invalid": "Enter a time."},
            )
        if plan.days_per_week >= 7:
            del self.fields["days"]
        else:
            days = self.fields["days"]
            days.initial = DEFAULT_DAYS[plan.days_per_week]
            days.help_text = (
                f"Your plan asks for {plan.days_per_week} days a week: pick the days that suit you."
            )

    @classmethod
    def defaults(cls, plan: Any) -> dict[str, Any]:
        """The form's values when the plan page's link is followed without choosing."""
        times = DEFAULT_TIMES[min(3, max(1, plan.sessions_per_day))]
        data: dict[str, Any] = {f"at{i}": f"{at:%H:%M}" for i, at in enumerate(times, start=1)}
        if plan.days_per_week < 7:
            data["days"] = DEFAULT_DAYS[plan.days_per_week]
        return data

    @property
    def days_field(self) -> forms.BoundField | None:
        return self["days"] if "days" in self.fields else None

    @property
    def time_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name.startswith("at")]

    def times(self) -> list[time]:
        return [self.cleaned_data[name] for name in self.fields if name.startswith("at")]

    def weekdays(self) -> list[str]:
        if "days" not in self.fields:
            return list(WEEKDAYS)
        return self.cleaned_data.get("days") or DEFAULT_DAYS[self.plan.days_per_week]
