"""The user's log as a FHIR R4 Bundle (type "collection"), for a clinician's system.

One Patient (an id only, unless the user asks for their name and email); for each session with a
rating, a Procedure (the routine) and an Observation per rating (before, after), partOf the
Procedure; for each PEG check-in a QuestionnaireResponse of the bundle's PEG Questionnaire and
an Observation of its score; for each rating check-in an Observation; and a Flag for each
see-a-doctor reason the sessions were started with. Entries refer to each other by their
`urn:uuid:` fullUrl. Times are in the active time zone, with their offset.

Codes, each verified (sources in the README, "FHIR export"):
- LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported" for pain
  ratings (https://loinc.org/72514-3). Other complaints' ratings (sleep, tension) are coded
  with their own question as text only: LOINC has no code for the app's own wording.
- LOINC 91148-7 (the PEG panel), 91145-3 (enjoyment of life) and 91146-1 (general activity),
  as LOINC's own FHIR Questionnaire for the PEG codes them (https://fhir.loinc.org/Questionnaire/
  91148-7). That form gives the first item (pain on average) no code, and neither do we.
- LOINC 91147-9 "Mean score [PEG]" for the PEG score.
- No SNOMED CT concept for acupressure could be verified: the Procedure's code is text only.
"""

import hashlib
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.utils import timezone

