"""Plans: starting and stopping one, and what counts toward it (its days, weeks, adherence,
streak).

A plan's days are local days in the active time zone (the user's own in requests,
config.middleware); a session is on the day it started there. The sessions that count are the
user's sessions of the plan's routine that were completed or abandoned (an abandoned session keeps
the sides done), on the plan's days, up to the day the plan was stopped.

How much a session counts: 1 when every side it did not skip for safety was pressed at least half
its time, otherwise the share of those sides that were (partly done). Its pressing time is
min(actual, duration) summed over those sides. A day counts at most `sessions_per_day` sessions
(the best ones), so a second session on a once-a-day plan adds nothing, and a twice-daily plan
counts its two sessions separately.

Prescribed so far: a plan week asks for `days_per_week` days (of `sessions_per_day` sessions
each) on any of its 7 days, so by day k of a week the days that must have been used are
max(0, k - (7 - days_per_week)); nothing is counted as missed while it can still be done in the
week. A week counts at most its target, and the shares are at most 1.

All of it comes from one query over the sessions in the plans' windows, with each session's
sides counted and its pressing time summed in SQL (`_counted_sessions`), whatever the history.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cached_property
from typing import Any

from django.contrib.auth.models import User
from django.db import models, transaction
from django.db.models import (
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    IntegerField,
    Q,
    Sum,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Least
from django.utils import timezone

from points.models import DOSE_LIMITS, Protocol
from sessions.models import GuidedSession, Plan, SessionStep, on_local_days

COUNTED_STATUSES = (GuidedSession.Status.COMPLETED, GuidedSession.Status.ABANDONED)
# A side counts as done when pressed at least this share of its time.
HALF = 0.5
# How far back and ahead a plan may start, from today.
START_EARLIEST_DAYS = 7
START_LATEST_DAYS = 30
# An ended plan stays on the home page (to be reviewed) this long after its last day.
REVIEW_PROMPT_DAYS = 30
# The most plans the home page shows.
HOME_PLANS = 5


# --- The interface the outcome views use -------------------------------------------------------


@dataclass(frozen=True)
class Adherence:
    sessions_done: float  # full sessions count 1, partly done sessions their share
    sessions_prescribed: int  # prescribed up to `until` (inclusive)
    seconds_pressed: int
    seconds_prescribed: int

    @property
    def session_share(self) -> float | None:
        """None when nothing is prescribed yet."""
        if not self.sessions_prescribed:
            return None
        return min(1.0, self.sessions_done / self.sessions_prescribed)

    @property
    def time_share(self) -> float | None:
        if not self.seconds_prescribed:
            return None
        return min(1.0, self.seconds_pressed / self.seconds_prescribed)


def adherence(plan: Plan, *, until: date | None = None) -> Adherence:
    """The plan's adherence up to `until` (inclusive; by default today, its end or the day it was
    stopped, whichever is first). One query."""
    return progress(plan).adherence(until=until)


def week_number(plan: Plan, day: date) -> int:
    """1 for the plan's first 7 days (0 or less before it starts, past the last week after)."""
    return (day - plan.start_date).days // 7 + 1


def weeks_in(plan: Plan) -> int:
    return week_number(plan, plan.end_date)


def current_week(plan: Plan, today: date | None = None) -> int:
    """The plan week today is in: 1 before the plan starts; once it has ended, the week of its
    last day (the day it was stopped, for a stopped plan)."""
    today = today or timezone.localdate()
    return max(1, week_number(plan, min(today, last_day(plan))))


def is_over(plan: Plan, today: date | None = None) -> bool:
    """Past its last day, or stopped."""
    today = today or timezone.localdate()
    return plan.stopped_at is not None or today > plan.end_date


# --- Starting and stopping ------------------------------------------------------------------------


class PlanExists(Exception):
    """The user already follows this routine as a plan that has not ended."""

    def __init__(self, plan: Plan) -> None:
        super().__init__(f"Plan {plan.pk} is still running.")
        self.plan = plan


def start_bounds(today: date | None = None) -> tuple[date, date]:
    today = today or timezone.localdate()
    return today - timedelta(days=START_EARLIEST_DAYS), today + timedelta(days=START_LATEST_DAYS)


def end_date_for(start_date: date, weeks: int) -> date:
    return start_date + timedelta(days=weeks * 7 - 1)


def seconds_per_session(protocol: Protocol) -> int:
    """The routine's prescribed pressing time: every step, on each of its sides."""
    return sum(step.total_seconds for step in protocol.steps.all())


