import math
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.validators import MaxValueValidator
from django.db import models, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import (
    Case,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, Floor, Greatest, Least
from django.db.models.sql.compiler import SQLCompiler
from django.urls import reverse
from django.utils import timezone

from points.models import Complaint, Protocol, ProtocolVersion

PAIN_VALIDATORS = [MaxValueValidator(10)]

# Seconds between pressing Start and the pressing time beginning: time to place the fingers.
GET_READY_SECONDS = 5

# A side's logged pressing time is capped at its duration plus this: a phone put down with the
# timer running must not log hours of pressing.
OVERTIME_LIMIT_SECONDS = 5 * 60

# A session still in progress this long after it started was left open: it is closed as
# abandoned the next time the user's sessions in progress are read (GuidedSession.objects.
# close_stale), keeping the sides done.
STALE_AFTER = timedelta(hours=12)
STALE_REASON = "Left open for over 12 hours, so it was closed; the sides you did are kept."


def on_local_days(field: str, start: date | None, end: date | None) -> dict[str, datetime]:
    """Lookups for a datetime `field` on the local days start..end (None: no bound)."""
    zone = timezone.get_current_timezone()
    bounds = {}
    if start is not None:
        bounds[f"{field}__gte"] = datetime.combine(start, time.min, tzinfo=zone)
    if end is not None:
        bounds[f"{field}__lt"] = datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone)
    return bounds


# The body part named with the side of a step: "Left hand", "Right ankle".
BODY_PART = {
    "hand": "hand",
    "foot": "foot",
    "ankle": "ankle",
    "knee": "knee",
    "hip": "hip",
    "forearm": "wrist",
    "head": "head",
    "abdomen": "belly",
}


# All the pages of a session in progress show of it. Those pages (and every step action) read the
# session along with its steps, in one query, whose cost grows with each column it reads (far
# more than with its few rows): the whole session with its protocol and complaint made the step
# page, the app's busiest, measurably slower. A page that shows another field pays one query to
# load it, which the step pages' query-count tests (tests/test_sessions_views.py) catch.
IN_PROGRESS_FIELDS = (
    "user",
    "status",
    "protocol_name",
    "complaint_name",
    "started_at",
    "pain_before",
    "complaint",  # the id: the finish form, shown once, loads the complaint's rating words
    "doctor_reasons",
    "safety_notes",
    "hands_free",
    "protocol",
    "protocol__doctor_severe_pain",
)


class GuidedSessionQuerySet(models.QuerySet["GuidedSession"]):
    def for_user(self, user: User | int) -> "GuidedSessionQuerySet":
        return self.filter(user=user)

    def completed(self) -> "GuidedSessionQuerySet":
        return self.filter(status=GuidedSession.Status.COMPLETED)

    def in_progress(self) -> "GuidedSessionQuerySet":
        return self.filter(status=GuidedSession.Status.IN_PROGRESS)

    def complaints_logged_by(self, user: User) -> QuerySet[Complaint]:
        """The complaints this user has completed at least one session for."""
        return Complaint.objects.filter(pk__in=self.completed().for_user(user).values("complaint"))

    def stale(self, now: datetime) -> "GuidedSessionQuerySet":
        """Sessions in progress that were left open: started over STALE_AFTER before `now`."""
        return self.in_progress().filter(started_at__lt=now - STALE_AFTER)

    def with_position(self) -> "GuidedSessionQuerySet":
        """Annotated with where each session stands, in the same query: its current step's
        `current_number`, `current_side` and `current_region` (None once every side is done) and
        the routine's `step_total`."""
        steps = SessionStep.objects.filter(session=OuterRef("pk"))
        current = steps.filter(status=SessionStep.Status.PENDING).order_by("position")
        total = steps.order_by().values("session").annotate(total=Max("number")).values("total")
        return self.annotate(
            current_number=Subquery(current.values("number")[:1]),
            current_side=Subquery(current.values("side")[:1]),
            current_region=Subquery(current.values("point_region")[:1]),
            step_total=Subquery(total),
        )


