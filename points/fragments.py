"""Rendered catalog fragments, reused until the catalog changes.

Catalog pages (the point list, point pages, routines, the step page's diagram) are the same for
every visitor and change only when staff edit the catalog, yet rendering them is most of their
cost. Templates wrap such parts in Django's `{% cache None <name> catalog_version ... %}`: each
app server keeps the rendered HTML in its own memory (the "template_fragments" cache, which the
tag uses by default), under a key that includes the catalog's *version*, which the
`catalog_version` context processor (points/context_processors.py) reads once per render. So
render such templates with the request (`render(request, ...)`): without it the key has no
version, and the fragment would never be drawn again.

The version lives in the shared database cache, so every app server reads the same one. Every
save or delete of a catalog row sets a new version in the same transaction (signals, wired in
`PointsConfig.ready`), and every server renders afresh at its next request: an edit in the admin
shows at once, everywhere. `QuerySet.update()` and `bulk_create()` send no signals: the catalog
models' querysets (`CatalogQuerySet`, below) mark the change themselves.
"""

from uuid import uuid4

from django.conf import settings
from django.core.cache import caches
from django.db import connections, models
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

VERSION_KEY = "catalog-version"
SHARED = "shared"  # the database cache every app server reads (config/settings.py, CACHES)


def _shared():
    return caches[SHARED]


def version() -> str:
    """The catalog's current version: one read of the shared cache."""
    shared = _shared()
    current = shared.get(VERSION_KEY)
    if current is None:  # first use, or the cache table was culled: start a new version
        shared.add(VERSION_KEY, uuid4().hex, timeout=None)
        current = shared.get(VERSION_KEY)
    return current


def changed(**kwargs) -> None:
    """The catalog changed: every fragment rendered so far is out of date, on every server."""
    _shared().set(VERSION_KEY, uuid4().hex, timeout=None)


class CatalogQuerySet(models.QuerySet):
    """The catalog models' queryset: writes that send no signals mark the catalog changed too."""

    def update(self, **kwargs) -> int:
        rows = super().update(**kwargs)  # bulk_update() goes through here as well
        if rows:
            changed()
        return rows

    def bulk_create(self, objs, *args, **kwargs) -> list:
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            changed()
        return created


def _m2m_changed(action: str, **kwargs) -> None:
    if action.startswith("post_"):
        changed()


def _migrated(using: str, **kwargs) -> None:
    # A release's data migrations may add catalog rows. On a new database the cache table does
    # not exist yet (createcachetable runs after migrate), and nothing can be cached either.
    table = settings.CACHES[SHARED]["LOCATION"]
    if table in connections[using].introspection.table_names():
        changed()


def connect(app_config) -> None:
    """Mark the catalog changed whenever one of `app_config`'s rows is saved or deleted."""
    for model in app_config.get_models(include_auto_created=True):
        uid = f"catalog-changed-{model._meta.label}"
        post_save.connect(changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(changed, sender=model, dispatch_uid=f"{uid}-delete")
        # m2m_changed's sender is the through model, which get_models() lists too.
        m2m_changed.connect(_m2m_changed, sender=model, dispatch_uid=f"{uid}-m2m")
    post_migrate.connect(_migrated, sender=app_config, dispatch_uid="catalog-changed-migrate")
