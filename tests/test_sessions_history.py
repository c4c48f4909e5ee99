import csv
import io
import json
import re
from datetime import date, time, timedelta

import icalendar
import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from points.models import Protocol
from sessions import services
from sessions.models import GuidedSession, SessionStep
from sessions.reminders import reminder_calendar
from sessions.reports import pain_chart
from tests.helpers import html

pytestmark = pytest.mark.django_db


def body(response) -> str:
    return b"".join(response.streaming_content).decode()


# --- History page ---------------------------------------------------------------------------


def test_history_lists_sessions_newest_first_with_their_facts(client_in, start_session, logged):
    logged(7, 5, days_ago=3)
    session = start_session(contraindications=["pregnancy"])
    services.step_start(
        session_id=session.pk,
        user=session.user,
        position=1,
        now=timezone.now() - timedelta(seconds=50),
    )
    services.step_next(session_id=session.pk, user=session.user, position=1)
    services.session_abandon(session_id=session.pk, user=session.user)
    page = html(client_in.get("/sessions/"))
    assert page.index("Abandoned") < page.index("Completed")
    assert "0:45 pressing" in page
    assert "Skipped: LI 4 (Hegu)" in page
    assert "Rated 7 → 5 (−2)" in page
    assert "(v1)" not in page  # the routine's version number is for staff, not patients


def test_history_is_paginated_and_filterable(client_in, logged):
    knee = Protocol.objects.get(slug="knee-pain-routine")
    for day in range(25):
        logged(5, 4, days_ago=day + 1)
    logged(6, 2, protocol=knee)
    page = html(client_in.get("/sessions/"))
    assert "26 sessions" in page and "Page 1 of 2" in page
    assert page.count('class="card history-entry"') == 20
    assert html(client_in.get("/sessions/", {"page": 2})).count('class="card history-entry"') == 6
    filtered = html(client_in.get("/sessions/", {"complaint": "knee-pain"}))
    assert "1 session," in filtered and "Knee routine" in filtered
    assert "1 session," in html(client_in.get("/sessions/", {"protocol": "knee-pain-routine"}))
    bad = html(client_in.get("/sessions/", {"complaint": "nope"}))
    assert "Select a valid choice" in bad and "26 sessions" in bad


def test_insights_count_this_week_and_average_each_protocol(client_in, logged):
    logged(6, 4, days_ago=30)
    logged(7, 6, days_ago=20)
    logged(5, 3)
    page = html(client_in.get("/sessions/"))
    assert "<strong>1</strong> completed session this week" in page
    # (-2 -1 -2) / 3
    assert "Hand routine for leg pain: <strong>−1.7</strong> on average over 3 sessions" in page


def test_history_states_the_see_a_doctor_status_either_way(client_in, logged):
    logged(6, 4)
    assert "See-a-doctor status: no warning signs" in html(client_in.get("/sessions/"))
    logged(4, 9)
    page = html(client_in.get("/sessions/"))
    assert "Time to see a doctor about your leg pain" in page
    assert "rose from 4 to 9" in page
    assert "no warning signs" not in page


def test_the_detail_page_shows_the_full_snapshot(client_in, start_session):
    session = start_session(contraindications=["pregnancy"], pain_side="left", pain_areas=["calf"])
    services.session_abandon(session_id=session.pk, user=session.user)
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert "Full record of this session" in page
    assert "Are you pregnant, or could you be? <strong>Yes</strong>" in page
    assert "calf" in page and "Left" in page
    assert "version 1" not in page  # an internal number; the exports keep it


# --- Trend chart ----------------------------------------------------------------------------


def test_the_chart_places_each_pain_level_on_a_zero_to_ten_scale(logged):
    sessions = [logged(10, 0, days_ago=2), logged(5, 5, days_ago=1)]
    chart = pain_chart(sessions, severe=8)
    first, second = chart.points
    assert first.y_before == chart.top  # 10 at the top
    assert first.y_after == chart.bottom  # 0 at the bottom
    assert second.y_before == second.y_after == (chart.top + chart.bottom) / 2
    assert chart.severe_y == pytest.approx(chart.bottom - 0.8 * (chart.bottom - chart.top))
    assert first.x < second.x


def test_the_trend_page_draws_and_tables_the_logged_numbers(client_in, logged):
    logged(6, 4, days_ago=2)
    logged(5, 2, days_ago=1)
    page = html(client_in.get("/sessions/trends/leg-pain/"))
    assert '<svg viewBox="0 0 340 200"' in page
    assert re.findall(r"before (\d+)</title>", page) == ["6", "5"]
    assert re.findall(r"after (\d+)</title>", page) == ["4", "2"]
    assert "see a doctor at 8+" in page
    rows = re.findall(r"<td>(\d+)</td><td>(\d+)</td><td>([^<]+)</td></tr>", page)
    assert rows == [("6", "4", "−2"), ("5", "2", "−3")]
    assert "<script" not in page.split("<main")[1]
    assert "Your last 2 completed sessions." in page


