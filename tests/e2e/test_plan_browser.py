"""A user follows a routine as a plan: starts it from the routine's page, sees the week's target
on the plan page and at home, does a session, and sees it counted."""

import re

import pytest
from django.contrib.auth.models import User
from django.db.models import F
from playwright.sync_api import Page, expect

from sessions import services
from sessions.models import GuidedSession, Plan, SessionStep
from tests.e2e.test_session_browser import answer_safety_check
from tests.helpers import PASSWORD, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ROUTINE = "/protocols/hand-routine-leg-pain/"


def finish_a_session(page: Page, user: User) -> None:
    """Start today's session from the plan page and answer the safety check in the browser;
    press every side in full through the services (the timer has its own browser tests)."""
    page.get_by_role("link", name="Start today's session").first.click()
    answer_safety_check(page, pain=6)
    expect(page).to_have_url(re.compile(r"/sessions/\d+/$"))
    session = GuidedSession.objects.get(user=user)
    SessionStep.objects.filter(session=session).exclude(status=SessionStep.Status.SKIPPED).update(
        status=SessionStep.Status.DONE, actual_seconds=F("duration_seconds")
    )
    services.session_finish(session_id=session.pk, user=user, pain_after=4)


def test_follow_a_routine_as_a_plan_and_see_a_session_count(page: Page):
    user = User.objects.create_user("robin", password=PASSWORD)
    page.goto(ROUTINE)
    page.get_by_role("link", name="Follow this as a plan").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    page.get_by_label("Username").fill("robin")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    expect(page.get_by_role("heading", name="Follow this as a plan")).to_be_visible()
    expect(page.get_by_label("Sessions a day")).to_have_value("1")
    expect(page.get_by_label("Days a week")).to_have_value("7")
    expect(page.get_by_label("Show a streak")).not_to_be_checked()
    shot(page, "plan-form")
    page.get_by_role("button", name="Start the plan").click()

    expect(page.get_by_role("heading", name="Your plan: Hand routine for leg pain")).to_be_visible()
    expect(page.get_by_text("Today: 0 of 1 done")).to_be_visible()
    expect(page.get_by_text("0 of 7 this week")).to_be_visible()
    expect(page.locator(".plan-day-current")).to_contain_text("Today")
    shot(page, "plan-page")
    plan = Plan.objects.get(user=user)

    page.goto("/")
    today = page.get_by_role("region", name="Today")
    expect(today).to_contain_text("0 of 7 this week")
    expect(today.get_by_role("link", name="Hand routine for leg pain")).to_be_visible()
    shot(page, "plan-home")

    page.goto(plan.get_absolute_url())
    finish_a_session(page, user)

    page.goto(plan.get_absolute_url())
    expect(page.get_by_text("1 of 7 this week")).to_be_visible()
    expect(page.get_by_text("Today: 1 of 1 done")).to_be_visible()
    expect(page.locator(".plan-day-current")).to_contain_text("Done")
    shot(page, "plan-page-done")
    page.goto("/")
    expect(page.get_by_role("region", name="Today")).to_contain_text("1 of 7 this week")
    shot(page, "plan-home-done")
