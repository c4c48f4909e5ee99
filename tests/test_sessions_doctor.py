"""The see-a-doctor rule (sessions/doctor.py), on real histories, and where its warning shows."""

import html as html_module
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db import DataError, IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import dateformat, timezone

from points.models import Complaint, Protocol
from sessions import doctor
from sessions.models import GuidedSession
from tests.admin_forms import change_form_data
from tests.helpers import finish_ready, html, pressed, stored_session

pytestmark = pytest.mark.django_db

START_URL = "/sessions/start/hand-routine-leg-pain/"


@pytest.fixture
def history(logged):
    """history((days ago, pain before, pain after), ...): completed sessions, oldest first."""

    def log(*sessions, **kwargs):
        return [logged(before, after, days_ago=days, **kwargs) for days, before, after in sessions]

    return log


def rules(user, complaint_or_protocol):
    complaint = getattr(complaint_or_protocol, "complaint", complaint_or_protocol)
    return {reason.rule for reason in doctor.doctor_advice(user=user, complaint=complaint)}


@pytest.fixture
def pressed_in_app(history, start_session):
    """After two sessions with no fall in pain, a third started and pressed through the app,
    every step for five minutes, not yet finished."""
    history((2, 7, 6), (1, 7, 6))
    session = start_session(pain_before=7)
    finish_ready(session)
    return session


def day(session) -> str:
    local = timezone.localtime(session.finished_at)
    return dateformat.format(local, "j F" if local.year == timezone.localdate().year else "j F Y")


# --- The rule, on real histories ----------------------------------------------------------------

PERSISTING = ((20, 6, 3), (13, 6, 3), (6, 6, 3), (0, 6, 3))


@pytest.mark.parametrize(
    ("sessions", "expected"),
    [
        pytest.param((), set(), id="no history"),
        pytest.param(((0, 6, 3),), set(), id="one session that helped"),
        # Review M2: the pain before every session stays put, though each session gives relief.
        pytest.param(PERSISTING, {"no_fall", "days"}, id="6 before every session for 3 weeks"),
        pytest.param(((2, 7, 6), (1, 7, 6), (0, 7, 6)), {"no_fall"}, id="7 every time"),
        pytest.param(((2, 6, 3), (1, 5, 3), (0, 5, 3)), {"no_fall"}, id="a fall of only 1"),
        pytest.param(((2, 5, 5), (1, 6, 6), (0, 7, 6)), {"no_fall"}, id="pain before rising"),
        pytest.param(((2, 6, 3), (1, 4, 2), (0, 3, 2)), set(), id="falling"),
        pytest.param(((2, 6, 3), (1, 6, 3), (0, 4, 2)), set(), id="a fall of exactly 2"),
        pytest.param(((1, 5, 5), (0, 5, 5)), set(), id="two sessions are not enough"),
        # Review M3: (nearly) pain-free users are not told to see a doctor.
        pytest.param(((2, 0, 0), (1, 0, 0), (0, 0, 0)), set(), id="pain-free"),
        pytest.param(((15, 0, 0), (0, 0, 0)), set(), id="pain-free for 15 days"),
        pytest.param(((16, 1, 0), (8, 1, 1), (0, 3, 1)), set(), id="baseline of 1"),
        # Not improving over time: pain before the latest vs before the first one D days earlier.
        pytest.param(((15, 5, 3), (0, 4, 3)), {"days"}, id="15 days, a fall of 1"),
        pytest.param(((15, 5, 3), (0, 3, 3)), set(), id="15 days, a fall of 2"),
        pytest.param(((13, 5, 3), (0, 4, 3)), set(), id="13 days is not 14"),
        pytest.param(((25, 7, 4), (15, 5, 3), (0, 5, 3)), set(), id="fell since the first"),
        # Review item 13: only the window (30 days) counts; older history never warns today.
        pytest.param(((300, 3, 5),), set(), id="one rise 300 days ago"),
        pytest.param(((300, 9, 9), (299, 9, 9), (298, 9, 9)), set(), id="severe 300 days ago"),
        pytest.param(((40, 6, 3), (35, 6, 3), (0, 6, 3)), set(), id="two of three too old"),
        pytest.param(((29, 6, 3), (20, 6, 3), (0, 6, 3)), {"no_fall", "days"}, id="in window"),
        # Review item 14: severe pain is judged on the last 7 days, not the very last session.
        pytest.param(((1, 10, 9), (0, 7, 5)), {"severe"}, id="10 yesterday"),
        pytest.param(((6, 9, 8), (0, 6, 4)), {"severe"}, id="9 six days ago"),
        pytest.param(((8, 9, 8), (0, 6, 4)), set(), id="9 eight days ago"),
        pytest.param(((0, 8, 5),), {"severe"}, id="8 before"),
        pytest.param(((0, 7, 7),), set(), id="7 is not severe"),
        # Worsening within a session: pain after 2 or more above pain before.
        pytest.param(((0, 3, 4),), set(), id="rose by 1"),
        pytest.param(((0, 3, 5),), {"worse"}, id="rose by 2"),
        pytest.param(((0, 5, 8),), {"worse", "severe"}, id="rose to 8"),
        pytest.param(((3, 3, 5), (0, 4, 3)), {"worse"}, id="rose 3 days ago"),
        pytest.param(((8, 3, 5), (0, 4, 3)), set(), id="rose 8 days ago"),
        pytest.param(((1, 4, 5), (0, 5, 6)), set(), id="rose by 1 twice (review item 15)"),
    ],
)
def test_the_rule_on_real_histories(user, hand_routine, history, sessions, expected):
    history(*sessions)
    assert rules(user, hand_routine) == expected


