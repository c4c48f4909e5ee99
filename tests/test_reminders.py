"""The reminder .ics alerts at the event time, has a UID per user and routine, and the page's
time-zone list is grouped."""

import re
from datetime import timedelta

import icalendar
import pytest

from tests.helpers import html

pytestmark = pytest.mark.django_db

PARAMS = {"protocol": "hand-routine-leg-pain", "days": ["MO", "TH"], "at": "07:30"}


def reminder_event(client, **params) -> icalendar.Event:
    response = client.get("/sessions/reminders/", {**PARAMS, "zone": "Europe/Berlin", **params})
    assert response["Content-Type"].startswith("text/calendar")
    [event] = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    return event


def test_each_reminder_alerts_at_its_start_with_a_message(client_in):
    event = reminder_event(client_in)
    [alarm] = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(0)
    assert "Hand routine for leg pain" in alarm["DESCRIPTION"]


def test_the_uid_is_the_same_for_a_user_and_routine_whatever_the_days_and_time(client_in):
    first = reminder_event(client_in)["UID"]
    again = reminder_event(client_in, days=["SA"], at="20:00", zone="Asia/Tokyo")["UID"]
    assert first == again  # a new download replaces the old event instead of adding one


def test_two_users_and_two_routines_get_different_uids(client_in, other_user):
    alex_hand = reminder_event(client_in)["UID"]
    alex_knee = reminder_event(client_in, protocol="knee-pain-routine")["UID"]
    client_in.force_login(other_user)
    sam_hand = reminder_event(client_in)["UID"]
    assert len({alex_hand, alex_knee, sam_hand}) == 3


def test_the_uid_holds_no_personal_data(client_in, user):
    uid = reminder_event(client_in)["UID"]
    assert re.fullmatch(r"[0-9a-f-]{36}@acupressure-reminders", uid)
    assert user.username not in uid and "hand-routine" not in uid


def test_the_time_zones_are_grouped_by_area_and_still_checked(client_in):
    page = html(client_in.get("/sessions/reminders/"))
    assert '<optgroup label="Europe">' in page and '<optgroup label="America">' in page
    assert re.search(r'<option value="Europe/Berlin"[^>]*>Berlin</option>', page)
    assert page.count("<optgroup") >= 10
    response = client_in.get("/sessions/reminders/", {**PARAMS, "zone": "Mars/Base"})
    assert "Select a valid choice" in html(response)
    assert reminder_event(client_in, zone="America/Argentina/Buenos_Aires")
