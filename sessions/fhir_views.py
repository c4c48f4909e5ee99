"""The FHIR R4 export: all of the user's log, or one report's (a complaint and a period)."""

import json
from datetime import date, timedelta
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from config.http import AuthenticatedHttpRequest
from points.models import Complaint
from sessions import fhir
from sessions.forms import REPORT_EARLIEST, report_date_field
from sessions.views import _download

# The longest period one export covers, as the report allows.
LONGEST_PERIOD_DAYS = 366


class FhirExportForm(forms.Form):
    """What to export: no parameters is everything; a complaint (empty for all) and a period is
    one report's data."""

    complaint = forms.ModelChoiceField(
        queryset=Complaint.objects.all(),
        to_field_name="slug",
        required=False,
        error_messages={"invalid_choice": "There is no such complaint."},
    )
    start = report_date_field("From")
    end = report_date_field("To")
    include_patient = forms.BooleanField(
        required=False, label="Add my name and email to the export"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["start"].required = False
        self.fields["end"].required = False
        self.latest = timezone.localdate() + timedelta(days=1)

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
        start, end = data.get("start"), data.get("end")
        if self.errors:
            return data
        if (start is None) != (end is None):
            raise forms.ValidationError("Give both dates of the period, or neither.")
        if start and end and start > end:
            raise forms.ValidationError("The start date must be on or before the end date.")
        if start and end and (end - start).days > LONGEST_PERIOD_DAYS:
            raise forms.ValidationError("Choose a period of at most one year.")
        return data


def _errors(form: forms.Form) -> str:
    return " ".join(str(message) for messages in form.errors.values() for message in messages)


@login_required
@require_GET
def export_fhir(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = FhirExportForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"error": _errors(form)}, status=400)
    data = form.cleaned_data
    document = fhir.bundle(
        user=request.user,
        complaint=data["complaint"],
        start=data["start"],
        end=data["end"],
        include_patient_details=data["include_patient"],
    )
    chunks = [json.dumps(document, ensure_ascii=False)]
    response = _download(
        request, chunks, content_type="application/fhir+json", extension="fhir.json"
    )
    # Health data: no cache on the way, nor in the browser's, keeps a copy.
    response["Cache-Control"] = "no-store"
    return response
