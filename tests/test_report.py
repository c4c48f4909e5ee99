"""The clinician report: what it shows (ratings, notes, where it hurts, comfort answers, skipped
points, the safety answers that changed the routine, see-a-doctor warnings with rule and date),
what the user leaves out, whose data it is, what it costs, and its PDF."""

import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from pypdf import PdfReader

from sessions import services
from sessions.models import GuidedSession
from tests.helpers import html, peg, run_through

pytestmark = pytest.mark.django_db

LASTED = "Has your leg pain lasted, or got worse, after a few acupressure sessions?"
CHEST = "Do you have leg pain together with breathlessness, chest pain or coughing up blood?"
NOTE = "Cramp eased within minutes"
LATER = "Still easier at bedtime"


def period(**extra: str) -> dict[str, str]:
    today = timezone.localdate()
    return {"start": f"{today - timedelta(days=30)}", "end": f"{today}", **extra}


def report_page(client, **params: str) -> str:
    response = client.get("/sessions/report/", period(**params))
    assert response.status_code == 200
    return html(response)


def text_of(page: str) -> str:
    """The page's text, tags dropped and spaces joined, as a reader sees it."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


@pytest.fixture
def history(user, logged, start_session):
    """A leg-pain history of every kind: a rise in pain (so the next session starts with a
    see-a-doctor warning), a session with notes and comfort answers, a pregnancy answer that
    skipped LI 4, a see-your-doctor red flag and one that stopped a session."""
    logged(3, 7, days_ago=2)  # rose by 4: the "worse" rule
    first = start_session(
        pain_before=6, pain_side="left", pain_areas=["calf", "knee"], pain_feelings=["cramping"]
    )
    run_through(first, comfort={0: "too_painful", 1: "comfortable"}, pain_after=4, note=NOTE)
    services.session_add_note(session_id=first.pk, user=user, pain_after=3, note=LATER)
    skipped = start_session(contraindications=["pregnancy"], red_flags=[LASTED], pain_side="both")
    run_through(skipped, comfort={1: "too_painful", 2: "tender"}, pain_after=5)
    start_session(red_flags=[CHEST])
    return first


# --- What it shows ----------------------------------------------------------------------------


def test_the_report_shows_the_ratings_notes_and_where_it_hurts(client_in, history):
    page = report_page(client_in, complaint="leg-pain")
    assert "4 sessions: 3 completed, 1 stopped by a safety question." in text_of(page)
    assert "6 → 4" in page and "3 → 7" in page
    assert f"{timezone.localtime(history.started_at):%-d %b %Y, %H:%M}" in page
    assert 'role="img"' in page  # the chart
    assert NOTE in page and LATER in page
    where = text_of(page).split("Where and how it hurts")[1].split("Notes")[0]
    assert "Which side Left 1" in where and "Which side Both 1" in where
    assert "Where Calf 1" in where and "Feels Cramping 1" in where


def test_the_report_counts_the_comfort_answers_per_point(client_in, history):
    page = text_of(report_page(client_in, complaint="leg-pain"))
    comfort = page.split("Comfort while pressing")[1].split("Skipped points")[0]
    # LI 4 was too painful once, comfortable once; SI 3 too painful once and tender once.
    assert "LI 4 (Hegu) 1 0 1" in comfort
    assert "SI 3 (Houxi) 0 1 1" in comfort


def test_the_report_shows_skipped_points_and_the_safety_answers_that_changed_the_routine(
    client_in, history
):
    page = text_of(report_page(client_in, complaint="leg-pain"))
    skipped = page.split("Skipped points and why")[1].split("Safety answers")[0]
    assert "LI 4 (Hegu) Not advised in pregnancy" in skipped
    safety = page.split("Safety answers that changed the routine")[1]
    assert "Are you pregnant, or could you be? 1 of 3" in safety
    assert "LI 4 (Hegu) skipped" in safety
    assert f"{CHEST} 1 of 3" in safety and "Stopped 1 session" in safety
    assert f"{LASTED} 1 of 3" in safety and "Advice shown, the routine ran (1 time)" in safety


def test_the_report_lists_each_see_a_doctor_warning_with_its_rule_and_date(client_in, history):
    page = text_of(report_page(client_in, complaint="leg-pain"))
    warnings = page.split("See-a-doctor warnings given")[1]
    today = f"{timezone.localdate():%-d %b %Y}"
    # Three sessions started with the same warning today: it is listed once.
    assert warnings.count("Rose by 2 points or more during a session") == 1
    assert f"{today} Rose by 2 points or more during a session" in warnings
    assert "rose from 3 to 7 out of 10" in warnings
    # And the summary says where things stand now.
    summary = page.split("Summary")[1].split("before and after each session")[0]
    assert "the log says to see a doctor" in summary


def test_leaving_out_the_notes_and_the_safety_answers(client_in, history):
    page = report_page(client_in, complaint="leg-pain", chosen="1")
    assert NOTE not in page and LATER not in page
    assert "Are you pregnant" not in page and CHEST not in page
    assert "pregnancy" not in page  # a skip reason tells the answer
    assert "left out by the patient's choice: notes and safety answers" in page
    assert "6 → 4" in page and "LI 4 (Hegu)" in page  # the rest stays


def test_the_boxes_are_ticked_on_a_first_visit_and_from_a_bare_link(client_in, history):
    page = html(client_in.get("/sessions/report/"))
    assert re.search(r'<input type="checkbox" name="include_notes"[^>]* checked', page)
    assert NOTE in report_page(client_in, complaint="leg-pain")


def test_a_report_of_all_complaints_has_a_part_for_each(client_in, history, logged):
    from points.models import Protocol

    sleep = Protocol.objects.select_related("complaint").get(slug="insomnia-routine")
    logged(6, 2, days_ago=1, protocol=sleep)
    page = text_of(report_page(client_in, complaint=""))
    assert "Acupressure log: all complaints" in page
    assert "Leg pain: pain before and after each session" in page
    assert f"{sleep.complaint.name}: " in page and "6 → 2" in page


def test_another_users_data_never_appears(client, other_user, history, logged):
    theirs = logged(9, 9, days_ago=1, owner=other_user)
    GuidedSession.objects.filter(pk=theirs.pk).update(note="Their private note")
    client.force_login(other_user)
    page = report_page(client, complaint="leg-pain")
    assert NOTE not in page and "Their private note" in page
    assert "6 → 4" not in page and "Are you pregnant" not in page
    pdf = client.get("/sessions/report.pdf", period(complaint="leg-pain"))
    assert NOTE not in pdf_text(pdf.content)


def test_the_report_needs_login(client):
    for url in ["/sessions/report/", "/sessions/report.pdf"]:
        response = client.get(url, period())
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/accounts/login/")


# --- Cost -------------------------------------------------------------------------------------


@pytest.mark.parametrize("complaint", ["leg-pain", ""])
def test_the_report_costs_the_same_for_one_session_or_forty(
    client_in, logged, django_assert_num_queries, complaint
):
    url = "/sessions/report/"
    logged(6, 4, days_ago=1)
    with django_assert_num_queries(QUERIES[complaint]) as first:
        assert client_in.get(url, period(complaint=complaint)).status_code == 200
    for day in range(39):
        session = logged(6, 4, days_ago=day / 2)
        GuidedSession.objects.filter(pk=session.pk).update(note=f"note {day}")
    with django_assert_num_queries(len(first.captured_queries)):
        assert client_in.get(url, period(complaint=complaint)).status_code == 200


# Django's session and user, the chosen complaint (none for all); the period's sessions, three
# over their steps, the plans, the see-a-doctor rule's two; the form's complaint list.
QUERIES = {"leg-pain": 11, "": 10}


# --- The PDF ----------------------------------------------------------------------------------


def pdf_text(content: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_pdf_holds_the_notes_and_ratings_with_page_numbers(client_in, history):
    response = client_in.get("/sessions/report.pdf", period(complaint="leg-pain"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["Cache-Control"] == "no-store"
    reader = PdfReader(io.BytesIO(response.content))
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (595, 842)  # A4
    text = pdf_text(response.content)
    assert NOTE in text and LATER in text
    assert "6 → 4" in text and "3 → 7" in text
    assert "Page 1 of" in text
    assert "Acupressure self-care" in text and "Leg pain · " in text
    assert "alex" not in text  # the report names no user (a shared copy neither)


def test_the_pdf_on_letter_paper(client_in, history):
    response = client_in.get("/sessions/report.pdf", period(complaint="leg-pain", paper="letter"))
    box = PdfReader(io.BytesIO(response.content)).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_the_pdf_leaves_out_what_the_user_left_out(client_in, history):
    response = client_in.get("/sessions/report.pdf", period(complaint="leg-pain", chosen="1"))
    text = pdf_text(response.content)
    assert NOTE not in text and "Are you pregnant" not in text
    assert "6 → 4" in text


@pytest.mark.parametrize(
    "params",
    [{"paper": "a3"}, {"start": "2026-02-30"}, {"complaint": "nope"}, {"start": "", "end": ""}],
)
def test_bad_pdf_choices_give_the_report_page_with_a_message(client_in, history, params):
    response = client_in.get("/sessions/report.pdf", period(**{"complaint": "leg-pain"} | params))
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert 'role="alert"' in html(response)


def test_the_pdf_is_tagged_for_accessibility(client_in, history):
    response = client_in.get("/sessions/report.pdf", period(complaint="leg-pain"))
    reader = PdfReader(io.BytesIO(response.content))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "en"
    assert "/StructTreeRoot" in root
    assert reader.metadata.title.startswith("Acupressure log: Leg pain")


def test_a_skip_for_one_limb_says_which(client_in, start_session):
    from points.models import Contraindication

    surgery = Contraindication.objects.get(slug="recent-surgery")
    start_session(contraindications=["recent-surgery"], limbs={surgery.pk: {"left_arm"}})
    page = text_of(report_page(client_in, complaint="leg-pain"))
    skipped = page.split("Skipped points and why")[1].split("Safety answers")[0]
    assert "LI 4 (Hegu) On the left arm or hand: " in skipped
    assert ", on the left arm or hand: " in page.split("Safety answers that changed")[1]


def test_a_caution_answered_yes_shows_the_points_it_softened(client_in, start_session):
    start_session(contraindications=["blood-thinners-bleeding-disorder"])
    safety = text_of(report_page(client_in, complaint="leg-pain")).split(
        "Safety answers that changed the routine"
    )[1]
    assert "Caution" in safety
    assert re.search(r"LI 4 \(Hegu\) with a caution, pressure: \w+", safety)


def test_the_report_shows_the_plans_weekly_scores_and_adherence(client_in, make_plan, logged):
    plan = make_plan(days_ago=13, seconds_per_session=240)  # four weeks, two of them to come
    for week, score in [(1, 6), (2, 4)]:
        peg(plan, week, score, days_ago=14 - 7 * week)
    logged(6, 3, days_ago=1)
    page = text_of(report_page(client_in, complaint="leg-pain"))
    summary = page.split("Summary")[1].split("before and after each session")[0]
    assert "Latest plan: Hand routine for leg pain" in summary
    assert "of the 14 sessions due done; weekly score 6.0 in week 1, 4.0 in week 2." in summary
    assert "Plans and weekly check-ins" in page
    assert "PEG: pain 4, enjoyment of life 4, general activity 4" in page
    # In a report of all complaints each complaint's plans are headed with its name.
    every = text_of(report_page(client_in, complaint=""))
    assert "Leg pain: plans and weekly check-ins" in every


def test_the_pdf_fetches_only_the_apps_static_files():
    from sessions.pdf import BASE_URL, StaticFilesOnly

    fetcher = StaticFilesOnly()
    css = fetcher.fetch(f"{BASE_URL}static/css/report_pdf.css")
    assert b"@page" in css.read()
    for url in [
        "https://example.com/tracker.png",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        f"{BASE_URL}static/../../config/settings.py",
        f"{BASE_URL}static/%2e%2e/config/settings.py",
        f"{BASE_URL}accounts/delete/",
    ]:
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_weasyprint_progress_stays_out_of_the_log():
    import logging

    assert logging.getLogger("weasyprint.progress").getEffectiveLevel() == logging.WARNING
