"""User-facing words: no internal sources or version numbers, and 404s that say what is missing."""

import importlib
import re
from datetime import timedelta

import pytest
from django.apps import apps
from django.utils import timezone

from points.models import Complaint, Protocol
from tests.helpers import html

pytestmark = pytest.mark.django_db

VERSION = re.compile(r"\(v\d+\)|\bv\d+\b")


def test_home_and_routine_pages_do_not_mention_a_source_article(client):
    pages = ["/"] + [f"/complaints/{c.slug}/" for c in Complaint.objects.all()]
    pages += [p.get_absolute_url() for p in Protocol.objects.published()]
    for url in pages:
        assert "source article" not in html(client.get(url)).lower(), url


def test_history_and_report_show_no_version_numbers(client_in, start_session):
    session = start_session()
    assert session.version_number == 1
    today = timezone.localdate()
    period = {"complaint": "leg-pain", "start": f"{today - timedelta(days=7)}", "end": f"{today}"}
    history = html(client_in.get("/sessions/"))
    report = html(client_in.get("/sessions/report/", period))
    assert "Hand routine for leg pain" in history and "Hand routine for leg pain" in report
    assert not VERSION.search(history)
    assert not VERSION.search(report)


@pytest.mark.parametrize("path", ["/sessions/{pk}/", "/sessions/{pk}/delete/"])
def test_a_missing_or_foreign_session_404_speaks_of_the_log(
    client_in, start_session, other_user, path
):
    foreign = start_session(owner=other_user)
    for pk in (foreign.pk, foreign.pk + 1000):
        response = client_in.get(path.format(pk=pk))
        assert response.status_code == 404
        page = html(response)
        assert "No such session in your log" in page
        assert "not in our catalog" not in page


def test_a_missing_point_or_routine_404_still_speaks_of_the_catalog(client_in):
    for url in ["/points/zz-99/", "/protocols/no-such-routine/", "/sessions/start/no-such/"]:
        response = client_in.get(url)
        assert response.status_code == 404
        assert "not in our catalog" in html(response)
        assert "No such session" not in html(response)


def test_the_migration_rewords_old_summaries_and_records_a_version():
    migration = importlib.import_module("points.migrations.0012_summaries_without_source_article")
    hand = Protocol.objects.get(slug="hand-routine-leg-pain")
    [old_protocol_summary] = migration.PROTOCOLS["hand-routine-leg-pain"][0]
    Protocol.objects.filter(pk=hand.pk).update(summary=old_protocol_summary)
    first = hand.versions.get()  # as on a database loaded before: v1 has the old summary
    first.content["summary"] = old_protocol_summary
    first.save()
    Complaint.objects.filter(slug="leg-pain").update(summary=migration.COMPLAINTS["leg-pain"][0][0])
    edited = Complaint.objects.get(slug="knee-pain")
    Complaint.objects.filter(pk=edited.pk).update(summary="Staff wording")

    migration.reword(apps, None)

    hand.refresh_from_db()
    assert "source article" not in hand.summary
    assert "source article" not in Complaint.objects.get(slug="leg-pain").summary
    assert Complaint.objects.get(slug="knee-pain").summary == "Staff wording"
    latest = hand.versions.first()
    assert latest.number == 2 and latest.content["summary"] == hand.summary
    migration.reword(apps, None)  # run again: nothing left to change
    assert hand.versions.count() == 2
