"""The guided-session workflow: safety gate, step timer actions, finish and abandon (writes)."""

import copy
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone

from points import pressure
from points.models import Contraindication, Point, Protocol, ProtocolStep, RedFlag
from sessions import doctor, voice
from sessions.models import GuidedSession, SessionStep

TIER_ORDER: list[str] = [RedFlag.Tier.EMERGENCY, RedFlag.Tier.URGENT, RedFlag.Tier.DOCTOR]
# A yes to one of these stops the session before any step; a "see your doctor" yes advises.
STOPPING_TIERS = {RedFlag.Tier.EMERGENCY, RedFlag.Tier.URGENT}
RUNS_MEANWHILE = "You can use this routine for comfort meanwhile."


class SessionConflict(Exception):
    """An action that no longer fits the session's state; nothing was changed."""


class AlreadyFinished(SessionConflict):
    """A finish posted with other values than the session was finished with (another tab, or
    a changed retry): not saved. `session`: as finished; `pain_after`, `note`: the entry."""

    def __init__(self, session: GuidedSession, *, pain_after: int, note: str) -> None:
        super().__init__("This session was already finished; your entry was not saved.")
        self.session, self.pain_after, self.note = session, pain_after, note


# --- Safety gate -----------------------------------------------------------------------------


# The limbs a contraindication may concern (`asks_which_limb`): a step's side and body part.
LIMBS = {
    "left_arm": "left arm or hand",
    "right_arm": "right arm or hand",
    "left_leg": "left leg or foot",
    "right_leg": "right leg or foot",
}


def limb(side: str, point: Point) -> str | None:
    """The LIMBS key for pressing `point` on `side` (left or right); None off the limbs (head)."""
    if point.region in Point.ARM_REGIONS:
        return f"{side}_arm"
    if point.region in Point.LEG_REGIONS:
        return f"{side}_leg"
    return None


@dataclass
class StepPlan:
    step: ProtocolStep
    skip_reasons: list[str] = field(default_factory=list)
    cautions: list[str] = field(default_factory=list)
    # Sides skipped for a limb the user named (recent surgery, injury), with the reason.
    side_skips: dict[str, list[str]] = field(default_factory=dict)
    max_pressure: str = ""

    @property
    def sides(self) -> list[str]:
        return ["left", "right"] if self.step.side == ProtocolStep.Side.BOTH else [self.step.side]

    @property
    def skipped(self) -> bool:
        return bool(self.skip_reasons)

    @property
    def pressure(self) -> str:
        return pressure.capped(self.step.pressure, self.max_pressure)

    @property
    def instructions(self) -> str:
        if self.pressure == self.step.pressure:
            return self.step.instructions
        return pressure.soften(self.step.instructions, self.pressure)


def safety_questions(
    *, protocol: Protocol, steps: list[ProtocolStep] | None = None
) -> tuple[list[RedFlag], list[Contraindication]]:
    """The red flags the routine asks (the complaint's, and the leg questions when it presses a
    leg or foot point) and the contraindications its points need. `steps`: the protocol's steps
    with their points, if read already."""
    if steps is None:
        steps = list(protocol.steps.select_related("point"))
    points = [step.point for step in steps]
    contraindications = Contraindication.for_points(points)
    red_flags = list(RedFlag.asked_for(protocol.complaint, points))
    return red_flags, list(contraindications.prefetch_related("points"))