def test_a_worsening_warning_stays_until_pain_falls_below_where_it_started(
    user, hand_routine, history
):
    history((2, 3, 6), (1, 5, 4))  # better than 6, not below 3
    assert "worse" in rules(user, hand_routine)
    history((0, 4, 2))
    assert "worse" not in rules(user, hand_routine)


def test_a_session_with_nothing_pressed_does_not_count(user, hand_routine, history):
    # Next tapped through every step: the ratings say nothing about acupressure.
    first, second = history((2, 7, 6), (1, 7, 6))
    pressed(first, 60, 45)
    pressed(second, 0, 9, 30)  # one step pressed for 30 s: it counts
    [mistapped] = history((0, 7, 9))
    pressed(mistapped, 0, 9, 3)
    assert rules(user, hand_routine) == set()  # two sessions count, and no rise
    pressed(history((0, 7, 6))[0], 12)
    assert rules(user, hand_routine) == {"no_fall"}


def test_a_session_started_and_finished_through_the_app_counts_when_pressed(user, pressed_in_app):
    from sessions import services

    session = pressed_in_app
    services.session_finish(session_id=session.pk, user=session.user, pain_after=6)
    assert min(session.steps.values_list("actual_seconds", flat=True)) >= 10
    assert rules(user, session.complaint) == {"no_fall"}


def test_staff_thresholds_change_the_rule(user, hand_routine, history):
    history((1, 5, 5), (0, 5, 6))
    assert rules(user, hand_routine) == set()
    Protocol.objects.filter(pk=hand_routine.pk).update(
        doctor_after_sessions=2, doctor_severe_pain=6
    )
    assert rules(user, hand_routine) == {"no_fall", "severe"}


@pytest.mark.parametrize(
    ("thresholds", "sessions", "default", "changed"),
    [
        ({"doctor_worsening_points": 3}, ((0, 3, 5),), {"worse"}, set()),
        ({"doctor_worsening_points": 1}, ((0, 3, 4),), set(), {"worse"}),
        ({"doctor_severe_pain": 10}, ((0, 9, 7),), {"severe"}, set()),
        ({"doctor_after_days": 3}, ((4, 5, 3), (0, 5, 3)), set(), {"days"}),
        ({"doctor_after_sessions": 4}, ((2, 6, 3), (1, 6, 3), (0, 6, 3)), {"no_fall"}, set()),
        ({"doctor_window_days": 7}, ((10, 6, 3), (9, 6, 3), (0, 6, 3)), {"no_fall"}, set()),
        (
            {"doctor_window_days": 90},
            ((60, 6, 3), (59, 6, 3), (0, 6, 3)),
            set(),
            {"no_fall", "days"},
        ),
    ],
)
def test_each_staff_threshold_changes_its_rule(
    user, hand_routine, history, thresholds, sessions, default, changed
):
    history(*sessions)
    assert rules(user, hand_routine) == default
    Protocol.objects.filter(pk=hand_routine.pk).update(**thresholds)
    assert rules(user, hand_routine) == changed


