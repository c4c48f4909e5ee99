"""Two windows pressing at the same moment, on real concurrent connections (PostgreSQL)."""

import functools
import threading
import uuid
from datetime import timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import User
from django.db import connection
from django.utils import timezone

from points.models import Protocol
from points.seed import load_catalog
from sessions import services
from sessions.models import SessionStep

pytestmark = [
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="needs a database server: SQLite's test database is one in-memory file",
    ),
    pytest.mark.django_db(transaction=True),
]


def race(*actions) -> list:
    """Run the actions in threads released at the same moment; what each returned or raised."""
    barrier = threading.Barrier(len(actions))
    results: list = [None] * len(actions)

    def run(index: int, action) -> None:
        try:
            barrier.wait()
            results[index] = action()
        except Exception as error:  # noqa: BLE001 - the test looks at what happened
            results[index] = error
        finally:
            connection.close()  # each thread had its own

    threads = [threading.Thread(target=run, args=pair) for pair in enumerate(actions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.fixture
def session():
    load_catalog(apps)  # a transactional test starts from empty tables
    return services.session_start(
        user=User.objects.create_user("racer", password="x"),
        protocol=Protocol.objects.get(slug="hand-routine-leg-pain"),
        token=uuid.uuid4(),
        red_flag_yes=set(),
        contraindication_yes=set(),
        pain_before=5,
    )


def test_next_pressed_in_two_windows_at_once_ends_each_step_once(session):
    begun = timezone.now() - timedelta(minutes=1)  # pressed long enough to count as done
    for position in range(session.steps.count()):
        services.step_start(session_id=session.pk, user=session.user, position=position, now=begun)
        press_next = functools.partial(
            services.step_next, session_id=session.pk, user=session.user, position=position
        )
        results = race(press_next, press_next)
        conflicts = [r for r in results if isinstance(r, services.SessionConflict)]
        done = [r for r in results if isinstance(r, SessionStep)]
        assert (len(done), len(conflicts)) == (1, 1), results
        step = session.steps.get(position=position)
        assert step.status == SessionStep.Status.DONE and step.ended_at is not None
    assert not session.steps.filter(status=SessionStep.Status.PENDING).exists()


def test_start_and_comfort_at_once_both_land(session):
    for _ in range(10):
        results = race(
            lambda: services.step_start(session_id=session.pk, user=session.user, position=0),
            lambda: services.step_comfort(
                session_id=session.pk, user=session.user, position=0, comfort="tender"
            ),
        )
        assert all(isinstance(r, SessionStep) for r in results), results
    step = session.steps.get(position=0)
    assert step.started_at is not None and step.comfort == "tender"


def test_a_step_action_racing_abandon_never_lands_after_it(session):
    services.step_start(session_id=session.pk, user=session.user, position=0)
    results = race(
        lambda: services.session_abandon(session_id=session.pk, user=session.user),
        lambda: services.step_pause(session_id=session.pk, user=session.user, position=0),
    )
    assert not [
        r
        for r in results
        if isinstance(r, Exception) and not isinstance(r, services.SessionConflict)
    ], results
    step = session.steps.get(position=0)
    session.refresh_from_db()
    assert session.status == "abandoned" and step.ended_at is not None
    # Paused before the abandon, or refused after it: never paused after the timer stopped.
    assert step.paused_at is None


def test_a_next_acknowledged_while_abandon_runs_is_never_overwritten(session, monkeypatch):
    """Reliability review D3: abandon read the current step, a Next committed, and abandon's
    write put the step back to pending with no time. Deterministic: the Next is sent from
    another connection right after abandon has read the step, before it writes."""
    user = session.user
    services.step_start(
        session_id=session.pk, user=user, position=0, now=timezone.now() - timedelta(minutes=1)
    )
    outcome: list = []

    def press_next() -> None:
        try:
            outcome.append(services.step_next(session_id=session.pk, user=user, position=0))
        except Exception as error:  # noqa: BLE001 - the test looks at what happened
            outcome.append(error)
        finally:
            connection.close()

    other_window = threading.Thread(target=press_next)
    real_stopped = services._stopped

    def stopped(step, now):  # abandon has read the step: the other window presses Next now
        monkeypatch.setattr(services, "_stopped", real_stopped)
        other_window.start()
        other_window.join(timeout=1.5)  # it may wait for abandon's lock: then it lands after
        return real_stopped(step, now)

    monkeypatch.setattr(services, "_stopped", stopped)
    services.session_abandon(session_id=session.pk, user=user)
    other_window.join(timeout=10)
    assert not other_window.is_alive()
    [result] = outcome
    step = session.steps.get(position=0)
    session.refresh_from_db()
    assert session.status == "abandoned"
    if isinstance(result, SessionStep):  # the Next was acknowledged: it must stand
        assert step.status == SessionStep.Status.DONE
        assert step.actual_seconds == result.actual_seconds and step.actual_seconds >= 50
        assert step.ended_at == result.ended_at
    else:  # refused, because the abandon came first: the step ended with the session
        assert isinstance(result, services.SessionConflict), result
        assert step.status == SessionStep.Status.PENDING and step.ended_at is not None
        assert step.actual_seconds is not None and step.actual_seconds >= 50


def test_back_and_next_at_once_leave_one_of_them(session):
    user = session.user
    begun = timezone.now() - timedelta(minutes=1)
    services.step_start(session_id=session.pk, user=user, position=0, now=begun)
    services.step_next(session_id=session.pk, user=user, position=0)
    services.step_start(session_id=session.pk, user=user, position=1, now=begun)
    for _ in range(5):
        results = race(
            lambda: services.step_back(session_id=session.pk, user=user, position=1),
            lambda: services.step_next(session_id=session.pk, user=user, position=1),
        )
        assert not [
            r
            for r in results
            if isinstance(r, Exception) and not isinstance(r, services.SessionConflict)
        ], results
        statuses = list(session.steps.values_list("status", flat=True))
        pending = [index for index, status in enumerate(statuses) if status == "pending"]
        # Ended sides first, then the pending ones: never a gap, never a side ended twice.
        assert pending == list(range(pending[0], len(statuses))), statuses
        current = pending[0]
        # Back to where the race started, for the next round.
        if current == 0:
            services.step_next(session_id=session.pk, user=user, position=0)
        elif current == 2:
            services.step_back(session_id=session.pk, user=user, position=2)
        services.step_start(session_id=session.pk, user=user, position=1, now=begun)
