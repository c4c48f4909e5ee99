"""What a user's log says: a page of sessions' step facts, insights, the pain trend and its
chart, and the report for a clinician."""

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.contrib.auth.models import User
from django.db.models import Avg, Count, Prefetch, Q, QuerySet, Sum, prefetch_related_objects
from django.utils import timezone

from points.models import Complaint, Contraindication, RedFlag
from sessions import doctor, outcomes, plans
from sessions.forms import FEELINGS, LEG_AREAS
from sessions.models import CheckIn, GuidedSession, Plan, Rated, SessionStep, on_local_days

TREND_LENGTH = 30


def with_step_facts(page: Iterable[GuidedSession]) -> list[GuidedSession]:
    """Attach time spent and skipped steps to one page of sessions, in two queries."""
    sessions = list(page)  # a page's queryset is read here, once, and keeps these instances
    ids = [session.pk for session in sessions]
    _add_seconds_spent(sessions, SessionStep.objects.filter(session__in=ids))
    skipped: dict[int, list[str]] = {}
    for session_id, code, name in SessionStep.objects.filter(
        session__in=ids, status=SessionStep.Status.SKIPPED
    ).values_list("session", "point_code", "point_name"):
        skipped.setdefault(session_id, []).append(f"{code} ({name})")
    for session in sessions:
        session.skipped_points = skipped.get(session.pk, [])
    return sessions


def _add_seconds_spent(sessions: list[GuidedSession], steps: QuerySet[SessionStep]) -> None:
    """Set each session's seconds_spent, the time logged on its steps (one query)."""
    spent = dict(
        steps.values("session")
        .annotate(total=Sum("actual_seconds"))
        .values_list("session", "total")
    )
    for session in sessions:
        session.seconds_spent = spent.get(session.pk) or 0


def insights(*, user: User, now: datetime | None = None) -> dict:
    """Sessions this week and the average pain change per protocol, computed in the database."""
    now = now or timezone.now()
    week_start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    week_start -= timedelta(days=week_start.weekday())
    completed = GuidedSession.objects.for_user(user).completed()
    averages = (
        completed.values("protocol_name")
        .annotate(sessions=Count("pk"), change=Avg("pain_after") - Avg("pain_before"))
        .order_by("-sessions", "protocol_name")
    )
    return {
        "this_week": completed.filter(finished_at__gte=week_start).count(),
        "averages": list(averages),
    }


def trend(*, user: User | int, complaint: Complaint, length: int = TREND_LENGTH) -> list:
    """The latest completed sessions for a complaint, oldest first."""
    latest = (
        GuidedSession.objects.for_user(user)
        .completed()
        .filter(complaint=complaint)
        .select_related("protocol")
        .order_by("-finished_at")[:length]
    )
    return list(latest)[::-1]


# --- The chart ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartPoint:
    x: float
    y_before: float
    y_after: float
    session: GuidedSession
    finished_at: datetime


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    top: int
    bottom: int
    points: list[ChartPoint]
    severe_y: float
    severe: int
    gridlines: list[tuple[int, float]]

    @property
    def before_path(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y_before:.1f}" for p in self.points)

    @property
    def after_path(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y_after:.1f}" for p in self.points)

    @property
    def first_at(self) -> datetime | None:
        return self.points[0].finished_at if self.points else None

    @property
    def last_at(self) -> datetime | None:
        return self.points[-1].finished_at if self.points else None


def pain_chart(sessions: list[GuidedSession], *, severe: int = 8) -> Chart:
    """Geometry for an SVG of pain before and after each session (0–10 on the y axis); the
    sessions are completed ones, so finished and rated (Rated.of raises for one that is not)."""
    width, height, left, right, top, bottom = 340, 200, 28, 10, 10, 26
    plot_w, plot_h = width - left - right, height - top - bottom

    def y(value: int) -> float:
        return top + plot_h * (1 - value / 10)

    count = len(sessions)
    step = plot_w / (count - 1) if count > 1 else 0
    points = [
        ChartPoint(
            x=left + (index * step if count > 1 else plot_w / 2),
            y_before=y(rated.before),
            y_after=y(rated.after),
            session=session,
            finished_at=rated.finished_at,
        )
        for index, (session, rated) in enumerate((s, Rated.of(s)) for s in sessions)
    ]
    return Chart(
        width=width,
        height=height,
        left=left,
        top=top,
        bottom=height - bottom,
        points=points,
        severe_y=y(severe),
        severe=severe,
        gridlines=[(value, y(value)) for value in (0, 2, 4, 6, 8, 10)],
    )


