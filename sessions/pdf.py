"""The clinician report as a PDF: templates/sessions/report_pdf.html rendered by WeasyPrint on
the server, tagged for PDF/UA-1 (headings, tables with their header cells, the language and the
title), on A4 or Letter paper, with the app's name and the period in a running header and
"Page n of N" at the foot (static/css/report_pdf.css). Nothing is fetched from the network: the
stylesheet is read from disk, and any other URL the document names is answered only from the
app's own static files."""

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from django.http import HttpRequest
from django.template.loader import render_to_string
from weasyprint import CSS, HTML, URLFetcher  # type: ignore[import-untyped]
from weasyprint.urls import URLFetcherResponse  # type: ignore[import-untyped]

PAGE_SIZES = {"a4": "A4", "letter": "letter"}
STYLESHEET = "css/report_pdf.css"
# The document's base URL: relative URLs resolve under it, and the fetcher answers nothing else.
BASE_URL = "https://report.invalid/"


class StaticFilesOnly(URLFetcher):
    """Serves the app's static files from disk (BASE_URL + STATIC_URL + a path) and refuses
    every other URL, so rendering a report never reaches the network."""

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        prefix = BASE_URL.rstrip("/") + settings.STATIC_URL
        if not url.startswith(prefix):
            raise ValueError(f"Not fetched (only the app's static files are): {url}")
        path = _static_path(unquote(urlsplit(url).path.removeprefix(urlsplit(prefix).path)))
        if path is None:
            raise ValueError(f"No such static file: {url}")
        return URLFetcherResponse(url, body=path.read_bytes())


def _static_path(name: str) -> Path | None:
    try:
        found = finders.find(name)
    except SuspiciousFileOperation:  # ../ out of the static folders
        return None
    if isinstance(found, list):
        found = found[0] if found else None
    return Path(found) if found else None


def report_pdf(request: HttpRequest, context: dict, *, paper: str = "a4") -> bytes:
    """The report (clinician_report's context) as PDF bytes; `paper` is "a4" or "letter"."""
    size = PAGE_SIZES.get(paper)
    if size is None:
        raise ValueError(f"Unknown paper {paper!r}: choose one of {', '.join(PAGE_SIZES)}.")
    html = render_to_string("sessions/report_pdf.html", context | {"paper": paper}, request)
    fetcher = StaticFilesOnly()
    stylesheet = _static_path(STYLESHEET)
    if stylesheet is None:  # pragma: no cover (a broken install)
        raise FileNotFoundError(STYLESHEET)
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher)
    pdf = document.write_pdf(
        stylesheets=[
            CSS(filename=str(stylesheet), url_fetcher=fetcher),
            CSS(string=f"@page {{ size: {size}; }}", url_fetcher=fetcher),
        ],
        pdf_variant="pdf/ua-1",
    )
    assert pdf is not None  # write_pdf returns the bytes when given no target
    return pdf
