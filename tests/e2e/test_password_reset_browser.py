"""A forgotten password, reset the whole way: the form, a real SMTP delivery to a local server
(aiosmtpd), the link in the mail, a new password, and logging in with it."""

import re
import socket
import time
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

OLD_PASSWORD = "a-long-test-password"
NEW_PASSWORD = "quiet-harbour-evening-7"


class Inbox:
    """aiosmtpd's handler: keeps every message delivered to it."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def wait_for_message(self, timeout: float = 5) -> EmailMessage:
        deadline = time.monotonic() + timeout
        while not self.messages:
            assert time.monotonic() < deadline, "no mail arrived"
            time.sleep(0.05)
        return self.messages[-1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def inbox(settings):
    """A local SMTP server in a thread; the app sends its mail there, as EMAIL_URL
    smtp://127.0.0.1:<port> would have it."""
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = controller.hostname, controller.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.PASSWORD_RESET_BY_EMAIL = True
    yield handler
    controller.stop()


def test_a_forgotten_password_is_reset_through_the_emailed_link(page: Page, inbox, live_server):
    User.objects.create_user("sam", email="sam@example.com", password=OLD_PASSWORD)

    page.goto("/accounts/login/")
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email").fill("sam@example.com")
    page.get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()

    message = inbox.wait_for_message()
    assert message["To"] == "sam@example.com"
    assert message["Subject"] == "Reset your password for Acupressure self-care"
    body = message.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"http://\S+/accounts/reset/\S+/", body)
    assert link, body
    assert link.group(0).startswith(live_server.url)  # the request's own host

    page.goto(link.group(0))
    expect(page.get_by_role("heading", name="Choose a new password")).to_be_visible()
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password confirmation").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set the new password").click()
    expect(page.get_by_role("heading", name="Your password is reset")).to_be_visible()

    page.get_by_role("link", name="Log in", exact=True).last.click()
    page.get_by_label("Username").fill("sam")
    page.get_by_label("Password").fill(OLD_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("Please enter a correct username and password.")).to_be_visible()
    page.get_by_label("Password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_text("Logged in as sam")).to_be_visible()

    # The link worked once: opened again, it says so.
    page.goto(link.group(0))
    expect(page.get_by_role("heading", name="This link no longer works")).to_be_visible()
