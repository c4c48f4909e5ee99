"""A share link end to end on a phone (390×844): the user makes one, a second, anonymous
browser opens it, the user withdraws it, and an expired link says so. Screenshots go to
/tmp/shots/share-*.png."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from sessions import shares
from sessions.models import ShareLink
from tests.helpers import browser_log_in, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NOTE = "Worse after gardening, better by evening"


@pytest.fixture
def console_errors_expected() -> list[str]:
    # Chromium logs "Failed to load resource" for the 410 and 404 answers this test asks for.
    return ["status of 410", "status of 404"]


def anonymous_page(browser: Browser, base_url: str) -> Page:
    context = browser.new_context(base_url=base_url, viewport={"width": 390, "height": 844})
    return context.new_page()


def test_a_clinician_opens_the_link_until_the_user_withdraws_it(
    page: Page, browser: Browser, live_server, logged
):
    logged(7, 4, days_ago=6)
    logged(6, 3, days_ago=3, note=NOTE)
    logged(5, 2, days_ago=1)
    browser_log_in(page, "/sessions/shares/")

    expect(page.get_by_role("heading", name="Share a report with your clinician")).to_be_visible()
    page.get_by_label("Who it is for (optional)").fill("Dr Lee")
    expect(page.get_by_label("Valid for (days)")).to_have_value("14")
    shot(page, "share-form")
    page.get_by_role("button", name="Make a share link").click()
    url_box = page.get_by_label("Share link", exact=True)
    expect(url_box).to_have_attribute("readonly", "")
    url = url_box.input_value()
    assert "/sessions/shared/" in url
    shot(page, "share-created")

    clinician = anonymous_page(browser, live_server.url)
    clinician.goto(url)
    expect(
        clinician.get_by_text("Shared by the user of an acupressure self-care app, for Dr Lee")
    ).to_be_visible()
    expect(clinician.get_by_text(NOTE)).to_be_visible()
    expect(clinician.get_by_text("6 → 3").first).to_be_visible()
    expect(clinician.get_by_role("link", name="History")).to_have_count(0)
    expect(clinician.get_by_role("button", name="Log out")).to_have_count(0)
    assert clinician.context.cookies() == []
    shot(clinician, "share-opened")

    page.goto("/sessions/shares/")
    expect(page.get_by_text("Opened 1 time")).to_be_visible()
    page.get_by_role("button", name="Withdraw the link Dr Lee").click()
    expect(
        page.get_by_text("Withdrawn: the link for Dr Lee no longer opens the report.")
    ).to_be_visible()
    expect(page.get_by_text("(withdrawn)")).to_be_visible()
    shot(page, "share-withdrawn-list")

    clinician.reload()
    expect(
        clinician.get_by_role("heading", name="The person who shared this report has withdrawn it")
    ).to_be_visible()
    expect(clinician.get_by_text(NOTE)).to_have_count(0)
    shot(clinician, "share-withdrawn")
    clinician.context.close()


def test_an_expired_link_says_it_has_expired(page: Page, user, logged):
    logged(7, 4, days_ago=6, note=NOTE)
    today = timezone.localdate()
    made = shares.create_link(
        user=user,
        form_token=None,
        label="Dr Lee",
        complaint=None,
        start=today - timedelta(days=30),
        end=today,
        include_notes=True,
        include_safety=True,
        days=14,
    )
    ShareLink.objects.filter(pk=made.link.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    page.goto(f"/sessions/shared/{made.token}/")
    expect(page.get_by_role("heading", name="This link has expired")).to_be_visible()
    expect(page.get_by_text(NOTE)).to_have_count(0)
    shot(page, "share-expired")

    page.goto("/sessions/shared/a-guess-at-someone-elses-token/")
    expect(page.get_by_text(NOTE)).to_have_count(0)
    assert "expired" not in page.content() and "withdrawn" not in page.content()
