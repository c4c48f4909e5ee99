"""Plans: start one, its page, stop it, its calendar file (being written)."""

from django.http import Http404, HttpRequest, HttpResponse


def plan_new(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def plan_detail(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def plan_stop(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404


def plan_calendar(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
