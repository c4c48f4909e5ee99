"""The report's period: its date inputs filled in ISO, the year on each row, and a clear message,
never a 500, for any date typed into the address."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import Profile
from tests.helpers import html

pytestmark = pytest.mark.django_db


def report(client, **params: str):
    return client.get("/sessions/report/", {"complaint": "leg-pain", **params})


def input_value(page: str, name: str) -> str | None:
    tag = re.search(rf'<input [^>]*name="{name}"[^>]*>', page)
    assert tag, name
    value = re.search(r'value="([^"]*)"', tag.group(0))
    return value.group(1) if value else None


def test_a_first_visit_fills_both_date_inputs_in_iso(client_in, logged):
    logged(7, 3, days_ago=2)
    page = html(client_in.get("/sessions/report/"))
    today = timezone.localdate()
    assert input_value(page, "start") == f"{today - timedelta(days=30):%Y-%m-%d}"
    assert input_value(page, "end") == f"{today:%Y-%m-%d}"
    assert 'type="date"' in page


def test_a_first_visit_without_sessions_still_fills_the_dates(client_in):
    page = html(client_in.get("/sessions/report/"))
    assert input_value(page, "end") == f"{timezone.localdate():%Y-%m-%d}"


def test_changing_only_the_complaint_shows_its_report(client_in, logged):
    """What the form sends after a first visit when only the complaint is changed."""
    logged(7, 3, days_ago=2)
    page = html(client_in.get("/sessions/report/"))
    start, end = input_value(page, "start"), input_value(page, "end")
    page = html(
        client_in.get("/sessions/report/", {"complaint": "knee-pain", "start": start, "end": end})
    )
    assert "Acupressure log: Knee pain" in page and "0 sessions" in page


def test_report_rows_show_the_year(client_in, logged):
    session = logged(7, 3, days_ago=2)
    today = timezone.localdate()
    page = html(report(client_in, start=f"{today - timedelta(days=30)}", end=f"{today}"))
    assert f"{timezone.localtime(session.started_at):%-d %b %Y, %H:%M}" in page


def test_the_date_inputs_bound_the_picker(client_in):
    page = html(client_in.get("/sessions/report/"))
    tomorrow = timezone.localdate() + timedelta(days=1)
    for name in ["start", "end"]:
        tag = re.search(rf'<input [^>]*name="{name}"[^>]*>', page)
        assert tag and 'min="2000-01-01"' in tag.group(0) and f'max="{tomorrow}"' in tag.group(0)


BAD_PERIODS = [
    ({"start": "9999-01-01", "end": "9999-12-31"}, "Choose a date from 1 Jan 2000 to"),
    ({"start": "9999-12-31", "end": "9999-12-31"}, "Choose a date from 1 Jan 2000 to"),
    ({"start": "0001-01-01", "end": "0001-01-02"}, "Choose a date from 1 Jan 2000 to"),
    ({"start": "1999-12-31", "end": "2000-01-05"}, "Choose a date from 1 Jan 2000 to"),
    ({"start": "2026-02-30", "end": "2026-03-01"}, "Enter a real date"),
    ({"start": "yesterday", "end": "2026-03-01"}, "Enter a real date"),
    ({"start": "2026-03-01", "end": ""}, "This field is required."),
    ({"start": "2026-03-01", "end": "2026-02-01"}, "The start date must be on or before"),
    ({"start": "2024-01-01", "end": "2025-06-01"}, "Choose a period of at most one year."),
]


@pytest.mark.parametrize(("period", "message"), BAD_PERIODS)
def test_a_bad_period_gets_a_message_not_a_500(client_in, period, message):
    response = report(client_in, **period)
    assert response.status_code == 200
    page = html(response)
    assert message in page
    assert 'role="alert"' in page
    assert "Summary" not in page


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo"])
def test_the_calendars_edges_are_refused_in_any_zone(client, user, zone):
    Profile.objects.create(user=user, time_zone=zone)
    client.force_login(user)
    for period in [
        {"start": "0001-01-01", "end": "0001-01-01"},
        {"start": "9999-12-31", "end": "9999-12-31"},
    ]:
        response = report(client, **period)
        assert response.status_code == 200
        assert "Choose a date from 1 Jan 2000 to" in html(response)


def test_tomorrow_is_allowed_for_a_clock_a_little_ahead(client_in):
    tomorrow = timezone.localdate() + timedelta(days=1)
    page = html(report(client_in, start=f"{tomorrow}", end=f"{tomorrow}"))
    assert "0 sessions" in page


def test_an_unknown_complaint_is_named_under_the_complaint(client_in):
    page = html(report(client_in, complaint="nope", start="2026-01-01", end="2026-01-31"))
    assert re.search(r'id="id_complaint_error" role="alert"><p class="error">Select a valid', page)
