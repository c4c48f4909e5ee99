"""Issue 15's whole journey on a phone: a new user picks period pain, reads what the trial found,
starts a plan, does today's session hands-free, sees "1 of 7 this week", answers the weekly PEG
and finds it all in the report.

The browser's clock is Playwright's and the server's is real, so the hands-free run ends every
side "not pressed"; the test then logs the sides as pressed in full, as a real run would have,
before the user answers how it is now (the service tests time real sides)."""

import re

import pytest
from django.contrib.auth.models import User
from django.db.models import F
from django.utils import timezone
from playwright.sync_api import Page, expect

from sessions.models import GuidedSession, SessionStep
from tests.e2e.test_hands_free_browser import RECORD_SPEECH, run_until, said
from tests.e2e.test_session_browser import answer_safety_check, sign_up
from tests.helpers import shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_period_pain_from_the_trial_to_a_plan_a_hands_free_session_a_peg_and_the_report(
    page: Page,
):
    page.context.add_init_script(RECORD_SPEECH)
    page.clock.install()
    # Pick period pain and read what the trial found.
    page.goto("/")
    page.get_by_role("link", name="Period pain", exact=True).click()
    expect(page.get_by_role("heading", name="Period pain", level=1)).to_be_visible()
    page.get_by_role("link", name="Period pain acupressure").click()
    evidence = page.get_by_role("region", name="What the evidence says")
    expect(evidence).to_contain_text("Tested in randomised trials")
    expect(evidence).to_contain_text("Blödt 2018")
    expect(evidence).to_contain_text("221 women")
    expect(evidence.get_by_role("link", name=re.compile("Am J Obstet Gynecol"))).to_have_attribute(
        "href", "https://doi.org/10.1016/j.ajog.2017.11.570"
    )
    expect(page.locator(".dose")).to_contain_text("1 minute per point and side, once a day")
    shot(page, "journey-routine")

    # Start a plan with the routine's dose: a new user signs up on the way.
    page.get_by_role("link", name="Follow this as a plan").click()
    sign_up(page, "sam")
    user = User.objects.get(username="sam")
    expect(page.get_by_role("heading", name="Follow this as a plan")).to_be_visible()
    expect(page.get_by_label("Days a week")).to_have_value("7")
    page.get_by_role("button", name="Start the plan").click()
    expect(page.get_by_text("0 of 7 this week")).to_be_visible()

    # Today's session, hands-free: one Start tap runs all six sides.
    page.get_by_role("link", name="Start today's session").first.click()
    page.get_by_label("Hands-free (voice guidance)").check()
    answer_safety_check(page, pain=7)
    expect(page).to_have_url(re.compile(r"/sessions/\d+/$"))
    page.get_by_role("button", name="Start", exact=True).click()
    finish = page.get_by_role("heading", name="How is it now?")
    run_until(page, finish.is_visible, seconds=900)
    spoken = said(page)
    assert sum(text.startswith("Left ") and "SP 6" in text for text in spoken) == 1, spoken
    assert any("LR 3" in text for text in spoken)

    session = GuidedSession.objects.get(user=user)
    assert session.protocol.slug == "period-pain-acupressure" and session.hands_free
    steps = SessionStep.objects.filter(session=session)
    assert steps.count() == 6  # three points, both sides
    steps.update(status=SessionStep.Status.DONE, actual_seconds=F("duration_seconds"))
    page.get_by_role("group", name=re.compile("How bad is your pain")).get_by_role(
        "radio", name="4", exact=True
    ).check()
    page.get_by_role("button", name="Save and finish").click()
    expect(page.get_by_role("heading", name="Session complete")).to_be_visible()

    # The plan counts it.
    page.goto("/")
    today = page.get_by_role("region", name="Today")
    expect(today).to_contain_text("1 of 7 this week")
    today.get_by_role("link", name="Period pain acupressure").click()
    expect(page.get_by_text("1 of 7 this week")).to_be_visible()
    expect(page.get_by_text("Today: 1 of 1 done")).to_be_visible()
    shot(page, "journey-plan")

    # The weekly PEG.
    page.get_by_role("link", name="Check in for week 1").click()
    for legend, answer in [("on average", "6"), ("enjoyment of life", "5"),
                           ("general activity", "4")]:  # fmt: skip
        group = page.get_by_role("group", name=re.compile(legend))
        group.get_by_role("radio", name=answer, exact=True).check()
    expect(page.get_by_text("Krebs EE")).to_be_visible()
    page.get_by_role("button", name="Save this week's check-in").click()
    expect(page.get_by_text(re.compile("saved"))).to_be_visible()

    # All of it in the report.
    today_iso = timezone.localdate().isoformat()
    page.goto(f"/sessions/report/?complaint=period-pain&start={today_iso}&end={today_iso}")
    report = page.locator("main")
    expect(report).to_contain_text("Period pain acupressure")
    expect(report).to_contain_text("PEG")
    expect(report).to_contain_text("5.0")  # the PEG score: (6 + 5 + 4) / 3
    expect(report.get_by_role("cell", name="7 → 4")).to_be_visible()  # before → after
    expect(report).to_contain_text("100 % of the 1 session due")  # adherence
    shot(page, "journey-report")
