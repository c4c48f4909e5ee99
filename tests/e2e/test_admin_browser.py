import pytest
from playwright.sync_api import expect

from points.models import Protocol

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_staff_reorder_steps_with_the_move_buttons_and_see_durations_as_minutes(admin_page):
    page = admin_page

    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    page.goto(f"/admin/points/protocol/{protocol.pk}/change/")
    duration = page.locator('input[name="steps-0-duration_seconds"]')
    duration.fill("95")
    expect(page.locator(".step-duration-preview").first).to_have_text(" = 1:35")

    page.get_by_role("button", name="↓ Move down").first.click()
    expect(page.locator('input[name="steps-0-order"]')).to_have_value("2")
    expect(page.locator('input[name="steps-1-order"]')).to_have_value("1")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.locator(".messagelist")).to_contain_text("Published as version 2")
    steps = protocol.steps.select_related("point")
    assert [(s.point.code, s.duration_seconds) for s in steps] == [("SI 3", 120), ("LI 4", 95)]
