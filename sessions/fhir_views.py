"""The FHIR R4 export: all of the user's log, or one report's (a complaint and a period)."""

import json
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_GET

from config.http import AuthenticatedHttpRequest
from sessions import fhir
from sessions.forms import IncludeForm, ReportPeriodForm, complaint_field
from sessions.views import _download


class FhirExportForm(ReportPeriodForm, IncludeForm):
    """What to export: no parameters is everything; a complaint (empty for all), a period and
    what to include is one report's data."""

    complaint = complaint_field(error_messages={"invalid_choice": "There is no such complaint."})
    include_patient = forms.BooleanField(
        required=False, label="Add my name and email to the export"
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["start"].required = False
        self.fields["end"].required = False

    def clean(self) -> dict[str, Any]:
        # Not the report's clean(): the period is checked only once every field is valid,
        # and both of its days are given or neither.
        data = self.cleaned_data
        if self.errors:
            return data
        start, end = data.get("start"), data.get("end")
        if (start is None) != (end is None):
            raise forms.ValidationError("Give both dates of the period, or neither.")
        self.check_period(start, end)
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
        include_notes=data["include_notes"],
        include_safety=data["include_safety"],
    )
    chunks = [json.dumps(document, ensure_ascii=False)]
    response = _download(
        request, chunks, content_type="application/fhir+json", extension="fhir.json"
    )
    # Health data: no cache on the way, nor in the browser's, keeps a copy.
    response["Cache-Control"] = "no-store"
    return response