def active_plan(*, user: User | int, protocol: Protocol, today: date | None = None) -> Plan | None:
    """The user's plan of this routine that has not ended (not stopped, last day not passed)."""
    today = today or timezone.localdate()
    plans = Plan.objects.filter(user=user, protocol=protocol, stopped_at=None)
    return plans.filter(end_date__gte=today).order_by("-pk").first()


def start_plan(
    *,
    user: User,
    protocol: Protocol,
    start_date: date,
    sessions_per_day: int,
    days_per_week: int,
    weeks: int,
    streaks: bool = False,
    today: date | None = None,
) -> Plan:
    """Start a plan of the routine; PlanExists if one has not ended (ValueError for a dose or
    start outside the limits: the form checks them first)."""
    for name, value in (
        ("sessions_per_day", sessions_per_day),
        ("days_per_week", days_per_week),
        ("weeks", weeks),
    ):
        low, high = DOSE_LIMITS[name]
        if not low <= value <= high:
            raise ValueError(f"{name} must be from {low} to {high}.")
    earliest, latest = start_bounds(today)
    if not earliest <= start_date <= latest:
        raise ValueError(f"The start must be from {earliest} to {latest}.")
    with transaction.atomic():
        # Serialise one user's starts, so two posts at once cannot both find no plan.
        User.objects.select_for_update().filter(pk=user.pk).values("pk").get()
        existing = active_plan(user=user, protocol=protocol, today=today)
        if existing is not None:
            raise PlanExists(existing)
        return Plan.objects.create(
            user=user,
            protocol=protocol,
            protocol_name=protocol.name,
            start_date=start_date,
            end_date=end_date_for(start_date, weeks),
            sessions_per_day=sessions_per_day,
            days_per_week=days_per_week,
            seconds_per_session=seconds_per_session(protocol),
            streaks=streaks,
        )


def stop_plan(*, plan: Plan, now: datetime | None = None) -> Plan:
    """End the plan early; stopping it again changes nothing."""
    if plan.stopped_at is None:
        now = now or timezone.now()
        Plan.objects.filter(pk=plan.pk, stopped_at=None).update(stopped_at=now)
        plan.refresh_from_db(fields=["stopped_at"])
    return plan


# --- What counts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Counted:
    """One session as it counts toward a plan."""

    pk: int
    day: date
    share: float
    seconds: int


class DayState(models.TextChoices):
    DONE = "done", "Done"
    PARTLY = "partly", "Partly done"
    NONE = "none", "No session"
    REST = "rest", "Rest day"
    TODAY = "today", "Today"
    UPCOMING = "upcoming", "Later"
    STOPPED = "stopped", "Stopped"


@dataclass(frozen=True)
class Day:
    day: date
    state: DayState
    done: int  # sessions that count on this day (at most sessions_per_day)
    target: int
    is_today: bool = False

    @property
    def label(self) -> str:
        """What the calendar says of the day, in words (never colour only)."""
        if self.state == DayState.DONE and self.target > 1:
            return f"Done: {self.done} of {self.target}"
        if self.state == DayState.PARTLY and self.done < self.target:
            return f"{self.done} of {self.target} done"
        return self.state.label


@dataclass(frozen=True)
class Week:
    number: int
    start: date
    end: date
    done: int
    target: int
    days: list[Day] = field(default_factory=list)

    @property
    def text(self) -> str:
        return f"{self.done} of {self.target}"


def _counted_sessions(plans: Sequence[Plan]) -> dict[int, list[Counted]]:
    """The sessions that count toward each plan (by plan pk), from one query."""
    if not plans:
        return {}
    performed = ~Q(steps__status=SessionStep.Status.SKIPPED)
    half_time = ExpressionWrapper(F("steps__duration_seconds") * HALF, output_field=FloatField())
    pressed = Least(
        Coalesce("steps__actual_seconds", 0),
        "steps__duration_seconds",
        output_field=IntegerField(),
    )
    rows = (
        GuidedSession.objects.filter(
            user_id__in={plan.user_id for plan in plans},
            protocol_id__in={plan.protocol_id for plan in plans},
            status__in=COUNTED_STATUSES,
            **on_local_days(
                "started_at",
                min(plan.start_date for plan in plans),
                max(plan.end_date for plan in plans),
            ),
        )
        .order_by()
        .values("pk", "user_id", "protocol_id", "status", "started_at")
        .annotate(
            steps_total=Count("steps"),
            sides=Count("steps", filter=performed),
            half=Count(
                "steps",
                filter=Q(
                    steps__status=SessionStep.Status.DONE,
                    steps__actual_seconds__gte=half_time,
                ),
            ),
            seconds=Coalesce(Sum(pressed, filter=performed), 0),
        )
    )
    by_plan: dict[int, list[Counted]] = defaultdict(list)
    for row in rows:
        day = timezone.localdate(row["started_at"])
        for plan in plans:
            if (row["user_id"], row["protocol_id"]) != (plan.user_id, plan.protocol_id):
                continue
            if not plan.start_date <= day <= last_day(plan):
                continue
            by_plan[plan.pk].append(_counted(plan, row, day))
    return by_plan


