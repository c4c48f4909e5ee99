"""Hands-free: the combined end-this-start-next action, the remembered switch, the voice's texts."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from points.models import spoken_seconds
from sessions import services, voice
from sessions.models import GET_READY_SECONDS, GuidedSession, SessionStep
from tests.helpers import html

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


def started(session, *, seconds_ago: float) -> None:
    """Start the current step `seconds_ago` (get-ready included)."""
    step = session.steps.filter(status=SessionStep.Status.PENDING).first()
    step.started_at = timezone.now() - timedelta(seconds=seconds_ago)
    step.save()


def test_advance_ends_the_side_with_its_time_and_starts_the_other_side_at_once(session, user):
    started(session, seconds_ago=GET_READY_SECONDS + 120)
    now = timezone.now()
    ended = services.step_advance(session_id=session.pk, user=user, position=0, now=now)
    assert ended.status == SessionStep.Status.DONE and ended.actual_seconds == 120
    left, right = session.steps.all()[:2]
    assert (left.status, right.status) == ("done", "pending")
    assert right.started_at == now  # same point, other hand: only the get-ready
    assert right.timer(now).ready_left == GET_READY_SECONDS


def test_advance_to_another_point_leaves_time_to_say_where_it_is(session, user):
    now = timezone.now()
    for position in (0, 1):
        started(session, seconds_ago=GET_READY_SECONDS + 120)
        services.step_advance(session_id=session.pk, user=user, position=position, now=now)
    si_3 = session.steps.get(position=2)
    pause = voice.next_up_seconds(si_3)
    assert 0 < pause <= voice.MAX_NEXT_UP_SECONDS
    assert si_3.started_at == now + timedelta(seconds=pause)
    timer = si_3.timer(now)
    assert timer.started and not timer.finished
    assert timer.ready_left == GET_READY_SECONDS + pause
    assert timer.remaining == si_3.duration_seconds
    later = si_3.timer(now + timedelta(seconds=pause + GET_READY_SECONDS + 30))
    assert later.pressed_seconds == 30


def test_a_repeated_advance_changes_nothing(session, user):
    started(session, seconds_ago=60)
    services.step_advance(session_id=session.pk, user=user, position=0)
    before = list(session.steps.values_list("status", "started_at", "ended_at"))
    with pytest.raises(services.SessionConflict, match="no longer the current one"):
        services.step_advance(session_id=session.pk, user=user, position=0)
    assert list(session.steps.values_list("status", "started_at", "ended_at")) == before


def test_advance_on_the_last_side_leads_to_the_finish_form(client_in, session):
    for step in session.steps.all()[:3]:
        step.status, step.actual_seconds = SessionStep.Status.DONE, 120
        step.save()
    started(session, seconds_ago=130)
    response = client_in.post(
        f"/sessions/{session.pk}/step/", {"position": 3, "action": "advance"}, headers=HTMX
    )
    page = html(response)
    assert response["HX-Retarget"] == "#session-stage"
    assert "How is it now?" in page and 'name="pain_after"' in page
    assert not session.steps.filter(status=SessionStep.Status.PENDING).exists()


def test_another_users_session_cannot_be_advanced(client, other_user, session):
    client.force_login(other_user)
    response = client.post(f"/sessions/{session.pk}/step/", {"position": 0, "action": "advance"})
    assert response.status_code == 404
    assert not session.steps.exclude(status=SessionStep.Status.PENDING).exists()


# --- The switch ---------------------------------------------------------------------------------


def test_the_switch_on_a_step_turns_hands_free_on_and_the_page_says_so(client_in, session):
    url = f"/sessions/{session.pk}/hands-free/"
    response = client_in.post(url, {"hands_free": "on"}, headers=HTMX)
    session.refresh_from_db()
    assert session.hands_free
    page = html(response)
    assert "data-hands-free" in page and 'aria-pressed="true"' in page
    client_in.post(url, {"hands_free": "off"})
    session.refresh_from_db()
    assert not session.hands_free


def test_the_safety_check_remembers_the_last_choice(client_in, session, start_session):
    start = "/sessions/start/hand-routine-leg-pain/"
    assert 'name="hands_free"' in html(client_in.get(start))
    assert re.search(r'name="hands_free"[^>]*checked', html(client_in.get(start))) is None
    client_in.post(f"/sessions/{session.pk}/hands-free/", {"hands_free": "on"})
    assert re.search(r'name="hands_free"[^>]*checked', html(client_in.get(start)))
    assert start_session(hands_free=True).hands_free


def test_the_switch_of_an_ended_session_says_why_and_changes_nothing(client_in, session, user):
    services.session_abandon(session_id=session.pk, user=user)
    response = client_in.post(
        f"/sessions/{session.pk}/hands-free/", {"hands_free": "on"}, follow=True
    )
    assert "This session has ended" in html(response)
    session.refresh_from_db()
    assert not session.hands_free


def test_the_switch_of_another_users_session_is_not_found(client, other_user, session):
    client.force_login(other_user)
    response = client.post(f"/sessions/{session.pk}/hands-free/", {"hands_free": "on"})
    assert response.status_code == 404
    session.refresh_from_db()
    assert not session.hands_free


# --- What the voice says ------------------------------------------------------------------------


def test_the_step_page_carries_the_voice_texts_built_from_the_step(client_in, session):
    step = session.steps.get(position=0)
    step.how_to_find = "Edited by staff: the web between thumb and index finger."
    step.caution = "Press gently: you take blood thinners."
    step.save()
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    cues = json.loads(re.search(r'id="step-cues"[^>]*>(.*?)</script>', page).group(1))
    assert cues["intro"] == (
        "Left hand. LI 4, Hegu. Edited by staff: the web between thumb and index finger. "
        "Caution: Press gently: you take blood thinners."
    )
    assert cues["start"] == f"Start pressing: {step.pressure.lower()} pressure, 2 minutes."
    assert cues["half"] == "Halfway: 1 minute left."
    assert cues["end"] == "Time is up. Switch to the right hand."
    assert "Next: <strong>Right hand</strong>" in page


def test_the_voice_names_the_next_point_and_only_says_how_to_find_it_once(session):
    left, right, si_3, last = session.steps.all()
    assert voice.cues(right, si_3, first_side=False) == voice.cues(right, si_3, first_side=False)
    second_side = voice.cues(right, si_3, first_side=False)
    assert second_side["intro"] == "Right hand. LI 4, Hegu."
    assert second_side["end"] == "Time is up. Next point: SI 3, Houxi."
    assert voice.cues(last, None, first_side=False)["end"] == "Time is up."
    assert right.how_to_find in voice.cues(left, right, first_side=True)["intro"]


def test_spoken_durations():
    assert spoken_seconds(60) == "1 minute"
    assert spoken_seconds(90) == "1 minute 30 seconds"
    assert spoken_seconds(45) == "45 seconds"
    assert spoken_seconds(120) == "2 minutes"


def test_the_finish_form_asks_aloud_in_hands_free(client_in, session, user):
    GuidedSession.objects.filter(pk=session.pk).update(hands_free=True)
    session.steps.update(status=SessionStep.Status.DONE, actual_seconds=120)
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert 'data-say="All points done. How bad is your pain now?"' in page
    assert "data-hands-free" in page
