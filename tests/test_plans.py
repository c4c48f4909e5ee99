"""Plans: starting one from a routine, what counts toward it (today, the week's target, the
calendar, adherence, the streak), stopping it, its reminders, the home page, query counts."""

import functools
import re
import zoneinfo
from datetime import date, datetime, time, timedelta

import icalendar
import pytest
from django.utils import timezone

from points.models import Protocol
from sessions import plans
from sessions.models import CheckIn, GuidedSession, Plan, SessionStep
from tests.helpers import html, pressed, stored_session

pytestmark = pytest.mark.django_db

DONE, UNPRESSED, SKIPPED = (
    SessionStep.Status.DONE,
    SessionStep.Status.UNPRESSED,
    SessionStep.Status.SKIPPED,
)


def today() -> date:
    return timezone.localdate()


def at(day: date, hour: int = 9) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(hour)))


@pytest.fixture
def log_session(user, hand_routine):
    """A session of the hand routine with its sides: log_session(day, [(status, seconds)…]).
    Each side lasts 60 s; the default is 4 sides pressed in full."""

    def log(
        day: date,
        sides=((DONE, 60),) * 4,
        *,
        hour: int = 9,
        status=GuidedSession.Status.COMPLETED,
        owner=None,
        protocol=None,
    ) -> GuidedSession:
        session = stored_session(
            owner or user,
            protocol or hand_routine,
            started_at=at(day, hour),
            status=status,
            pain_before=6,
            pain_after=4,
        )
        return pressed(session, *sides)

    return log


@pytest.fixture
def make_plan(make_plan):
    """Plans here last a week of 4-minute sessions, as log_session logs: 4 sides of 60 s."""
    return functools.partial(make_plan, weeks=1, seconds_per_session=240)


def form_data(**changes) -> dict:
    return {
        "start_date": today().isoformat(),
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 4,
        **changes,
    }


# --- Starting a plan ------------------------------------------------------------------------------


def test_the_routine_page_offers_to_follow_it_as_a_plan(client):
    page = html(client.get("/protocols/hand-routine-leg-pain/"))
    assert "Follow this as a plan" in page
    assert "/sessions/plans/start/hand-routine-leg-pain/" in page


def test_starting_a_plan_needs_a_login(client):
    response = client.get("/sessions/plans/start/hand-routine-leg-pain/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post("/sessions/plans/start/hand-routine-leg-pain/", form_data())
    assert response.status_code == 302 and not Plan.objects.exists()


def test_the_plan_form_offers_the_routines_dose_and_leaves_streaks_off(client_in, hand_routine):
    Protocol.objects.filter(pk=hand_routine.pk).update(
        sessions_per_day=2, days_per_week=5, weeks=6, dose_note="Best in the evening."
    )
    page = html(client_in.get("/sessions/plans/start/hand-routine-leg-pain/"))
    assert f'value="{today().isoformat()}"' in page
    assert 'name="sessions_per_day" value="2"' in page
    assert 'name="days_per_week" value="5"' in page
    assert 'name="weeks" value="6"' in page
    assert "Best in the evening." in page
    assert re.search(r'<input type="checkbox" name="streaks"(?![^>]*checked)[^>]*>', page)


def test_starting_a_plan_stores_its_dose_end_and_pressing_time(client_in, user, hand_routine):
    start = today() - timedelta(days=2)
    response = client_in.post(
        "/sessions/plans/start/hand-routine-leg-pain/",
        form_data(start_date=start.isoformat(), sessions_per_day=2, days_per_week=6, weeks=3),
    )
    plan = Plan.objects.get()
    assert response["Location"] == f"/sessions/plans/{plan.pk}/"
    assert (plan.user, plan.protocol, plan.protocol_name) == (user, hand_routine, hand_routine.name)
    assert plan.start_date == start and plan.end_date == start + timedelta(days=20)
    assert (plan.sessions_per_day, plan.days_per_week, plan.streaks) == (2, 6, False)
    assert plan.seconds_per_session == sum(s.total_seconds for s in hand_routine.steps.all()) > 0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"sessions_per_day": 4}, "Choose a number from 1 to 3."),
        ({"days_per_week": 0}, "Choose a number from 1 to 7."),
        ({"weeks": 27}, "Choose a number from 1 to 26."),
        ({"weeks": "many"}, "Choose a number from 1 to 26."),
        ({"start_date": "2020-01-01"}, "Choose a date from"),
        ({"start_date": "tomorrow"}, "Enter a date."),
        ({"start_date": ""}, "Choose a start date."),
    ],
)
def test_bad_plan_input_is_named_and_nothing_is_saved(client_in, changes, message):
    response = client_in.post("/sessions/plans/start/hand-routine-leg-pain/", form_data(**changes))
    assert response.status_code == 200
    assert message in html(response)
    assert not Plan.objects.exists()


