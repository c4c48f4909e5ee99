"""The clinician report: its page (the form and the report below it) and its PDF."""

from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone

from config.http import AuthenticatedHttpRequest
from sessions import reports
from sessions.forms import ReportForm
from sessions.models import GuidedSession
from sessions.views import attachment


def _report_form(request: AuthenticatedHttpRequest) -> ReportForm:
    """The form as sent; a first visit (nothing sent) shows the latest complaint's last 30 days,
    notes and safety answers included, or just the form for a user with no session yet."""
    today = timezone.localdate()
    defaults = {"start": today - timedelta(days=30), "end": today}
    if request.GET:
        return ReportForm(request.GET, initial=defaults)
    latest = (
        GuidedSession.objects.for_user(request.user)
        .filter(complaint__isnull=False)
        .values_list("complaint__slug", flat=True)
        .first()
    )
    if latest is None:
        return ReportForm(initial=defaults)
    # As a query, so the page's links (share it) carry the report it shows.
    shown = QueryDict(mutable=True)
    shown.update({name: str(value) for name, value in defaults.items()} | {"complaint": latest})
    return ReportForm(shown, initial=defaults)


def _report_context(request: AuthenticatedHttpRequest, form: ReportForm) -> dict:
    data = form.cleaned_data
    return reports.clinician_report(
        user=request.user,
        complaint=data["complaint"],
        start=data["start"],
        end=data["end"],
        include_notes=data["include_notes"],
        include_safety=data["include_safety"],
    )


@login_required
def report(request: AuthenticatedHttpRequest) -> HttpResponse:
    form = _report_form(request)
    context: dict = {"form": form}
    if form.is_valid():
        context |= _report_context(request, form)
    return render(request, "sessions/report.html", context)


@login_required
def report_pdf(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The report as a PDF on A4 or Letter paper (?paper=), for the same choices as the page;
    choices that do not hold give the page with the form's messages."""
    form = _report_form(request)
    if not form.is_valid():
        return render(request, "sessions/report.html", {"form": form}, status=400)
    # WeasyPrint loads on the first PDF, not with every process.
    from sessions.pdf import report_pdf as render_pdf

    content = render_pdf(request, _report_context(request, form), paper=form.cleaned_data["paper"])
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = attachment(request, "pdf")  # the exports' file name
    response["Cache-Control"] = "no-store"
    return response