def plan_steps(
    *,
    steps: Iterable[ProtocolStep],
    contraindications: Iterable[Contraindication],
    yes: set[int],
    limbs: dict[int, set[str]] | None = None,
) -> tuple[list[StepPlan], list[str]]:
    """Decide for each step: allowed, cautioned (maybe with lighter pressure) or skipped, on
    both sides or on the limbs named in `limbs` (contraindication pk -> LIMBS keys). Also
    return reasons to stop."""
    limbs = limbs or {}
    answered_yes = [c for c in contraindications if c.pk in yes]
    stop_reasons = [c.message for c in answered_yes if c.action == Contraindication.Action.STOP]
    plans = []
    for step in steps:
        plan = StepPlan(step)
        point = step.point
        for contraindication in answered_yes:
            for side in plan.sides:
                where = limb(side, point)
                if where and where in limbs.get(contraindication.pk, ()):
                    plan.side_skips.setdefault(side, []).append(
                        f"{point.code} ({point.pinyin}) on your {LIMBS[where]} is "
                        f"skipped: {contraindication.message}"
                    )
            concerned = contraindication.applies_to_all_points or any(
                p.pk == point.pk for p in contraindication.points.all()
            )
            if not concerned:
                continue
            if contraindication.action == Contraindication.Action.SKIP:
                plan.skip_reasons.append(
                    f"{point.code} ({point.pinyin}) is skipped: {contraindication.message}"
                )
            elif contraindication.action == Contraindication.Action.CAUTION:
                plan.cautions.append(contraindication.message)
                plan.max_pressure = pressure.lightest(
                    [plan.max_pressure, contraindication.max_pressure]
                )
        if not plan.skip_reasons and len(plan.side_skips) == len(plan.sides):
            # Skipped on every side it has: the whole step is skipped, each reason once.
            reasons = [reason for side in plan.sides for reason in plan.side_skips[side]]
            plan.skip_reasons = list(dict.fromkeys(reasons))
            plan.side_skips = {}
        plans.append(plan)
    return plans, stop_reasons


def session_start(
    *,
    user: User,
    protocol: Protocol,
    token: uuid.UUID,
    red_flag_yes: set[int],
    contraindication_yes: set[int],
    pain_before: int,
    pain_side: str = "",
    pain_areas: Iterable[str] = (),
    pain_feelings: Iterable[str] = (),
    limbs: dict[int, set[str]] | None = None,
    hands_free: bool = False,
    now: datetime | None = None,
) -> GuidedSession:
    """Store the safety answers and start the session, or stop it before any pressure step.
    Urgent and emergency red flags stop it; a see-your-doctor answer is advice, and the
    routine runs (it is shown on every step). `limbs`: the limbs named for a contraindication
    that asks which limb (pk -> LIMBS keys)."""
    existing = GuidedSession.objects.filter(start_token=token, user=user).first()
    if existing:
        return existing
    now = now or timezone.now()
    steps = list(protocol.steps.select_related("point"))
    red_flags, contraindications = safety_questions(protocol=protocol, steps=steps)
    plans, stop_reasons = plan_steps(
        steps=steps, contraindications=contraindications, yes=contraindication_yes, limbs=limbs
    )
    version = protocol.record_version()
    advice = doctor.doctor_advice(user=user, complaint=protocol.complaint, now=now)
    session = GuidedSession(
        user=user,
        protocol=protocol,
        protocol_version=version,
        version_number=version.number if version else None,
        complaint=protocol.complaint,
        protocol_name=protocol.name,
        complaint_name=protocol.complaint.name,
        doctor_reasons=[asdict(reason) for reason in advice],
        start_token=token,
        started_at=now,
        hands_free=hands_free,
        pain_before=pain_before,
        pain_side=pain_side,
        pain_areas=list(pain_areas),
        pain_feelings=list(pain_feelings),
        red_flag_answers=[
            {
                "question": flag.question,
                "tier": flag.tier,
                "advice": flag.advice,
                "answer": flag.pk in red_flag_yes,
            }
            for flag in red_flags
        ],
        contraindication_answers=[
            {
                "name": c.name,
                "question": c.question,
                "action": c.action,
                "message": c.message,
                "advice": c.advice,
                "answer": c.pk in contraindication_yes,
                "limbs": [LIMBS[key] for key in sorted((limbs or {}).get(c.pk, ()))],
            }
            for c in contraindications
        ],
    )
    session.safety_notes = [
        {"question": flag.question, "advice": f"{flag.advice} {RUNS_MEANWHILE}"}
        for flag in red_flags
        if flag.pk in red_flag_yes and flag.tier not in STOPPING_TIERS
    ] + [
        {"question": "", "advice": c.advice}
        for c in contraindications
        if c.pk in contraindication_yes and c.advice
    ]
    flagged = [
        flag for flag in red_flags if flag.pk in red_flag_yes and flag.tier in STOPPING_TIERS
    ]
    if flagged:
        worst = min(flagged, key=lambda flag: TIER_ORDER.index(flag.tier))
        session.status = GuidedSession.Status.SEEK_CARE
        session.stop_reason = worst.get_tier_display()
        session.finished_at = now
    elif stop_reasons or all(plan.skipped for plan in plans):  # (one side left still runs)
        session.status = GuidedSession.Status.NOT_STARTED
        session.stop_reason = " ".join(
            stop_reasons or ["Every step of this routine had to be skipped for your safety."]
        )
        session.finished_at = now
    try:
        _save_started(session, plans)
    except IntegrityError:
        # The same start form posted twice at once: the first post made the session.
        existing = GuidedSession.objects.filter(start_token=token, user=user).first()
        if existing:
            return existing
        # The token is another user's (only guessed or stolen): start this user's session
        # with a token of its own instead of failing.
        session.pk, session._state.adding = None, True
        session.start_token = uuid.uuid4()
        _save_started(session, plans)
    return session


