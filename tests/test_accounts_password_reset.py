"""Password reset by email, with Django's views: one answer whether or not an account has the
address, links built from the request's (allowed) host, a limit per client and per address."""

import re

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.exceptions import ImproperlyConfigured

from config.settings import email_settings
from tests.helpers import html

pytestmark = pytest.mark.django_db

PASSWORD = "slow-river-morning-42"
NEW_PASSWORD = "quiet-harbour-evening-7"
LINK = re.compile(r"(https?)://([^/\s]+)(/accounts/reset/[^/\s]+/[^/\s]+/)")


@pytest.fixture(autouse=True)
def fresh_limits():
    """The limits count in the database cache, which outlives each test's transaction."""
    from django.core.cache import caches

    caches["shared"].clear()


@pytest.fixture
def sam(db):
    return User.objects.create_user("sam", email="sam@example.com", password=PASSWORD)


def reset_link(message) -> tuple[str, str, str]:
    match = LINK.search(message.body)
    assert match, message.body
    return match.group(1), match.group(2), match.group(3)


def test_the_login_page_links_to_the_reset(client):
    page = html(client.get("/accounts/login/"))
    assert '<a href="/accounts/password_reset/">Forgot your password?</a>' in page


def test_a_reset_mails_a_link_that_sets_a_new_password(client, sam):
    response = client.post("/accounts/password_reset/", {"email": "Sam@Example.com"})
    assert response.status_code == 302
    assert response.url == "/accounts/password_reset/done/"
    [message] = mail.outbox
    assert message.to == ["sam@example.com"]
    assert message.subject == "Reset your password for Acupressure self-care"
    assert "Your username is sam." in message.body
    _, _, path = reset_link(message)
    form = client.get(path, follow=True)
    assert "Choose a new password" in html(form)
    set_password = form.redirect_chain[-1][0]
    done = client.post(set_password, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert done.url == "/accounts/reset/done/"
    assert "Your password is reset" in html(client.get(done.url))
    sam.refresh_from_db()
    assert sam.check_password(NEW_PASSWORD)
    # Used once: the same link no longer works.
    assert "This link no longer works" in html(client.get(path, follow=True))


def test_the_answer_is_the_same_whether_or_not_an_account_has_the_address(client, sam):
    known = client.post("/accounts/password_reset/", {"email": "sam@example.com"}, follow=True)
    unknown = client.post("/accounts/password_reset/", {"email": "nobody@example.com"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain
    # The same page, but for its (masked, so each time new) CSRF token.
    token = re.compile(r'"x-csrftoken": "[^"]+"')
    assert token.sub("", html(known)) == token.sub("", html(unknown))
    assert "If an account has that email address" in html(known)
    assert len(mail.outbox) == 1


def test_the_link_uses_the_requests_host_and_https_behind_the_proxy(client, sam, settings):
    settings.ALLOWED_HOSTS = ["acupressure.example.org"]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    client.post(
        "/accounts/password_reset/",
        {"email": "sam@example.com"},
        headers={"host": "acupressure.example.org", "x-forwarded-proto": "https"},
    )
    scheme, host, _ = reset_link(mail.outbox[0])
    assert (scheme, host) == ("https", "acupressure.example.org")


def test_a_forged_host_gets_no_mail(client, sam, settings):
    settings.ALLOWED_HOSTS = ["acupressure.example.org"]
    response = client.post(
        "/accounts/password_reset/", {"email": "sam@example.com"}, headers={"host": "evil.example"}
    )
    assert response.status_code == 400
    assert mail.outbox == []


def test_a_bad_new_password_is_named_under_new_password(client, sam):
    client.post("/accounts/password_reset/", {"email": "sam@example.com"})
    _, _, path = reset_link(mail.outbox[0])
    form = client.get(path, follow=True)
    page = html(
        client.post(form.redirect_chain[-1][0], {"new_password1": "x7#q", "new_password2": "x7#q"})
    )
    errors = re.search(r'id="id_new_password1_error" role="alert">(.*?)</div>', page, re.DOTALL)
    assert errors and "This password is too short." in errors.group(1)
    sam.refresh_from_db()
    assert sam.check_password(PASSWORD)


def test_a_reset_lifts_a_login_lockout(client, sam):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "sam", "password": "wrong"})
    assert (
        client.post("/accounts/login/", {"username": "sam", "password": PASSWORD}).status_code
        == 429
    )
    client.post("/accounts/password_reset/", {"email": "sam@example.com"})
    _, _, path = reset_link(mail.outbox[0])
    form = client.get(path, follow=True)
    client.post(
        form.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    response = client.post("/accounts/login/", {"username": "sam", "password": NEW_PASSWORD})
    assert response.status_code == 302


def test_requests_from_one_address_are_limited(client, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = (3, 3600)
    for _ in range(3):
        response = client.post("/accounts/password_reset/", {"email": "a@example.com"})
        assert response.status_code == 302
    response = client.post("/accounts/password_reset/", {"email": "b@example.com"})
    assert response.status_code == 429
    assert "too many password reset requests" in html(response)
    # Another address is not held back.
    other = client.post(
        "/accounts/password_reset/", {"email": "a@example.com"}, REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_one_address_gets_at_most_three_mails_an_hour_and_the_page_does_not_say(client, sam):
    answers = [
        client.post(
            "/accounts/password_reset/", {"email": "sam@example.com"}, REMOTE_ADDR=f"10.0.0.{n}"
        )
        for n in range(5)
    ]
    assert [a.url for a in answers] == ["/accounts/password_reset/done/"] * 5
    assert len(mail.outbox) == 3


def test_reset_pages_are_plain_forms_with_labels_and_no_inline_script(client):
    page = html(client.get("/accounts/password_reset/"))
    assert '<label for="id_email">Email</label>' in page
    assert 'autocomplete="email"' in page
    assert "<script>" not in page and " style=" not in page


def test_a_broken_link_says_so_and_offers_a_new_one(client, sam):
    page = html(client.get("/accounts/reset/MQ/set-password/", follow=True))
    assert "This link no longer works" in page
    assert 'href="/accounts/password_reset/"' in page


@pytest.mark.parametrize(
    "url", ["/accounts/password_reset/", "/accounts/password_reset/done/", "/accounts/reset/done/"]
)
def test_without_email_the_reset_pages_do_not_exist(client, settings, url):
    settings.PASSWORD_RESET_BY_EMAIL = False
    assert client.get(url).status_code == 404


# --- EMAIL_URL ------------------------------------------------------------------------------


def test_email_url_smtp_with_starttls():
    assert email_settings("smtp://mailer%40example.org:p%40ss@smtp.example.org:587?tls=1") == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "mailer@example.org",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
        "EMAIL_TIMEOUT": 10,
    }


def test_email_url_smtps_defaults_to_port_465_and_ssl():
    options = email_settings("smtps://smtp.example.org?timeout=5")
    assert (options["EMAIL_PORT"], options["EMAIL_USE_SSL"], options["EMAIL_USE_TLS"]) == (
        465,
        True,
        False,
    )
    assert options["EMAIL_TIMEOUT"] == 5


def test_email_url_console_and_none():
    assert email_settings("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    assert email_settings("")["EMAIL_BACKEND"].endswith("dummy.EmailBackend")


@pytest.mark.parametrize("url", ["smtp://", "http://mail.example.org", "postgres://x@y/z"])
def test_email_url_mistakes_stop_the_start(url):
    with pytest.raises(ImproperlyConfigured):
        email_settings(url)


def test_signup_says_the_email_is_what_resets_a_forgotten_password(client):
    page = html(client.get("/accounts/signup/"))
    assert "Only to reset a forgotten password: without it, it cannot be reset." in page
