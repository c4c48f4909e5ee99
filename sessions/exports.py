"""All of a user's log as a download: CSV (one session per row) and JSON, streamed."""

import csv
import json
from collections.abc import Iterator

from django.contrib.auth.models import User
from django.utils import timezone

from sessions.models import GuidedSession, SessionStep

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


def _records(user: User) -> Iterator[dict]:
    sessions = GuidedSession.objects.for_user(user).order_by("started_at").prefetch_related("steps")
    for session in sessions.iterator(chunk_size=500):
        yield _session_record(session)


class _Echo:
    """A file that hands back what is written to it, so a csv writer returns each line."""

    def write(self, line: str) -> str:
        return line


def csv_rows(*, user: User) -> Iterator[str]:
    """The user's sessions as CSV lines, one session per row, streamed."""
    writer = csv.DictWriter(_Echo(), fieldnames=CSV_FIELDS, extrasaction="ignore")
    yield writer.writeheader()
    for record in _records(user):
        for key in LIST_FIELDS:
            record[key] = "; ".join(record[key])
        yield writer.writerow(record)


def json_chunks(*, user: User) -> Iterator[str]:
    """All the user's data as one JSON document, streamed session by session."""
    head = {"user": user.get_username(), "exported_at": timezone.now().isoformat()}
    yield json.dumps(head)[:-1] + ', "sessions": ['
    for index, record in enumerate(_records(user)):
        yield ("," if index else "") + json.dumps(record, ensure_ascii=False)
    yield "]}"
