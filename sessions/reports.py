"""What a user's log says: a page of sessions' step facts, insights, the pain trend and its
chart, and the report for a clinician."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth.models import User
from django.db.models import Avg, Count, Prefetch, Q, Sum
from django.utils import timezone

from points.models import Complaint
from sessions import outcomes, plans
from sessions.models import CheckIn, GuidedSession, Plan, Rated, SessionStep

TREND_LENGTH = 30


def with_step_facts(page: Iterable[GuidedSession]) -> list[GuidedSession]:
    """Attach time spent and skipped steps to one page of sessions, in two queries."""
    sessions = list(page)  # a page's queryset is read here, once, and keeps these instances
    ids = [session.pk for session in sessions]
    spent = dict(
        SessionStep.objects.filter(session__in=ids)
        .values("session")
        .annotate(total=Sum("actual_seconds"))
        .values_list("session", "total")
    )
    skipped: dict[int, list[str]] = {}
    for session_id, code, name in SessionStep.objects.filter(
        session__in=ids, status=SessionStep.Status.SKIPPED
    ).values_list("session", "point_code", "point_name"):
        skipped.setdefault(session_id, []).append(f"{code} ({name})")
    for session in sessions:
        session.seconds_spent = spent.get(session.pk) or 0
        session.skipped_points = skipped.get(session.pk, [])
    return sessions


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
    def first_label(self) -> str:
        return _short_day(self.points[0].finished_at) if self.points else ""

    @property
    def last_label(self) -> str:
        return _short_day(self.points[-1].finished_at) if self.points else ""


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


def _short_day(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%-d %b")


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
    complaint: Complaint,
    start: date | None = None,
    end: date | None = None,
) -> Outcomes:
    """The latest PLANS_SHOWN plans of the complaint's routines (those overlapping start..end if
    given), with their check-ins and adherence: three queries (one when there is no plan)."""
    found = Plan.objects.filter(user=user, protocol__complaint=complaint)
    if start is not None:
        found = found.filter(end_date__gte=start)
    if end is not None:
        found = found.filter(start_date__lte=end)
    ordered = CheckIn.objects.order_by("week")
    found = found.prefetch_related(Prefetch("check_ins", queryset=ordered))
    latest = list(found.order_by("-start_date", "-pk")[:PLANS_SHOWN])[::-1]
    rows = [
        PlanOutcome(
            plan=progress.plan,
            check_ins=list(progress.plan.check_ins.all()),
            adherence=progress.adherence(),
            change=outcomes.score_change(list(progress.plan.check_ins.all())),
        )
        for progress in plans.progress_for(latest)
    ]
    return Outcomes(complaint=complaint, plans=rows)


# --- Report for a clinician ---------------------------------------------------------------------


REPORT_ROWS = 40


def clinician_report(*, user: User, complaint: Complaint, start: date, end: date) -> dict:
    """Everything a clinician needs about one complaint over a period, on one or two pages."""
    tz = timezone.get_current_timezone()
    sessions = GuidedSession.objects.for_user(user).filter(
        complaint=complaint,
        started_at__gte=datetime.combine(start, time.min, tzinfo=tz),
        started_at__lt=datetime.combine(end + timedelta(days=1), time.min, tzinfo=tz),
    )
    totals = sessions.aggregate(
        total=Count("pk"),
        completed=Count("pk", filter=Q(status=GuidedSession.Status.COMPLETED)),
        abandoned=Count("pk", filter=Q(status=GuidedSession.Status.ABANDONED)),
        stopped=Count("pk", filter=Q(status=GuidedSession.Status.SEEK_CARE)),
        average_before=Avg("pain_before", filter=Q(status=GuidedSession.Status.COMPLETED)),
        average_after=Avg("pain_after", filter=Q(status=GuidedSession.Status.COMPLETED)),
    )
    rows = with_step_facts(sessions.order_by("-started_at")[:REPORT_ROWS])
    completed = [s for s in rows if s.status == GuidedSession.Status.COMPLETED][::-1]
    answers: dict[str, dict] = {}
    for session in sessions.order_by("started_at").only(
        "red_flag_answers", "contraindication_answers"
    ):
        for answer in session.red_flag_answers + session.contraindication_answers:
            entry = answers.setdefault(answer["question"], {"asked": 0, "yes": 0})
            entry["asked"] += 1
            entry["yes"] += bool(answer["answer"])
    skipped = (
        SessionStep.objects.filter(session__in=sessions, status=SessionStep.Status.SKIPPED)
        .values("point_code", "point_name", "skip_reason")
        .annotate(times=Count("pk"))
        .order_by("point_code")
    )
    return {
        "outcomes": plan_outcomes(user=user, complaint=complaint, start=start, end=end),
        "totals": totals,
        "rows": rows,
        "chart": pain_chart(completed) if completed else None,
        "answers": sorted(answers.items(), key=lambda item: (-item[1]["yes"], item[0])),
        "skipped": list(skipped),
    }
