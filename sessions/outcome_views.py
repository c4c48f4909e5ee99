"""Weekly check-ins (PEG or a rating) and the end-of-plan review (being written)."""

from django.http import Http404, HttpRequest, HttpResponse


def check_in(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def plan_review(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
