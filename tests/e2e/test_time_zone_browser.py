"""The browser's own time zone reaches the server at sign-up and login, and times show in it."""

from datetime import UTC, datetime, timedelta

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from accounts.models import Profile
from points.models import Protocol
from sessions.models import GuidedSession

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def new_york_page(browser, live_server, catalog):
    context = browser.new_context(
        base_url=live_server.url,
        timezone_id="America/New_York",
        viewport={"width": 390, "height": 844},
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


def test_a_browser_in_new_york_sees_new_york_times(new_york_page):
    page = new_york_page
    page.goto("/accounts/signup/")
    page.get_by_label("Username").fill("mira")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_label("I am 18 or over").check()
    page.get_by_role("button", name="Create account").click()
    expect(page.get_by_text("Welcome, mira")).to_be_visible()
    mira = User.objects.get(username="mira")
    assert Profile.objects.get(user=mira).time_zone == "America/New_York"

    routine = Protocol.objects.select_related("complaint").get(slug="hand-routine-leg-pain")
    started = datetime(2026, 11, 11, 5, 56, tzinfo=UTC)  # 00:56 in New York
    session = GuidedSession.objects.create(
        user=mira,
        protocol=routine,
        complaint=routine.complaint,
        protocol_name=routine.name,
        complaint_name=routine.complaint.name,
        status=GuidedSession.Status.COMPLETED,
        started_at=started,
        finished_at=started + timedelta(minutes=10),
        pain_before=6,
        pain_after=3,
    )
    page.goto(f"/sessions/{session.pk}/")
    expect(page.get_by_text("started 11 Nov 2026, 00:56")).to_be_visible()

    # Moved to London in settings, kept there at the next login from New York.
    page.goto("/accounts/settings/")
    page.get_by_label("Your time zone").select_option("Europe/London")
    page.get_by_label("Take it from my device each time I log in").uncheck()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved: times now show in Europe/London.")).to_be_visible()
    page.get_by_role("button", name="Log out").click()
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill("mira")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"/sessions/{session.pk}/")
    expect(page.get_by_text("started 11 Nov 2026, 05:56")).to_be_visible()