# --- Plans and their weekly scores ---------------------------------------------------------------

# The most plans the trend page and the report show, latest first.
PLANS_SHOWN = 5


@dataclass(frozen=True)
class PlanOutcome:
    plan: Plan
    check_ins: list[CheckIn]  # oldest first
    adherence: plans.Adherence
    change: outcomes.Change | None


@dataclass(frozen=True)
class Outcomes:
    """The user's plans for a complaint with their weekly scores and adherence."""

    complaint: Complaint
    plans: list[PlanOutcome]
    peg_source: outcomes.Source = outcomes.PEG_SOURCE

    @property
    def uses_peg(self) -> bool:
        return any(c.kind == CheckIn.Kind.PEG for p in self.plans for c in p.check_ins)

    @property
    def check_ins(self) -> list[CheckIn]:
        """Every plan's check-ins, oldest first."""
        return sorted(
            (c for p in self.plans for c in p.check_ins), key=lambda c: (c.answered_at, c.pk)
        )


def plan_outcomes(
    *,
    user: User | int,
    complaint: Complaint | None,
    start: date | None = None,
    end: date | None = None,
) -> dict[Complaint, Outcomes]:
    """The latest PLANS_SHOWN plans per complaint (of `complaint`, or of every complaint), those
    overlapping start..end if given, with their check-ins and adherence: three queries (one
    with no plan)."""
    found = Plan.objects.filter(user=user)
    if complaint is not None:
        found = found.filter(protocol__complaint=complaint)
    if start is not None:
        found = found.filter(end_date__gte=start)
    if end is not None:
        found = found.filter(start_date__lte=end)
    latest: dict[Complaint, list[Plan]] = defaultdict(list)
    for plan in found.select_related("protocol__complaint").order_by("-start_date", "-pk"):
        shown = latest[plan.protocol.complaint]
        if len(shown) < PLANS_SHOWN:
            shown.append(plan)
    chosen = [plan for shown in latest.values() for plan in shown[::-1]]
    ordered = CheckIn.objects.order_by("week")
    prefetch_related_objects(chosen, Prefetch("check_ins", queryset=ordered))
    rows: dict[Complaint, list[PlanOutcome]] = defaultdict(list)
    for progress in plans.progress_for(chosen):
        check_ins = list(progress.plan.check_ins.all())
        rows[progress.plan.protocol.complaint].append(
            PlanOutcome(
                plan=progress.plan,
                check_ins=check_ins,
                adherence=progress.adherence(),
                change=outcomes.score_change(check_ins),
            )
        )
    return {owner: Outcomes(complaint=owner, plans=shown) for owner, shown in rows.items()}


# --- Report for a clinician ---------------------------------------------------------------------
# One report for a complaint (or all of them) over a period: a summary, each complaint's ratings
# (chart and table), plans and see-a-doctor status now, then where and how it hurts, the notes,
# the comfort answers, the skipped points, the safety answers that changed the routine and the
# see-a-doctor warnings given. A fixed number of queries whatever the history: the period's
# sessions in one, three over their steps, three for the plans (one with none) and the
# see-a-doctor rule's two per complaint in the report. Dates are local to the active time zone
# (the user's own; a shared report activates its owner's).

# The most sessions the table lists per complaint, latest first (the chart and the counts take
# every session of the period).
REPORT_ROWS = 60
# The most days a safety answer's dates list one by one; more are shown as a span.
DAYS_LISTED = 4
# How a later note begins (services.late_entry_line): "Added later (14:07): 7 out of 10".
LATER_PREFIX = "Added later ("