def _counted(plan: Plan, row: dict[str, Any], day: date) -> Counted:
    """How one of _counted_sessions' rows counts toward the plan."""
    pk, sides = row["pk"], row["sides"]
    if row["steps_total"] == 0:
        # A completed session with no step record counts in full, as in the see-a-doctor rule
        # (sessions.doctor): nothing says it was not done.
        done = row["status"] == GuidedSession.Status.COMPLETED
        return Counted(pk, day, 1.0 if done else 0.0, plan.seconds_per_session if done else 0)
    share = row["half"] / sides if sides else 0.0
    return Counted(pk, day, share, min(row["seconds"], plan.seconds_per_session))


def last_day(plan: Plan) -> date:
    if plan.stopped_at is None:
        return plan.end_date
    return min(plan.end_date, timezone.localdate(plan.stopped_at))


def _checked_in_weeks(plans: Sequence[Plan]) -> dict[int, set[int]]:
    """Each plan's weeks with a check-in; the check-ins stay prefetched on the plans, for the
    page that lists them (one query, none if they were prefetched already)."""
    prefetch_related_objects(list(plans), "check_ins")
    return {plan.pk: {check_in.week for check_in in plan.check_ins.all()} for plan in plans}


class PlanProgress:
    """What the pages show of one plan, as of `today`, from the sessions that count."""

    def __init__(
        self,
        plan: Plan,
        sessions: Iterable[Counted],
        *,
        today: date,
        checked_in: set[int] | None = None,
    ) -> None:
        self.plan = plan
        self.today = today
        self.checked_in_weeks = checked_in
        self.last_day = last_day(plan)
        by_day: dict[date, list[Counted]] = defaultdict(list)
        for session in sessions:
            by_day[session.day].append(session)
        # At most sessions_per_day a day: the ones that count most.
        self.by_day = {
            day: sorted(found, key=lambda s: (-s.share, -s.seconds, s.pk))[: plan.sessions_per_day]
            for day, found in by_day.items()
        }

    # The plan's state.

    @property
    def is_over(self) -> bool:
        return is_over(self.plan, self.today)

    @property
    def has_started(self) -> bool:
        return self.today >= self.plan.start_date

    @property
    def is_running(self) -> bool:
        return self.has_started and not self.is_over

    @property
    def weeks_total(self) -> int:
        return weeks_in(self.plan)

    @property
    def week_number(self) -> int:
        return current_week(self.plan, self.today)

    @property
    def check_in_due(self) -> bool:
        """Running, and this week has no check-in yet (False unless the check-ins were read:
        progress(check_ins=True))."""
        if self.checked_in_weeks is None:
            return False
        return self.is_running and self.week_number not in self.checked_in_weeks

    @property
    def review_due(self) -> bool:
        return self.is_over and self.plan.reviewed_at is None

    # Today and this week.

    def sessions_on(self, day: date) -> list[Counted]:
        return self.by_day.get(day, [])

    def done_on(self, day: date) -> int:
        """Sessions that count on the day: any side pressed (at most sessions_per_day)."""
        return sum(1 for session in self.sessions_on(day) if session.share > 0)

    @property
    def today_done(self) -> int:
        return self.done_on(self.today)

    @property
    def today_text(self) -> str:
        return f"Today: {self.today_done} of {self.plan.sessions_per_day} done"

    @property
    def today_complete(self) -> bool:
        return self.today_done >= self.plan.sessions_per_day

    @cached_property
    def weeks(self) -> list[Week]:
        """Every week of the plan with its days, for the calendar."""
        return [self._week(number) for number in range(1, self.weeks_total + 1)]

    @property
    def week(self) -> Week:
        return self.weeks[self.week_number - 1]

    @property
    def week_text(self) -> str:
        """ "1 of 7 this week" """
        return f"{self.week.text} this week"

    @property
    def week_target_met(self) -> bool:
        return self.week.done >= self.week.target

    def _week_span(self, number: int) -> tuple[date, date, int]:
        start = self.plan.start_date + timedelta(days=7 * (number - 1))
        end = min(start + timedelta(days=6), self.plan.end_date)
        days = (end - start).days + 1
        return start, end, min(self.plan.days_per_week, days)

    def _week(self, number: int) -> Week:
        start, end, days_needed = self._week_span(number)
        per_day = self.plan.sessions_per_day
        target = days_needed * per_day
        rest_allowed = (end - start).days + 1 - days_needed
        days: list[Day] = []
        done = 0
        for offset in range((end - start).days + 1):
            day = start + timedelta(days=offset)
            count = self.done_on(day)
            full = count >= per_day and all(s.share >= 1 for s in self.sessions_on(day))
            is_today = day == self.today
            if day > self.last_day and self.plan.stopped_at is not None:
                state = DayState.STOPPED
            elif day > self.today:
                state = DayState.UPCOMING
            elif full:
                state = DayState.DONE
            elif count:
                state = DayState.PARTLY
            elif is_today:
                state = DayState.REST if done >= target else DayState.TODAY
            elif rest_allowed > 0:
                # A week may leave (7 - days a week) days free: the first empty ones are rest.
                rest_allowed -= 1
                state = DayState.REST
            else:
                state = DayState.NONE
            if day <= self.today:
                done += count
            days.append(Day(day, state, count, per_day, is_today))
        return Week(number, start, end, min(done, target), target, days)

    # Adherence and streak.

    def adherence(self, *, until: date | None = None) -> Adherence:
        until = min(until or self.today, self.plan.end_date, self.last_day)
        per_day, per_session = self.plan.sessions_per_day, self.plan.seconds_per_session
        prescribed = 0
        done = 0.0
        seconds = 0
        for number in range(1, self.weeks_total + 1):
            start, end, days_needed = self._week_span(number)
            if until < start:
                break
            elapsed = (min(until, end) - start).days + 1
            rest_allowed = (end - start).days + 1 - days_needed
            prescribed += max(0, elapsed - rest_allowed) * per_day
            counted = [
                session
                for offset in range(elapsed)
                for session in self.sessions_on(start + timedelta(days=offset))
            ]
            done += min(sum(s.share for s in counted), days_needed * per_day)
            seconds += min(sum(s.seconds for s in counted), days_needed * per_day * per_session)
        return Adherence(
            sessions_done=min(done, prescribed),
            sessions_prescribed=prescribed,
            seconds_pressed=min(seconds, prescribed * per_session),
            seconds_prescribed=prescribed * per_session,
        )

    def adherence_so_far(self) -> Adherence:
        """Adherence up to yesterday, and today once today's sessions are done: the page does
        not count today as short while it can still be done."""
        if self.today_complete:
            return self.adherence()
        return self.adherence(until=self.today - timedelta(days=1))

    @property
    def so_far(self) -> str:
        """Up to when adherence_so_far counts, in words."""
        return "so far" if self.today_complete or not self.is_running else "up to yesterday"

    @cached_property
    def streak(self) -> int | None:
        """Days in a row with a session, up to today (None unless the user turned streaks on).
        Rest days and today, while it can still be done, keep it going."""
        if not self.plan.streaks:
            return None
        states = {day.day: day.state for week in self.weeks for day in week.days}
        count = 0
        day = min(self.today, self.last_day)
        while day >= self.plan.start_date:
            if self.done_on(day):
                count += 1
            elif states.get(day) not in (DayState.REST, DayState.TODAY):
                break
            day -= timedelta(days=1)
        return count


