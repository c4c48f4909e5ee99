"""Small helpers the test modules share (fixtures live in conftest.py); plain functions, so the
browser tests, whose database starts empty, can use them too."""

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from django.utils import timezone

from points.models import Protocol
from sessions import services
from sessions.models import CheckIn, GuidedSession, Plan, SessionStep

PASSWORD = "a-long-test-password"  # the conftest users' password
SHOTS = Path("/tmp/shots")


def html(response) -> str:
    return response.content.decode()


def signup_data(**overrides: str) -> dict[str, str]:
    """A sign-up form for "mira" that passes, unless `overrides` change it."""
    return {
        "username": "mira",
        "email": "",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "adult": "on",
        **overrides,
    }


def codes_listed(response) -> list[str]:
    """The point codes a points list shows, in order."""
    return re.findall(r'<span class="code">([A-Z]{2} \d+)</span>', html(response))


def shot(page, name: str) -> None:
    """Save a full-page screenshot of a browser test to /tmp/shots/<name>.png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def browser_log_in(page, next_url: str, username: str = "alex") -> None:
    """Log in through the browser's login page, then go on to `next_url`."""
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def stored_session(
    user, protocol: Protocol, *, started_at: datetime, minutes: float = 10, **fields
) -> GuidedSession:
    """A session stored directly, without the services: completed `minutes` after it started
    unless `fields` say otherwise, with the protocol's names copied as the services copy them."""
    values = {
        "complaint": protocol.complaint,
        "protocol_name": protocol.name,
        "complaint_name": protocol.complaint.name,
        "status": GuidedSession.Status.COMPLETED,
        "finished_at": started_at + timedelta(minutes=minutes),
    }
    return GuidedSession.objects.create(
        user=user, protocol=protocol, started_at=started_at, **(values | fields)
    )


def pressed(session: GuidedSession, *sides) -> GuidedSession:
    """Give a stored session LI 4 steps of 60 s, one a side: each side is the seconds pressed
    (a done side) or a (status, seconds) pair; a skipped side has no seconds."""
    pairs = [side if isinstance(side, tuple) else (SessionStep.Status.DONE, side) for side in sides]
    SessionStep.objects.bulk_create(
        SessionStep(
            session=session,
            position=position,
            number=position + 1,
            point_code="LI 4",
            point_name="Hegu",
            point_slug="li-4",
            point_region="hand",
            how_to_find="Between the thumb and the index finger.",
            side=SessionStep.Side.LEFT,
            duration_seconds=60,
            pressure="Firm",
            motion="Circles",
            fingers="thumb",
            status=status,
            actual_seconds=None if status == SessionStep.Status.SKIPPED else seconds,
        )
        for position, (status, seconds) in enumerate(pairs)
    )
    return session


def finish_ready(session: GuidedSession) -> None:
    """Press every side of a started session for five minutes, through the services."""
    begun = timezone.now() - timedelta(minutes=5)  # each step pressed: the session counts
    for position in range(session.steps.count()):
        services.step_start(session_id=session.pk, user=session.user, position=position, now=begun)
        services.step_next(session_id=session.pk, user=session.user, position=position)


def run_through(session, *, comfort: dict[int, str], pain_after: int, note: str = "") -> None:
    """Press every side of a started session (answering comfort at the given positions) and
    finish it."""
    user = session.user
    for step in session.steps.exclude(status="skipped").order_by("position"):
        if step.position in comfort:
            services.step_comfort(
                session_id=session.pk,
                user=user,
                position=step.position,
                comfort=comfort[step.position],
            )
        services.step_next(session_id=session.pk, user=user, position=step.position)
    services.session_finish(session_id=session.pk, user=user, pain_after=pain_after, note=note)


def make_plan(
    user,
    protocol: Protocol,
    *,
    start: date | None = None,
    days_ago: int = 0,
    weeks: int = 4,
    stopped: bool = False,
    **fields,
) -> Plan:
    """A plan starting `days_ago` days ago (or on `start`), once a day every day for `weeks`."""
    start = start or timezone.localdate() - timedelta(days=days_ago)
    values = {"sessions_per_day": 1, "days_per_week": 7, "seconds_per_session": 480}
    return Plan.objects.create(
        user=user,
        protocol=protocol,
        protocol_name=protocol.name,
        start_date=start,
        end_date=start + timedelta(days=weeks * 7 - 1),
        stopped_at=timezone.now() if stopped else None,
        **(values | fields),
    )


def peg(plan: Plan, week: int, score: float, *, days_ago: float = 0) -> CheckIn:
    """Store a PEG check-in whose three answers are all `score` (rounded)."""
    return CheckIn.objects.create(
        plan=plan,
        week=week,
        kind=CheckIn.Kind.PEG,
        pain_average=round(score),
        enjoyment=round(score),
        activity=round(score),
        score=score,
        answered_at=timezone.now() - timedelta(days=days_ago),
    )
