"""Rendered catalog fragments, reused until the catalog changes.

Catalog pages are the same for every visitor, and rendering them is most of their cost, so
templates wrap them in `{% cache None <name> catalog_version ... %}`: each app server keeps the
HTML in its memory under a key holding the catalog's version (the `catalog_version` context
processor), so render them with the request or the fragment is never drawn again. The version
lives in the shared database cache; every save or delete of a catalog row (signals, wired in
`PointsConfig.ready`) and every `update()` or `bulk_create()` (`CatalogQuerySet`) sets a new one,
so an edit in the admin shows at once on every server.
"""

from uuid import uuid4

from django.conf import settings
from django.core.cache import caches
from django.db import connections, models
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

VERSION_KEY = "catalog-version"
SHARED = "shared"  # the database cache every app server reads (config/settings.py, CACHES)


def version() -> str:
    """The catalog's current version: one read of the shared cache."""
    shared = caches[SHARED]
    current = shared.get(VERSION_KEY)
    if current is None:  # first use, or the cache table was culled: start a new version
        shared.add(VERSION_KEY, uuid4().hex, timeout=None)
        current = shared.get(VERSION_KEY)
    return current


def changed(**kwargs) -> None:
    """The catalog changed: every fragment rendered so far is out of date, on every server."""
    caches[SHARED].set(VERSION_KEY, uuid4().hex, timeout=None)


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