def test_the_thresholds_come_from_the_latest_sessions_protocol(user, hand_routine, history):
    strict = Protocol.objects.create(
        name="Strict leg routine",
        slug="strict-leg-routine",
        complaint=hand_routine.complaint,
        doctor_after_sessions=2,
        doctor_severe_pain=6,
    )
    history((1, 5, 5))
    history((0, 6, 5), protocol=strict)
    assert rules(user, hand_routine) == {"no_fall", "severe"}
    history((0, 3, 2))  # back on the hand routine: its thresholds apply (3 sessions, 8)
    assert rules(user, hand_routine) == set()


def test_only_this_users_sessions_for_this_complaint_count(user, other_user, hand_routine, history):
    knee = Protocol.objects.get(slug="knee-pain-routine")
    history((2, 6, 3), (1, 6, 3), (0, 5, 9), owner=other_user)
    history((2, 6, 3), (1, 6, 3), (0, 5, 9), protocol=knee)
    assert rules(user, hand_routine) == set()
    assert rules(other_user, hand_routine) == {"no_fall", "worse", "severe"}
    assert rules(user, knee) == {"no_fall", "worse", "severe"}


def test_abandoned_and_unfinished_sessions_do_not_count(user, hand_routine, history):
    history((2, 7, 6), (1, 7, 6))
    stored_session(
        user,
        hand_routine,
        started_at=timezone.now(),
        minutes=0,
        status=GuidedSession.Status.ABANDONED,
        pain_before=7,
    )
    assert rules(user, hand_routine) == set()


# --- What it says -------------------------------------------------------------------------------


def test_each_reason_says_which_rule_fired_with_the_numbers_and_dates(user, hand_routine, history):
    first, second, third, latest = history(*PERSISTING)
    reasons = {r.rule: r for r in doctor.doctor_advice(user=user, complaint=hand_routine.complaint)}
    assert reasons["no_fall"].message == (
        f"Your last 3 sessions for leg pain brought no fall in pain: before them you rated your "
        f"pain 6 out of 10 on {day(second)}, 6 on {day(third)} and 6 on {day(latest)}. After a "
        "few sessions the rating should be at least 2 points lower."
    )
    assert reasons["days"].message == (
        "In 20 days of sessions for leg pain, your rating has not come down by 2 points or more: "
        f"you rated your pain 6 out of 10 before your session on {day(first)}, and 6 before your "
        f"latest one on {day(latest)}. Leg pain that has not improved after 14 days needs a "
        "doctor's check."
    )
    no_fall = reasons["no_fall"]
    assert no_fall.pains == (6, 6, 6)
    assert no_fall.threshold == 3
    assert no_fall.complaint_slug == "leg-pain"
    assert no_fall.dates[-1] == timezone.localdate().isoformat()
    assert no_fall.period_start == (timezone.localdate() - timedelta(days=30)).isoformat()
    assert reasons["days"].pains == (6, 6) and reasons["days"].threshold == 14


def test_worse_says_stop_at_once_and_severe_gives_the_level(user, hand_routine, history):
    [session] = history((0, 3, 9))
    advice = doctor.doctor_advice(user=user, complaint=hand_routine.complaint)
    messages = {reason.rule: reason.message for reason in advice}
    assert messages["worse"] == (
        "Stop using this routine at once and see a doctor: your pain rose from 3 to 9 out of 10 "
        f"during your session on {day(session)}. A rise of 2 points or more during a session "
        "needs a doctor's advice."
    )
    assert messages["severe"] == (
        f"You rated your pain 9 out of 10 on {day(session)}, within the last 7 days. A rating of "
        "8 or more needs a doctor, not self-care."
    )


def test_a_fall_too_small_is_named(user, hand_routine, history):
    history((2, 6, 3), (1, 5, 3), (0, 5, 3))
    [reason] = doctor.doctor_advice(user=user, complaint=hand_routine.complaint)
    assert "brought a fall of only 1 point in pain" in reason.message