def test_a_start_from_a_week_back_to_30_days_ahead_is_allowed(client_in):
    for days in (-7, 30):
        Plan.objects.all().delete()
        start = (today() + timedelta(days=days)).isoformat()
        client_in.post("/sessions/plans/start/hand-routine-leg-pain/", form_data(start_date=start))
        assert Plan.objects.count() == 1
    for days in (-8, 31):
        response = client_in.post(
            "/sessions/plans/start/hand-routine-leg-pain/",
            form_data(start_date=(today() + timedelta(days=days)).isoformat()),
        )
        assert "Choose a date from" in html(response)


def test_a_double_post_starts_one_plan(client_in):
    first = client_in.post("/sessions/plans/start/hand-routine-leg-pain/", form_data())
    again = client_in.post("/sessions/plans/start/hand-routine-leg-pain/", form_data())
    assert Plan.objects.count() == 1
    assert again["Location"] == first["Location"]


def test_a_second_plan_of_the_same_routine_explains_and_links_the_first(client_in):
    client_in.post("/sessions/plans/start/hand-routine-leg-pain/", form_data())
    plan = Plan.objects.get()
    response = client_in.post(
        "/sessions/plans/start/hand-routine-leg-pain/", form_data(sessions_per_day=2)
    )
    assert Plan.objects.count() == 1
    page = html(response)
    assert "You already follow this routine" in page
    assert f'href="/sessions/plans/{plan.pk}/"' in page


def test_a_plan_of_another_routine_or_after_stopping_can_start(client_in, make_plan):
    plan = make_plan()
    client_in.post("/sessions/plans/start/knee-pain-routine/", form_data())
    plans.stop_plan(plan=plan)
    client_in.post("/sessions/plans/start/hand-routine-leg-pain/", form_data())
    assert Plan.objects.count() == 3


def test_a_draft_routine_cannot_be_followed(client_in, hand_routine):
    Protocol.objects.filter(pk=hand_routine.pk).update(status=Protocol.Status.DRAFT)
    assert client_in.get("/sessions/plans/start/hand-routine-leg-pain/").status_code == 404


# --- The plan page ------------------------------------------------------------------------------


def test_another_users_plan_is_a_404(client, other_user, make_plan):
    plan = make_plan()
    client.force_login(other_user)
    for url in ("", "stop/", "plan.ics"):
        assert client.get(f"/sessions/plans/{plan.pk}/{url}").status_code == 404
    assert client.post(f"/sessions/plans/{plan.pk}/stop/").status_code == 404
    plan.refresh_from_db()
    assert plan.stopped_at is None


