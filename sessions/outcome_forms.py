"""The weekly check-in (PEG or one rating) and the end-of-plan question (PGIC)."""

from typing import Any

from django import forms

from points.models import Complaint
from sessions.forms import RatingField
from sessions.models import PGIC_CHOICES, CheckIn
from sessions.outcomes import PEG_ITEMS

PGIC_ERROR = "Choose one of the seven answers, from very much improved to very much worse."


class CheckInForm(forms.Form):
    """PEG's three items for a pain complaint; otherwise the complaint's own rating, asked about
    the past week."""

    def __init__(self, *args: Any, kind: str, complaint: Complaint, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        if kind == CheckIn.Kind.PEG:
            for item in PEG_ITEMS:
                self.fields[item.field] = RatingField(
                    label=item.question, rating_low=item.low, rating_high=item.high
                )
        else:
            question = complaint.rating_question.strip()
            self.fields["rating"] = RatingField(
                label=f"Over the past week, on average: {question[:1].lower()}{question[1:]}",
                rating_low=complaint.rating_low,
                rating_high=complaint.rating_high,
            )

    @classmethod
    def initial_from(cls, check_in: CheckIn | None) -> dict[str, int]:
        """The answers already given this week, to change them."""
        if check_in is None:
            return {}
        names = ("pain_average", "enjoyment", "activity", "rating")
        values = {name: getattr(check_in, name) for name in names}
        return {name: value for name, value in values.items() if value is not None}


class ReviewForm(forms.Form):
    pgic = forms.TypedChoiceField(
        choices=PGIC_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": PGIC_ERROR, "invalid_choice": PGIC_ERROR},
    )

    def __init__(self, *args: Any, complaint: Complaint, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pgic"].label = f"Since the plan began, my {complaint.name.lower()} overall is:"
