import re
from datetime import timedelta

import pytest
from django.db.models import ProtectedError
from django.utils import timezone

from points.models import Contraindication, Point, Protocol, ProtocolStep, RedFlag
from sessions import services
from sessions.models import GET_READY_SECONDS, GuidedSession, SessionStep

pytestmark = pytest.mark.django_db

CHEST = "Do you have leg pain together with breathlessness, chest pain or coughing up blood?"
FALL = "Did the pain start after a fall or injury, or can you not put weight on the leg?"
LASTED = "Has your leg pain lasted, or got worse, after a few acupressure sessions?"


def rows(session):
    return list(session.steps.values_list("point_code", "side", "number", "status"))


# --- The safety gate --------------------------------------------------------------------------


def test_all_no_starts_the_hand_routine_with_each_side_as_its_own_timed_step(start_session):
    session = start_session()
    assert session.status == GuidedSession.Status.IN_PROGRESS
    assert rows(session) == [
        ("LI 4", "left", 1, "pending"),
        ("LI 4", "right", 1, "pending"),
        ("SI 3", "left", 2, "pending"),
        ("SI 3", "right", 2, "pending"),
    ]
    assert session.pain_before == 6
    assert all(answer["answer"] is False for answer in session.red_flag_answers)
    assert {a["name"] for a in session.contraindication_answers} >= {"Pregnancy"}


def test_a_red_flag_ends_the_flow_before_any_step_and_stores_the_answers(start_session):
    session = start_session(red_flags=[CHEST])
    assert session.status == GuidedSession.Status.SEEK_CARE
    assert session.stop_reason == "Emergency: call emergency services now"
    assert not session.steps.exists()
    assert [a["question"] for a in session.seek_care_flags] == [CHEST]


def test_the_most_serious_red_flag_tier_decides_the_advice(start_session):
    assert start_session(red_flags=[LASTED, FALL]).stop_reason.startswith("Urgent")
    assert start_session(red_flags=[FALL, CHEST]).stop_reason.startswith("Emergency")


def test_pregnancy_skips_li_4_with_the_reason_and_renumbers_the_rest(start_session):
    session = start_session(contraindications=["pregnancy"])
    assert session.status == GuidedSession.Status.IN_PROGRESS
    assert rows(session) == [
        ("LI 4", "both", None, "skipped"),
        ("SI 3", "left", 1, "pending"),
        ("SI 3", "right", 1, "pending"),
    ]
    skipped = session.steps.get(status="skipped")
    assert skipped.skip_reason.startswith("LI 4 (Hegu) is skipped: Not advised in pregnancy")


def test_blood_thinners_caution_every_step_without_skipping(start_session):
    session = start_session(contraindications=["blood-thinners-bleeding-disorder"])
    assert session.steps.filter(status="skipped").count() == 0
    assert all("light pressure" in step.caution for step in session.steps.all())


def test_a_light_pressure_caution_changes_the_step_not_only_the_banner(start_session):
    # The hand routine presses "Deep" and says "Press deeply"; blood thinners call for light.
    plain = start_session().steps.first()
    assert plain.pressure == "Deep" and "deeply" in plain.instructions
    session = start_session(contraindications=["blood-thinners-bleeding-disorder"])
    for step in session.steps.all():
        assert step.pressure == "Light"
        assert not re.search(r"\b(firm|deep)", step.instructions, re.IGNORECASE)


def test_the_lightest_cap_wins_and_a_lighter_step_keeps_its_pressure(start_session):
    insomnia = Protocol.objects.get(slug="insomnia-routine")
    session = start_session(protocol=insomnia, contraindications=["osteoporosis"])
    assert set(session.steps.values_list("pressure", flat=True)) == {"Moderate"}
    both = start_session(
        protocol=insomnia, contraindications=["osteoporosis", "reduced-foot-sensation"]
    )
    assert set(both.steps.values_list("pressure", flat=True)) == {"Light"}
    # Reduced feeling reaches the lower leg (SP 6), not only the feet.
    sp6 = both.steps.filter(point_code="SP 6").first()
    assert "Press gently" in sp6.caution


