"""The see-a-doctor rule: from a user's recent logged sessions, why they should see a doctor.

What counts: this user's completed sessions for this complaint that finished in the last
`window` days (Protocol.doctor_window_days), in which something was pressed (a done step of
PRESSED_SECONDS or more; a session with no step record counts, as nothing says it was not). The
thresholds come from the latest such session's protocol. Acupressure gives short relief, so
whether the condition improves is judged on the pain *before* the sessions:

* worse: in a session of the last RECENT_DAYS days the pain rose by `worsening` points or more,
  and no later session ended below where that one started. Stop at once.
* severe: a rating (before or after) of `severe` or more in a session of the last RECENT_DAYS
  days.
* no_fall: over the last `sessions` sessions, the pain before has not fallen by FALL_NEEDED
  points or more from the first of them to the last.
* days: the pain before the latest session has not fallen by FALL_NEEDED points or more from the
  pain before the first session at least `days` days earlier.

* peg: in the user's latest plan for this complaint with PEG check-ins (sessions.outcomes), a
  plan of at least PEG_WEEKS weeks, the PEG score has not fallen by 30 % (outcomes.MEANINGFUL_FALL,
  IMMPACT 2008) from the first check-in to the latest one, PEG_WEEKS plan weeks or more on
  (weeks 1 and 4 are 4 weeks of the plan), answered in the window.

no_fall, days and peg need a baseline above PAIN_FREE: a user who is (nearly) pain-free is not
told to see a doctor. The check-ins are read by subqueries of the first query, which the
database runs once (they do not depend on the session row). Two queries per complaint (one when
nothing in the window counts), whatever the length of the history; what they read is bounded by
the window too.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, Q, Subquery
from django.utils import dateformat, timezone

from points.models import DOCTOR_LIMITS, Complaint, Protocol
from sessions.models import (
    ENDED_STATUSES,
    CheckIn,
    GuidedSession,
    GuidedSessionQuerySet,
    Plan,
    Rated,
    SessionStep,
)
from sessions.outcomes import IMMPACT_SOURCE, MEANINGFUL_FALL, fell_meaningfully

# A session counts only if at least one step was pressed this long (not a mis-tapped Next).
PRESSED_SECONDS = 10
# Severe pain and pain rising in a session are judged on the sessions of these last days.
RECENT_DAYS = 7
# The pain before a session must fall by this much to count as improving (about 30 % of 6).
FALL_NEEDED = 2
# A baseline at or below this is (nearly) pain-free: no "not improving" warning.
PAIN_FREE = 1
# The most sessions a protocol's "no fall over N sessions" may look at.
MOST_SESSIONS = DOCTOR_LIMITS["doctor_after_sessions"][1]
# What the rule reads of a session, and of its protocol.
ROW_FIELDS = ("finished_at", "pain_before", "pain_after")
PROTOCOL_FIELDS = tuple(f"protocol__{name}" for name in DOCTOR_LIMITS)
# The PEG rule looks at plans of at least this many weeks, over this many plan weeks.
PEG_WEEKS = 4
# What the rule reads of a plan's first and latest PEG check-ins.
CHECK_IN_FIELDS = ("week", "score", "answered_at")


@dataclass(frozen=True)
class DoctorReason:
    """One reason to see a doctor. Stored as a dict on a session (GuidedSession.doctor_reasons),
    so every field is plain JSON: dates are ISO strings."""

    rule: str  # "worse", "severe", "no_fall", "days" or "peg"
    message: str
    complaint_slug: str = ""
    pains: tuple[int, ...] = ()  # the ratings the rule compared, oldest first
    scores: tuple[float, ...] = ()  # the PEG scores the peg rule compared, oldest first
    dates: tuple[str, ...] = ()  # the days of those ratings, oldest first
    threshold: int = 0  # the protocol's threshold that fired (points, level, sessions, days)
    period_start: str = ""  # the days the rule looked at, for the clinician report
    period_end: str = ""


@dataclass(frozen=True)
class Thresholds:
    sessions: int
    worsening: int
    severe: int
    days: int
    window: int

    @classmethod
    def for_protocol(cls, protocol: Protocol | None) -> "Thresholds":
        source = protocol or Protocol()  # a deleted protocol falls back to the defaults

        def bounded(name: str) -> int:
            low, high = DOCTOR_LIMITS[name]  # the database refuses others; this is belt and braces
            return min(high, max(low, getattr(source, name)))

        return cls(
            sessions=bounded("doctor_after_sessions"),
            worsening=bounded("doctor_worsening_points"),
            severe=bounded("doctor_severe_pain"),
            days=bounded("doctor_after_days"),
            window=bounded("doctor_window_days"),
        )


def counted_sessions(*, user: User | int, complaint: Complaint) -> GuidedSessionQuerySet:
    """The user's completed sessions for the complaint in which something was pressed."""
    done = SessionStep.objects.filter(session=OuterRef("pk"), status__in=ENDED_STATUSES)
    return GuidedSession.objects.filter(
        Exists(done.filter(actual_seconds__gte=PRESSED_SECONDS)) | ~Exists(done),
        status=GuidedSession.Status.COMPLETED,
        user=user,
        complaint=complaint,
        finished_at__isnull=False,
        pain_before__isnull=False,
        pain_after__isnull=False,
    )


