"""The browser's own time zone reaches the server at sign-up and login, and times show in it."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from accounts.models import Profile
from points.models import Protocol
from tests.helpers import PASSWORD, browser_log_in, stored_session

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def context_options() -> dict:
    return {"timezone_id": "America/New_York"}


def test_a_browser_in_new_york_sees_new_york_times(page):
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
    session = stored_session(mira, routine, started_at=started, pain_before=6, pain_after=3)
    page.goto(f"/sessions/{session.pk}/")
    expect(page.get_by_text("started 11 Nov 2026, 00:56")).to_be_visible()

    # Moved to London in settings, kept there at the next login from New York.
    page.goto("/accounts/settings/")
    page.get_by_label("Your time zone").select_option("Europe/London")
    page.get_by_label("Take it from my device each time I log in").uncheck()
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved: times now show in Europe/London.")).to_be_visible()
    page.get_by_role("button", name="Log out").click()
    browser_log_in(page, f"/sessions/{session.pk}/", "mira")
    expect(page.get_by_text("started 11 Nov 2026, 05:56")).to_be_visible()
