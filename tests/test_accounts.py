import re

import pytest
from django.contrib.auth.models import User

from tests.helpers import PASSWORD, signup_data

pytestmark = pytest.mark.django_db

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)")
INLINE_STYLE = re.compile(r" style=|<style")


@pytest.fixture
def user():
    return User.objects.create_user("sam", password=PASSWORD)


def test_signup_creates_the_user_logs_them_in_and_goes_to_next(client):
    response = client.post(
        "/accounts/signup/", signup_data(email="mira@example.com", next="/points/")
    )
    assert response.status_code == 302
    assert response.url == "/points/"
    user = User.objects.get(username="mira")
    assert user.email == "mira@example.com"
    assert user.check_password(PASSWORD)
    assert client.session["_auth_user_id"] == str(user.pk)
    page = client.get(response.url)
    assert "Welcome, mira" in page.content.decode()
    assert "Log out" in page.content.decode()


def test_signup_takes_next_from_the_query_string(client):
    response = client.post("/accounts/signup/?next=/points/st-36/", signup_data())
    assert response.url == "/points/st-36/"


def test_signup_page_carries_next_in_a_hidden_input(client):
    response = client.get("/accounts/signup/?next=/points/")
    assert '<input type="hidden" name="next" value="/points/">' in response.content.decode()


def test_signup_with_an_unsafe_next_goes_home(client):
    response = client.post("/accounts/signup/", signup_data(next="https://evil.example/"))
    assert response.status_code == 302
    assert response.url == "/"
    assert User.objects.filter(username="mira").exists()


def test_signup_page_drops_an_unsafe_next(client):
    html = client.get("/accounts/signup/?next=https://evil.example/").content.decode()
    assert 'name="next"' not in html
    assert 'href="/accounts/login/?next=https' not in html


def test_signup_without_email_is_fine(client):
    response = client.post("/accounts/signup/", signup_data())
    assert response.status_code == 302
    assert User.objects.get(username="mira").email == ""