# django-stubs types a `from_queryset()` manager only when it is assigned at module level; as a
# base class written inline it is an "Unsupported dynamic base class".
_GuidedSessionManagerBase = models.Manager.from_queryset(GuidedSessionQuerySet)


class SecondsBetween(models.Func):
    """`later` - `earlier` (datetimes) in seconds, as a float: for an UPDATE's SQL."""

    template = "EXTRACT(EPOCH FROM (%(expressions)s))"
    arg_joiner = " - "
    output_field = models.FloatField()

    def __init__(self, later: Any, earlier: Any) -> None:
        super().__init__(later, earlier)

    def as_sqlite(
        self, compiler: SQLCompiler, connection: BaseDatabaseWrapper, **extra_context: Any
    ) -> tuple[str, Any]:
        # julianday() counts days; rounded to the millisecond against its float error.
        template = "ROUND((julianday(%(expressions)s)) * 86400.0, 3)"
        return self.as_sql(
            compiler, connection, template=template, arg_joiner=") - julianday(", **extra_context
        )


class GuidedSessionManager(_GuidedSessionManagerBase):
    def close_stale(self, *, user: User | int, now: datetime | None = None) -> int:
        """Close the user's sessions left open (`stale`) as abandoned, keeping the sides done:
        each one's current side has its timer stopped, its time capped as a Next would. One
        UPDATE of the steps and one of the sessions, however many there are; returns how many
        sessions were closed."""
        now = now or timezone.now()
        stale = self.for_user(user).stale(now)
        first_pending = SessionStep.objects.filter(
            session=OuterRef("session"), status=SessionStep.Status.PENDING
        ).order_by("position")
        moment = models.Value(now, output_field=models.DateTimeField())
        pressed = ExpressionWrapper(
            SecondsBetween(Coalesce("paused_at", moment), "started_at")
            - F("paused_seconds")
            - GET_READY_SECONDS,
            output_field=models.FloatField(),
        )
        longest = F("duration_seconds") + OVERTIME_LIMIT_SECONDS
        capped = Greatest(
            Value(0.0),
            Least(Floor(pressed), longest, output_field=models.FloatField()),
            output_field=models.FloatField(),
        )
        with transaction.atomic():
            # Steps first: the sessions' UPDATE takes them out of `stale`.
            SessionStep.objects.filter(
                session__in=stale,
                status=SessionStep.Status.PENDING,
                ended_at__isnull=True,
                position=Subquery(first_pending.values("position")[:1]),
            ).update(
                ended_at=moment,
                paused_at=None,
                paused_seconds=F("paused_seconds")
                + Coalesce(SecondsBetween(moment, "paused_at"), Value(0.0)),
                actual_seconds=Case(
                    When(started_at__isnull=True, then=F("actual_seconds")),
                    default=Cast(capped, models.IntegerField()),
                    output_field=models.IntegerField(),
                ),
            )
            return stale.update(
                status=GuidedSession.Status.ABANDONED, finished_at=now, stop_reason=STALE_REASON
            )

    def resumable(
        self, *, user: User, limit: int, now: datetime | None = None
    ) -> list["GuidedSession"]:
        """The user's latest sessions in progress (at most `limit`), each `with_position`; the
        stale ones among them are closed (close_stale) and left out. No query more than the
        list's unless one is stale."""
        now = now or timezone.now()
        sessions = list(self.for_user(user).in_progress().with_position()[:limit])
        fresh = [session for session in sessions if session.started_at >= now - STALE_AFTER]
        if len(fresh) < len(sessions):
            # Newest first: the fresh ones come before every stale one, the ones after the
            # limit included, so `fresh` is still the latest `limit` once those are closed.
            self.close_stale(user=user, now=now)
        for session in fresh:
            session.position_label = session.where_it_stands()
        return fresh

    def with_steps(self, *, pk: int, user: User) -> tuple["GuidedSession", list["SessionStep"]]:
        """The user's session and its steps in order; GuidedSession.DoesNotExist if the session
        is not theirs (or does not exist). One query for a session in progress; an ended one's
        page shows its whole record, read in a second query."""
        steps = list(
            SessionStep.objects.filter(session_id=pk, session__user_id=user.pk).with_session()
        )
        if steps and steps[0].session.is_in_progress:
            session = steps[0].session
        else:  # ended, or stopped at the safety check (no steps)
            session = self.select_related("complaint", "protocol").get(pk=pk, user=user)
        for step in steps:
            step.session = session
        return session, steps