@pytest.mark.parametrize(
    ("instructions", "cap", "expected"),
    [
        ("Press deeply, firm but not painful.", "light", "Press gently, gentle and comfortable."),
        ("Hold steady, firm pressure.", "light", "Hold steady, light pressure."),
        ("Deep pressure with the thumb.", "moderate", "Moderate pressure with the thumb."),
        ("Press gently.", "light", "Press gently."),
    ],
)
def test_softened_instructions_lose_firm_and_deep(instructions, cap, expected):
    from points.pressure import soften

    assert soften(instructions, cap) == expected


def test_a_see_your_doctor_answer_advises_and_lets_the_routine_run(start_session):
    session = start_session(red_flags=[LASTED])
    assert session.status == GuidedSession.Status.IN_PROGRESS
    assert session.steps.filter(status="pending").exists()
    [note] = session.safety_notes
    assert note["question"] == LASTED
    assert note["advice"].endswith("You can use this routine for comfort meanwhile.")


def test_a_named_limb_skips_only_that_side(start_session):
    surgery = Contraindication.objects.get(slug="recent-surgery")
    session = start_session(contraindications=["recent-surgery"], limbs={surgery.pk: {"left_arm"}})
    assert rows(session) == [
        ("LI 4", "left", None, "skipped"),
        ("LI 4", "right", 1, "pending"),
        ("SI 3", "left", None, "skipped"),
        ("SI 3", "right", 2, "pending"),
    ]
    reason = session.steps.filter(status="skipped").first().skip_reason
    assert reason.startswith("LI 4 (Hegu) on your left arm or hand is skipped")
    # Its advice (the signs of a clot) is kept to be said once.
    assert any("blood clot" in note["advice"] for note in session.safety_notes)


def test_both_limbs_named_skip_the_whole_step(start_session):
    injury = Contraindication.objects.get(slug="recent-injury")
    session = start_session(
        contraindications=["recent-injury"], limbs={injury.pk: {"left_arm", "right_arm"}}
    )
    assert session.status == GuidedSession.Status.NOT_STARTED


def test_a_leg_limb_leaves_the_hand_routine_alone(start_session):
    injury = Contraindication.objects.get(slug="recent-injury")
    session = start_session(contraindications=["recent-injury"], limbs={injury.pk: {"left_leg"}})
    assert not session.steps.filter(status="skipped").exists()


def test_every_routine_that_presses_a_leg_or_foot_asks_about_a_clot():
    calf = RedFlag.objects.get(complaint=None)
    for protocol in Protocol.objects.all():
        red_flags, _ = services.safety_questions(protocol=protocol)
        presses_leg = protocol.steps.filter(point__region__in=Point.LEG_REGIONS).exists()
        assert (calf in red_flags) == (presses_leg or protocol.complaint.asks_where_it_hurts)
    hand_only = Protocol.objects.get(slug="hand-routine-leg-pain")  # leg pain: asked anyway
    assert calf in services.safety_questions(protocol=hand_only)[0]


def test_a_clot_or_poor_circulation_skips_the_right_points(start_session):
    stress = Protocol.objects.get(slug="stress-anxiety-routine")  # LR 3, ST 36, SP 6, KI 1
    clot = start_session(protocol=stress, contraindications=["recent-blood-clot"])
    assert clot.status == GuidedSession.Status.NOT_STARTED  # every point is on the leg
    circulation = start_session(protocol=stress, contraindications=["poor-leg-circulation"])
    skipped = set(circulation.steps.filter(status="skipped").values_list("point_code", flat=True))
    assert skipped == {"LR 3", "KI 1"}  # the foot points; ST 36 and SP 6 run


def test_a_session_with_no_safe_step_does_not_start_and_says_why(start_session):
    session = start_session(contraindications=["hand-skin-problem"])
    assert session.status == GuidedSession.Status.NOT_STARTED
    assert "Every step" in session.stop_reason
    assert set(session.steps.values_list("status", flat=True)) == {"skipped"}


def test_a_stop_contraindication_stops_the_session(start_session):
    Contraindication.objects.filter(slug="pregnancy").update(action="stop")
    session = start_session(contraindications=["pregnancy"])
    assert session.status == GuidedSession.Status.NOT_STARTED
    assert "pregnancy" in session.stop_reason.lower()


def test_the_same_start_posted_twice_makes_one_session(start_session):
    import uuid

    token = uuid.uuid4()
    first = start_session(token=token)
    second = start_session(token=token)
    assert first.pk == second.pk
    assert GuidedSession.objects.count() == 1