def progress(plan: Plan, *, today: date | None = None, check_ins: bool = False) -> PlanProgress:
    """The plan's progress as of today: one query, and one more for its check-ins if asked."""
    return progress_for([plan], today=today, check_ins=check_ins)[0]


def progress_for(
    plans: Sequence[Plan], *, today: date | None = None, check_ins: bool = False
) -> list[PlanProgress]:
    """Each plan's progress, from one query for all of them (and one for their check-ins)."""
    today = today or timezone.localdate()
    sessions = _counted_sessions(plans)
    weeks = _checked_in_weeks(plans) if check_ins else None
    return [
        PlanProgress(
            plan,
            sessions.get(plan.pk, []),
            today=today,
            checked_in=None if weeks is None else weeks.get(plan.pk, set()),
        )
        for plan in plans
    ]


def home_plans(*, user: User, today: date | None = None) -> list[PlanProgress]:
    """The plans the home page shows: running or about to start, and those that ended on their
    date in the last REVIEW_PROMPT_DAYS days and wait for their review. Three queries."""
    today = today or timezone.localdate()
    plans = Plan.objects.filter(user=user, stopped_at=None).filter(
        Q(end_date__gte=today)
        | Q(reviewed_at=None, end_date__gte=today - timedelta(days=REVIEW_PROMPT_DAYS))
    )
    plans = plans.select_related("protocol").order_by("end_date", "pk")[:HOME_PLANS]
    return progress_for(list(plans), today=today, check_ins=True)