@pytest.mark.parametrize(
    ("password1", "password2", "message", "under"),
    [
        (PASSWORD, PASSWORD + "x", "The two password fields didn’t match.", "password2"),
        # A weak password is named under "Password", where it was typed (D20).
        ("x7#q", "x7#q", "This password is too short.", "password1"),
        ("password123", "password123", "This password is too common.", "password1"),
    ],
)
def test_signup_with_a_bad_password_shows_the_error_and_creates_no_user(
    client, password1, password2, message, under
):
    response = client.post(
        "/accounts/signup/", signup_data(password1=password1, password2=password2)
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    errors = re.search(f'id="id_{under}_error" role="alert">(.*?)</div>', html, re.DOTALL)
    assert errors and message in errors.group(1)
    assert not User.objects.filter(username="mira").exists()
    assert "_auth_user_id" not in client.session


def test_signup_refuses_a_username_already_taken(client, user):
    response = client.post("/accounts/signup/", signup_data(username="Sam"))
    assert response.status_code == 200
    assert "A user with that username already exists." in response.content.decode()
    assert User.objects.filter(username__iexact="sam").count() == 1


def test_signup_when_logged_in_goes_home(client_in):
    response = client_in.get("/accounts/signup/")
    assert response.status_code == 302
    assert response.url == "/"


def test_login_works_and_honours_next(client, user):
    response = client.post(
        "/accounts/login/", {"username": "sam", "password": PASSWORD, "next": "/points/"}
    )
    assert response.status_code == 302
    assert response.url == "/points/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_without_next_goes_home(client, user):
    response = client.post("/accounts/login/", {"username": "sam", "password": PASSWORD})
    assert response.url == "/"


def test_login_page_links_to_signup_keeping_next(client):
    response = client.get("/accounts/login/?next=/points/")
    html = response.content.decode()
    assert '<input type="hidden" name="next" value="/points/">' in html
    assert 'href="/accounts/signup/?next=/points/"' in html


def test_login_with_a_wrong_password_shows_the_message(client, user):
    response = client.post("/accounts/login/", {"username": "sam", "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please enter a correct username and password." in html
    assert 'role="alert"' in html
    assert "_auth_user_id" not in client.session


def test_logout_refuses_get_and_keeps_the_user_logged_in(client_in):
    response = client_in.get("/accounts/logout/")
    assert response.status_code == 405
    assert "_auth_user_id" in client_in.session


def test_logout_by_post_logs_out_and_goes_home(client_in):
    response = client_in.post("/accounts/logout/")
    assert response.status_code == 302
    assert response.url == "/"
    assert "_auth_user_id" not in client_in.session


def test_password_change_works_for_a_logged_in_user(client_in, user):
    response = client_in.post(
        "/accounts/password_change/",
        {
            "old_password": PASSWORD,
            "new_password1": "quiet-harbour-evening-7",
            "new_password2": "quiet-harbour-evening-7",
        },
    )
    assert response.status_code == 302
    assert response.url == "/accounts/password_change/done/"
    user.refresh_from_db()
    assert user.check_password("quiet-harbour-evening-7")
    assert "_auth_user_id" in client_in.session
    assert "Password changed" in client_in.get(response.url).content.decode()


def test_password_change_with_a_wrong_old_password_changes_nothing(client_in, user):
    response = client_in.post(
        "/accounts/password_change/",
        {
            "old_password": "wrong",
            "new_password1": "quiet-harbour-evening-7",
            "new_password2": "quiet-harbour-evening-7",
        },
    )
    assert response.status_code == 200
    assert "Your old password was entered incorrectly." in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


@pytest.mark.parametrize("url", ["/accounts/password_change/", "/accounts/password_change/done/"])
def test_password_change_requires_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == f"/accounts/login/?next={url}"


def test_password_reset_pages_do_not_exist_where_the_site_sends_no_email(client, settings):
    settings.PASSWORD_RESET_BY_EMAIL = False
    assert client.get("/accounts/password_reset/").status_code == 404
    assert "Forgot your password?" not in client.get("/accounts/login/").content.decode()


PAGES = {
    "/accounts/signup/": ["id_username", "id_email", "id_password1", "id_password2", "id_adult"],
    "/accounts/login/": ["id_username", "id_password"],
    "/accounts/password_change/": ["id_old_password", "id_new_password1", "id_new_password2"],
    "/accounts/password_change/done/": [],
}


@pytest.mark.parametrize(("url", "inputs"), PAGES.items())
def test_account_pages_label_every_input_and_have_no_inline_script_or_style(
    client, user, url, inputs
):
    if url.startswith("/accounts/password_change/"):
        client.force_login(user)
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    for input_id in inputs:
        assert f'<label for="{input_id}"' in html
    visible_inputs = re.findall(r'<input (?![^>]*type="hidden")[^>]*\bid="([^"]+)"', html)
    assert sorted(visible_inputs) == sorted(inputs)
    assert not INLINE_SCRIPT.search(html)
    assert not INLINE_STYLE.search(html)


def test_signup_and_login_say_an_account_is_optional_for_browsing(client):
    for url in ["/accounts/signup/", "/accounts/login/"]:
        assert "Browsing points and routines needs no account." in (
            client.get(url).content.decode()
        )


def test_password_help_is_linked_to_its_input(client):
    html = client.get("/accounts/signup/").content.decode()
    assert 'aria-describedby="id_password1_helptext"' in html
    assert 'id="id_password1_helptext"' in html


def test_signup_asks_for_an_adult_and_refuses_without_it(client):
    page = client.get("/accounts/signup/").content.decode()
    assert "I am 18 or over" in page and 'name="adult"' in page
    response = client.post("/accounts/signup/", signup_data(adult=""))
    assert response.status_code == 200
    assert "please confirm you are 18 or over" in response.content.decode()
    assert not User.objects.filter(username="mira").exists()


def test_every_page_says_the_app_is_for_adults(client):
    assert "For adults (18 and over)" in client.get("/").content.decode()


def test_a_weak_new_password_is_named_under_new_password(client_in, user):
    response = client_in.post(
        "/accounts/password_change/",
        {"old_password": PASSWORD, "new_password1": "short", "new_password2": "short"},
    )
    page = response.content.decode()
    errors = re.search(r'id="id_new_password1_error" role="alert">(.*?)</div>', page, re.DOTALL)
    assert errors and "too short" in errors.group(1)
    assert 'id="id_new_password2_error"' not in page
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