def test_the_trend_counts_one_session_in_the_singular(client_in, logged):
    logged(6, 4)
    page = html(client_in.get("/sessions/trends/leg-pain/"))
    assert "Your one completed session." in page and "last 1" not in page


def test_the_trend_marks_the_protocols_own_threshold(client_in, logged, hand_routine):
    Protocol.objects.filter(pk=hand_routine.pk).update(doctor_severe_pain=7)
    logged(6, 4)
    assert "see a doctor at 7+" in html(client_in.get("/sessions/trends/leg-pain/"))


def test_an_empty_trend_says_so(client_in):
    assert "No completed sessions for leg pain yet." in html(
        client_in.get("/sessions/trends/leg-pain/")
    )


# --- Report ---------------------------------------------------------------------------------


def test_the_report_covers_the_chosen_complaint_and_period(client_in, start_session, logged):
    logged(6, 4, days_ago=40)  # outside the period
    logged(7, 3, days_ago=5)
    skipped = start_session(contraindications=["pregnancy"])
    services.session_abandon(session_id=skipped.pk, user=skipped.user)
    today = timezone.localdate()
    page = html(
        client_in.get(
            "/sessions/report/",
            {"complaint": "leg-pain", "start": today - timedelta(days=30), "end": today},
        )
    )
    assert "2 sessions: 1 completed, 1 abandoned" in page
    assert '<th scope="row">Are you pregnant, or could you be?</th><td>1 of 1' in page
    assert '<th scope="row" class="nowrap">LI 4 (Hegu)</th><td>Not advised in pregnancy' in page
    assert "7 → 3" in page and "6 → 4" not in page
    assert "@media print" not in page  # the print rules live in the stylesheet
    assert 'role="img"' in page


def test_a_first_visit_shows_the_last_thirty_days_of_the_latest_complaint(client_in, logged):
    logged(7, 3, days_ago=2)
    page = html(client_in.get("/sessions/report/"))
    assert "Acupressure log: Leg pain" in page and "1 session: 1 completed" in page


def test_a_backwards_period_is_refused_with_a_message(client_in):
    page = html(
        client_in.get(
            "/sessions/report/",
            {"complaint": "leg-pain", "start": "2026-03-01", "end": "2026-02-01"},
        )
    )
    assert "The start date must be on or before the end date." in page
    assert "Summary" not in page


# --- Exports --------------------------------------------------------------------------------