def test_later_catalog_edits_do_not_change_a_logged_session_and_deletes_are_refused(
    start_session,
):
    session = start_session()
    protocol = session.protocol
    ProtocolStep.objects.filter(protocol=protocol).update(duration_seconds=30)
    Point.objects.filter(code="LI 4").update(pinyin="Renamed", how_to_find="Changed")
    with pytest.raises(ProtectedError):
        protocol.delete()
    with pytest.raises(ProtectedError):
        protocol.complaint.delete()
    session.refresh_from_db()
    assert session.protocol_name == "Hand routine for leg pain"
    first = session.steps.first()
    assert (first.point_name, first.duration_seconds) == ("Hegu", 120)
    assert first.how_to_find != "Changed"


# --- The timer --------------------------------------------------------------------------------

T0 = timezone.now().replace(microsecond=0)


def at(seconds: float):
    return T0 + timedelta(seconds=seconds)


def first_step(session) -> SessionStep:
    return session.steps.get(position=0)


def test_timer_before_start_shows_the_full_duration(session):
    timer = first_step(session).timer(at(100))
    assert (timer.started, timer.remaining, timer.pressed_seconds) == (False, 120, 0)


def test_timer_counts_the_get_ready_before_the_pressing_time(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    step = first_step(session)
    assert step.timer(at(2)).ready_left == GET_READY_SECONDS - 2
    assert step.timer(at(2)).remaining == 120
    assert step.timer(at(5 + 30)).remaining == 90
    assert step.timer(at(5 + 30)).ready_left == 0


def test_timer_ignores_paused_time_and_survives_a_reload(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    # 30 s pressed
    services.step_pause(session_id=session.pk, user=session.user, position=0, now=at(35))
    reloaded = first_step(session)
    assert reloaded.timer(at(500)).paused is True
    assert reloaded.timer(at(500)).remaining == 90  # frozen while paused
    # 60 s pause
    services.step_resume(session_id=session.pk, user=session.user, position=0, now=at(95))
    reloaded = first_step(session)
    assert reloaded.paused_seconds == 60
    assert reloaded.timer(at(125)).remaining == 60  # 30 + 30 s pressed
    assert reloaded.timer(at(125)).paused is False


def test_timer_finishes_and_the_user_may_stay_longer(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    step = first_step(session)
    assert step.timer(at(124)).finished is False
    assert step.timer(at(125)).finished is True
    assert step.timer(at(200)).remaining == 0
    assert step.timer(at(200)).pressed_seconds == 195


def test_next_logs_the_time_actually_spent_pressing(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    services.step_pause(session_id=session.pk, user=session.user, position=0, now=at(25))
    # paused when Next pressed
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(100))
    done = first_step(session)
    assert (done.status, done.actual_seconds) == ("done", 20)
    assert session.current_step().position == 1


def test_next_before_start_moves_on_and_logs_no_time(session):
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(10))
    assert (first_step(session).status, first_step(session).actual_seconds) == ("unpressed", 0)


@pytest.mark.parametrize(("seconds", "status"), [(9, "unpressed"), (10, "done"), (60, "done")])
def test_a_side_ended_with_under_ten_seconds_pressed_is_not_pressed(session, seconds, status):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    ended = services.step_next(
        session_id=session.pk,
        user=session.user,
        position=0,
        now=at(GET_READY_SECONDS + seconds),
    )
    assert (ended.status, ended.actual_seconds) == (status, seconds)
    assert first_step(session).status == status
    assert session.current_step().position == 1  # passed either way


def test_the_time_logged_for_a_side_left_running_is_capped(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(3 * 3600))
    assert first_step(session).actual_seconds == 120 + 5 * 60
    services.step_start(session_id=session.pk, user=session.user, position=1, now=at(0))
    services.session_abandon(session_id=session.pk, user=session.user, now=at(5 * 3600))
    assert session.steps.get(position=1).actual_seconds == 120 + 5 * 60


def test_start_twice_keeps_the_first_start(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(50))
    assert first_step(session).started_at == at(0)


def test_replayed_or_out_of_order_step_posts_change_nothing(session):
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(10))
    before = rows(session)
    with pytest.raises(services.SessionConflict):
        # Next replayed
        services.step_next(session_id=session.pk, user=session.user, position=0, now=at(20))
    with pytest.raises(services.SessionConflict):
        # a later step
        services.step_start(session_id=session.pk, user=session.user, position=3, now=at(20))
    assert rows(session) == before
    assert session.steps.get(position=1).started_at is None


def test_comfort_is_logged_and_must_be_a_known_answer(session):
    services.step_comfort(
        session_id=session.pk, user=session.user, position=0, comfort="too_painful"
    )
    assert first_step(session).comfort == "too_painful"
    with pytest.raises(services.SessionConflict):
        services.step_comfort(
            session_id=session.pk, user=session.user, position=0, comfort="fine-ish"
        )


# --- Two windows at once: compare and set ------------------------------------------------------


@pytest.fixture
def meanwhile(monkeypatch):
    """Run another window's action right after this action has read the step, before it writes."""

    def arrange(other) -> None:
        real = services._current_step
        pending = [other]

        def current(**read):
            found = real(**read)
            if pending:
                pending.pop()()
            return found

        monkeypatch.setattr(services, "_current_step", current)

    return arrange


def test_next_pressed_in_two_windows_ends_the_step_once(session, meanwhile):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    meanwhile(
        lambda: services.step_next(session_id=session.pk, user=session.user, position=0, now=at(40))
    )
    with pytest.raises(services.SessionConflict, match="no longer the current one"):
        services.step_next(session_id=session.pk, user=session.user, position=0, now=at(90))
    step = first_step(session)
    assert (step.status, step.ended_at, step.actual_seconds) == (
        "done",
        at(40),
        40 - GET_READY_SECONDS,
    )
    assert session.steps.get(position=1).status == "pending"


def test_start_pressed_in_two_windows_keeps_one_start(session, meanwhile):
    meanwhile(
        lambda: services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    )
    current = services.step_start(session_id=session.pk, user=session.user, position=0, now=at(3))
    assert first_step(session).started_at == at(0)
    assert current.started_at == at(0)  # the answer shows what is stored


def test_comfort_and_start_from_two_windows_both_land(session, meanwhile):
    meanwhile(
        lambda: services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    )
    current = services.step_comfort(
        session_id=session.pk, user=session.user, position=0, comfort="tender"
    )
    step = first_step(session)
    assert (step.started_at, step.comfort) == (at(0), "tender")
    assert (current.started_at, current.comfort) == (at(0), "tender")


def test_a_pause_read_before_another_windows_next_does_not_land(session, meanwhile):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    meanwhile(
        lambda: services.step_next(session_id=session.pk, user=session.user, position=0, now=at(30))
    )
    with pytest.raises(services.SessionConflict):
        services.step_pause(session_id=session.pk, user=session.user, position=0, now=at(31))
    assert first_step(session).paused_at is None


def test_a_step_action_read_before_an_abandon_does_not_land(session, meanwhile):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    meanwhile(
        lambda: services.session_abandon(session_id=session.pk, user=session.user, now=at(20))
    )
    with pytest.raises(services.SessionConflict, match="has ended"):
        services.step_pause(session_id=session.pk, user=session.user, position=0, now=at(21))
    step = first_step(session)
    assert (step.paused_at, step.ended_at) == (None, at(20))


def test_a_start_read_before_an_abandon_does_not_land(session, meanwhile):
    meanwhile(lambda: services.session_abandon(session_id=session.pk, user=session.user, now=at(5)))
    with pytest.raises(services.SessionConflict, match="has ended"):
        services.step_start(session_id=session.pk, user=session.user, position=0, now=at(6))
    step = first_step(session)
    assert (step.started_at, step.ended_at, step.actual_seconds) == (None, at(5), None)


def test_a_step_that_keeps_changing_under_an_action_is_a_conflict(session, monkeypatch):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    real = services._current_step

    def current(**read):  # another window pauses or resumes before every write
        found = real(**read)
        step = session.steps.get(position=0)
        step.paused_seconds += 1
        step.save()
        return found

    monkeypatch.setattr(services, "_current_step", current)
    with pytest.raises(services.SessionConflict, match="another window"):
        services.step_comfort(
            session_id=session.pk, user=session.user, position=0, comfort="tender"
        )
    assert first_step(session).comfort == ""


# --- Back to the previous side (undo Next) ----------------------------------------------------


def back(session, position, **kwargs):
    return services.step_back(session_id=session.pk, user=session.user, position=position, **kwargs)


def timer_fields(step):
    return (step.status, step.started_at, step.paused_at, step.paused_seconds, step.ended_at)


def test_back_reopens_the_previous_side_paused_where_it_ended(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(35))
    services.step_start(session_id=session.pk, user=session.user, position=1, now=at(40))
    services.step_comfort(session_id=session.pk, user=session.user, position=1, comfort="tender")
    reopened = back(session, 1, now=at(50))
    assert reopened.position == 0
    previous, current = first_step(session), session.steps.get(position=1)
    assert session.current_step().position == 0
    assert (previous.status, previous.paused_at, previous.ended_at) == ("pending", at(35), None)
    assert previous.actual_seconds is None
    timer = previous.timer(at(500))
    assert (timer.paused, timer.remaining) == (True, 90)  # 30 s had been pressed
    # The current side goes back to not started, its comfort answer kept.
    assert (current.status, current.started_at, current.ended_at) == ("pending", None, None)
    assert current.comfort == "tender"
    # Resume goes on from where it ended; Next then logs the time of both stretches.
    services.step_resume(session_id=session.pk, user=session.user, position=0, now=at(100))
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(120))
    assert (first_step(session).status, first_step(session).actual_seconds) == ("done", 50)
    assert session.current_step().position == 1


