"""The FHIR R4 export (/sessions/export.fhir.json): a collection Bundle of the user's sessions,
ratings and check-ins that validates against fhir.resources' R4B models (R4B is R4 for these
resources; the package's default models are R5)."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth.models import User
from fhir.resources.R4B.bundle import Bundle

from accounts.models import Profile
from points.models import Protocol
from sessions.models import CheckIn, GuidedSession, Plan
from tests.helpers import make_plan, stored_session

pytestmark = pytest.mark.django_db

URL = "/sessions/export.fhir.json"
# 15:00 UTC on 10 Nov 2026 is 10:00 in New York (EST, UTC-5).
MOMENT = datetime(2026, 11, 10, 15, 0, tzinfo=UTC)
LOINC = "http://loinc.org"


@pytest.fixture
def insomnia_routine(db) -> Protocol:
    return Protocol.objects.select_related("complaint").get(slug="insomnia-routine")


def _session(user: User, protocol: Protocol, *, at: datetime, status: str, **fields):
    fields = {"pain_before": 6} | fields
    return stored_session(user, protocol, started_at=at, minutes=12, status=status, **fields)


def _plan(user: User, protocol: Protocol) -> Plan:
    return make_plan(user, protocol, start=date(2026, 11, 1))  # to 28 November


@pytest.fixture
def log(user, hand_routine, insomnia_routine):
    """A user in New York with sessions of every kind, and PEG and rating check-ins."""
    Profile.objects.create(user=user, time_zone="America/New_York")
    completed = GuidedSession.Status.COMPLETED
    sessions = {
        "pain": _session(
            user,
            hand_routine,
            at=MOMENT,
            status=completed,
            pain_after=3,
            pain_side="left",
            pain_areas=["calf", "knee"],
            note="Calf cramp eased after LI 4.",
            doctor_reasons=[{"rule": "severe", "message": "Your pain was 8 or more twice."}],
        ),
        "sleep": _session(
            user, insomnia_routine, at=MOMENT + timedelta(days=1), status=completed, pain_after=4
        ),
        "abandoned": _session(
            user,
            hand_routine,
            at=MOMENT + timedelta(days=2),
            status=GuidedSession.Status.ABANDONED,
            note="Phone rang.",
        ),
        "seek_care": _session(
            user,
            hand_routine,
            at=MOMENT + timedelta(days=3),
            status=GuidedSession.Status.SEEK_CARE,
            finished_at=MOMENT + timedelta(days=3),
            stop_reason="Urgent: get medical care today",
        ),
        "not_started": _session(
            user,
            hand_routine,
            at=MOMENT + timedelta(days=4),
            status=GuidedSession.Status.NOT_STARTED,
            stop_reason="Every step of this routine had to be skipped for your safety.",
        ),
    }
    pain_plan = _plan(user, hand_routine)
    CheckIn.objects.create(
        plan=pain_plan,
        week=1,
        kind=CheckIn.Kind.PEG,
        pain_average=6,
        enjoyment=5,
        activity=4,
        score=5.0,
        answered_at=MOMENT + timedelta(days=5),
    )
    CheckIn.objects.create(
        plan=_plan(user, insomnia_routine),
        week=1,
        kind=CheckIn.Kind.RATING,
        rating=7,
        score=7.0,
        answered_at=MOMENT + timedelta(days=5, hours=1),
    )
    return sessions


def export(client, user, **params) -> dict:
    client.force_login(user)
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return json.loads(b"".join(response.streaming_content))


def resources(data: dict, kind: str) -> list[dict]:
    return [e["resource"] for e in data["entry"] if e["resource"]["resourceType"] == kind]


def coded(data: dict, code: str) -> list[dict]:
    """The bundle's Observations with this LOINC code."""
    return [
        o
        for o in resources(data, "Observation")
        if {"system": LOINC, "code": code}
        in [{"system": c["system"], "code": c["code"]} for c in o["code"].get("coding", [])]
    ]


