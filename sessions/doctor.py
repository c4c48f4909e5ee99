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

no_fall and days need a baseline above PAIN_FREE: a user who is (nearly) pain-free is not told
to see a doctor. Two queries per complaint (one when nothing in the window counts), whatever
the length of the history; what they read is bounded by the window too.
"""

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, Q
from django.utils import dateformat, timezone

from points.models import DOCTOR_LIMITS, Complaint, Protocol
from sessions.models import (
    ENDED_STATUSES,
    GuidedSession,
    GuidedSessionQuerySet,
    Rated,
    SessionStep,
)

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


@dataclass(frozen=True)
class DoctorReason:
    """One reason to see a doctor. Stored as a dict on a session (GuidedSession.doctor_reasons),
    so every field is plain JSON: dates are ISO strings."""

    rule: str  # "worse", "severe", "no_fall" or "days"
    message: str
    complaint_slug: str = ""
    pains: tuple[int, ...] = ()  # the ratings the rule compared, oldest first
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
    # protocol gives the thresholds.
    sessions = list(
        counted.select_related("protocol").only(*ROW_FIELDS, *PROTOCOL_FIELDS)[:MOST_SESSIONS]
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
    ]
    return [reason for reason in found if reason]


class _Rule:
    """The four rules, over sessions listed newest first, and their messages."""

    def __init__(
        self, complaint: Complaint, limits: Thresholds, now: datetime, window_start: datetime
    ):
        self.complaint = complaint
        self.limits = limits
        self.now = now
        self.symptom = (complaint.symptom or "pain").strip().lower()
        self.name = complaint.name.lower()
        self.period = (timezone.localdate(window_start), timezone.localdate(now))

    def reason(
        self, rule: str, message: str, sessions: list[Rated], pains: list[int], threshold: int
    ) -> DoctorReason:
        return DoctorReason(
            rule=rule,
            message=message,
            complaint_slug=self.complaint.slug,
            pains=tuple(pains),
            dates=tuple(timezone.localdate(s.finished_at).isoformat() for s in sessions),
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
                    [session],
                    [session.before, session.after],
                    self.limits.worsening,
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
            [worst],
            [rating],
            self.limits.severe,
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
            oldest_first,
            [s.before for s in oldest_first],
            self.limits.sessions,
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
            [baseline, latest],
            [baseline.before, latest.before],
            self.limits.days,
        )


def reasons_to_store(
    *, user: User | int, complaint: Complaint | None, now: datetime | None = None
) -> list[dict]:
    """The reasons as JSON, for a session to keep (its step pages show them without the rule)."""
    if complaint is None:
        return []
    return [asdict(reason) for reason in doctor_advice(user=user, complaint=complaint, now=now)]


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
    warnings = []
    for complaint in complaints:
        reasons = doctor_advice(user=user, complaint=complaint)
        if reasons:
            warnings.append((complaint, reasons))
    return warnings