STATUS_WORDS = [
    (GuidedSession.Status.COMPLETED, "completed"),
    (GuidedSession.Status.ABANDONED, "abandoned"),
    (GuidedSession.Status.SEEK_CARE, "stopped by a safety question"),
    (GuidedSession.Status.NOT_STARTED, "not started (no step was safe)"),
    (GuidedSession.Status.IN_PROGRESS, "in progress"),
]
COMFORT_ORDER = list(SessionStep.Comfort)


def rule_text(rule: str, threshold: int) -> str:
    """The see-a-doctor rule a warning fired on, with the routine's threshold (sessions.doctor)."""
    fall = doctor.FALL_NEEDED
    texts = {
        "worse": f"Rose by {threshold} points or more during a session",
        "severe": f"Rated {threshold} or more out of 10",
        "no_fall": f"No fall of {fall} points over {threshold} sessions",
        "days": f"No fall of {fall} points over {threshold} days",
        "peg": f"Weekly PEG score fell by less than {threshold} %",
    }
    return texts.get(rule, rule)


@dataclass(frozen=True)
class Tally:
    label: str
    times: int


@dataclass(frozen=True)
class RoutineUse:
    """One routine's sessions in the period, and its average ratings over the completed ones."""

    name: str
    sessions: int
    completed: int
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


@dataclass(frozen=True)
class WhereItHurts:
    asked: int  # sessions whose complaint asks where it hurts
    answered: int  # of those, sessions with any answer
    sides: list[Tally]
    areas: list[Tally]
    feelings: list[Tally]


@dataclass(frozen=True)
class Note:
    """A session's note: what the user wrote at the finish, then each dated later note."""

    started_at: datetime
    routine: str
    text: list[str]
    later: list[str]


@dataclass(frozen=True)
class ComfortRow:
    point: str
    counts: list[int]  # in COMFORT_ORDER

    @property
    def too_painful(self) -> int:
        return self.counts[COMFORT_ORDER.index(SessionStep.Comfort.TOO_PAINFUL)]


@dataclass(frozen=True)
class Skipped:
    point: str
    reason: str  # empty when the safety answers are left out: it tells the answer
    times: int


@dataclass
class SafetyAnswer:
    """A safety question answered yes in the period: how often, on which days, what it did."""

    question: str
    kind: str  # the action (contraindications) or the tier (red flags), in words
    message: str  # what the user was told
    asked: int = 0
    yes: int = 0
    days: list[date] = field(default_factory=list)
    limbs: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # what it did to the routine
    stopped: int = 0  # red flags: sessions it stopped

    @property
    def days_text(self) -> str:
        days = sorted(set(self.days))
        if len(days) <= DAYS_LISTED:
            return ", ".join(f"{day:%-d %b %Y}" for day in days)
        return f"{days[0]:%-d %b %Y} to {days[-1]:%-d %b %Y}, on {len(days)} days"


@dataclass(frozen=True)
class Reason:
    """A see-a-doctor reason (sessions.doctor.DoctorReason) with its rule in words."""

    rule: str
    rule_text: str
    message: str

    @classmethod
    def of(cls, reason: doctor.DoctorReason) -> "Reason":
        return cls(reason.rule, rule_text(reason.rule, reason.threshold), reason.message)


@dataclass(frozen=True)
class Warning:
    day: date
    complaint_name: str
    rule: str
    rule_text: str
    message: str


@dataclass
class ComplaintReport:
    """One complaint's part of the report: its ratings, plans and see-a-doctor status now."""

    key: str  # for element ids
    name: str
    complaint: Complaint | None
    total: int = 0
    rows: list[GuidedSession] = field(default_factory=list)  # latest REPORT_ROWS, newest first
    chart: Chart | None = None
    outcomes: Outcomes | None = None
    doctor_now: list[Reason] = field(default_factory=list)  # what the log says today

    @property
    def symptom(self) -> str:
        return self.complaint.symptom if self.complaint else "pain"

    @property
    def latest_plan(self) -> PlanOutcome | None:
        return self.outcomes.plans[-1] if self.outcomes and self.outcomes.plans else None


