import os
from pathlib import Path

import pytest
from django.apps import apps

from points.seed import load_catalog

# Playwright's sync API runs an event loop in this thread; Django's ORM must still be allowed.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
]


@pytest.fixture
def catalog(transactional_db):
    """live_server needs committed data; a transactional test starts from empty tables."""
    load_catalog(apps)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"{CHROMIUM} is missing: apt-get install chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def console_errors_expected() -> list[str]:
    """Texts of console errors a test causes on purpose (e.g. going offline)."""
    return []


@pytest.fixture
def context_options() -> dict:
    """More options for the page's browser context (e.g. a time zone)."""
    return {}


@pytest.fixture
def page(browser, live_server, catalog, console_errors_expected, context_options):
    """A phone-sized page on the live server that fails the test on any console error."""
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        has_touch=True,
        **context_options,
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert [e for e in errors if not any(x in e for x in console_errors_expected)] == []


@pytest.fixture
def admin_page(page, catalog):
    """The page, logged in to the admin as a superuser on a desktop-sized viewport."""
    from django.contrib.auth.models import User

    User.objects.create_superuser("admin", "admin@example.com", "a-long-admin-password")
    page.set_viewport_size({"width": 1200, "height": 900})
    page.goto("/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("a-long-admin-password")
    page.get_by_role("button", name="Log in").click()
    return page
