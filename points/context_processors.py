from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from points import fragments


def catalog_version(request: HttpRequest) -> dict:
    """The catalog's version for `{% cache %}` keys, read once and only if a page caches."""
    return {"catalog_version": SimpleLazyObject(fragments.version)}
