from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from points import fragments


def catalog_version(request: HttpRequest) -> dict:
    """The catalog's version for `{% cache %}` keys: read only by a page that caches a fragment,
    and once however many it has."""
    return {"catalog_version": SimpleLazyObject(fragments.version)}
