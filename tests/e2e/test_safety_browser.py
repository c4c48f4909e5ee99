"""The clinical review's "done when", in a real browser on a phone: a user whose pain comes back
at 6 before every session is told to see a doctor, a pain-free user is not, and a "see your
doctor" answer gives its advice and still runs the routine."""

import re
from datetime import timedelta

import pytest
from django.db.models import F
from playwright.sync_api import Page, expect

from sessions.models import GuidedSession, SessionStep
from tests.e2e.test_session_browser import answer_safety_check, log_in, press

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

START = "/sessions/start/hand-routine-leg-pain/"
LASTED = "Has your leg pain lasted, or got worse, after a few acupressure sessions?"


def run_routine(page: Page, *, before: int, after: int) -> None:
    """The safety check, each side pressed for 20 s (moved on the server's clock), the finish."""
    page.goto(START)
    answer_safety_check(page, pain=before)
    expect(page).to_have_url(re.compile(r"/sessions/\d+/$"))
    session = GuidedSession.objects.latest("started_at")
    for position in range(4):
        press(page, "Start")
        expect(page.get_by_role("button", name="Pause")).to_be_visible()
        pressed = SessionStep.objects.filter(session=session, position=position)
        pressed.update(started_at=F("started_at") - timedelta(seconds=25))
        press(page, "Next")
    scale = page.get_by_role("group", name="How bad is your pain now?")
    scale.get_by_role("radio", name=str(after), exact=True).check()
    press(page, "Save and finish")
    expect(page.get_by_role("heading", name="Session complete")).to_be_visible()


def test_pain_that_comes_back_at_six_each_time_is_sent_to_a_doctor(page):
    log_in(page, "casey")
    for _ in range(3):
        run_routine(page, before=6, after=3)
    warning = page.locator(".doctor-warning")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text("doctor")
    expect(warning.get_by_role("link", name=re.compile("report", re.IGNORECASE))).to_be_visible()
    page.screenshot(path="/tmp/safety-warned-summary.png", full_page=True)
    # The next safety check and the routine's page say so before anything is pressed.
    page.goto(START)
    expect(page.locator(".doctor-warning")).to_be_visible()
    page.goto("/protocols/hand-routine-leg-pain/")
    expect(page.locator(".doctor-warning")).to_be_visible()


def test_a_pain_free_user_is_not_warned(page):
    log_in(page, "jordan")
    for _ in range(3):
        run_routine(page, before=0, after=0)
    expect(page.locator(".doctor-warning")).to_have_count(0)
    page.goto("/")
    expect(page.locator(".doctor-warning")).to_have_count(0)


def test_a_see_your_doctor_answer_advises_and_the_routine_still_starts(page):
    log_in(page, "avery")
    answer_safety_check(page, yes=(LASTED,))
    expect(page.get_by_role("timer")).to_be_visible()
    page.get_by_text("Notes from your safety check").click()  # folded under the step's title
    advice = page.get_by_role("region", name="From your safety check")
    expect(advice).to_contain_text("Book an appointment with your doctor")
    expect(advice).to_contain_text("You can use this routine for comfort meanwhile.")
    page.screenshot(path="/tmp/safety-doctor-tier-step.png", full_page=True)
    session = GuidedSession.objects.get(user__username="avery")
    assert session.status == GuidedSession.Status.IN_PROGRESS


def test_an_emergency_answer_offers_numbers_to_tap(page):
    log_in(page, "sam")
    chest = "Do you have leg pain together with breathlessness, chest pain or coughing up blood?"
    answer_safety_check(page, yes=(chest,))
    # Headless Chromium asks for en-US: the US numbers come first, the others below.
    call = page.get_by_role("link", name=re.compile(r"^Call 911"))
    expect(call).to_have_attribute("href", "tel:911")
    page.get_by_text("In another country").click()
    expect(page.get_by_role("link", name="999", exact=True)).to_have_attribute("href", "tel:999")
    page.screenshot(path="/tmp/safety-emergency.png", full_page=True)
