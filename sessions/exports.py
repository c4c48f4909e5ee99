"""All of a user's log as a download: CSV (one session per row) and JSON (sessions, then plans
with their weekly check-ins), streamed. Times are in the user's zone (the one active when the
download starts): the JSON's with their offset, the CSV's as a spreadsheet reads a date and
time."""

import csv
import json
from collections.abc import Iterator
from datetime import datetime, tzinfo

from django.contrib.auth.models import User
from django.utils import timezone

from sessions.models import CheckIn, GuidedSession, Plan, SessionStep

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
# The CSV columns that hold lists: one cell each, "; " between the items.
LIST_FIELDS = ["pain_areas", "pain_feelings", "skipped", "red_flags_yes", "contraindications_yes"]
TIME_FIELDS = ["started_at", "finished_at"]
# A spreadsheet runs a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel takes a CSV without it for the local code page and garbles "é" or "痛".
BOM = "\ufeff"


def _session_record(session: GuidedSession, zone: tzinfo) -> dict:
    steps = list(session.steps.all())
    return {
        "id": session.pk,
        "started_at": timezone.localtime(session.started_at, zone),
        "finished_at": timezone.localtime(session.finished_at, zone)
        if session.finished_at
        else None,
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
        "skipped": [
            step.skip_reason for step in steps if step.status == SessionStep.Status.SKIPPED
        ],
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


def _records(user: User, zone: tzinfo) -> Iterator[dict]:
    sessions = GuidedSession.objects.for_user(user).order_by("started_at").prefetch_related("steps")
    for session in sessions.iterator(chunk_size=500):
        yield _session_record(session, zone)


class _Echo:
    """A file that hands back what is written to it, so a csv writer returns each line."""

    def write(self, line: str) -> str:
        return line


def csv_cell(value):
    """A value as a CSV cell: text a spreadsheet would run as a formula starts with a quote
    (user notes and staff-written names alike); numbers stay numbers."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_rows(*, user: User, zone: tzinfo | None = None) -> Iterator[str]:
    """The user's sessions as CSV lines, one session per row, streamed; times in `zone` (by
    default the active one, taken now: the rows are written after the view has returned)."""
    return _csv_rows(user, zone or timezone.get_current_timezone())


def _csv_rows(user: User, zone: tzinfo) -> Iterator[str]:
    writer = csv.DictWriter(_Echo(), fieldnames=CSV_FIELDS, extrasaction="ignore")
    yield BOM + writer.writeheader()
    for record in _records(user, zone):
        for key in LIST_FIELDS:
            record[key] = "; ".join(record[key])
        yield writer.writerow({key: csv_cell(record[key]) for key in CSV_FIELDS})


def json_chunks(*, user: User, zone: tzinfo | None = None) -> Iterator[str]:
    """All the user's data as one JSON document, streamed session by session; times in `zone`
    (by default the active one) with their offset."""
    return _json_chunks(user, zone or timezone.get_current_timezone())


def _json_chunks(user: User, zone: tzinfo) -> Iterator[str]:
    head = {
        "user": user.get_username(),
        "time_zone": str(zone),
        "exported_at": _iso(timezone.localtime(timezone.now(), zone)),
    }
    yield json.dumps(head)[:-1] + ', "sessions": ['
    for index, record in enumerate(_records(user, zone)):
        record |= {key: _iso(record[key]) for key in TIME_FIELDS}
        yield ("," if index else "") + json.dumps(record, ensure_ascii=False)
    yield '], "plans": '
    yield json.dumps(list(_plan_records(user, zone)), ensure_ascii=False) + "}"


def _plan_records(user: User, zone: tzinfo) -> Iterator[dict]:
    """The user's plans, oldest first, each with its weekly check-ins (two queries)."""
    plans = (
        Plan.objects.filter(user=user).order_by("start_date", "pk").prefetch_related("check_ins")
    )
    for plan in plans:
        yield {
            "id": plan.pk,
            "protocol": plan.protocol_name,
            "start_date": plan.start_date.isoformat(),
            "end_date": plan.end_date.isoformat(),
            "sessions_per_day": plan.sessions_per_day,
            "days_per_week": plan.days_per_week,
            "seconds_per_session": plan.seconds_per_session,
            "stopped_at": _local_iso(plan.stopped_at, zone),
            "pgic": plan.pgic,
            "pgic_label": plan.get_pgic_display() if plan.pgic else None,
            "reviewed_at": _local_iso(plan.reviewed_at, zone),
            "check_ins": [_check_in_record(c, zone) for c in plan.check_ins.all()],
        }


def _check_in_record(check_in: CheckIn, zone: tzinfo) -> dict:
    return {
        "week": check_in.week,
        "kind": check_in.kind,
        "pain_average": check_in.pain_average,
        "enjoyment": check_in.enjoyment,
        "activity": check_in.activity,
        "rating": check_in.rating,
        "score": round(check_in.score, 2),
        "answered_at": _local_iso(check_in.answered_at, zone),
    }


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _local_iso(moment: datetime | None, zone: tzinfo) -> str | None:
    return _iso(timezone.localtime(moment, zone)) if moment else None