class GuidedSession(models.Model):
    """One run of a protocol by one user, with a snapshot of everything it ran."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in_progress", "In progress"
        COMPLETED = "completed", "Completed"
        ABANDONED = "abandoned", "Abandoned"
        SEEK_CARE = "seek_care", "Stopped: seek medical care"
        NOT_STARTED = "not_started", "Not started: no step was safe"

    class Side(models.TextChoices):
        LEFT = "left", "Left"
        RIGHT = "right", "Right"
        BOTH = "both", "Both"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="guided_sessions"
    )
    # PROTECT: the catalog cannot delete what a logged session ran (staff set it to draft).
    protocol = models.ForeignKey(
        Protocol, on_delete=models.PROTECT, null=True, blank=True, related_name="sessions"
    )
    protocol_version = models.ForeignKey(
        ProtocolVersion, on_delete=models.PROTECT, null=True, blank=True, related_name="sessions"
    )
    version_number = models.PositiveIntegerField(
        null=True, blank=True, help_text="The protocol version this session ran."
    )
    complaint = models.ForeignKey(
        Complaint, on_delete=models.PROTECT, null=True, blank=True, related_name="sessions"
    )
    protocol_name = models.CharField(max_length=120)
    complaint_name = models.CharField(max_length=80)
    start_token = models.UUIDField(
        default=uuid.uuid4, unique=True, help_text="Makes a repeated start post harmless."
    )
    status = models.CharField(max_length=12, choices=Status, default=Status.IN_PROGRESS)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    pain_before = models.PositiveSmallIntegerField(null=True, validators=PAIN_VALIDATORS)
    pain_after = models.PositiveSmallIntegerField(null=True, blank=True, validators=PAIN_VALIDATORS)
    pain_side = models.CharField(max_length=5, choices=Side, blank=True)
    pain_areas = models.JSONField(default=list, blank=True)
    pain_feelings = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    red_flag_answers = models.JSONField(
        default=list, help_text="[{question, tier, advice, answer}] as asked."
    )
    contraindication_answers = models.JSONField(
        default=list, help_text="[{name, question, action, message, answer}] as asked."
    )
    stop_reason = models.TextField(blank=True, help_text="Why the session did not run.")
    safety_notes = models.JSONField(
        default=list,
        blank=True,
        help_text="[{question, advice}] the safety check left for every step to show: a "
        '"see your doctor" yes, and what a caution answered yes says once.',
    )
    hands_free = models.BooleanField(
        default=False,
        help_text="Hands-free: each side ends and the next starts by itself, with voice guidance. "
        "A new session takes the user's latest choice.",
    )
    doctor_reasons = models.JSONField(
        default=list,
        blank=True,
        help_text="The see-a-doctor reasons from the user's log when the session started "
        "(sessions.doctor.DoctorReason as dicts): the step pages show them without the rule.",
    )

    objects = GuidedSessionManager()

    # Not columns: sessions.reports.with_step_facts() sets them on a page of sessions.
    seconds_spent: int
    skipped_points: list[str]
    # Set by GuidedSession.objects.resumable(): where_it_stands().
    position_label: str

    class Meta:
        ordering = ["-started_at"]
        indexes = [
            models.Index(fields=["user", "-started_at"], name="session_user_started"),
            models.Index(
                fields=["user", "complaint", "status", "-finished_at"], name="session_user_trend"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.protocol_name} ({self.started_at:%Y-%m-%d %H:%M})"

    def get_absolute_url(self) -> str:
        return reverse("sessions:detail", args=[self.pk])

    @property
    def is_in_progress(self) -> bool:
        return self.status == self.Status.IN_PROGRESS

    def current_step(self) -> "SessionStep | None":
        """The first step not done yet (None once every step is done or skipped)."""
        return self.steps.filter(status=SessionStep.Status.PENDING).first()

    def where_it_stands(self) -> str:
        """ "Step 3 of 8 · Right knee", from the annotations of `with_position()`."""
        number, total = getattr(self, "current_number", None), getattr(self, "step_total", None)
        if number is None:
            return "Every side done: how is it now?"
        side = SessionStep(
            side=getattr(self, "current_side", ""), point_region=getattr(self, "current_region", "")
        )
        return f"Step {number} of {total} · {side.side_label}"

    @property
    def pain_change(self) -> int | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    @property
    def seek_care_flags(self) -> list[dict]:
        return [answer for answer in self.red_flag_answers if answer["answer"]]

    @property
    def severe_pain_threshold(self) -> int:
        return (self.protocol or Protocol()).doctor_severe_pain

    @property
    def is_rated(self) -> bool:
        """Completed, with the finish and both ratings that Rated.of reads."""
        rated = None not in (self.finished_at, self.pain_before, self.pain_after)
        return self.status == self.Status.COMPLETED and rated

    @property
    def started_in_severe_pain(self) -> bool:
        return self.pain_before is not None and self.pain_before >= self.severe_pain_threshold

    @property
    def is_emergency(self) -> bool:
        return any(flag["tier"] == "emergency" for flag in self.seek_care_flags)


@dataclass(frozen=True)
class Rated:
    """A finished session's ratings, typed as set. The columns may be empty, but not in a
    completed session (session_finish sets all three), which is what the doctor rule and the
    charts read."""

    pk: int
    finished_at: datetime
    before: int
    after: int

    @classmethod
    def of(cls, session: GuidedSession) -> "Rated":
        """The session's finish and ratings; ValueError if one is missing."""
        finished_at, before, after = session.finished_at, session.pain_before, session.pain_after
        if finished_at is None or before is None or after is None:
            raise ValueError(f"Session {session.pk} is not finished and rated.")
        return cls(pk=session.pk, finished_at=finished_at, before=before, after=after)


