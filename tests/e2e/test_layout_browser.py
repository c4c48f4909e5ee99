"""Phone layout: nothing scrolls sideways on a 320 px screen, logged in."""

import pytest

from tests.e2e.test_session_browser import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_logged_in_pages_fit_a_320_px_phone(page):
    log_in(page)
    page.set_viewport_size({"width": 320, "height": 640})
    for url in ["/", "/points/", "/sessions/", "/sessions/report/", "/points/map/"]:
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, (url, width)