def _save_started(session: GuidedSession, plans: list[StepPlan]) -> None:
    with transaction.atomic():
        session.save()
        if session.status != GuidedSession.Status.SEEK_CARE:
            SessionStep.objects.bulk_create(_snapshot_steps(session, plans))


def _snapshot_steps(session: GuidedSession, plans: list[StepPlan]) -> list[SessionStep]:
    rows = []
    number = 0
    for plan in plans:
        step, point = plan.step, plan.step.point
        common = {
            "session": session,
            "point_code": point.code,
            "point_name": point.pinyin,
            "point_slug": point.slug,
            "point_region": point.region,
            "how_to_find": point.how_to_find,
            "duration_seconds": step.duration_seconds,
            "pressure": ProtocolStep.Pressure(plan.pressure).label,
            "motion": step.get_motion_display(),
            "fingers": step.fingers,
            "instructions": plan.instructions,
            "caution": " ".join(plan.cautions),
        }
        if plan.skipped:
            rows.append(
                SessionStep(
                    **common,
                    side=step.side,
                    status=SessionStep.Status.SKIPPED,
                    skip_reason=" ".join(plan.skip_reasons),
                )
            )
            continue
        number += 1
        for side in plan.sides:
            if side in plan.side_skips:
                skip = {
                    "status": SessionStep.Status.SKIPPED,
                    "skip_reason": " ".join(plan.side_skips[side]),
                }
                rows.append(SessionStep(**common, side=side, **skip))
            else:
                rows.append(SessionStep(**common, number=number, side=side))
    for position, row in enumerate(rows):
        row.position = position
    return rows


# --- Steps -----------------------------------------------------------------------------------
# A step action changes one row, the current step, without taking a lock: it reads that step
# with its session, works out the change, and writes it only if the step's timer is still exactly
# as read (compare and set, one UPDATE). When another window got there first the write misses,
# and the action starts again from what is there now. Finish and abandon, which change the
# session itself, lock it.

# What a step action's change is worked out from: the write lands only if these are unchanged.
TIMER_FIELDS = ("status", "started_at", "paused_at", "paused_seconds", "ended_at")
ATTEMPTS = 3


def _current_step(*, session_id: int, user: User, position: int) -> SessionStep:
    """The current step of the user's session in progress, with its session (one query), if
    `position` still names it; GuidedSession.DoesNotExist if the session is not theirs."""
    pending = SessionStep.objects.filter(
        session_id=session_id, session__user_id=user.pk, status=SessionStep.Status.PENDING
    ).with_session()
    step = pending.first()
    if step is None:  # not the user's session (DoesNotExist), or no step left to change
        statuses = GuidedSession.objects.values_list("status", flat=True)
        status = statuses.get(pk=session_id, user=user)
    else:
        status = step.session.status
    if status != GuidedSession.Status.IN_PROGRESS:
        raise SessionConflict("This session has ended, so it can no longer be changed.")
    if step is None or step.position != position:
        raise SessionConflict("That step is no longer the current one; here is where you are.")
    return step