@dataclass(frozen=True)
class TimerState:
    """Where a step's countdown stands at one moment; the browser redraws it from these."""

    started: bool
    paused: bool
    finished: bool
    ready_left: int
    remaining: int
    pressed_seconds: int
    ready_total: int = GET_READY_SECONDS  # the get-ready the script counts down, as the server


class SessionStepQuerySet(models.QuerySet["SessionStep"]):
    def with_session(self) -> "SessionStepQuerySet":
        """Steps with what the pages of a session in progress show of their session (and of
        its protocol): IN_PROGRESS_FIELDS."""
        own = [field.name for field in SessionStep._meta.concrete_fields]
        session = [f"session__{name}" for name in IN_PROGRESS_FIELDS]
        return self.select_related("session__protocol").only(*own, *session)


class SessionStep(models.Model):
    """One timed side of one protocol step (a two-sided step is two rows), or a skipped step."""

    class Status(models.TextChoices):
        PENDING = "pending", "Not done yet"
        DONE = "done", "Done"
        # Ended (Next) with under doctor.PRESSED_SECONDS pressed: passed, but not pressed.
        UNPRESSED = "unpressed", "Not pressed"
        SKIPPED = "skipped", "Skipped"

    class Side(models.TextChoices):
        LEFT = "left", "Left"
        RIGHT = "right", "Right"
        MIDLINE = "midline", "Midline"

    class Comfort(models.TextChoices):
        COMFORTABLE = "comfortable", "Comfortable"
        TENDER = "tender", "Tender but good"
        TOO_PAINFUL = "too_painful", "Too painful"

    session = models.ForeignKey(GuidedSession, on_delete=models.CASCADE, related_name="steps")
    position = models.PositiveSmallIntegerField(help_text="Order within the session, from 0.")
    number = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Step number shown to the user; empty when skipped."
    )
    point_code = models.CharField(max_length=12)
    point_name = models.CharField(max_length=40)
    point_slug = models.CharField(max_length=20)
    point_region = models.CharField(max_length=12)
    how_to_find = models.TextField()
    side = models.CharField(max_length=7, choices=Side)
    duration_seconds = models.PositiveSmallIntegerField()
    pressure = models.CharField(max_length=40)
    motion = models.CharField(max_length=60)
    fingers = models.CharField(max_length=100)
    instructions = models.TextField(blank=True)
    caution = models.TextField(blank=True, help_text="Cautions that apply to this user.")
    skip_reason = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    started_at = models.DateTimeField(null=True, blank=True)
    paused_at = models.DateTimeField(null=True, blank=True)
    paused_seconds = models.FloatField(default=0)
    ended_at = models.DateTimeField(null=True, blank=True)
    actual_seconds = models.PositiveIntegerField(
        null=True, blank=True, help_text="Time spent pressing, without the get-ready and pauses."
    )
    comfort = models.CharField(max_length=12, choices=Comfort, blank=True)

    objects = SessionStepQuerySet.as_manager()

    class Meta:
        ordering = ["position"]
        constraints = [
            models.UniqueConstraint(fields=["session", "position"], name="unique_session_position")
        ]

    def __str__(self) -> str:
        return f"{self.point_code} {self.side}"

    @property
    def has_ended(self) -> bool:
        """Passed with Next, pressed or not."""
        return self.status in ENDED_STATUSES

    @property
    def longest_logged_seconds(self) -> int:
        return self.duration_seconds + OVERTIME_LIMIT_SECONDS

    @property
    def side_label(self) -> str:
        part = BODY_PART.get(self.point_region, "leg")
        if self.side == self.Side.MIDLINE:
            return f"Middle of the {part}"
        if self.point_region == "head":  # "Left side of the head", not "Left head"
            return f"{self.side.capitalize()} side of the head"
        return {"left": f"Left {part}", "right": f"Right {part}"}.get(self.side, f"Both {part}s")

    def timer(self, now: datetime) -> TimerState:
        """The countdown at `now`, from the stored start and pauses only."""
        if self.started_at is None:
            return TimerState(False, False, False, GET_READY_SECONDS, self.duration_seconds, 0)
        until = self.ended_at or self.paused_at or now
        # Negative while a hands-free next-up pause runs (services.step_advance).
        since_start = (until - self.started_at).total_seconds() - self.paused_seconds
        pressing = max(0.0, since_start - GET_READY_SECONDS)
        return TimerState(
            started=True,
            paused=self.paused_at is not None and self.ended_at is None,
            finished=pressing >= self.duration_seconds,
            ready_left=max(0, math.ceil(GET_READY_SECONDS - since_start)),
            remaining=max(0, math.ceil(self.duration_seconds - pressing)),
            pressed_seconds=int(pressing),
        )