def test_messages_use_the_complaints_own_words(user, hand_routine, history):
    Complaint.objects.filter(pk=hand_routine.complaint_id).update(symptom="tension")
    complaint = Complaint.objects.get(pk=hand_routine.complaint_id)
    history((2, 6, 3), (1, 6, 4), (0, 6, 8))
    messages = " ".join(r.message for r in doctor.doctor_advice(user=user, complaint=complaint))
    assert "brought no fall in tension" in messages
    assert "you rated your tension 6 out of 10" in messages
    assert "your tension rose from 6 to 8" in messages
    assert "pain" not in messages.replace("leg pain", "")


def test_the_rule_needs_the_same_few_queries_whatever_the_history(
    user, hand_routine, history, django_assert_num_queries
):
    complaint = hand_routine.complaint
    with django_assert_num_queries(1):
        assert doctor.doctor_advice(user=user, complaint=complaint) == []
    history((2, 6, 3), (1, 6, 3), (0, 6, 3))
    with django_assert_num_queries(2):
        assert doctor.doctor_advice(user=user, complaint=complaint)
    for days in range(60):
        pressed(history((days / 4, 6, 3))[0], 30, 30)
    with django_assert_num_queries(2):
        assert doctor.doctor_advice(user=user, complaint=complaint)


# --- Where it shows -----------------------------------------------------------------------------


def report_link(page: str) -> str:
    match = re.search(r'<a href="(/sessions/report/[^"]*)">Make a report of your log', page)
    assert match, "no link to the clinician report"
    return html_module.unescape(match.group(1))


def test_the_safety_check_shows_the_warning_with_a_link_to_the_report(client_in, history):
    history(*PERSISTING)
    page = html(client_in.get(START_URL))
    assert "Time to see a doctor about your leg pain" in page
    assert "brought no fall in pain" in page
    assert "Acupressure does not replace medical care." in page
    assert page.index("Time to see a doctor") < page.index("Is any of this happening to you?")
    link = report_link(page)
    today = timezone.localdate()
    assert link == (
        f"/sessions/report/?complaint=leg-pain&start={today - timedelta(days=30):%Y-%m-%d}"
        f"&end={today:%Y-%m-%d}"
    )
    report = client_in.get(link)
    assert report.status_code == 200
    assert report.context["form"].is_valid()
    assert report.context["complaint"].slug == "leg-pain"


def test_the_safety_check_shows_no_warning_without_a_reason(client_in, history):
    history((2, 6, 3), (1, 4, 2), (0, 3, 2))
    assert "Time to see a doctor" not in html(client_in.get(START_URL))


def test_the_safety_check_queries_do_not_grow_with_history(
    client_in, history, django_assert_num_queries
):
    history((2, 7, 6), (1, 7, 6), (0, 7, 6))
    client_in.get(START_URL)
    with CaptureQueriesContext(connection) as short:
        assert "Time to see a doctor" in html(client_in.get(START_URL))
    queries = len(short.captured_queries)  # now: the next request clears the log
    assert queries > 0
    for days in range(3, 80):
        history((days / 4, 7, 6))
    with django_assert_num_queries(queries):
        assert "Time to see a doctor" in html(client_in.get(START_URL))


def test_the_step_page_shows_the_reasons_stored_when_the_session_started(
    client_in, history, start_session, monkeypatch
):
    history(*PERSISTING)
    session = start_session()
    assert [reason["rule"] for reason in session.doctor_reasons] == ["no_fall", "days"]
    session.refresh_from_db()
    assert session.doctor_reasons[0]["complaint_slug"] == "leg-pain"

    def not_on_the_step_page(**kwargs):
        raise AssertionError("the rule ran on a step page")

    monkeypatch.setattr(doctor, "doctor_advice", not_on_the_step_page)
    page = html(client_in.get(session.get_absolute_url()))
    assert "Step 1 of 2" in page
    assert "Time to see a doctor about your leg pain" in page
    assert "brought no fall in pain" in page
    assert "Acupressure does not replace medical care." in page
    assert report_link(page).startswith("/sessions/report/?complaint=leg-pain&start=")
    # The htmx Next answers with the next step's page: the warning is still there.
    response = client_in.post(
        f"/sessions/{session.pk}/step/",
        {"position": 0, "action": "next"},
        headers={"HX-Request": "true"},
    )
    assert "Time to see a doctor about your leg pain" in html(response)