def doctor_advice(
    *, user: User | int, complaint: Complaint, now: datetime | None = None
) -> list[DoctorReason]:
    """Why this user should see a doctor about this complaint, from their recent sessions."""
    now = now or timezone.now()
    counted = counted_sessions(user=user, complaint=complaint).order_by("-finished_at", "-pk")
    # Query 1: the latest sessions, enough for any "no fall over N sessions"; the latest one's
    # protocol gives the thresholds; and the latest PEG plan's first and last check-ins.
    sessions = list(
        counted.select_related("protocol")
        .only(*ROW_FIELDS, *PROTOCOL_FIELDS)
        .annotate(**_peg_columns(user=user, complaint=complaint))[:MOST_SESSIONS]
    )
    if not sessions:
        return []
    limits = Thresholds.for_protocol(sessions[0].protocol)
    last = [Rated.of(s) for s in sessions]
    latest = last[0]
    window_start = now - timedelta(days=limits.window)
    if latest.finished_at < window_start:
        return []  # old history never warns today
    recent_start = max(window_start, now - timedelta(days=RECENT_DAYS))
    in_window = counted.filter(finished_at__gte=window_start)
    baseline = (
        in_window.filter(finished_at__lte=latest.finished_at - timedelta(days=limits.days))
        .order_by("finished_at", "pk")
        .values("pk")[:1]
    )
    # Query 2: every session of the last days (however many), and the "days" baseline.
    more = in_window.filter(Q(finished_at__gte=recent_start) | Q(pk__in=baseline))
    by_pk = {s.pk: s for s in last if s.finished_at >= window_start}
    by_pk.update((s.pk, s) for s in map(Rated.of, more.only(*ROW_FIELDS)))
    rows = sorted(by_pk.values(), key=lambda s: (s.finished_at, s.pk), reverse=True)
    rule = _Rule(complaint, limits, now, window_start)
    recent = [s for s in rows if s.finished_at >= recent_start]
    found = [
        rule.worse(recent),
        rule.severe(recent),
        rule.no_fall(rows[: limits.sessions]),
        rule.days(rows),
        rule.peg(PegSpan.of(sessions[0])),
    ]
    return [reason for reason in found if reason]


def _peg_columns(*, user: User | int, complaint: Complaint) -> dict[str, Subquery]:
    """Subqueries for the first and the latest PEG check-in of the user's latest plan for the
    complaint that has PEG check-ins, and that plan's dates (the peg_* columns PegSpan reads)."""
    pegs = CheckIn.objects.filter(
        kind=CheckIn.Kind.PEG, plan__user=user, plan__protocol__complaint=complaint
    )
    plan_pk = pegs.order_by("-plan__start_date", "-plan_id").values("plan_id")[:1]
    of_plan = CheckIn.objects.filter(kind=CheckIn.Kind.PEG, plan_id=Subquery(plan_pk))
    plan = Plan.objects.filter(pk=Subquery(plan_pk))
    first, latest = of_plan.order_by("week"), of_plan.order_by("-week")
    columns = {
        "peg_plan_start": Subquery(plan.values("start_date")[:1]),
        "peg_plan_end": Subquery(plan.values("end_date")[:1]),
    }
    for name in CHECK_IN_FIELDS:
        columns[f"peg_first_{name}"] = Subquery(first.values(name)[:1])
        columns[f"peg_last_{name}"] = Subquery(latest.values(name)[:1])
    return columns