# A side that was passed with Next: pressed (done) or not.
ENDED_STATUSES = (SessionStep.Status.DONE, SessionStep.Status.UNPRESSED)


PGIC_CHOICES = [
    (1, "Very much improved"),
    (2, "Much improved"),
    (3, "Minimally improved"),
    (4, "No change"),
    (5, "Minimally worse"),
    (6, "Much worse"),
    (7, "Very much worse"),
]


class Plan(models.Model):
    """A user's course of one routine: its dose (as the routine gives it, adjustable within
    points.models.DOSE_LIMITS) from a start date to an end date. The sessions that count are the
    user's sessions of that routine on the plan's days (sessions.plans)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plans"
    )
    protocol = models.ForeignKey(Protocol, on_delete=models.PROTECT, related_name="plans")
    protocol_name = models.CharField(max_length=120)
    start_date = models.DateField()
    end_date = models.DateField(help_text="The plan's last day.")
    sessions_per_day = models.PositiveSmallIntegerField()
    days_per_week = models.PositiveSmallIntegerField()
    # Prescribed pressing time per session, from the routine's steps when the plan started.
    seconds_per_session = models.PositiveIntegerField()
    streaks = models.BooleanField(
        default=False, help_text="Show a streak count (off unless asked)."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    stopped_at = models.DateTimeField(null=True, blank=True, help_text="Ended early by the user.")
    # The end-of-plan review.
    pgic = models.PositiveSmallIntegerField(
        "overall change since the plan began", null=True, blank=True, choices=PGIC_CHOICES
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-start_date", "-pk"]
        indexes = [models.Index(fields=["user", "-start_date"], name="plan_user_start")]

    def __str__(self) -> str:
        return f"{self.protocol_name} from {self.start_date}"

    def get_absolute_url(self) -> str:
        return reverse("sessions:plan", args=[self.pk])


class CheckIn(models.Model):
    """A weekly outcome score in a plan: PEG for pain (Krebs et al. 2009: three 0-10 items,
    the score is their mean), otherwise one 0-10 rating in the complaint's own words."""

    class Kind(models.TextChoices):
        PEG = "peg", "PEG pain scale"
        RATING = "rating", "0-10 rating"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="check_ins")
    week = models.PositiveSmallIntegerField(help_text="Week of the plan, from 1.")
    kind = models.CharField(max_length=6, choices=Kind)
    pain_average = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=PAIN_VALIDATORS
    )
    enjoyment = models.PositiveSmallIntegerField(null=True, blank=True, validators=PAIN_VALIDATORS)
    activity = models.PositiveSmallIntegerField(null=True, blank=True, validators=PAIN_VALIDATORS)
    rating = models.PositiveSmallIntegerField(null=True, blank=True, validators=PAIN_VALIDATORS)
    score = models.FloatField(help_text="The PEG mean, or the rating.")
    answered_at = models.DateTimeField()

    class Meta:
        ordering = ["plan", "week"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "week"], name="unique_check_in_per_week")
        ]

    def __str__(self) -> str:
        return f"{self.plan} week {self.week}: {self.score:g}"