def test_the_export_validates_as_an_r4_bundle(client, user, log):
    data = export(client, user)
    parsed = Bundle.model_validate(data)
    assert parsed.type == "collection"
    assert parsed.timestamp is not None
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    # 5 sessions, 7 ratings (2 sessions rated after), a PEG with its score, a rating check-in.
    assert kinds.count("Patient") == 1
    assert kinds.count("Procedure") == 5
    assert kinds.count("Observation") == 7 + 1 + 1
    assert kinds.count("Questionnaire") == 1
    assert kinds.count("QuestionnaireResponse") == 1
    assert kinds.count("Flag") == 1
    assert all(e["fullUrl"].startswith("urn:uuid:") for e in data["entry"])


def test_the_download_is_fhir_json_kept_out_of_caches(client_in, log):
    response = client_in.get(URL)
    assert response["Content-Type"] == "application/fhir+json"
    assert response["Cache-Control"] == "no-store"
    assert response["Content-Disposition"].startswith('attachment; filename="acupressure-alex-')
    assert response["Content-Disposition"].endswith('.fhir.json"')


def test_the_export_needs_a_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_each_reference_resolves_inside_the_bundle(client, user, log):
    data = export(client, user)
    urls = {entry["fullUrl"] for entry in data["entry"]}
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("reference"), str):
                found.append(node["reference"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data["entry"])
    assert len(found) > 20
    assert set(found) <= urls
    (response,) = resources(data, "QuestionnaireResponse")
    (questionnaire,) = resources(data, "Questionnaire")
    assert response["questionnaire"] == questionnaire["url"]
    assert questionnaire["url"] in urls


def test_sessions_are_procedures_with_their_status_note_and_where_it_hurts(client, user, log):
    data = export(client, user)
    by_status = {}
    for procedure in resources(data, "Procedure"):
        by_status.setdefault(procedure["status"], []).append(procedure)
    assert {status: len(found) for status, found in by_status.items()} == {
        "completed": 2,
        "stopped": 1,
        "not-done": 2,
    }
    pain = next(p for p in by_status["completed"] if "note" in p)
    assert pain["code"] == {"text": "Self-administered acupressure: Hand routine for leg pain"}
    assert "coding" not in pain["code"]  # no SNOMED CT concept could be verified
    assert pain["note"] == [{"text": "Calf cramp eased after LI 4."}]
    assert pain["bodySite"] == [{"text": "Left calf"}, {"text": "Left knee"}]
    assert pain["performedPeriod"] == {
        "start": "2026-11-10T10:00:00-05:00",
        "end": "2026-11-10T10:12:00-05:00",
    }
    GuidedSession.objects.filter(pk=log["pain"].pk).update(pain_side="both")
    (both,) = [p for p in resources(export(client, user), "Procedure") if "bodySite" in p]
    assert both["bodySite"] == [{"text": "Calf, both sides"}, {"text": "Knee, both sides"}]
    reasons = {p["statusReason"]["text"] for p in by_status["not-done"]}
    assert reasons == {
        "Urgent: get medical care today",
        "Every step of this routine had to be skipped for your safety.",
    }
    assert by_status["stopped"][0]["note"] == [{"text": "Phone rang."}]


def test_pain_ratings_carry_loinc_72514_3_and_the_users_offset(client, user, log):
    data = export(client, user)
    pain = coded(data, "72514-3")
    # Before and after the completed pain session; before only for the other three.
    assert len(pain) == 5
    first_before, first_after = pain[0], pain[1]
    assert first_before["code"]["coding"][0]["system"] == LOINC
    assert first_before["valueInteger"] == 6
    assert first_before["effectiveDateTime"] == "2026-11-10T10:00:00-05:00"
    assert first_before["note"][0]["text"].startswith("Rated before the session.")
    assert first_after["valueInteger"] == 3
    assert first_after["effectiveDateTime"] == "2026-11-10T10:12:00-05:00"
    assert first_after["note"][0]["text"].startswith("Rated after the session.")
    category = first_before["category"][0]["coding"][0]
    assert category == {
        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
        "code": "survey",
        "display": "Survey",
    }
    assert all(o["status"] == "final" for o in pain)


def test_each_rating_is_part_of_its_sessions_procedure(client, user, log):
    data = export(client, user)
    procedures = {e["fullUrl"]: e["resource"] for e in data["entry"]}
    for observation in resources(data, "Observation"):
        for part in observation.get("partOf", []):
            assert procedures[part["reference"]]["resourceType"] == "Procedure"
    rated = [o for o in resources(data, "Observation") if "partOf" in o]
    assert len(rated) == 7


def test_a_sleep_rating_is_coded_with_its_own_question_as_text(client, user, log):
    data = export(client, user)
    sleep = [
        o
        for o in resources(data, "Observation")
        if o["code"].get("text") == "How badly is your sleep troubled?"
    ]
    assert [o["valueInteger"] for o in sleep] == [6, 4]
    assert all("coding" not in o["code"] for o in sleep)


def test_a_peg_check_in_is_a_questionnaire_response_and_a_scored_observation(client, user, log):
    data = export(client, user)
    (questionnaire,) = resources(data, "Questionnaire")
    assert questionnaire["code"][0]["code"] == "91148-7"
    items = questionnaire["item"]
    assert [item["type"] for item in items] == ["integer"] * 3
    assert items[0]["text"] == "What number best describes your pain on average in the past week?"
    assert "code" not in items[0]  # LOINC's own PEG form gives this item no code
    assert [item["code"][0]["code"] for item in items[1:]] == ["91145-3", "91146-1"]
    (response,) = resources(data, "QuestionnaireResponse")
    assert response["status"] == "completed"
    assert response["authored"] == "2026-11-15T10:00:00-05:00"
    answers = [item["answer"][0]["valueInteger"] for item in response["item"]]
    assert answers == [6, 5, 4]
    assert [item["linkId"] for item in response["item"]] == [item["linkId"] for item in items]
    (score,) = coded(data, "91147-9")
    assert score["valueQuantity"]["value"] == 5.0
    (response_url,) = [
        e["fullUrl"]
        for e in data["entry"]
        if e["resource"]["resourceType"] == "QuestionnaireResponse"
    ]
    assert score["derivedFrom"] == [{"reference": response_url}]


def test_a_rating_check_in_is_an_observation_in_the_complaints_words(client, user, log):
    data = export(client, user)
    (check_in,) = [
        o
        for o in resources(data, "Observation")
        if o["code"].get("text", "").startswith("Over the past week")
    ]
    assert check_in["code"] == {
        "text": "Over the past week, on average: how badly is your sleep troubled?"
    }
    assert check_in["valueInteger"] == 7
    assert check_in["effectiveDateTime"] == "2026-11-15T11:00:00-05:00"


def test_a_see_a_doctor_reason_is_a_flag(client, user, log):
    data = export(client, user)
    (flag,) = resources(data, "Flag")
    assert flag["code"]["text"] == "See a doctor (severe): Your pain was 8 or more twice."
    assert flag["period"]["start"] == "2026-11-10T10:00:00-05:00"


def test_the_patient_is_an_id_only_unless_the_user_asks(client, user, log):
    user.first_name, user.last_name, user.email = "Alex", "Moreau", "alex@example.org"
    user.save()
    data = export(client, user)
    (patient,) = resources(data, "Patient")
    assert set(patient) == {"resourceType", "id"}
    text = json.dumps(data)
    for private in ("Alex", "Moreau", "alex@example.org", '"alex"'):
        assert private not in text
    asked = export(client, user, include_patient="1")
    (patient,) = resources(asked, "Patient")
    assert patient["name"] == [{"text": "Alex Moreau"}]
    assert patient["telecom"] == [{"system": "email", "value": "alex@example.org"}]
    Bundle.model_validate(asked)


def test_another_users_data_is_not_exported(client, user, other_user, log, hand_routine):
    _session(
        other_user,
        hand_routine,
        at=MOMENT,
        status=GuidedSession.Status.COMPLETED,
        pain_before=9,
        pain_after=9,
        note="Sam's private note",
    )
    CheckIn.objects.create(
        plan=_plan(other_user, hand_routine),
        week=1,
        kind=CheckIn.Kind.PEG,
        pain_average=9,
        enjoyment=9,
        activity=9,
        score=9.0,
        answered_at=MOMENT,
    )
    data = export(client, user)
    assert "Sam's private note" not in json.dumps(data)
    assert len(resources(data, "Procedure")) == 5
    assert len(resources(data, "QuestionnaireResponse")) == 1
    theirs = export(client, other_user)
    assert len(resources(theirs, "Procedure")) == 1
    assert "Calf cramp" not in json.dumps(theirs)


def test_one_reports_export_keeps_to_its_complaint_and_days(client, user, log):
    # The pain session on the 10th and the abandoned one on the 12th, New York days; not the
    # sleep session, nor the sessions and check-ins after the 12th.
    data = export(client, user, complaint="leg-pain", start="2026-11-10", end="2026-11-12")
    Bundle.model_validate(data)
    procedures = resources(data, "Procedure")
    assert sorted(p["status"] for p in procedures) == ["completed", "stopped"]
    assert resources(data, "QuestionnaireResponse") == []
    assert resources(data, "Questionnaire") == []
    sleep = export(client, user, complaint="insomnia", start="2026-11-01", end="2026-11-30")
    assert len(resources(sleep, "Procedure")) == 1
    assert len(resources(sleep, "Observation")) == 2 + 1  # before, after, the week's rating
    every = export(client, user, start="2026-11-15", end="2026-11-15")
    assert resources(every, "Procedure") == []
    assert len(resources(every, "QuestionnaireResponse")) == 1


def test_a_day_is_the_users_own_day(client, user, log):
    # 15:00 UTC on the 10th is the 10th in New York; 03:00 UTC on the 11th is still the 10th.
    GuidedSession.objects.filter(pk=log["sleep"].pk).update(
        started_at=datetime(2026, 11, 11, 3, 0, tzinfo=UTC)
    )
    data = export(client, user, complaint="insomnia", start="2026-11-10", end="2026-11-10")
    assert len(resources(data, "Procedure")) == 1


@pytest.mark.parametrize(
    "params",
    [
        {"complaint": "no-such-thing", "start": "2026-11-01", "end": "2026-11-30"},
        {"complaint": "leg-pain", "start": "2026-13-01", "end": "2026-11-30"},
        {"complaint": "leg-pain", "start": "2026-11-30", "end": "2026-11-01"},
        {"complaint": "leg-pain", "start": "2026-11-01"},
        {"start": "1999-12-31", "end": "2000-01-02"},
        {"start": "2024-01-01", "end": "2026-01-01"},
    ],
)
def test_bad_parameters_get_a_clear_400_in_json(client_in, params):
    response = client_in.get(URL, params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


def test_the_error_says_what_was_wrong(client_in):
    response = client_in.get(
        URL, {"complaint": "leg-pain", "start": "2026-11-30", "end": "2026-11-01"}
    )
    assert response.json() == {"error": "The start date must be on or before the end date."}


@pytest.mark.parametrize("count", [1, 30])
def test_the_export_costs_the_same_queries_however_long_the_log(
    client_in, user, hand_routine, count, django_assert_num_queries
):
    plan = _plan(user, hand_routine)
    for number in range(count):
        _session(
            user,
            hand_routine,
            at=MOMENT + timedelta(hours=number),
            status=GuidedSession.Status.COMPLETED,
            pain_after=2,
            note=f"note {number}",
        )
        CheckIn.objects.create(
            plan=plan,
            week=number + 1,
            kind=CheckIn.Kind.PEG,
            pain_average=5,
            enjoyment=5,
            activity=5,
            score=5.0,
            answered_at=MOMENT + timedelta(hours=number),
        )
    # The Django session and the user, then the sessions and the check-ins.
    with django_assert_num_queries(4):
        response = client_in.get(URL)
        data = json.loads(b"".join(response.streaming_content))
    assert len(resources(data, "Procedure")) == count
    assert len(resources(data, "QuestionnaireResponse")) == count


def test_the_report_forms_unticked_boxes_leave_notes_and_safety_stops_out(client, user, log):
    # The report page's FHIR button sends its form: chosen=1, and only the ticked boxes.
    bare = resources(export(client, user), "Procedure")
    assert any("note" in p for p in bare) and any("statusReason" in p for p in bare)
    data = export(client, user, chosen="1")
    assert [p for p in resources(data, "Procedure") if "note" in p or "statusReason" in p] == []
    assert "Calf cramp" not in json.dumps(data) and "Urgent" not in json.dumps(data)
    notes_only = resources(export(client, user, chosen="1", include_notes="on"), "Procedure")
    assert {p["note"][0]["text"] for p in notes_only if "note" in p} == {
        "Calf cramp eased after LI 4.",
        "Phone rang.",
    }
    assert not any("statusReason" in p for p in notes_only)
