"""Share links: the user's list, revoking, and the shared report (being written)."""

from django.http import Http404, HttpRequest, HttpResponse


def share_list(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def share_revoke(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def shared_report(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def shared_pdf(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