class ShareLink(models.Model):
    """A link the user gave someone (a clinician) to read one report, until it expires or the
    user withdraws it. Only the SHA-256 of its token is kept (sessions/shares.py)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="share_links"
    )
    token_hash = models.CharField(
        max_length=64, unique=True, help_text="SHA-256 (hex) of the token in the link."
    )
    form_token = models.UUIDField(
        null=True,
        blank=True,
        help_text="The create form's one-time id: posting the form again makes no second link.",
    )
    label = models.CharField(max_length=80, blank=True, help_text='Who it is for: "Dr Lee".')
    # PROTECT, not SET_NULL: null means "all complaints", so a deleted complaint would widen a
    # link to everything the user logged. A catalog complaint with shares cannot be deleted.
    complaint = models.ForeignKey(
        Complaint,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="share_links",
        help_text="Empty: all complaints.",
    )
    start = models.DateField(help_text="First day of the report period (the user's zone).")
    end = models.DateField(help_text="Last day of the report period.")
    include_notes = models.BooleanField(default=True)
    include_safety = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_opened_at = models.DateTimeField(null=True, blank=True)
    open_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "form_token"], name="share_link_form_token_once_per_user"
            )
        ]

    def __str__(self) -> str:
        return f"Share link {self.pk} ({self.label or 'no label'})"

    @property
    def status(self) -> str:
        """The link's state: "withdrawn", "expired" or "active"."""
        if self.revoked_at is not None:
            return "withdrawn"
        if self.expires_at <= timezone.now():
            return "expired"
        return "active"


class ShareOpen(models.Model):
    """One opening of a share link, for the user's list. Deliberately no IP address and no user
    agent: what the server may log about visitors is the access log's policy (off by default,
    config/gunicorn.conf.py), not the app's."""

    class What(models.TextChoices):
        PAGE = "page", "Page"
        PDF = "pdf", "PDF"

    link = models.ForeignKey(ShareLink, on_delete=models.CASCADE, related_name="opens")
    opened_at = models.DateTimeField(default=timezone.now)
    what = models.CharField(max_length=4, choices=What.choices)

    class Meta:
        ordering = ["-opened_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_what_display()} opened {self.opened_at:%Y-%m-%d %H:%M}"