def test_the_plan_page_needs_a_login(client, make_plan):
    plan = make_plan()
    response = client.get(f"/sessions/plans/{plan.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_plan_page_shows_today_the_week_and_a_start_button(client_in, make_plan):
    plan = make_plan(weeks=4)
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "Today: 0 of 1 done" in page
    assert "0 of 7 this week" in page
    assert 'href="/sessions/start/hand-routine-leg-pain/"' in page
    assert f'href="/sessions/plans/{plan.pk}/check-in/"' in page
    assert f'action="/sessions/plans/{plan.pk}/plan.ics"' in page
    assert page.count('class="plan-week-title"') == 4


def test_a_session_done_today_counts_on_the_plan_page(client_in, make_plan, log_session):
    plan = make_plan()
    log_session(today(), hour=0)
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "Today: 1 of 1 done" in page and "1 of 7 this week" in page


def test_the_check_in_link_goes_once_the_week_has_one(client_in, make_plan):
    plan = make_plan()
    CheckIn.objects.create(plan=plan, week=1, kind="peg", score=5, answered_at=timezone.now())
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "/check-in/" not in page


def test_an_ended_plan_links_its_review_prominently(client_in, make_plan):
    plan = make_plan(days_ago=10)
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "Time to review your plan" in page
    assert f'href="/sessions/plans/{plan.pk}/review/"' in page
    assert "Stop this plan" not in page and "/check-in/" not in page


def test_twice_daily_plans_count_each_session(client_in, make_plan, log_session):
    plan = make_plan(sessions_per_day=2)
    log_session(today(), hour=0)
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "Today: 1 of 2 done" in page and "1 of 14 this week" in page
    assert "Start session 2 of 2" in page


# --- What counts --------------------------------------------------------------------------------


def test_full_sessions_count_one_each(make_plan, log_session):
    plan = make_plan(days_ago=2)
    for days_ago in (2, 1, 0):
        log_session(today() - timedelta(days=days_ago))
    result = plans.adherence(plan)
    assert (result.sessions_done, result.sessions_prescribed) == (3, 3)
    assert (result.seconds_pressed, result.seconds_prescribed) == (3 * 240, 3 * 240)
    assert result.session_share == result.time_share == 1.0


def test_sides_pressed_under_half_their_time_make_a_session_partly_done(make_plan, log_session):
    plan = make_plan(days_ago=1)
    log_session(today() - timedelta(days=1), [(DONE, 60), (DONE, 30), (DONE, 29), (UNPRESSED, 5)])
    result = plans.adherence(plan, until=today() - timedelta(days=1))
    assert result.sessions_done == 0.5  # 2 of 4 sides pressed at least half their time
    assert result.seconds_pressed == 60 + 30 + 29 + 5
    assert result.sessions_prescribed == 1 and result.seconds_prescribed == 240
    [week] = plans.progress(plan).weeks
    assert week.days[0].state == plans.DayState.PARTLY


def test_sides_skipped_for_safety_do_not_count_against_a_session(make_plan, log_session):
    plan = make_plan()
    log_session(today(), [(SKIPPED, 0), (SKIPPED, 0), (DONE, 60), (DONE, 45)])
    result = plans.adherence(plan)
    assert result.sessions_done == 1
    assert result.seconds_pressed == 105  # of the 240 the routine prescribes
    assert result.time_share == pytest.approx(105 / 240)


def test_pressing_past_a_sides_time_counts_its_time_only(make_plan, log_session):
    plan = make_plan()
    log_session(today(), [(DONE, 300)] * 4)
    assert plans.adherence(plan).seconds_pressed == 240


def test_an_abandoned_session_counts_the_sides_done(make_plan, log_session):
    plan = make_plan()
    pending = SessionStep.Status.PENDING
    log_session(today(), [(DONE, 60), (pending, 0), (pending, 0), (pending, 0)], status="abandoned")
    assert plans.adherence(plan).sessions_done == 0.25


def test_sessions_in_progress_other_routines_and_other_users_do_not_count(
    make_plan, log_session, other_user
):
    plan = make_plan()
    log_session(today(), status=GuidedSession.Status.IN_PROGRESS)
    log_session(today(), protocol=Protocol.objects.get(slug="knee-pain-routine"))
    log_session(today(), owner=other_user)
    log_session(today() - timedelta(days=1))  # before the plan
    assert plans.adherence(plan).sessions_done == 0


def test_twice_daily_sessions_count_separately_and_at_most_twice_a_day(make_plan, log_session):
    plan = make_plan(days_ago=1, sessions_per_day=2)
    yesterday = today() - timedelta(days=1)
    log_session(yesterday, hour=8)
    log_session(yesterday, hour=20)
    log_session(yesterday, hour=22)  # a third adds nothing
    log_session(today(), hour=0)
    result = plans.adherence(plan)
    assert (result.sessions_done, result.sessions_prescribed) == (3, 4)
    assert result.seconds_pressed == 3 * 240
    progress = plans.progress(plan)
    assert progress.today_text == "Today: 1 of 2 done"
    assert progress.week_text == "3 of 14 this week"


def test_a_once_a_day_plan_counts_one_session_a_day(make_plan, log_session):
    plan = make_plan()
    log_session(today(), [(DONE, 30)] * 4, hour=0)
    log_session(today(), hour=1)
    log_session(today(), hour=2)
    result = plans.adherence(plan)
    assert result.sessions_done == 1 and result.seconds_pressed == 240  # the best of the day


def test_days_a_week_are_due_only_once_the_week_runs_out_of_days(make_plan, log_session):
    plan = make_plan(days_ago=6, days_per_week=3)
    start = plan.start_date
    # By day 4 of the week nothing was due yet (4 free days); by day 6, two days.
    assert plans.adherence(plan, until=start + timedelta(days=3)).sessions_prescribed == 0
    assert plans.adherence(plan, until=start + timedelta(days=5)).sessions_prescribed == 2
    log_session(start + timedelta(days=1))
    log_session(start + timedelta(days=4))
    log_session(start + timedelta(days=6))
    result = plans.adherence(plan, until=start + timedelta(days=6))
    assert (result.sessions_done, result.sessions_prescribed) == (3, 3)
    states = [day.state for day in plans.progress(plan).weeks[0].days]
    assert states.count(plans.DayState.DONE) == 3
    assert states.count(plans.DayState.REST) == 4 and plans.DayState.NONE not in states


def test_nothing_is_due_before_a_plan_starts(make_plan):
    plan = make_plan(days_ago=-3)
    result = plans.adherence(plan)
    assert result.sessions_prescribed == 0 and result.session_share is None
    assert result.time_share is None


def test_the_share_is_of_the_sessions_prescribed_so_far(make_plan, log_session):
    plan = make_plan(days_ago=3, weeks=2)
    log_session(today() - timedelta(days=3))
    result = plans.adherence(plan)
    assert (result.sessions_done, result.sessions_prescribed) == (1, 4)
    assert result.session_share == 0.25
    whole = plans.adherence(plan, until=plan.end_date)
    assert whole.sessions_prescribed == 14


def test_a_stopped_plan_counts_up_to_the_day_it_stopped(make_plan, log_session):
    plan = make_plan(days_ago=3)
    log_session(today() - timedelta(days=3))
    plans.stop_plan(plan=plan, now=at(today() - timedelta(days=2), 12))
    log_session(today())
    result = plans.adherence(plan)
    assert (result.sessions_done, result.sessions_prescribed) == (1, 2)
    states = [day.state for day in plans.progress(plan).weeks[0].days]
    assert states[:2] == [plans.DayState.DONE, plans.DayState.NONE]
    assert set(states[2:]) == {plans.DayState.STOPPED}


def test_days_are_the_users_local_days(make_plan, log_session):
    tokyo = zoneinfo.ZoneInfo("Asia/Tokyo")
    with timezone.override(tokyo):
        plan = make_plan(days_ago=1)
        local_today = timezone.localdate()
        # 23:30 UTC the day before is 08:30 today in Tokyo.
        started = datetime.combine(local_today, time(8, 30), tzinfo=tokyo)
        session = log_session(local_today)
        GuidedSession.objects.filter(pk=session.pk).update(started_at=started)
        progress = plans.progress(plan)
        assert progress.today_done == 1
        assert progress.weeks[0].days[0].state == plans.DayState.NONE


# --- Week, calendar, streak ----------------------------------------------------------------------


def test_the_week_target_counts_this_plan_week(make_plan, log_session):
    plan = make_plan(days_ago=8, weeks=2)
    for days_ago in (8, 7, 1, 0):
        log_session(today() - timedelta(days=days_ago))
    progress = plans.progress(plan)
    assert progress.week_number == 2
    assert progress.week_text == "2 of 7 this week"
    assert [week.text for week in progress.weeks] == ["2 of 7", "2 of 7"]


def test_the_calendar_says_each_days_state_in_words(client_in, make_plan, log_session):
    plan = make_plan(days_ago=3)
    log_session(today() - timedelta(days=3))
    log_session(today() - timedelta(days=2), [(DONE, 60), (DONE, 10), (DONE, 10), (DONE, 10)])
    states = [day.state for day in plans.progress(plan).weeks[0].days]
    assert states == ["done", "partly", "none", "today", "upcoming", "upcoming", "upcoming"]
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    for words in ("Done", "Partly done", "No session", "Today", "Later"):
        assert f'<span class="plan-day-state">{words}</span>' in page
    assert 'aria-current="date"' in page
    for scolding in ("missed", "Missed", "failed", "broke"):
        assert scolding not in page


def test_streaks_are_off_unless_turned_on(client_in, make_plan, log_session):
    plan = make_plan(days_ago=2)
    for days_ago in (1, 0):
        log_session(today() - timedelta(days=days_ago))
    assert plans.progress(plan).streak is None
    assert "Streak" not in html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    Plan.objects.filter(pk=plan.pk).update(streaks=True)
    plan.refresh_from_db()
    assert plans.progress(plan).streak == 2  # the day before had no session
    assert "Streak: 2 days in a row" in html(client_in.get(f"/sessions/plans/{plan.pk}/"))


def test_a_streak_keeps_going_over_rest_days_and_today(make_plan, log_session):
    plan = make_plan(days_ago=5, days_per_week=5, streaks=True)
    for days_ago in (5, 3, 1):
        log_session(today() - timedelta(days=days_ago))
    assert plans.progress(plan).streak == 3


# --- Stopping ---------------------------------------------------------------------------------


def test_stopping_asks_first_then_stops_once(client_in, make_plan):
    plan = make_plan()
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/stop/"))
    assert "Stop this plan?" in page and 'method="post"' in page
    plan.refresh_from_db()
    assert plan.stopped_at is None
    response = client_in.post(f"/sessions/plans/{plan.pk}/stop/")
    assert response["Location"] == f"/sessions/plans/{plan.pk}/"
    plan.refresh_from_db()
    stopped = plan.stopped_at
    assert stopped is not None
    again = client_in.post(f"/sessions/plans/{plan.pk}/stop/")
    assert again.status_code == 302
    plan.refresh_from_db()
    assert plan.stopped_at == stopped
    assert "Review your plan" in html(client_in.get(f"/sessions/plans/{plan.pk}/"))


# --- Reminders ----------------------------------------------------------------------------------


def plan_events(client, plan, **params) -> list[icalendar.Event]:
    response = client.get(f"/sessions/plans/{plan.pk}/plan.ics", params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_the_plan_ics_has_a_daily_event_until_the_end_with_an_alarm(client_in, make_plan):
    plan = make_plan(weeks=4)
    [event] = plan_events(client_in, plan, at1="07:30")
    start = event.decoded("DTSTART")
    assert start.date() == plan.start_date and start.time() == time(7, 30)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["DAILY"]
    assert timezone.localtime(rule["UNTIL"][0]).date() == plan.end_date
    [alarm] = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY" and alarm.decoded("TRIGGER") == timedelta(0)
    assert "/sessions/start/hand-routine-leg-pain/" in str(event["URL"])
    assert "Hand routine for leg pain" in str(event["SUMMARY"])


def test_twice_daily_plans_get_an_event_for_each_session(client_in, make_plan, user):
    plan = make_plan(sessions_per_day=2)
    events = plan_events(client_in, plan)
    assert [event.decoded("DTSTART").time() for event in events] == [time(8), time(20)]
    assert len({str(event["UID"]) for event in events}) == 2
    assert "session 2 of 2" in str(events[1]["SUMMARY"])
    assert user.username not in str(events[0]["UID"])


def test_a_plan_of_some_days_a_week_reminds_on_the_chosen_days(client_in, make_plan):
    plan = make_plan(days_per_week=3)
    [event] = plan_events(client_in, plan)
    assert event["RRULE"]["BYDAY"] == ["MO", "WE", "FR"]
    [event] = plan_events(client_in, plan, at1="18:00", days=["TU", "SA"])
    assert event["RRULE"]["BYDAY"] == ["TU", "SA"]


def test_the_plan_ics_uid_is_the_same_on_a_new_download(client_in, make_plan, other_user):
    plan = make_plan()
    first = plan_events(client_in, plan)[0]["UID"]
    assert plan_events(client_in, plan, at1="21:00")[0]["UID"] == first
    other = make_plan(owner=other_user)
    client_in.force_login(other_user)
    assert plan_events(client_in, other)[0]["UID"] != first


def test_a_bad_reminder_time_is_named(client_in, make_plan):
    plan = make_plan()
    response = client_in.get(f"/sessions/plans/{plan.pk}/plan.ics", {"at1": "25:99"})
    assert response.status_code == 200 and "Enter a time." in html(response)


# --- The home page -----------------------------------------------------------------------------


def test_the_home_page_shows_todays_plan_sessions(client_in, make_plan, log_session):
    plan = make_plan(days_ago=1)
    log_session(today() - timedelta(days=1))
    page = html(client_in.get("/"))
    assert "Today: 0 of 1 done" in page and "1 of 7 this week" in page
    assert f'href="{plan.get_absolute_url()}"' in page
    assert 'href="/sessions/start/hand-routine-leg-pain/"' in page
    assert f'href="/sessions/plans/{plan.pk}/check-in/"' in page


def test_the_home_page_asks_for_the_review_of_an_ended_plan(client_in, make_plan):
    plan = make_plan(days_ago=7)
    page = html(client_in.get("/"))
    assert f'href="/sessions/plans/{plan.pk}/review/"' in page and "Review your plan" in page


def test_the_home_page_shows_no_plans_to_visitors_or_users_without_one(client, client_in):
    assert "this week" not in html(client_in.get("/"))
    client.logout()
    assert "this week" not in html(client.get("/"))


# --- Query counts -------------------------------------------------------------------------------


def add_history(make_plan, log_session, plans_count: int, sessions: int) -> list[Plan]:
    """Plans of 1 to 3 routines, and sessions of the first (one complaint in the log, so the
    see-a-doctor queries, two a complaint, stay the same)."""
    routines = ["hand-routine-leg-pain", "knee-pain-routine", "low-back-pain-routine"]
    made = [
        make_plan(days_ago=20, weeks=4, protocol=Protocol.objects.get(slug=slug))
        for slug in routines[:plans_count]
    ]
    for index in range(sessions):
        log_session(today() - timedelta(days=index % 21), hour=index % 20)
    return made


@pytest.mark.parametrize(("plans_count", "sessions"), [(1, 1), (3, 40)])
def test_the_home_page_queries_do_not_grow_with_plans_or_sessions(
    client_in, django_assert_num_queries, make_plan, log_session, plans_count, sessions
):
    add_history(make_plan, log_session, plans_count, sessions)
    # Session and user, the warnings (the complaints in the log, then 2 queries a complaint),
    # the sessions in progress, the plans, their sessions and their check-ins, the complaints
    # and their routines.
    with django_assert_num_queries(11):
        page = html(client_in.get("/"))
    assert page.count("this week") == plans_count
    assert "Today: 1 of 1 done" in page


def test_a_user_without_plans_pays_one_query_for_them_on_the_home_page(
    client_in, django_assert_num_queries, log_session
):
    log_session(today())
    with django_assert_num_queries(9):  # as above, with no plan to read sessions for
        assert "this week" not in html(client_in.get("/"))


def test_the_plans_on_the_home_page_cost_three_queries(
    user, django_assert_num_queries, make_plan, log_session
):
    for plans_count, sessions in ((1, 1), (3, 40)):
        Plan.objects.all().delete()
        GuidedSession.objects.all().delete()
        add_history(make_plan, log_session, plans_count, sessions)
        with django_assert_num_queries(3):
            shown = plans.home_plans(user=user)
            assert [p.week_text for p in shown]
            assert all(p.weeks and p.adherence() for p in shown)


@pytest.mark.parametrize(("plans_count", "sessions"), [(1, 1), (3, 40)])
def test_the_plan_page_queries_do_not_grow_with_sessions(
    client_in, django_assert_num_queries, make_plan, log_session, plans_count, sessions
):
    plan = add_history(make_plan, log_session, plans_count, sessions)[0]
    CheckIn.objects.create(
        plan=plan, week=1, kind=CheckIn.Kind.RATING, rating=5, score=5, answered_at=timezone.now()
    )
    # Session and user, the plan with its routine, its sessions, and its check-ins (read once
    # for the weeks checked in and the scores).
    with django_assert_num_queries(5):
        page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "Your weekly check-ins" in page


def test_the_plan_page_does_not_count_today_short_while_it_can_be_done(
    client_in, make_plan, log_session
):
    plan = make_plan()
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "Nothing is due yet" in page and "0 %" not in page
    yesterday_plan = make_plan(days_ago=1, protocol=Protocol.objects.get(slug="knee-pain-routine"))
    page = html(client_in.get(f"/sessions/plans/{yesterday_plan.pk}/"))
    assert "0 %</strong> of the 1 due up to yesterday" in page
    log_session(today())
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "100 %</strong> of the 1 due so far (1 done)" in page
    assert "100 %</strong> of the 4 min due so far (4 min pressed)" in page


def test_a_week_whose_target_is_met_offers_a_rest_day(client_in, make_plan, log_session):
    plan = make_plan(days_ago=2, days_per_week=2)
    log_session(today() - timedelta(days=2))
    log_session(today() - timedelta(days=1))
    page = html(client_in.get(f"/sessions/plans/{plan.pk}/"))
    assert "2 of 2 this week" in page
    assert "today can be a rest day" in page and "Start a session anyway" in page


def test_the_current_week_stops_at_the_plans_last_day(make_plan):
    # A 4-week plan started 20 days ago is in week 3; stopped 10 days ago, it stays in week 2.
    running = make_plan(days_ago=20, weeks=4)
    assert plans.current_week(running) == 3
    stopped = make_plan(days_ago=20, weeks=4)
    stopped.stopped_at = timezone.now() - timedelta(days=10)
    assert plans.current_week(stopped) == 2
    assert plans.current_week(make_plan(days_ago=60, weeks=4)) == 4  # ended: its last week
    assert plans.current_week(make_plan(days_ago=-5, weeks=4)) == 1  # not started yet