def _as_read(step: SessionStep) -> dict:
    """Lookups that match the step's row only while its timer is as `step` has it."""
    return {
        name if value is not None else f"{name}__isnull": True if value is None else value
        for name, value in ((name, getattr(step, name)) for name in TIMER_FIELDS)
    }


def _change_step(
    *, session_id: int, user: User, position: int, change: Callable[[SessionStep], dict]
) -> SessionStep:
    """Write `change(step)` (field values; empty for no change) to the current step, compare
    and set. Returns the step, with its session, as the change left it."""
    for _ in range(ATTEMPTS):
        step = _current_step(session_id=session_id, user=user, position=position)
        changes = change(step)
        if not changes:
            return step
        # No need to look at the session again: finishing needs every step done, and abandoning
        # sets ended_at on the current step, so either makes this write miss.
        if SessionStep.objects.filter(pk=step.pk, **_as_read(step)).update(**changes):
            for name, value in changes.items():
                setattr(step, name, value)
            return step
    raise SessionConflict("That step was changed in another window; here is where you are.")


def step_start(
    *, session_id: int, user: User, position: int, now: datetime | None = None
) -> SessionStep:
    """Start the current step's timer (a repeated start changes nothing)."""

    def start(step: SessionStep) -> dict:
        return {} if step.started_at else {"started_at": now or timezone.now()}

    return _change_step(session_id=session_id, user=user, position=position, change=start)


def step_pause(
    *, session_id: int, user: User, position: int, now: datetime | None = None
) -> SessionStep:
    """Pause the running timer."""

    def pause(step: SessionStep) -> dict:
        running = step.started_at and step.paused_at is None
        return {"paused_at": now or timezone.now()} if running else {}

    return _change_step(session_id=session_id, user=user, position=position, change=pause)


def step_resume(
    *, session_id: int, user: User, position: int, now: datetime | None = None
) -> SessionStep:
    """Resume a paused timer; the paused time is not counted."""

    def resume(step: SessionStep) -> dict:
        return _unpaused(step, step.paused_at, now or timezone.now()) if step.paused_at else {}

    return _change_step(session_id=session_id, user=user, position=position, change=resume)


def _unpaused(step: SessionStep, paused_at: datetime, now: datetime) -> dict:
    """The fields that end the step's pause (begun `paused_at`) at `now`, folding its length
    into the paused time."""
    paused = max(0.0, (now - paused_at).total_seconds())
    return {"paused_at": None, "paused_seconds": step.paused_seconds + paused}


def _stopped(step: SessionStep, now: datetime) -> dict:
    """The fields that end a step's timer at `now` and log the time actually spent pressing."""
    ended = copy.copy(step)
    if ended.paused_at:
        for name, value in _unpaused(ended, ended.paused_at, now).items():
            setattr(ended, name, value)
    ended.ended_at = now
    return {
        "paused_at": ended.paused_at,
        "paused_seconds": ended.paused_seconds,
        "ended_at": now,
        "actual_seconds": min(ended.timer(now).pressed_seconds, ended.longest_logged_seconds),
    }


def step_next(
    *, session_id: int, user: User, position: int, now: datetime | None = None
) -> SessionStep:
    """End the current step (early or late) and log the time actually spent pressing; a side
    ended with under doctor.PRESSED_SECONDS pressed is logged as not pressed."""
    now = now or timezone.now()

    def finish_step(step: SessionStep) -> dict:
        stopped = _stopped(step, now)
        pressed = stopped["actual_seconds"] >= doctor.PRESSED_SECONDS
        status = SessionStep.Status.DONE if pressed else SessionStep.Status.UNPRESSED
        return stopped | {"status": status}

    return _change_step(session_id=session_id, user=user, position=position, change=finish_step)