def test_csv_export_has_one_row_per_session_with_the_logged_numbers(client_in, logged):
    logged(6, 4, days_ago=2)
    logged(5, 5, days_ago=1)
    response = client_in.get("/sessions/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment;" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [(r["pain_before"], r["pain_after"], r["pain_change"]) for r in rows] == [
        ("6", "4", "-2"),
        ("5", "5", "0"),
    ]
    assert rows[0]["protocol"] == "Hand routine for leg pain"


def test_json_export_holds_every_session_with_its_steps_and_answers(client_in, start_session):
    session = start_session(contraindications=["pregnancy"])
    services.step_next(session_id=session.pk, user=session.user, position=1)
    data = json.loads(body(client_in.get("/sessions/export.json")))
    assert data["user"] == "alex"
    [record] = data["sessions"]
    assert record["pain_before"] == 6
    assert [s["point"] for s in record["steps"]] == ["LI 4", "SI 3", "SI 3"]
    assert record["steps"][0]["skip_reason"].startswith("LI 4 (Hegu) is skipped")
    assert "Are you pregnant, or could you be?" in record["contraindications_yes"]


# --- Ownership ------------------------------------------------------------------------------


def test_no_one_sees_another_users_history_reports_or_exports(client, other_user, logged):
    mine = logged(6, 4)
    client.force_login(other_user)
    assert "No sessions yet" in html(client.get("/sessions/"))
    assert "No completed sessions" in html(client.get("/sessions/trends/leg-pain/"))
    assert json.loads(body(client.get("/sessions/export.json")))["sessions"] == []
    assert len(list(csv.reader(io.StringIO(body(client.get("/sessions/export.csv")))))) == 1
    period = {"complaint": "leg-pain", "start": "2020-01-01", "end": "2020-12-31"}
    report = html(client.get("/sessions/report/", period))
    assert "0 sessions" in report
    assert client.get(f"/sessions/{mine.pk}/").status_code == 404
    assert client.post(f"/sessions/{mine.pk}/delete/").status_code == 404
    assert GuidedSession.objects.filter(pk=mine.pk).exists()


@pytest.mark.parametrize(
    "url",
    ["/sessions/", "/sessions/trends/leg-pain/", "/sessions/report/", "/sessions/export.csv",
     "/sessions/export.json", "/sessions/reminders/", "/accounts/delete/"],
)  # fmt: skip
def test_history_pages_need_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/accounts/login/")


# --- Reminders ------------------------------------------------------------------------------


def test_the_reminder_is_a_weekly_event_in_the_users_time_zone(client_in):
    response = client_in.get(
        "/sessions/reminders/",
        {"protocol": "hand-routine-leg-pain", "days": ["MO", "TH"], "at": "07:30",
         "zone": "Europe/Berlin"},
    )  # fmt: skip
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert event["RRULE"]["BYDAY"] == ["MO", "TH"]
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) == "Europe/Berlin"
    assert (start.hour, start.minute) == (7, 30)
    assert start.weekday() in (0, 3)
    assert event["URL"] == "http://testserver/protocols/hand-routine-leg-pain/"
    assert "Hand routine for leg pain" in event["SUMMARY"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    assert b"DTSTART;TZID=Europe/Berlin:" in response.content


def test_the_first_reminder_falls_on_the_next_chosen_day():
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    saturday = date(2026, 11, 21)
    content = reminder_calendar(
        user_pk=1, protocol=protocol, days=["WE"], at=time(20, 0), zone="America/New_York",
        url="https://example.org/p/", minutes=10, today=saturday,
    )  # fmt: skip
    event = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert event.decoded("DTSTART").date() == date(2026, 11, 25)
    assert event.decoded("DURATION") == timedelta(minutes=10)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"days": [], "at": "07:30", "zone": "UTC"}, "Pick at least one day."),
        ({"days": ["MO"], "at": "25:99", "zone": "UTC"}, "Enter a valid time."),
        ({"days": ["MO"], "at": "07:30", "zone": "Mars/Base"}, "Select a valid choice"),
    ],
)
def test_bad_reminder_input_gets_a_message_and_no_file(client_in, params, message):
    response = client_in.get(
        "/sessions/reminders/", {"protocol": "hand-routine-leg-pain", **params}
    )
    assert response["Content-Type"].startswith("text/html")
    assert message in html(response)


# --- Deleting -------------------------------------------------------------------------------


def test_deleting_a_session_asks_first_then_removes_it_and_its_steps(client_in, start_session):
    session = start_session()
    assert "Delete this session?" in html(client_in.get(f"/sessions/{session.pk}/delete/"))
    assert GuidedSession.objects.filter(pk=session.pk).exists()
    response = client_in.post(f"/sessions/{session.pk}/delete/", follow=True)
    assert "The session was deleted" in html(response)
    assert not GuidedSession.objects.filter(pk=session.pk).exists()
    assert not SessionStep.objects.filter(session_id=session.pk).exists()


def test_deleting_the_account_needs_the_password(client_in, user, logged):
    logged(6, 4)
    response = client_in.post("/accounts/delete/", {"password": "wrong"})
    assert "That is not your password; nothing was deleted." in html(response)
    assert User.objects.filter(pk=user.pk).exists()


def test_deleting_the_account_removes_everything_of_theirs(
    client_in, user, other_user, logged, start_session
):
    logged(6, 4)
    start_session()
    theirs = logged(5, 5, owner=other_user)
    response = client_in.post(
        "/accounts/delete/", {"password": "a-long-test-password"}, follow=True
    )
    assert "Your account and all its data have been deleted." in html(response)
    assert not User.objects.filter(pk=user.pk).exists()
    assert not GuidedSession.objects.filter(user_id=user.pk).exists()
    assert not SessionStep.objects.filter(session__user_id=user.pk).exists()
    assert GuidedSession.objects.filter(pk=theirs.pk).exists()
    assert client_in.get("/sessions/").status_code == 302  # logged out


# --- Cost -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/sessions/", 13),
        ("/sessions/trends/leg-pain/", 7),
        ("/sessions/report/?complaint=leg-pain&start={start}&end={end}", 11),
    ],
)
def test_history_page_queries_do_not_grow_with_history(
    client_in, logged, django_assert_num_queries, url, queries
):
    today = timezone.localdate()
    url = url.format(start=today - timedelta(days=60), end=today)
    for day in range(3):
        logged(6, 4, days_ago=day)
    with django_assert_num_queries(queries):
        assert client_in.get(url).status_code == 200
    for day in range(3, 80):
        logged(6, 4, days_ago=day / 4)
    with django_assert_num_queries(queries):
        assert client_in.get(url).status_code == 200
