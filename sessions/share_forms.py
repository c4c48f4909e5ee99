"""The form that makes a share link."""

import re
from datetime import timedelta
from typing import Any

from django import forms
from django.utils import timezone

from points.models import Complaint
from sessions import shares
from sessions.forms import ReportPeriodForm, complaint_field


class ShareForm(ReportPeriodForm):
    label = forms.CharField(
        label="Who it is for (optional)",
        max_length=80,
        required=False,
        help_text='Shown on the report and in your list, e.g. "Dr Lee".',
    )
    complaint = complaint_field(label="Complaint", queryset=Complaint.objects.order_by("name"))
    include_notes = forms.BooleanField(label="Include my notes", required=False, initial=True)
    include_safety = forms.BooleanField(
        label="Include my safety answers", required=False, initial=True
    )
    days = forms.IntegerField(
        label="Valid for (days)",
        min_value=1,
        max_value=shares.MAX_DAYS,
        initial=shares.DEFAULT_DAYS,
        help_text=f"1 to {shares.MAX_DAYS} days. You can withdraw it at any time.",
        error_messages={
            "min_value": f"Choose from 1 to {shares.MAX_DAYS} days.",
            "max_value": f"Choose from 1 to {shares.MAX_DAYS} days.",
            "invalid": f"Enter a whole number of days, 1 to {shares.MAX_DAYS}.",
            "required": f"Enter how many days the link works, 1 to {shares.MAX_DAYS}.",
        },
    )
    form_token = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["start"].initial = today - timedelta(days=30)
        self.fields["end"].initial = today
        self.fields["days"].widget.attrs.update({"inputmode": "numeric"})

    def clean_label(self) -> str:
        # "For Dr Lee" would read "for For Dr Lee" in the report's banner.
        return re.sub(r"^for\s+", "", self.cleaned_data["label"].strip(), flags=re.IGNORECASE)
