"""What a user's log says: history lists, insights, the pain trend, reports and exports."""

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Avg, Count, Q, QuerySet, Sum
from django.utils import timezone

from points.models import Complaint, Protocol
from sessions.models import GuidedSession, SessionStep

TREND_LENGTH = 30


def user_sessions(*, user: AbstractBaseUser) -> QuerySet:
    return GuidedSession.objects.filter(user=user)


def with_step_facts(sessions: list[GuidedSession]) -> list[GuidedSession]:
    """Attach time spent and skipped steps to one page of sessions, in two queries."""
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


@dataclass(frozen=True)
class ProtocolAverage:
    name: str
    sessions: int
    average_change: float


def insights(*, user: AbstractBaseUser, now: datetime | None = None) -> dict:
    """Sessions this week and the average pain change per protocol, computed in the database."""
    now = now or timezone.now()
    week_start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    week_start -= timedelta(days=week_start.weekday())
    completed = GuidedSession.objects.completed().filter(user=user)
    averages = (
        completed.values("protocol_name")
        .annotate(sessions=Count("pk"), change=Avg("pain_after") - Avg("pain_before"))
        .order_by("-sessions", "protocol_name")
    )
    return {
        "this_week": completed.filter(finished_at__gte=week_start).count(),
        "averages": [
            ProtocolAverage(row["protocol_name"], row["sessions"], row["change"])
            for row in averages
        ],
    }


def trend(*, user: AbstractBaseUser, complaint: Complaint, length: int = TREND_LENGTH) -> list:
    """The latest completed sessions for a complaint, oldest first."""
    latest = (
        GuidedSession.objects.completed()
        .filter(user=user, complaint=complaint)
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
        return _short_day(self.points[0].session.finished_at) if self.points else ""

    @property
    def last_label(self) -> str:
        return _short_day(self.points[-1].session.finished_at) if self.points else ""


def pain_chart(sessions: list[GuidedSession], *, severe: int = 8) -> Chart:
    """Geometry for an SVG of pain before and after each session (0–10 on the y axis)."""
    width, height, left, right, top, bottom = 340, 200, 28, 10, 10, 26
    plot_w, plot_h = width - left - right, height - top - bottom

    def y(value: int) -> float:
        return top + plot_h * (1 - value / 10)

    count = len(sessions)
    step = plot_w / (count - 1) if count > 1 else 0
    points = [
        ChartPoint(
            x=left + (index * step if count > 1 else plot_w / 2),
            y_before=y(session.pain_before),
            y_after=y(session.pain_after),
            session=session,
        )
        for index, session in enumerate(sessions)
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


# --- Report for a clinician ---------------------------------------------------------------------


REPORT_ROWS = 40


def report(*, user: AbstractBaseUser, complaint: Complaint, start: date, end: date) -> dict:
    """Everything a clinician needs about one complaint over a period, on one or two pages."""
    tz = timezone.get_current_timezone()
    sessions = GuidedSession.objects.filter(
        user=user,
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
    rows = with_step_facts(list(sessions.order_by("-started_at")[:REPORT_ROWS]))
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
        "totals": totals,
        "rows": rows,
        "chart": pain_chart(completed) if completed else None,
        "answers": sorted(answers.items(), key=lambda item: (-item[1]["yes"], item[0])),
        "skipped": list(skipped),
    }


# --- Exports ------------------------------------------------------------------------------------

CSV_FIELDS = [
    "id",
    "started_at",
    "finished_at",
    "status",
    "complaint",
    "protocol",
    "protocol_version",
    "pain_before",
    "pain_after",
    "pain_change",
    "pain_side",
    "pain_areas",
    "pain_feelings",
    "seconds_spent",
    "skipped",
    "red_flags_yes",
    "contraindications_yes",
    "note",
]


def _session_record(session: GuidedSession) -> dict:
    steps = list(session.steps.all())
    return {
        "id": session.pk,
        "started_at": session.started_at.isoformat(),
        "finished_at": session.finished_at.isoformat() if session.finished_at else None,
        "status": session.status,
        "complaint": session.complaint_name,
        "protocol": session.protocol_name,
        "protocol_version": session.version_number,
        "pain_before": session.pain_before,
        "pain_after": session.pain_after,
        "pain_change": session.pain_change,
        "pain_side": session.pain_side,
        "pain_areas": session.pain_areas,
        "pain_feelings": session.pain_feelings,
        "seconds_spent": sum(step.actual_seconds or 0 for step in steps),
        "skipped": [step.skip_reason for step in steps if step.status == "skipped"],
        "red_flags_yes": [a["question"] for a in session.red_flag_answers if a["answer"]],
        "contraindications_yes": [
            a["question"] for a in session.contraindication_answers if a["answer"]
        ],
        "note": session.note,
        "red_flag_answers": session.red_flag_answers,
        "contraindication_answers": session.contraindication_answers,
        "steps": [
            {
                "point": step.point_code,
                "name": step.point_name,
                "side": step.side,
                "status": step.status,
                "planned_seconds": step.duration_seconds,
                "actual_seconds": step.actual_seconds,
                "comfort": step.comfort,
                "caution": step.caution,
                "skip_reason": step.skip_reason,
            }
            for step in steps
        ],
    }


def _records(user: AbstractBaseUser) -> Iterator[dict]:
    sessions = user_sessions(user=user).order_by("started_at").prefetch_related("steps")
    for session in sessions.iterator(chunk_size=500):
        yield _session_record(session)


def csv_rows(*, user: AbstractBaseUser) -> Iterator[str]:
    """The user's sessions as CSV lines, one session per row, streamed."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")

    def flush() -> str:
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return value

    writer.writeheader()
    yield flush()
    for record in _records(user):
        for key in ("pain_areas", "pain_feelings", "skipped", "red_flags_yes"):
            record[key] = "; ".join(record[key])
        record["contraindications_yes"] = "; ".join(record["contraindications_yes"])
        writer.writerow(record)
        yield flush()


def json_chunks(*, user: AbstractBaseUser) -> Iterator[str]:
    """All the user's data as one JSON document, streamed session by session."""
    head = {"user": user.get_username(), "exported_at": timezone.now().isoformat()}
    yield json.dumps(head)[:-1] + ', "sessions": ['
    for index, record in enumerate(_records(user)):
        yield ("," if index else "") + json.dumps(record, ensure_ascii=False)
    yield "]}"


# --- Reminders ----------------------------------------------------------------------------------

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def reminder_calendar(
    *,
    protocol: Protocol,
    days: list[str],
    at: time,
    zone: str,
    url: str,
    minutes: int,
    today: date | None = None,
) -> bytes:
    """An .ics file with one weekly recurring event on the chosen days, in the user's zone."""
    tz = ZoneInfo(zone)
    today = today or timezone.localdate(timezone=tz)
    first = next(
        today + timedelta(days=offset)
        for offset in range(7)
        if WEEKDAYS[(today + timedelta(days=offset)).weekday()] in days
    )
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Acupressure self-care//Reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", f"reminder-{protocol.slug}-{'-'.join(days)}-{at:%H%M}@acupressure")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", datetime.combine(first, at, tzinfo=tz))
    event.add("duration", timedelta(minutes=minutes))
    event.add("rrule", {"freq": "weekly", "byday": [d for d in WEEKDAYS if d in days]})
    event.add("summary", f"Acupressure: {protocol.name}")
    event.add(
        "description",
        f"Time for your {protocol.name.lower()}. Open it here: {url}\n"
        "Acupressure does not replace medical care.",
    )
    event.add("url", url)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