from points.models import Complaint
from sessions.forms import LEG_AREAS
from sessions.models import CheckIn, GuidedSession, on_local_days
from sessions.outcomes import PEG_ITEMS, uses_peg

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
PAIN_SEVERITY = {
    "system": LOINC,
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
PEG_PANEL = {
    "system": LOINC,
    "code": "91148-7",
    "display": "Pain intensity, Enjoyment of life, General activity (PEG) 3 item pain scale",
}
PEG_MEAN = {"system": LOINC, "code": "91147-9", "display": "Mean score [PEG]"}
# The PEG items' LOINC codes, by CheckIn field; the first item has none in LOINC's form.
PEG_ITEM_CODES = {"enjoyment": "91145-3", "activity": "91146-1"}
SURVEY = {"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}

# GuidedSession.status -> Procedure.status (R4: preparation | in-progress | not-done | on-hold |
# stopped | completed | entered-in-error | unknown).
PROCEDURE_STATUS: dict[str, str] = {
    GuidedSession.Status.IN_PROGRESS: "in-progress",
    GuidedSession.Status.COMPLETED: "completed",
    GuidedSession.Status.ABANDONED: "stopped",  # begun, not finished
    GuidedSession.Status.SEEK_CARE: "not-done",  # stopped at the safety check
    GuidedSession.Status.NOT_STARTED: "not-done",  # no step was safe
}
AREA_LABELS = dict(LEG_AREAS)
# What a session reads: the bundle shows none of the steps.
SESSION_FIELDS = (
    "pk",
    "status",
    "started_at",
    "finished_at",
    "protocol_name",
    "complaint_name",
    "pain_before",
    "pain_after",
    "pain_side",
    "pain_areas",
    "note",
    "stop_reason",
    "doctor_reasons",
    "complaint__name",
    "complaint__slug",
    "complaint__symptom",
    "complaint__rating_question",
    "complaint__rating_low",
    "complaint__rating_high",
)
CHECK_IN_FIELDS = (
    "pk",
    "kind",
    "week",
    "pain_average",
    "enjoyment",
    "activity",
    "rating",
    "score",
    "answered_at",
    "plan__protocol_name",
    "plan__protocol__complaint__name",
    "plan__protocol__complaint__symptom",
    "plan__protocol__complaint__rating_question",
    "plan__protocol__complaint__rating_low",
    "plan__protocol__complaint__rating_high",
)


# Sessions a safety answer stopped before they ran.
SAFETY_STOPS = (GuidedSession.Status.SEEK_CARE, GuidedSession.Status.NOT_STARTED)


def bundle(
    *,
    user: User,
    complaint: Complaint | None,
    start: date | None,
    end: date | None,
    include_patient_details: bool = False,
    include_notes: bool = True,
    include_safety: bool = True,
) -> dict:
    """The user's sessions and check-ins (of `complaint`, None for all; started or answered on
    the local days start..end, None for no bound) as a JSON-ready FHIR R4 collection Bundle,
    with the user's notes and the reasons a safety answer stopped a session unless left out, as
    in the report. Two queries, however much there is."""
    patient = _entry("Patient", user.pk, _patient(user, include_patient_details))
    entries = [patient]
    subject = {"reference": patient["fullUrl"]}
    sessions = _sessions(user, complaint, start, end)
    for session in sessions:
        entries += _session_entries(session, subject, notes=include_notes, safety=include_safety)
    check_ins = list(_check_ins(user, complaint, start, end))
    if any(check_in.kind == CheckIn.Kind.PEG for check_in in check_ins):
        entries.append(_entry("Questionnaire", "peg", _peg_questionnaire()))
    for check_in in check_ins:
        entries += _check_in_entries(check_in, subject)
    entries += _flags(sessions, subject, user_pk=user.pk)
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "type": "collection",
        "timestamp": _moment(timezone.now()),
        "entry": entries,
    }


# --- Reading ----------------------------------------------------------------------------------


def _sessions(
    user: User, complaint: Complaint | None, start: date | None, end: date | None
) -> list[GuidedSession]:
    sessions: QuerySet[GuidedSession] = GuidedSession.objects.for_user(user).filter(
        pain_before__isnull=False
    )
    if complaint is not None:
        sessions = sessions.filter(complaint=complaint)
    sessions = sessions.filter(**on_local_days("started_at", start, end))
    return list(
        sessions.select_related("complaint").only(*SESSION_FIELDS).order_by("started_at", "pk")
    )


def _check_ins(
    user: User, complaint: Complaint | None, start: date | None, end: date | None
) -> QuerySet[CheckIn]:
    check_ins = CheckIn.objects.filter(plan__user=user)
    if complaint is not None:
        check_ins = check_ins.filter(plan__protocol__complaint=complaint)
    check_ins = check_ins.filter(**on_local_days("answered_at", start, end))
    return (
        check_ins.select_related("plan__protocol__complaint")
        .only(*CHECK_IN_FIELDS)
        .order_by("answered_at", "pk")
    )


# --- Entries ----------------------------------------------------------------------------------


def _uuid(kind: str, key: object) -> str:
    """A stable id for one record, so a second export of the same record has the same fullUrl
    (a receiving system can tell it already has it), and one that tells nothing: it is keyed
    with the site's secret, not guessable from the row's number."""
    secret = hashlib.sha256(f"fhir-export:{settings.SECRET_KEY}".encode()).digest()[:16]
    return str(uuid.uuid5(uuid.UUID(bytes=secret), f"{kind}/{key}"))


def _entry(kind: str, key: object, resource: dict) -> dict:
    identifier = _uuid(kind, key)
    return {
        "fullUrl": f"urn:uuid:{identifier}",
        "resource": {"resourceType": kind, "id": identifier, **resource},
    }


def _moment(moment: datetime) -> str:
    return timezone.localtime(moment).isoformat(timespec="seconds")


def _patient(user: User, include_details: bool) -> dict:
    if not include_details:
        return {}
    details: dict[str, Any] = {"name": [{"text": user.get_full_name() or user.get_username()}]}
    if user.email:
        details["telecom"] = [{"system": "email", "value": user.email}]
    return details


def _text(text: str) -> dict:
    return {"text": text}


def _rating_code(complaint: Complaint | None, complaint_name: str) -> dict:
    """A session rating's code: LOINC's pain severity for a pain complaint, otherwise the
    complaint's own question as text."""
    if complaint is None:
        return _text(f"{complaint_name}: 0-10 rating")
    if uses_peg(complaint):
        return {"coding": [PAIN_SEVERITY], "text": PAIN_SEVERITY["display"]}
    return _text(complaint.rating_question)


def _scale(complaint: Complaint | None) -> str:
    if complaint is None:
        return "0 is the best, 10 the worst."
    return f"0 = {complaint.rating_low}, 10 = {complaint.rating_high}."


def _session_entries(
    session: GuidedSession, subject: dict, *, notes: bool, safety: bool
) -> list[dict]:
    """The session's Procedure and an Observation for each of its ratings."""
    procedure = _entry("Procedure", session.pk, _procedure(session, subject, notes, safety))
    part_of = [{"reference": procedure["fullUrl"]}]
    entries = [procedure]
    ratings = [("before", session.pain_before, session.started_at)]
    if session.pain_after is not None and session.finished_at is not None:
        ratings.append(("after", session.pain_after, session.finished_at))
    for when, value, moment in ratings:
        observation = {
            "status": "final",
            "category": [SURVEY],
            "code": _rating_code(session.complaint, session.complaint_name),
            "subject": subject,
            "effectiveDateTime": _moment(moment),
            "valueInteger": value,
            "partOf": part_of,
            "note": [_text(f"Rated {when} the session. {_scale(session.complaint)}")],
        }
        entries.append(_entry("Observation", f"session/{session.pk}/{when}", observation))
    return entries


def _procedure(session: GuidedSession, subject: dict, notes: bool, safety: bool) -> dict:
    period = {"start": _moment(session.started_at)}
    if session.finished_at is not None:
        period["end"] = _moment(session.finished_at)
    procedure: dict[str, Any] = {
        "status": PROCEDURE_STATUS.get(session.status, "unknown"),
        "code": _text(f"Self-administered acupressure: {session.protocol_name}"),
        "subject": subject,
        "performedPeriod": period,
    }
    # A safety answer's stop reason tells the answer ("Not advised in pregnancy").
    if session.stop_reason and (safety or session.status not in SAFETY_STOPS):
        procedure["statusReason"] = _text(session.stop_reason)
    if session.pain_areas:
        procedure["bodySite"] = [
            _text(_body_site(AREA_LABELS.get(area, area), session.pain_side))
            for area in session.pain_areas
        ]
    if session.note and notes:
        procedure["note"] = [_text(session.note)]
    return procedure


def _body_site(area: str, side: str) -> str:
    """ "Left calf", "Knee, both sides", "Hip or buttock" (side not given)."""
    if side == GuidedSession.Side.BOTH:
        return f"{area}, both sides"
    if side:
        return f"{side.capitalize()} {area.lower()}"
    return area


def _peg_questionnaire() -> dict:
    url = f"urn:uuid:{_uuid('Questionnaire', 'peg')}"
    items = []
    for item in PEG_ITEMS:
        entry: dict[str, Any] = {
            "linkId": item.field,
            "text": item.question,
            "type": "integer",
            "required": True,
        }
        if item.field in PEG_ITEM_CODES:
            code = PEG_ITEM_CODES[item.field]
            entry["code"] = [{"system": LOINC, "code": code, "display": item.question}]
        items.append(entry)
    return {
        "url": url,
        "name": "PEG",
        "title": PEG_PANEL["display"],
        "status": "active",
        "subjectType": ["Patient"],
        "code": [PEG_PANEL],
        "description": "Three 0-10 items over the past week; the score is their mean (Krebs EE "
        "et al. J Gen Intern Med 2009;24(6):733-738).",
        "item": items,
    }


def _check_in_entries(check_in: CheckIn, subject: dict) -> list[dict]:
    complaint = check_in.plan.protocol.complaint
    note = [_text(f"Week {check_in.week} of a plan of {check_in.plan.protocol_name}.")]
    if check_in.kind != CheckIn.Kind.PEG:
        question = complaint.rating_question.strip()
        observation = {
            "status": "final",
            "category": [SURVEY],
            "code": _text(f"Over the past week, on average: {question[:1].lower()}{question[1:]}"),
            "subject": subject,
            "effectiveDateTime": _moment(check_in.answered_at),
            "valueInteger": check_in.rating,
            "note": [*note, _text(_scale(complaint))],
        }
        return [_entry("Observation", f"check-in/{check_in.pk}", observation)]
    response = _entry(
        "QuestionnaireResponse",
        check_in.pk,
        {
            "questionnaire": f"urn:uuid:{_uuid('Questionnaire', 'peg')}",
            "status": "completed",
            "subject": subject,
            "source": subject,
            "authored": _moment(check_in.answered_at),
            "item": [
                {
                    "linkId": item.field,
                    "text": item.question,
                    "answer": [{"valueInteger": getattr(check_in, item.field)}],
                }
                for item in PEG_ITEMS
            ],
        },
    )
    score = {
        "status": "final",
        "category": [SURVEY],
        "code": {"coding": [PEG_MEAN], "text": PEG_MEAN["display"]},
        "subject": subject,
        "effectiveDateTime": _moment(check_in.answered_at),
        "valueQuantity": {
            "value": round(check_in.score, 2),
            "unit": "{score}",
            "system": UCUM,
            "code": "{score}",
        },
        "derivedFrom": [{"reference": response["fullUrl"]}],
        "note": note,
    }
    return [response, _entry("Observation", f"check-in/{check_in.pk}/score", score)]


def _flags(sessions: Iterable[GuidedSession], subject: dict, *, user_pk: int) -> list[dict]:
    """One Flag per see-a-doctor reason (by rule and message), over the sessions it was shown
    at the start of: a record of the warnings, not whether they still apply today."""
    shown: dict[tuple[str, str], list[datetime]] = {}
    for session in sessions:
        for reason in session.doctor_reasons:
            key = (reason.get("rule", ""), reason.get("message", ""))
            shown.setdefault(key, []).append(session.started_at)
    flags = []
    for (rule, message), moments in shown.items():
        flag = {
            "status": "inactive",
            "code": _text(f"See a doctor ({rule}): {message}"),
            "subject": subject,
            "period": {"start": _moment(min(moments)), "end": _moment(max(moments))},
        }
        flags.append(_entry("Flag", f"{user_pk}/{rule}/{message}", flag))
    return flags