@dataclass(frozen=True)
class PegSpan:
    """The first and the latest PEG check-in of a plan, as the first query read them."""

    plan_days: int
    first_week: int
    first_score: float
    first_at: datetime
    last_week: int
    last_score: float
    last_at: datetime

    @classmethod
    def of(cls, row: GuidedSession) -> "PegSpan | None":
        """None when the user has no plan with PEG check-ins for the complaint."""
        names = ["plan_start", "plan_end"]
        names += [f"{end}_{name}" for end in ("first", "last") for name in CHECK_IN_FIELDS]
        values: dict[str, Any] = {name: getattr(row, f"peg_{name}", None) for name in names}
        if any(value is None for value in values.values()):
            return None
        return cls(
            plan_days=(values["plan_end"] - values["plan_start"]).days + 1,
            first_week=values["first_week"],
            first_score=values["first_score"],
            first_at=values["first_answered_at"],
            last_week=values["last_week"],
            last_score=values["last_score"],
            last_at=values["last_answered_at"],
        )


class _Rule:
    """The five rules (four over sessions listed newest first, one over PEG scores) and their
    messages."""

    def __init__(
        self, complaint: Complaint, limits: Thresholds, now: datetime, window_start: datetime
    ):
        self.complaint = complaint
        self.limits = limits
        self.now = now
        self.symptom = (complaint.symptom or "pain").strip().lower()
        self.name = complaint.name.lower()
        self.period = (timezone.localdate(window_start), timezone.localdate(now))
        self.window_start = window_start

    def reason(
        self,
        rule: str,
        message: str,
        moments: Iterable[datetime],
        threshold: int,
        *,
        pains: tuple[int, ...] = (),
        scores: tuple[float, ...] = (),
    ) -> DoctorReason:
        """`moments`: when the ratings compared (`pains` or `scores`) were given."""
        return DoctorReason(
            rule=rule,
            message=message,
            complaint_slug=self.complaint.slug,
            pains=pains,
            scores=scores,
            dates=tuple(timezone.localdate(at).isoformat() for at in moments),
            threshold=threshold,
            period_start=self.period[0].isoformat(),
            period_end=self.period[1].isoformat(),
        )

    def day(self, moment: datetime) -> str:
        local = timezone.localtime(moment)
        same_year = local.year == timezone.localtime(self.now).year
        return dateformat.format(local, "j F" if same_year else "j F Y")

    def worse(self, recent: list[Rated]) -> DoctorReason | None:
        for index, session in enumerate(recent):
            if session.after - session.before >= self.limits.worsening:
                if any(later.after < session.before for later in recent[:index]):
                    return None  # a later session ended below where this one started
                return self.reason(
                    "worse",
                    f"Stop using this routine at once and see a doctor: your {self.symptom} "
                    f"rose from {session.before} to {session.after} out of 10 during "
                    f"your session on {self.day(session.finished_at)}. A rise of "
                    f"{self.limits.worsening} points or more during a session needs a "
                    "doctor's advice.",
                    [session.finished_at],
                    self.limits.worsening,
                    pains=(session.before, session.after),
                )
        return None

    def severe(self, recent: list[Rated]) -> DoctorReason | None:
        worst = max(recent, key=lambda s: max(s.before, s.after), default=None)
        if worst is None:
            return None
        rating = max(worst.before, worst.after)
        if rating < self.limits.severe:
            return None
        return self.reason(
            "severe",
            f"You rated your {self.symptom} {rating} out of 10 on {self.day(worst.finished_at)}, "
            f"within the last {RECENT_DAYS} days. A rating of {self.limits.severe} or more "
            "needs a doctor, not self-care.",
            [worst.finished_at],
            self.limits.severe,
            pains=(rating,),
        )

    def no_fall(self, last: list[Rated]) -> DoctorReason | None:
        if len(last) < self.limits.sessions:
            return None
        latest, first = last[0], last[-1]
        if first.before <= PAIN_FREE or latest.before <= first.before - FALL_NEEDED:
            return None
        oldest_first = last[::-1]
        ratings = [
            f"{s.before}{' out of 10' if i == 0 else ''} on {self.day(s.finished_at)}"
            for i, s in enumerate(oldest_first)
        ]
        listed = ", ".join(ratings[:-1]) + f" and {ratings[-1]}"
        drop = first.before - latest.before
        change = "no fall" if drop <= 0 else f"a fall of only {drop} point{'s' * (drop > 1)}"
        return self.reason(
            "no_fall",
            f"Your last {len(last)} sessions for {self.name} brought {change} in {self.symptom}: "
            f"before them you rated your {self.symptom} {listed}. After a few sessions the "
            f"rating should be at least {FALL_NEEDED} points lower.",
            [s.finished_at for s in oldest_first],
            self.limits.sessions,
            pains=tuple(s.before for s in oldest_first),
        )

    def days(self, rows: list[Rated]) -> DoctorReason | None:
        if not rows:
            return None
        latest = rows[0]
        cutoff = latest.finished_at - timedelta(days=self.limits.days)
        older = [s for s in rows if s.finished_at <= cutoff]
        if not older:
            return None
        baseline = older[-1]  # the first session at least `days` days before the latest
        if baseline.before <= PAIN_FREE or latest.before <= baseline.before - FALL_NEEDED:
            return None
        apart = (latest.finished_at - baseline.finished_at).days
        return self.reason(
            "days",
            f"In {apart} days of sessions for {self.name}, your rating has not come down by "
            f"{FALL_NEEDED} points or more: you rated your {self.symptom} "
            f"{baseline.before} out of 10 before your session on "
            f"{self.day(baseline.finished_at)}, and {latest.before} before your latest one "
            f"on {self.day(latest.finished_at)}. {self.complaint.name} that has not improved "
            f"after {self.limits.days} days needs a doctor's check.",
            [baseline.finished_at, latest.finished_at],
            self.limits.days,
            pains=(baseline.before, latest.before),
        )

    def peg(self, span: PegSpan | None) -> DoctorReason | None:
        if span is None or span.plan_days < PEG_WEEKS * 7:
            return None
        if span.last_week - span.first_week < PEG_WEEKS - 1 or span.last_at < self.window_start:
            return None
        first, last = span.first_score, span.last_score
        if first <= PAIN_FREE or fell_meaningfully(first, last):
            return None
        percent = round(MEANINGFUL_FALL * 100)
        weeks = span.last_week - span.first_week + 1
        return self.reason(
            "peg",
            f"Your weekly PEG pain score was {first:.1f} in week {span.first_week} of "
            f"your plan ({self.day(span.first_at)}) and {last:.1f} in week {span.last_week} "
            f"({self.day(span.last_at)}): it has not fallen by {percent} % (to "
            f"{first * (1 - MEANINGFUL_FALL):.1f} or lower). A fall of {percent} % is the "
            f"least that counts as a meaningful improvement ({IMMPACT_SOURCE.short}). "
            f"{self.complaint.name} that has not improved over {weeks} weeks of a plan needs a "
            "doctor's check.",
            (span.first_at, span.last_at),
            percent,
            scores=(round(first, 2), round(last, 2)),
        )


def worsened(session: GuidedSession) -> bool:
    """Whether the pain rose during this session by the protocol's "worse" threshold or more."""
    change = session.pain_change
    return change is not None and change >= Thresholds.for_protocol(session.protocol).worsening


def doctor_warnings(
    *, user: User, complaints: Iterable[Complaint] | None = None
) -> list[tuple[Complaint, list[DoctorReason]]]:
    """The see-a-doctor reasons for every complaint this user has logged (or for `complaints`)."""
    if complaints is None:
        complaints = GuidedSession.objects.complaints_logged_by(user)
    advice = (
        (complaint, doctor_advice(user=user, complaint=complaint)) for complaint in complaints
    )
    return [(complaint, reasons) for complaint, reasons in advice if reasons]