def clinician_report(
    *,
    user: User | int,
    complaint: Complaint | None,
    start: date,
    end: date,
    include_notes: bool = True,
    include_safety: bool = True,
) -> dict:
    """Everything a clinician needs about one complaint (None: every complaint) over a period:
    the context of templates/sessions/partials/report_body.html."""
    period = GuidedSession.objects.for_user(user).filter(**on_local_days("started_at", start, end))
    if complaint is not None:
        period = period.filter(complaint=complaint)
    sessions = list(period.select_related("complaint", "protocol").order_by("started_at", "pk"))
    in_period = period.values("pk")
    steps = SessionStep.objects.filter(session__in=in_period)
    _add_seconds_spent(sessions, steps)
    changed = list(
        steps.filter(Q(status=SessionStep.Status.SKIPPED) | ~Q(caution=""))
        .values("point_code", "point_name", "status", "skip_reason", "caution", "pressure")
        .annotate(times=Count("pk"))
        .order_by("point_code", "point_name")
    )
    comfort = (
        steps.exclude(comfort="")
        .values("point_code", "point_name", "comfort")
        .annotate(times=Count("pk"))
        .order_by("point_code", "point_name")
    )
    parts = _complaint_parts(
        user=user, complaint=complaint, sessions=sessions, start=start, end=end
    )
    counts = Counter(session.status for session in sessions)
    return {
        "complaint": complaint,
        "start": start,
        "end": end,
        "include_notes": include_notes,
        "include_safety": include_safety,
        "printed": timezone.localdate(),
        "zone": timezone.get_current_timezone_name(),
        "total": len(sessions),
        "statuses": [
            Tally(words, counts[status]) for status, words in STATUS_WORDS if counts[status]
        ],
        "routines": _routines(sessions),
        "parts": parts,
        "where": _where_it_hurts(sessions),
        "notes": _notes(sessions) if include_notes else [],
        "comfort_labels": [choice.label for choice in COMFORT_ORDER],
        "comfort": _comfort_rows(comfort),
        "skipped": _skipped(changed, with_reasons=include_safety),
        "cautions": _cautions(sessions, changed) if include_safety else [],
        "flags": _flags(sessions) if include_safety else [],
        "warnings": _warnings(sessions),
    }


def _complaint_parts(
    *,
    user: User | int,
    complaint: Complaint | None,
    sessions: list[GuidedSession],
    start: date,
    end: date,
) -> list[ComplaintReport]:
    """A part per complaint with sessions or plans in the period (the chosen one, always)."""
    parts: dict[object, ComplaintReport] = {}
    if complaint is not None:
        parts[complaint.pk] = ComplaintReport(
            key=complaint.slug, name=complaint.name, complaint=complaint
        )
    by_part: dict[object, list[GuidedSession]] = defaultdict(list)
    for session in sessions:
        key: object = session.complaint_id or session.complaint_name
        if key not in parts:
            logged = session.complaint
            parts[key] = ComplaintReport(
                key=logged.slug if logged else f"other-{len(parts)}",
                name=logged.name if logged else session.complaint_name,
                complaint=logged,
            )
        by_part[key].append(session)
    planned = plan_outcomes(user=user, complaint=complaint, start=start, end=end)
    for owner, result in planned.items():
        if owner.pk not in parts:
            parts[owner.pk] = ComplaintReport(key=owner.slug, name=owner.name, complaint=owner)
        parts[owner.pk].outcomes = result
    for key, part in parts.items():
        own = by_part[key]
        part.total = len(own)
        part.rows = own[::-1][:REPORT_ROWS]
        rated = [s for s in own if s.is_rated]
        if rated:
            severe = doctor.Thresholds.for_protocol(rated[-1].protocol).severe
            part.chart = pain_chart(rated, severe=severe)
        if part.complaint is not None:
            reasons = doctor.doctor_advice(user=user, complaint=part.complaint)
            part.doctor_now = [Reason.of(reason) for reason in reasons]
    return sorted(
        parts.values(),
        key=lambda p: (p.complaint is None, p.complaint.order if p.complaint else 0, p.name),
    )


