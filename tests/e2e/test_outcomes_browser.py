"""The weekly PEG check-in and the end-of-plan review on a phone (390×844): screenshots go to
/tmp/shots/outcome-*.png."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.utils import timezone
from playwright.sync_api import Page, expect

from points.models import Protocol
from sessions.models import CheckIn, Plan
from sessions.outcomes import PEG_ITEMS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
SHOTS = Path("/tmp/shots")


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"outcome-{name}.png"), full_page=True)


def a_plan(user: User, *, days_ago: int, weeks: int = 4) -> Plan:
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    start = timezone.localdate() - timedelta(days=days_ago)
    return Plan.objects.create(
        user=user,
        protocol=protocol,
        protocol_name=protocol.name,
        start_date=start,
        end_date=start + timedelta(days=weeks * 7 - 1),
        sessions_per_day=1,
        days_per_week=7,
        seconds_per_session=480,
    )


def a_peg(plan: Plan, week: int, score: int, *, days_ago: int) -> None:
    CheckIn.objects.create(
        plan=plan,
        week=week,
        kind=CheckIn.Kind.PEG,
        pain_average=score,
        enjoyment=score,
        activity=score,
        score=score,
        answered_at=timezone.now() - timedelta(days=days_ago),
    )


def log_in(page: Page, next_url: str) -> None:
    page.goto(f"/accounts/login/?next={next_url}")
    page.get_by_label("Username").fill("alex")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()


def test_answering_the_weekly_peg_on_a_phone_shows_the_score(page: Page):
    user = User.objects.create_user("alex", password=PASSWORD)
    plan = a_plan(user, days_ago=8)
    a_peg(plan, 1, 6, days_ago=7)
    log_in(page, f"/sessions/plans/{plan.pk}/check-in/")

    expect(page.get_by_role("heading", name="Week 2 check-in")).to_be_visible()
    for item, answer in zip(PEG_ITEMS, (5, 4, 3), strict=True):
        scale = page.get_by_role("group", name=item.question, exact=True)
        option = scale.get_by_role("radio", name=str(answer), exact=True)
        box = scale.locator("label.pain-option").nth(answer).bounding_box()
        assert box and box["height"] >= 44 and box["width"] >= 44  # a thumb-sized target
        option.check()
    expect(page.get_by_text("Krebs EE, Lorenz KA, Bair MJ")).to_be_visible()
    shot(page, "check-in")

    page.get_by_role("button", name="Save this week's check-in").click()
    expect(page).to_have_url(f"{page.url.split('/sessions/')[0]}/sessions/plans/{plan.pk}/")
    expect(page.get_by_text("Week 2 check-in saved: your score is 4.0.")).to_be_visible()
    shot(page, "plan")
    assert CheckIn.objects.get(plan=plan, week=2).score == 4.0

    page.goto("/sessions/trends/leg-pain/")
    table = page.get_by_role("table", name="Weekly check-ins in this plan, oldest first")
    expect(table.get_by_role("row")).to_have_count(3)
    expect(table.get_by_role("cell", name="4.0", exact=True)).to_be_visible()
    expect(table.get_by_role("cell", name="6.0", exact=True)).to_be_visible()
    shot(page, "trend")


def test_the_end_of_plan_review_on_a_phone(page: Page):
    user = User.objects.create_user("alex", password=PASSWORD)
    plan = a_plan(user, days_ago=29)
    a_peg(plan, 1, 6, days_ago=28)
    a_peg(plan, 4, 3, days_ago=2)
    log_in(page, f"/sessions/plans/{plan.pk}/review/")

    expect(page.get_by_role("heading", name="Your plan in review")).to_be_visible()
    expect(page.get_by_text("a fall of 50 %")).to_be_visible()
    page.get_by_role("radio", name="Much improved", exact=True).check()
    page.get_by_role("button", name="Save and see the suggestion").click()
    expect(page.get_by_role("heading", name="Keep going")).to_be_visible()
    shot(page, "review")
    assert Plan.objects.get(pk=plan.pk).pgic == 2
