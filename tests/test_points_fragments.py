"""Catalog pages come from the fragment cache, and never show a catalog older than the database."""

import re

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.cache import caches
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.urls import reverse

from points import fragments
from points.models import (
    Contraindication,
    Point,
    PointAlias,
    PointPlacement,
    Protocol,
    RedFlag,
)
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

ROUTINE = "/protocols/hand-routine-leg-pain/"


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("admin", "admin@example.com", "x"))
    return client


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_cached_page_is_served_without_rendering_it_again(client, django_assert_num_queries):
    def main(html: str) -> str:  # the page's content; the header holds a fresh CSRF token
        return html[html.index("<main") :]

    first = main(page(client, "/points/li-4/"))
    with django_assert_num_queries(2):  # the point (title, 404) and the catalog version
        assert main(page(client, "/points/li-4/")) == first


def test_an_admin_edit_of_a_point_shows_at_once_on_its_page_and_the_list(admin_client, client):
    assert "Hegu" in page(client, "/points/")
    assert "Hegu" in page(client, "/points/li-4/")
    point = Point.objects.get(code="LI 4")
    url = reverse("admin:points_point_change", args=[point.pk])
    data = change_form_data(admin_client, url)
    data["how_to_find"] = "Squeeze the thumb against the index finger: the highest bulge."
    data["pinyin"] = "Hegu-edited"
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert "Squeeze the thumb against the index finger" in page(client, "/points/li-4/")
    assert "Hegu-edited" in page(client, "/points/")
    assert "Hegu-edited" in page(client, "/points/?q=hegu")


def test_safety_content_edits_show_at_once(client):
    """Cautions and red flags are safety content: a change must never wait for a cache."""
    assert "Recent hand injury" not in page(client, "/points/li-4/")
    caution = Contraindication.objects.create(
        name="Recent hand injury",
        slug="hand-injury",
        question="Is your hand injured?",
        message="Do not press on an injured hand.",
    )
    caution.points.add(Point.objects.get(code="LI 4"))  # m2m_changed marks the change
    assert "Recent hand injury" in page(client, "/points/li-4/")
    assert "Is your hand injured?" in page(client, ROUTINE)

    caution.points.clear()
    assert "Recent hand injury" not in page(client, "/points/li-4/")

    flag = RedFlag.objects.filter(complaint__slug="leg-pain").first()
    flag.question = "Is the leg suddenly cold and pale?"
    flag.save()
    assert "Is the leg suddenly cold and pale?" in page(client, ROUTINE)
    flag.delete()
    assert "Is the leg suddenly cold and pale?" not in page(client, ROUTINE)


def test_a_moved_placement_moves_the_marker_on_the_step_page(client_in, session):
    url = session.get_absolute_url()
    step = session.steps.first()
    before = page(client_in, url)
    placement = PointPlacement.objects.filter(point__code=step.point_code).first()
    placement.x += 7
    placement.save()
    after = page(client_in, url)
    assert marker_x(after) != marker_x(before)


def marker_x(html: str) -> float:
    return float(re.search(r'class="marker-dot" cx="([-\d.]+)"', html).group(1))


def test_every_server_sees_a_change_made_through_another(client):
    """The version lives in the shared database cache: another server's change (simulated here
    by SQL that leaves the version alone, then a new version written straight to the cache)
    makes this server render afresh."""
    assert "Renamed elsewhere" not in page(client, "/points/")
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {Point._meta.db_table} SET pinyin = %s WHERE code = %s",
            ["Renamed elsewhere", "LI 4"],
        )
    assert "Renamed elsewhere" not in page(client, "/points/")  # the SQL alone: still cached
    caches[fragments.SHARED].set(fragments.VERSION_KEY, "set-by-another-server", timeout=None)
    assert "Renamed elsewhere" in page(client, "/points/")


def test_admin_actions_that_bypass_signals_mark_the_catalog_changed(admin_client):
    version = fragments.version()
    admin_client.post(
        reverse("admin:points_redflag_changelist"),
        {"action": "mark_reviewed", "_selected_action": [RedFlag.objects.first().pk]},
    )
    assert fragments.version() != version
    version = fragments.version()
    admin_client.post(
        reverse("admin:points_protocol_changelist"),
        {"action": "duplicate_as_draft", "_selected_action": [Protocol.objects.first().pk]},
    )
    assert Protocol.objects.filter(name__startswith="Copy of").exists()
    assert fragments.version() != version


def test_an_update_or_bulk_create_of_catalog_rows_shows_at_once(client, hand_routine):
    """QuerySet.update() and bulk_create() send no signals: the catalog's querysets mark the
    change themselves, so code that uses them needs no call of its own."""
    assert "Hegu-updated" not in page(client, "/points/li-4/")
    assert Point.objects.filter(code="LI 4").update(pinyin="Hegu-updated") == 1
    assert "Hegu-updated" in page(client, "/points/li-4/")
    assert "Hegu-updated" in page(client, "/points/")

    assert "Hoku" not in page(client, "/points/")
    point = Point.objects.get(code="LI 4")
    PointAlias.objects.bulk_create(
        [PointAlias(point=point, text="Hoku", normalized="HOKU", slug="hoku")]
    )
    assert "Hoku" in page(client, "/points/")

    assert "9:59" not in page(client, ROUTINE)
    hand_routine.steps.update(duration_seconds=599)  # a related manager's update() too
    assert "9:59" in page(client, ROUTINE)


@pytest.mark.parametrize(
    "model", list(apps.get_app_config("points").get_models()), ids=lambda model: model.__name__
)
def test_a_queryset_update_of_any_catalog_table_marks_the_catalog_changed(model, hand_routine):
    """A new catalog model needs the catalog's queryset (points.fragments.CatalogQuerySet)."""
    hand_routine.record_version()  # every catalog table has a row
    row = model.objects.first()
    version = fragments.version()
    same = {model._meta.pk.attname: row.pk}  # a write that changes nothing still counts
    assert model.objects.filter(pk=row.pk).update(**same) == 1
    assert fragments.version() != version


def test_a_migration_marks_the_catalog_changed():
    """Data migrations add catalog rows without the models' signals."""
    version = fragments.version()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert fragments.version() != version


@pytest.mark.parametrize(
    "model", list(apps.get_app_config("points").get_models()), ids=lambda model: model.__name__
)
def test_saving_or_deleting_any_catalog_row_marks_the_catalog_changed(model, hand_routine):
    hand_routine.record_version()  # every catalog table has a row
    row = model.objects.first()
    version = fragments.version()
    row.save()
    assert fragments.version() != version
    if model is PointAlias:
        version = fragments.version()
        row.delete()
        assert fragments.version() != version


def test_visitor_specific_parts_are_not_cached(client, user):
    anonymous = page(client, ROUTINE)
    assert "after you log in or sign up" in anonymous
    client.force_login(user)
    mine = page(client, ROUTINE)
    assert "after you log in or sign up" not in mine
    assert "Log out" in mine
    assert f"Logged in as {user.username}" in mine
    client.logout()
    assert "Logged in as" not in page(client, ROUTINE)
