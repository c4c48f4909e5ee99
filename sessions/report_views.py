"""The clinician report: its page and its PDF (being written)."""

from django.http import Http404, HttpRequest, HttpResponse

from sessions.views import report  # noqa: F401 (moves here)


def report_pdf(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