def _routines(sessions: list[GuidedSession]) -> list[RoutineUse]:
    grouped: dict[str, list[GuidedSession]] = defaultdict(list)
    for session in sessions:
        grouped[session.protocol_name].append(session)
    uses = []
    for name, own in grouped.items():
        rated = [s for s in own if s.is_rated]
        uses.append(
            RoutineUse(
                name=name,
                sessions=len(own),
                completed=len(rated),
                before=_mean([s.pain_before for s in rated]),
                after=_mean([s.pain_after for s in rated]),
            )
        )
    return sorted(uses, key=lambda use: (-use.sessions, use.name))


def _mean(values: list[int | None]) -> float | None:
    numbers = [value for value in values if value is not None]
    return sum(numbers) / len(numbers) if numbers else None


def _tallies(counter: Counter[str], labels: dict[str, str]) -> list[Tally]:
    """Counted answers, most often first, in the words the user picked them by."""
    return [
        Tally(labels.get(key, key), times)
        for key, times in sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    ]


def _where_it_hurts(sessions: list[GuidedSession]) -> WhereItHurts:
    sides: Counter[str] = Counter()
    areas: Counter[str] = Counter()
    feelings: Counter[str] = Counter()
    asked = answered = 0
    for session in sessions:
        if session.complaint is not None and session.complaint.asks_where_it_hurts:
            asked += 1
        if session.pain_side:
            sides[session.pain_side] += 1
        areas.update(session.pain_areas or [])
        feelings.update(session.pain_feelings or [])
        answered += bool(session.pain_side or session.pain_areas or session.pain_feelings)
    return WhereItHurts(
        asked=max(asked, answered),
        answered=answered,
        sides=_tallies(sides, dict(GuidedSession.Side.choices)),
        areas=_tallies(areas, dict(LEG_AREAS)),
        feelings=_tallies(feelings, dict(FEELINGS)),
    )


def _notes(sessions: list[GuidedSession]) -> list[Note]:
    """Each session's note, newest first; a later note is a line of its own, dated
    (services.late_entry_line)."""
    notes = []
    for session in reversed(sessions):
        lines = [line.strip() for line in session.note.splitlines() if line.strip()]
        if not lines:
            continue
        later = [line for line in lines if line.startswith(LATER_PREFIX)]
        notes.append(
            Note(
                started_at=session.started_at,
                routine=session.protocol_name,
                text=[line for line in lines if not line.startswith(LATER_PREFIX)],
                later=later,
            )
        )
    return notes


def _point(row: dict) -> str:
    """A step row's point as the report's tables name it: "LI 4 (Hegu)"."""
    return f"{row['point_code']} ({row['point_name']})"


def _comfort_rows(rows: Iterable[dict]) -> list[ComfortRow]:
    by_point: dict[str, list[int]] = {}
    for row in rows:
        counts = by_point.setdefault(_point(row), [0] * len(COMFORT_ORDER))
        if row["comfort"] in COMFORT_ORDER:
            counts[COMFORT_ORDER.index(row["comfort"])] += row["times"]
    return [ComfortRow(point, counts) for point, counts in by_point.items()]


def _skipped(changed: list[dict], *, with_reasons: bool) -> list[Skipped]:
    times: Counter[tuple[str, str]] = Counter()
    for row in changed:
        if row["status"] == SessionStep.Status.SKIPPED:
            point = _point(row)
            times[(point, _why(point, row["skip_reason"]) if with_reasons else "")] += row["times"]
    return [Skipped(point, reason, count) for (point, reason), count in times.items()]


def _why(point: str, reason: str) -> str:
    """A skip reason without the point it names (the table's row does): "LI 4 (Hegu) is
    skipped: Not advised in pregnancy…" is "Not advised in pregnancy…", and "… on your left arm
    or hand is skipped: …" is "On the left arm or hand: …" (services.plan_steps)."""
    reason = reason.replace(f"{point} is skipped: ", "")
    return re.sub(
        rf"{re.escape(point)} on your (.+?) is skipped: ", lambda m: f"On the {m[1]}: ", reason
    )


