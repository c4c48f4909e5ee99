"""The weekly PEG check-in and the end-of-plan review on a phone (390×844): screenshots go to
/tmp/shots/outcome-*.png."""

import pytest
from playwright.sync_api import Page, expect

from sessions.models import CheckIn, Plan
from sessions.outcomes import PEG_ITEMS
from tests.helpers import browser_log_in, peg, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_answering_the_weekly_peg_on_a_phone_shows_the_score(page: Page, make_plan):
    plan = make_plan(days_ago=8)
    peg(plan, 1, 6, days_ago=7)
    browser_log_in(page, f"/sessions/plans/{plan.pk}/check-in/")

    expect(page.get_by_role("heading", name="Week 2 check-in")).to_be_visible()
    for item, answer in zip(PEG_ITEMS, (5, 4, 3), strict=True):
        scale = page.get_by_role("group", name=item.question, exact=True)
        option = scale.get_by_role("radio", name=str(answer), exact=True)
        box = scale.locator("label.pain-option").nth(answer).bounding_box()
        assert box and box["height"] >= 44 and box["width"] >= 44  # a thumb-sized target
        option.check()
    expect(page.get_by_text("Krebs EE, Lorenz KA, Bair MJ")).to_be_visible()
    shot(page, "outcome-check-in")

    page.get_by_role("button", name="Save this week's check-in").click()
    expect(page).to_have_url(f"{page.url.split('/sessions/')[0]}/sessions/plans/{plan.pk}/")
    expect(page.get_by_text("Week 2 check-in saved: your score is 4.0.")).to_be_visible()
    shot(page, "outcome-plan")
    assert CheckIn.objects.get(plan=plan, week=2).score == 4.0

    page.goto("/sessions/trends/leg-pain/")
    table = page.get_by_role("table", name="Weekly check-ins in this plan, oldest first")
    expect(table.get_by_role("row")).to_have_count(3)
    expect(table.get_by_role("cell", name="4.0", exact=True)).to_be_visible()
    expect(table.get_by_role("cell", name="6.0", exact=True)).to_be_visible()
    shot(page, "outcome-trend")


def test_the_end_of_plan_review_on_a_phone(page: Page, make_plan):
    plan = make_plan(days_ago=29)
    peg(plan, 1, 6, days_ago=28)
    peg(plan, 4, 3, days_ago=2)
    browser_log_in(page, f"/sessions/plans/{plan.pk}/review/")

    expect(page.get_by_role("heading", name="Your plan in review")).to_be_visible()
    expect(page.get_by_text("a fall of 50 %")).to_be_visible()
    page.get_by_role("radio", name="Much improved", exact=True).check()
    page.get_by_role("button", name="Save and see the suggestion").click()
    expect(page.get_by_role("heading", name="Keep going")).to_be_visible()
    shot(page, "outcome-review")
    assert Plan.objects.get(pk=plan.pk).pgic == 2