def step_advance(
    *, session_id: int, user: User, position: int, now: datetime | None = None
) -> SessionStep:
    """Hands-free: end the current step as Next does and start the one after it, in one
    transaction. The following step's timer starts now, or for another point after a "next up"
    pause long enough to say where it is (its get-ready then starts later). Returns the ended
    step; a repeated post changes nothing (SessionConflict)."""
    now = now or timezone.now()
    with transaction.atomic():
        ended = step_next(session_id=session_id, user=user, position=position, now=now)
        following = (
            SessionStep.objects.filter(session_id=session_id, status=SessionStep.Status.PENDING)
            .only(*voice.INTRO_FIELDS)
            .first()
        )
        if following is not None:
            same_point = following.point_code == ended.point_code
            pause = 0 if same_point else voice.next_up_seconds(following)
            SessionStep.objects.filter(pk=following.pk, started_at__isnull=True).update(
                started_at=now + timedelta(seconds=pause)
            )
    return ended


def step_back(
    *, session_id: int, user: User, position: int, now: datetime | None = None
) -> SessionStep:
    """Undo Next: reopen the previous side (the last one ended, pressed or not) as the current
    step, its timer paused where it ended, and put the current step's timer back to not started
    (its comfort answer kept). `position`: the current step. Returns the reopened step. (`now`
    as every step action takes it: both timers go back to stored times, so it is not needed.)"""
    with transaction.atomic():
        # Two rows change, so the session is locked as finish and abandon lock it: neither can
        # slip in between. The rows are compare-and-set against the step actions, which do not
        # lock: a step changed since it was read rolls both back.
        locked = _locked(session_id=session_id, user=user)
        if locked.status != GuidedSession.Status.IN_PROGRESS:
            raise SessionConflict("This session has ended, so it can no longer be changed.")
        # The step at `position` and the side before it (a skipped step is not a side).
        sides = SessionStep.objects.filter(session=locked, position__lte=position).exclude(
            status=SessionStep.Status.SKIPPED
        )
        nearest = list(sides.order_by("-position")[:2])
        if not nearest or nearest[0].position != position or nearest[0].has_ended:
            raise SessionConflict("That step is no longer the current one; here is where you are.")
        if len(nearest) < 2:
            raise SessionConflict("This is the first side: there is no side before it.")
        current, previous = nearest
        if not previous.has_ended:  # `position` is not the current step (a repeated post)
            raise SessionConflict("That step is no longer the current one; here is where you are.")
        reopen = {
            "status": SessionStep.Status.PENDING,
            # Paused where it ended: its time left shows, and Resume goes on from there.
            "paused_at": previous.ended_at if previous.started_at else None,
            "ended_at": None,
            "actual_seconds": None,
        }
        reset = {"started_at": None, "paused_at": None, "paused_seconds": 0.0, "ended_at": None}
        for step, changes in ((previous, reopen), (current, reset)):
            if not SessionStep.objects.filter(pk=step.pk, **_as_read(step)).update(**changes):
                raise SessionConflict(
                    "That step was changed in another window; here is where you are."
                )
            for name, value in changes.items():
                setattr(step, name, value)
    previous.session = locked
    return previous


def step_comfort(*, session_id: int, user: User, position: int, comfort: str) -> SessionStep:
    """Log how the pressure feels on the current step."""
    if comfort not in SessionStep.Comfort.values:
        raise SessionConflict("Choose comfortable, tender but good, or too painful.")

    def log(step: SessionStep) -> dict:
        return {"comfort": comfort}

    return _change_step(session_id=session_id, user=user, position=position, change=log)


def session_hands_free(*, session_id: int, user: User, on: bool) -> None:
    """Turn hands-free on or off for the user's session in progress; their next session starts
    with the same choice."""
    sessions = GuidedSession.objects.filter(pk=session_id, user=user)
    if not sessions.filter(status=GuidedSession.Status.IN_PROGRESS).update(hands_free=on):
        sessions.values("pk").get()  # DoesNotExist: not the user's session
        raise SessionConflict("This session has ended, so it can no longer be changed.")


# --- Finish and abandon ------------------------------------------------------------------------