def test_back_to_a_side_never_started_reopens_it_not_started(session):
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(1))
    back(session, 1, now=at(2))
    step = first_step(session)
    assert (step.status, step.started_at, step.paused_at, step.ended_at) == (
        "pending",
        None,
        None,
        None,
    )
    assert step.timer(at(3)).started is False


def test_back_on_the_first_side_is_refused(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    with pytest.raises(services.SessionConflict, match="first side"):
        back(session, 0)
    assert first_step(session).started_at == at(0)


def test_a_repeated_or_stale_back_changes_nothing(session):
    for position in (0, 1):
        services.step_next(session_id=session.pk, user=session.user, position=position)
    back(session, 2)
    before = [timer_fields(step) for step in session.steps.all()]
    with pytest.raises(services.SessionConflict, match="no longer the current one"):
        back(session, 2)  # posted twice
    with pytest.raises(services.SessionConflict, match="no longer the current one"):
        back(session, 3)  # a later step
    assert [timer_fields(step) for step in session.steps.all()] == before


def test_back_passes_over_skipped_sides(start_session):
    surgery = Contraindication.objects.get(slug="recent-surgery")
    session = start_session(contraindications=["recent-surgery"], limbs={surgery.pk: {"left_arm"}})
    # LI 4 left skipped, LI 4 right, SI 3 left skipped, SI 3 right.
    services.step_next(session_id=session.pk, user=session.user, position=1)
    assert session.current_step().position == 3
    back(session, 3)
    assert session.current_step().position == 1
    assert session.steps.get(position=2).status == "skipped"
    with pytest.raises(services.SessionConflict, match="first side"):
        back(session, 1)


def test_back_after_the_session_ended_is_refused(session):
    services.step_next(session_id=session.pk, user=session.user, position=0)
    services.session_abandon(session_id=session.pk, user=session.user)
    with pytest.raises(services.SessionConflict, match="has ended"):
        back(session, 1)
    assert first_step(session).status == "unpressed"


def test_a_back_that_finds_a_side_changed_meanwhile_changes_neither(session, monkeypatch):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    services.step_next(session_id=session.pk, user=session.user, position=0, now=at(40))
    real = services._as_read
    calls = []

    def as_read(step):  # another window starts the current side once the back has read it
        found = real(step)
        if not calls:
            calls.append(step)
            SessionStep.objects.filter(position=1, session=session).update(started_at=at(41))
        return found

    monkeypatch.setattr(services, "_as_read", as_read)
    with pytest.raises(services.SessionConflict, match="another window"):
        back(session, 1, now=at(42))
    assert (first_step(session).status, first_step(session).actual_seconds) == ("done", 35)


# --- Finish and abandon -------------------------------------------------------------------------


def run_all_steps(session):
    for position in range(session.steps.count()):
        services.step_next(session_id=session.pk, user=session.user, position=position)


def test_finish_needs_every_step_done(session):
    with pytest.raises(services.SessionConflict):
        services.session_finish(session_id=session.pk, user=session.user, pain_after=3)
    session.refresh_from_db()
    assert session.status == "in_progress"


def test_finish_sent_twice_with_the_same_values_is_a_harmless_retry(session):
    run_all_steps(session)
    finish = {"session_id": session.pk, "user": session.user, "pain_after": 3, "note": "Warm"}
    services.session_finish(**finish, now=at(0))
    again = services.session_finish(**finish, now=at(60))
    assert (again.status, again.pain_after, again.note) == ("completed", 3, "Warm")
    assert again.finished_at == at(0)
    assert GuidedSession.objects.completed().count() == 1


def test_a_second_finish_with_other_values_is_refused_and_keeps_the_first_log(session):
    run_all_steps(session)
    services.session_finish(
        session_id=session.pk, user=session.user, pain_after=3, note="Warm hands"
    )
    with pytest.raises(services.AlreadyFinished) as refused:
        services.session_finish(
            session_id=session.pk, user=session.user, pain_after=9, note="worse"
        )
    assert (refused.value.pain_after, refused.value.note) == (9, "worse")
    assert refused.value.session.pain_after == 3
    session.refresh_from_db()
    assert (session.status, session.pain_after, session.note) == ("completed", 3, "Warm hands")


def test_a_refused_entry_can_be_added_to_the_note_once(session):
    run_all_steps(session)
    services.session_finish(
        session_id=session.pk, user=session.user, pain_after=3, note="Warm hands", now=at(0)
    )
    add = {"session_id": session.pk, "user": session.user, "pain_after": 7, "note": "worse"}
    local = timezone.localtime(at(120))
    services.session_add_note(**add, now=at(120))
    services.session_add_note(**add, now=at(180))  # a repeated post adds nothing
    session.refresh_from_db()
    assert session.note == f"Warm hands\nAdded later ({local:%H:%M}): 7 out of 10 — worse"
    assert session.pain_after == 3  # the rating it was finished with stays
    services.session_add_note(**add | {"note": ""}, now=at(86400 * 2))
    session.refresh_from_db()
    later = timezone.localtime(at(86400 * 2))
    assert session.note.endswith(
        f"\nAdded later ({later.day} {later:%b}, {later:%H:%M}): 7 out of 10"
    )


def test_only_a_finished_session_takes_a_later_note(session):
    with pytest.raises(services.SessionConflict, match="Only a finished session"):
        services.session_add_note(session_id=session.pk, user=session.user, pain_after=7)
    session.refresh_from_db()
    assert session.note == ""


def test_a_finished_session_refuses_further_changes(session):
    run_all_steps(session)
    services.session_finish(session_id=session.pk, user=session.user, pain_after=3)
    with pytest.raises(services.SessionConflict):
        services.step_start(session_id=session.pk, user=session.user, position=0)
    with pytest.raises(services.SessionConflict):
        services.session_abandon(session_id=session.pk, user=session.user)


def test_abandon_keeps_the_session_and_the_time_spent(session):
    services.step_start(session_id=session.pk, user=session.user, position=0, now=at(0))
    services.session_abandon(session_id=session.pk, user=session.user, now=at(45))
    # harmless when repeated
    services.session_abandon(session_id=session.pk, user=session.user, now=at(99))
    session.refresh_from_db()
    assert session.status == "abandoned"
    assert session.finished_at == at(45)
    assert first_step(session).actual_seconds == 40
    with pytest.raises(services.SessionConflict):
        services.session_finish(session_id=session.pk, user=session.user, pain_after=2)


# --- Sessions left open ---------------------------------------------------------------------


def test_a_session_left_open_for_half_a_day_is_closed_keeping_the_sides_done(
    start_session, user, other_user
):
    now = timezone.now()
    stale = start_session(now=now - timedelta(hours=13))
    begun = now - timedelta(hours=13)
    services.step_start(session_id=stale.pk, user=user, position=0, now=begun)
    services.step_next(
        session_id=stale.pk, user=user, position=0, now=begun + timedelta(seconds=65)
    )
    services.step_start(session_id=stale.pk, user=user, position=1, now=begun)  # left running
    fresh = start_session(now=now - timedelta(hours=11))
    others = start_session(owner=other_user, now=now - timedelta(hours=13))
    assert GuidedSession.objects.close_stale(user=user, now=now) == 1
    stale.refresh_from_db()
    assert (stale.status, stale.finished_at) == ("abandoned", now)
    assert "Left open for over 12 hours" in stale.stop_reason
    done, left, *later = stale.steps.all()
    assert (done.status, done.actual_seconds) == ("done", 60)
    # The side left running: stopped, its time capped as a Next would cap it.
    assert (left.status, left.ended_at, left.actual_seconds) == ("pending", now, 120 + 5 * 60)
    assert all(step.ended_at is None for step in later)
    fresh.refresh_from_db()
    others.refresh_from_db()
    assert fresh.status == others.status == "in_progress"
    with pytest.raises(services.SessionConflict, match="has ended"):
        services.step_next(session_id=stale.pk, user=user, position=1)


def test_a_paused_side_of_a_session_left_open_keeps_the_time_pressed(start_session, user):
    now = timezone.now().replace(microsecond=0)
    begun = now - timedelta(hours=20)
    session = start_session(now=begun)
    services.step_start(session_id=session.pk, user=user, position=0, now=begun)
    services.step_pause(
        session_id=session.pk, user=user, position=0, now=begun + timedelta(seconds=40)
    )
    GuidedSession.objects.close_stale(user=user, now=now)
    step = first_step(session)
    assert (step.paused_at, step.ended_at, step.actual_seconds) == (None, now, 35)
    assert step.timer(now).pressed_seconds == 35


def test_a_side_not_started_in_a_session_left_open_logs_no_time(start_session, user):
    now = timezone.now()
    session = start_session(now=now - timedelta(days=3))
    GuidedSession.objects.close_stale(user=user, now=now)
    step = first_step(session)
    assert (step.ended_at, step.actual_seconds) == (now, None)
    session.refresh_from_db()
    assert session.status == "abandoned"


def test_resumable_says_where_each_session_stands_in_one_query(
    start_session, user, django_assert_num_queries
):
    knee = Protocol.objects.get(slug="knee-pain-routine")
    session = start_session(protocol=knee)
    for position in range(3):
        services.step_next(session_id=session.pk, user=user, position=position)
    ready = start_session()
    for position in range(4):
        services.step_next(session_id=ready.pk, user=user, position=position)
    total = session.steps.exclude(number=None).order_by("-number").first().number
    side = session.steps.get(position=3).side_label
    with django_assert_num_queries(1):
        resumable = GuidedSession.objects.resumable(user=user, limit=5)
    assert [s.position_label for s in resumable] == [
        "Every side done: how is it now?",
        f"Step 2 of {total} · {side}",
    ]


def test_resumable_closes_and_leaves_out_sessions_left_open(start_session, user):
    now = timezone.now()
    fresh = start_session(now=now - timedelta(hours=1))
    stale = [start_session(now=now - timedelta(hours=13 + hours)) for hours in range(3)]
    assert [s.pk for s in GuidedSession.objects.resumable(user=user, limit=2, now=now)] == [
        fresh.pk
    ]
    assert set(
        GuidedSession.objects.filter(pk__in=[s.pk for s in stale]).values_list("status", flat=True)
    ) == {"abandoned"}


@pytest.mark.parametrize(
    ("region", "side", "label"),
    [
        ("head", "midline", "Middle of the head"),
        ("head", "left", "Left side of the head"),
        ("forearm", "right", "Right wrist"),
        ("abdomen", "midline", "Middle of the belly"),
        ("lower_leg", "left", "Left leg"),
    ],
)
def test_side_labels_name_the_body_part_of_the_new_regions(region, side, label):
    assert SessionStep(point_region=region, side=side).side_label == label


def test_a_relaxing_routine_runs_its_midline_point_once_and_the_others_on_both_sides(
    start_session,
):
    relaxing = Protocol.objects.get(slug="relaxing-acupressure-fatigue")
    session = start_session(protocol=relaxing)
    sides = list(session.steps.values_list("point_code", "side"))
    assert sides[0] == ("EX-HN 3", "midline")
    assert len(sides) == 9 and all(side in ("left", "right") for _, side in sides[1:])
    # Off the limbs: a "which arm or leg" answer never skips a head point.
    assert services.limb("left", relaxing.steps.get(order=1).point) is None
