import re

import pytest
from playwright.sync_api import expect

from points.models import Point

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_live_search_swaps_the_results_without_reloading(page):
    page.goto("/points/")
    expect(page.locator(".point-list li")).to_have_count(Point.objects.count())
    page.evaluate("window.notReloaded = true")

    page.get_by_label("Search").fill("lv3")

    expect(page.locator(".point-list li")).to_have_count(1)
    expect(page.locator(".point-list")).to_contain_text("LR 3 Taichong")
    expect(page).to_have_url(re.compile(r"q=lv3"))
    assert page.evaluate("window.notReloaded") is True


def test_filters_work_without_javascript(browser, live_server, catalog):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/points/")
    page.get_by_label("Body region").select_option("hand")
    page.get_by_role("button", name="Show points").click()
    expect(page.locator(".point-list li")).to_have_count(2)
    context.close()


def test_from_complaint_to_routine(page):
    page.goto("/")
    page.get_by_role("link", name="Leg pain").click()
    expect(page.get_by_role("heading", name="Leg pain", exact=True)).to_be_visible()
    page.get_by_role("link", name="Hand routine for leg pain").click()
    expect(page.get_by_role("heading", name="Hand routine for leg pain")).to_be_visible()
    expect(page.locator(".steps .step")).to_have_count(2)
