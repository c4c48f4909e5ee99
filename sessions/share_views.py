"""Share links: the user's list and the form that makes one, withdrawing one, and the shared
report and its PDF that anyone holding a link's token can open (no account, read-only)."""

import contextlib
import uuid
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts import zones
from config.http import AuthenticatedHttpRequest
from sessions import reports, shares
from sessions.forms import PAPERS
from sessions.models import ShareLink, ShareOpen
from sessions.share_forms import ShareForm

# On every answer to a token URL (the report, its PDF, the withdrawn and expired pages): not
# indexed or kept by any cache, and the token in the URL never leaves in a Referer header (the
# report links to studies' pages).
SHARED_HEADERS = {
    "X-Robots-Tag": "noindex, nofollow",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
}


@login_required
def share_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The user's share links and the form that makes one (POST); a new link's address is
    shown in the answer to its POST, once: only its hash is stored."""
    created_url = ""
    created: ShareLink | None = None
    if request.method == "POST":
        form = ShareForm(request.POST)
        if form.is_valid():
            made = shares.create_link(user=request.user, **form.cleaned_data)
            if made.token is None:
                messages.info(
                    request,
                    "That link was already made; its address was shown once, when it was "
                    "made. If you did not keep it, withdraw it and make a new one.",
                )
                return redirect("sessions:shares")
            created = made.link
            created_url = request.build_absolute_uri(reverse("sessions:shared", args=[made.token]))
            form = _blank_form()
    else:
        form = _blank_form(request.GET)
    links = ShareLink.objects.filter(user=request.user).select_related("complaint")
    links = links.annotate(pdf_opens=Count("opens", filter=Q(opens__what=ShareOpen.What.PDF)))
    links = links.order_by("-created_at", "-pk")  # an aggregate drops Meta.ordering
    context = {
        "form": form,
        "links": list(links),
        "created": created,
        "created_url": created_url,
    }
    return render(request, "sessions/shares.html", context, status=201 if created else 200)


def _blank_form(report: QueryDict | None = None) -> ShareForm:
    # A fresh id per form shown: posting the same form again (reload, double tap) makes no
    # second link. From the report page, the report's choices come along (?complaint&start&end).
    report = report or QueryDict()
    initial: dict[str, object] = {"form_token": uuid.uuid4()}
    for name in ("start", "end"):
        with contextlib.suppress(ValueError):
            initial[name] = date.fromisoformat(report.get(name) or "")
    if report.get("complaint"):
        initial["complaint"] = report["complaint"]
    if report.get("chosen"):  # unticked boxes are not sent
        initial["include_notes"] = bool(report.get("include_notes"))
        initial["include_safety"] = bool(report.get("include_safety"))
    return ShareForm(initial=initial)


@require_POST
@login_required
def share_revoke(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Withdraw one of the user's links: it stops opening at once. Again is harmless."""
    link = shares.revoke(user=request.user, pk=pk)
    if link is None:
        raise Http404
    name = f" for {link.label}" if link.label else ""
    messages.success(request, f"Withdrawn: the link{name} no longer opens the report.")
    return redirect("sessions:shares")


@require_GET
def shared_report(request: HttpRequest, token: str) -> HttpResponse:
    """The report a link shares, read-only, with no account: 404 for an unknown token, 410
    once withdrawn or expired."""
    link = _link_or_404(token)
    if link.status != "active":
        return _gone(request, link)
    with _owner_zone(link):
        context = _report_context(link)
        context |= {
            "link": link,
            "pdf_a4": reverse("sessions:shared_pdf", args=[token]),
            "pdf_letter": reverse("sessions:shared_pdf", args=[token]) + "?paper=letter",
        }
        response = render(request, "sessions/shared_report.html", context)
    shares.log_open(link=link, what=ShareOpen.What.PAGE)
    return _shared_headers(response)


@require_GET
def shared_pdf(request: HttpRequest, token: str) -> HttpResponse:
    """The shared report as a PDF (?paper=a4, the default, or letter)."""
    link = _link_or_404(token)
    if link.status != "active":
        return _gone(request, link)
    paper = request.GET.get("paper", "a4").lower()
    if paper not in dict(PAPERS):
        return _shared_headers(HttpResponseBadRequest("Choose paper=a4 or paper=letter."))
    # WeasyPrint loads only for a PDF.
    from sessions.pdf import report_pdf as render_pdf

    with _owner_zone(link):
        content = render_pdf(request, _report_context(link), paper=paper)
    shares.log_open(link=link, what=ShareOpen.What.PDF)
    response = HttpResponse(content, content_type="application/pdf")
    name = f"acupressure-report-{link.start:%Y-%m-%d}-to-{link.end:%Y-%m-%d}.pdf"
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return _shared_headers(response)


def _link_or_404(token: str) -> ShareLink:
    link = shares.find_link(token)
    if link is None:
        raise Http404  # the same page as any unknown URL
    return link


def _gone(request: HttpRequest, link: ShareLink) -> HttpResponse:
    context = {"withdrawn": link.status == "withdrawn"}
    response = render(request, "sessions/shared_gone.html", context, status=410)
    return _shared_headers(response)


def _shared_headers(response: HttpResponse) -> HttpResponse:
    for name, value in SHARED_HEADERS.items():
        response[name] = value
    return response


def _owner_zone(link: ShareLink) -> timezone.override:
    """Dates in the owner's time zone (their local days, as on their own report), whoever
    opens the link; the site's zone when they chose none (stored_zone checks the name)."""
    return timezone.override(zones.stored_zone(link.user) or None)


def _report_context(link: ShareLink) -> dict:
    return reports.clinician_report(
        user=link.user,
        complaint=link.complaint,
        start=link.start,
        end=link.end,
        include_notes=link.include_notes,
        include_safety=link.include_safety,
    )
