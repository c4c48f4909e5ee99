"""The FHIR R4 export (being written)."""

from django.http import Http404, HttpRequest, HttpResponse


def export_fhir(request: HttpRequest, **kwargs: object) -> HttpResponse:
    raise Http404