def test_a_session_started_without_a_reason_shows_no_warning(client_in, start_session):
    session = start_session()
    assert session.doctor_reasons == []
    assert "Time to see a doctor" not in html(client_in.get(session.get_absolute_url()))


def test_the_step_page_costs_the_same_with_stored_reasons(
    client_in, user, history, start_session, django_assert_num_queries
):
    plain = start_session()
    client_in.get(plain.get_absolute_url())  # the diagram is drawn once, then cached
    with CaptureQueriesContext(connection) as without:
        client_in.get(plain.get_absolute_url())
    queries = len(without.captured_queries)  # now: the next request clears the log
    assert queries > 0
    GuidedSession.objects.filter(pk=plain.pk).update(status=GuidedSession.Status.ABANDONED)
    history(*PERSISTING)
    warned = start_session()
    assert warned.doctor_reasons
    client_in.get(warned.get_absolute_url())
    with django_assert_num_queries(queries):
        assert "Time to see a doctor" in html(client_in.get(warned.get_absolute_url()))


@pytest.mark.parametrize("url", ["/", "/complaints/leg-pain/", "/protocols/hand-routine-leg-pain/"])
def test_home_complaint_and_routine_pages_show_the_warning_to_its_user_only(
    client, user, other_user, history, url
):
    history(*PERSISTING)
    client.force_login(other_user)
    assert "Time to see a doctor" not in html(client.get(url))  # fills the catalog cache
    client.force_login(user)
    page = html(client.get(url))
    assert "Time to see a doctor about your leg pain" in page
    assert "brought no fall in pain" in page
    assert "/sessions/report/?complaint=leg-pain&amp;start=" in page
    client.force_login(other_user)
    assert "Time to see a doctor" not in html(client.get(url))


def test_the_summary_of_a_pressed_session_shows_the_warning(client_in, pressed_in_app):
    session = pressed_in_app
    response = client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "6"}, follow=True)
    page = html(response)
    assert "Session complete" in page
    assert "Time to see a doctor about your leg pain" in page
    assert "brought no fall in pain" in page
    assert "/sessions/report/?complaint=leg-pain&amp;start=" in page


# --- Thresholds staff may set -------------------------------------------------------------------


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("admin", "admin@example.com", "x"))
    return client


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("doctor_after_days", 1000000, "Ensure this value is less than or equal to 90."),
        ("doctor_after_days", 1, "Ensure this value is greater than or equal to 3."),
        ("doctor_severe_pain", 0, "Ensure this value is greater than or equal to 5."),
        ("doctor_after_sessions", 11, "Ensure this value is less than or equal to 10."),
        ("doctor_window_days", 366, "Ensure this value is less than or equal to 365."),
    ],
)
def test_the_admin_refuses_an_out_of_range_threshold_with_a_clear_message(
    admin_client, hand_routine, field, value, message
):
    url = reverse("admin:points_protocol_change", args=[hand_routine.pk])
    data = change_form_data(admin_client, url) | {field: value}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert message in html(response)
    hand_routine.refresh_from_db()
    assert getattr(hand_routine, field) == Protocol._meta.get_field(field).default


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("doctor_after_days", 1000000),
        ("doctor_after_days", 91),
        ("doctor_after_days", 2),
        ("doctor_severe_pain", 0),
        ("doctor_window_days", 6),
    ],
)
def test_the_database_refuses_an_out_of_range_threshold(hand_routine, field, value):
    # 1000000 does not fit a small integer: PostgreSQL refuses it as such (DataError) before
    # the check constraint; SQLite stores any integer, so its check constraint refuses it.
    refused = IntegrityError if value <= 32767 else (IntegrityError, DataError)
    with pytest.raises(refused), transaction.atomic():
        Protocol.objects.filter(pk=hand_routine.pk).update(**{field: value})
    hand_routine.refresh_from_db()
    assert getattr(hand_routine, field) == Protocol._meta.get_field(field).default