def _locked(*, session_id: int, user: User) -> GuidedSession:
    """The user's session, locked until the transaction ends; DoesNotExist if not theirs."""
    return GuidedSession.objects.select_for_update().get(pk=session_id, user=user)


def session_finish(
    *,
    session_id: int,
    user: User,
    pain_after: int,
    note: str = "",
    now: datetime | None = None,
) -> GuidedSession:
    """Log pain after and complete the session. Finishing twice keeps the first log: the same
    values again are a harmless retry, other values are AlreadyFinished (nothing saved)."""
    with transaction.atomic():
        locked = _locked(session_id=session_id, user=user)
        if locked.status == GuidedSession.Status.COMPLETED:
            if (locked.pain_after, locked.note) == (pain_after, note):
                return locked
            raise AlreadyFinished(locked, pain_after=pain_after, note=note)
        if locked.status != GuidedSession.Status.IN_PROGRESS:
            raise SessionConflict("This session has ended, so it can no longer be changed.")
        if locked.current_step():
            raise SessionConflict("There are steps left: press Next on each step first.")
        locked.pain_after = pain_after
        locked.note = note
        locked.status = GuidedSession.Status.COMPLETED
        locked.finished_at = now or timezone.now()
        locked.save(update_fields=["pain_after", "note", "status", "finished_at"])
    return locked


def late_entry_line(*, pain_after: int, note: str, at: datetime, finished_at: datetime) -> str:
    """The line a finish entry that came too late adds to the session's note: "Added later
    (14:07): 7 out of 10 — worse" (with the date when not the day the session was finished)."""
    local, finished = timezone.localtime(at), timezone.localtime(finished_at)
    when = f"{local:%H:%M}"
    if local.date() != finished.date():
        when = f"{local.day} {local:%b}, {when}"
    return f"Added later ({when}): {_late_entry(pain_after=pain_after, note=note)}"


def _late_entry(*, pain_after: int, note: str) -> str:
    return f"{pain_after} out of 10" + (f" — {note}" if note else "")


def session_add_note(
    *, session_id: int, user: User, pain_after: int, note: str = "", now: datetime | None = None
) -> GuidedSession:
    """Add a finish entry that was not saved (AlreadyFinished) to the finished session's note,
    as a dated line; the rating it was finished with stays. The same entry again adds nothing."""
    with transaction.atomic():
        locked = _locked(session_id=session_id, user=user)
        if locked.status != GuidedSession.Status.COMPLETED or locked.finished_at is None:
            raise SessionConflict("Only a finished session takes a later note.")
        entry = _late_entry(pain_after=pain_after, note=note)
        if f"): {entry}\n" in f"{locked.note}\n":
            return locked  # added already (a repeated post)
        line = late_entry_line(
            pain_after=pain_after,
            note=note,
            at=now or timezone.now(),
            finished_at=locked.finished_at,
        )
        locked.note = f"{locked.note}\n{line}" if locked.note else line
        locked.save(update_fields=["note"])
    return locked


def session_abandon(*, session_id: int, user: User, now: datetime | None = None) -> None:
    """Stop a session half-way; it stays in the log as abandoned."""
    with transaction.atomic():
        locked = _locked(session_id=session_id, user=user)
        if locked.status == GuidedSession.Status.ABANDONED:
            return
        if locked.status != GuidedSession.Status.IN_PROGRESS:
            raise SessionConflict("This session has already ended.")
        now = now or timezone.now()
        # Locked as read: a step action's write (compare and set) that is still open is waited
        # for, and then counts. Without the lock, on PostgreSQL a Next committed between this
        # read and the write below would be overwritten (reliability review, D3).
        pending = locked.steps.select_for_update().filter(status=SessionStep.Status.PENDING)
        step = pending.first()
        if step:
            # The session ended on this step: its timer stops, and a step action that read the
            # step before now finds it changed and does not land (compare and set, above).
            changes = _stopped(step, now) if step.started_at else {"ended_at": now}
            SessionStep.objects.filter(pk=step.pk).update(**changes)
        locked.status = GuidedSession.Status.ABANDONED
        locked.finished_at = now
        locked.save(update_fields=["status", "finished_at"])