def _answered_yes(
    sessions: list[GuidedSession], field: str, kinds: dict[str, str], kind: str, message: str
) -> list[tuple[SafetyAnswer, GuidedSession, dict]]:
    """Each yes among the sessions' answers in `field` (red_flag_answers or
    contraindication_answers), with its question's SafetyAnswer (how often it was asked and
    answered yes, on which days) and its session; `kind` and `message` name the answer's keys
    for the entry's kind (in words by `kinds`) and what the user was told."""
    found: dict[str, SafetyAnswer] = {}
    asked: Counter[str] = Counter()
    yes = []
    for session in sessions:
        for answer in getattr(session, field):
            asked[answer["question"]] += 1
            if not answer["answer"]:
                continue
            entry = found.setdefault(
                answer["question"],
                SafetyAnswer(
                    question=answer["question"],
                    kind=kinds.get(answer.get(kind, ""), answer.get(kind, "")),
                    message=answer.get(message, ""),
                ),
            )
            entry.yes += 1
            entry.days.append(timezone.localdate(session.started_at))
            yes.append((entry, session, answer))
    for entry in found.values():
        entry.asked = asked[entry.question]
    return yes


def _by_most_yes(yes: list[tuple[SafetyAnswer, GuidedSession, dict]]) -> list[SafetyAnswer]:
    """The questions answered yes, most often first."""
    entries = {entry.question: entry for entry, _, _ in yes}
    return sorted(entries.values(), key=lambda entry: (-entry.yes, entry.question))


def _cautions(sessions: list[GuidedSession], changed: list[dict]) -> list[SafetyAnswer]:
    """The contraindications answered yes, and the points they skipped or softened."""
    actions = dict(Contraindication.Action.choices)
    yes = _answered_yes(sessions, "contraindication_answers", actions, "action", "message")
    for entry, _, answer in yes:
        for where in answer.get("limbs") or []:
            if where not in entry.limbs:
                entry.limbs.append(where)
        if answer.get("action") == Contraindication.Action.STOP:
            change = "The session did not start."
            if change not in entry.changed:
                entry.changed.append(change)
    entries = _by_most_yes(yes)
    for entry in entries:
        if not entry.message:
            continue
        for row in changed:
            point = _point(row)
            if row["status"] == SessionStep.Status.SKIPPED and entry.message in row["skip_reason"]:
                change = f"{point} skipped"
            elif entry.message in row["caution"]:
                change = f"{point} with a caution, pressure: {row['pressure'].lower()}"
            else:
                continue
            if change not in entry.changed:
                entry.changed.append(change)
    return entries


def _flags(sessions: list[GuidedSession]) -> list[SafetyAnswer]:
    """The red flags answered yes: the sessions they stopped, the advice they gave."""
    tiers = dict(RedFlag.Tier.choices)
    yes = _answered_yes(sessions, "red_flag_answers", tiers, "tier", "advice")
    for entry, session, _ in yes:
        entry.stopped += session.status == GuidedSession.Status.SEEK_CARE
    entries = _by_most_yes(yes)
    for entry in entries:
        ran = entry.yes - entry.stopped
        if entry.stopped:
            entry.changed.append(f"Stopped {entry.stopped} session{'s' * (entry.stopped > 1)}")
        if ran:
            entry.changed.append(f"Advice shown, the routine ran ({ran} time{'s' * (ran > 1)})")
    return entries


def _warnings(sessions: list[GuidedSession]) -> list[Warning]:
    """Every see-a-doctor warning a session of the period started with, once per rule and day,
    newest first."""
    seen: dict[tuple[str, str, date], Warning] = {}
    for session in sessions:
        day = timezone.localdate(session.started_at)
        for reason in session.doctor_reasons:
            rule = reason.get("rule", "")
            key = (reason.get("complaint_slug") or session.complaint_name, rule, day)
            if key in seen:
                continue
            seen[key] = Warning(
                day=day,
                complaint_name=session.complaint_name,
                rule=rule,
                rule_text=rule_text(rule, reason.get("threshold", 0)),
                message=reason.get("message", ""),
            )
    return sorted(seen.values(), key=lambda w: (w.day, w.complaint_name, w.rule), reverse=True)
