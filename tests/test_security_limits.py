"""Rate limits as an attacker meets them (security review F1, F5, F6, F14): login lockout and
the sign-up limit behind the TLS proxy `make serve` runs behind, password spraying from one
address, password re-checks, and the minimum password length."""

import pytest
from django.contrib.auth.models import User

from tests.helpers import PASSWORD
from tests.test_config import run_json, run_ok
from tests.test_production import PRODUCTION, collect_static

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"  # gunicorn's only client: the TLS proxy on the same machine
ATTACKER, VICTIM = "203.0.113.66", "198.51.100.7"


@pytest.fixture
def behind_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def login(client, username="alex", password="wrong-guess", *, forwarded=None, address=PROXY):
    """A login post as the proxy passes it on: X-Forwarded-For ends with the client's address."""
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    data = {"username": username, "password": password}
    return client.post("/accounts/login/", data, REMOTE_ADDR=address, **extra)


def signup(client, username: str, *, forwarded: str):
    data = {"username": username, "password1": PASSWORD, "password2": PASSWORD, "adult": "on"}
    response = client.post(
        "/accounts/signup/", data, REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded
    )
    client.logout()
    return response


# --- F1: behind the proxy -----------------------------------------------------------------------


def test_an_attacker_behind_the_proxy_cannot_lock_out_a_victim_on_another_address(
    client, user, behind_proxy
):
    statuses = [login(client, forwarded=ATTACKER).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    assert login(client, password=PASSWORD, forwarded=VICTIM).status_code == 302
    client.logout()
    # The attacker stays locked out, even with the right password.
    assert login(client, password=PASSWORD, forwarded=ATTACKER).status_code == 429


def test_a_forged_left_hand_forwarded_address_is_ignored(client, user, behind_proxy):
    # The attacker sends their own X-Forwarded-For; the proxy appends the address it saw.
    for number in range(4):
        assert login(client, forwarded=f"10.0.0.{number}, {ATTACKER}").status_code == 200
    assert login(client, forwarded=f"{VICTIM}, {ATTACKER}").status_code == 429
    assert login(client, password=PASSWORD, forwarded=VICTIM).status_code == 302


def test_ten_sign_ups_behind_the_proxy_do_not_block_a_new_address(client, behind_proxy):
    for number in range(10):
        assert signup(client, f"early{number}", forwarded=f"198.51.100.{number}").status_code == 302
    assert signup(client, "newcomer", forwarded="192.0.2.55").status_code == 302


def test_the_sign_up_limit_still_counts_one_address_behind_the_proxy(client, behind_proxy):
    for number in range(10):
        forged = f"10.0.0.{number}, {ATTACKER}"
        assert signup(client, f"bot{number}", forwarded=forged).status_code == 302
    assert signup(client, "bot10", forwarded=f"10.9.9.9, {ATTACKER}").status_code == 429


def test_a_forwarded_entry_that_is_not_an_address_falls_back_to_the_connection(
    client, user, behind_proxy
):
    for _ in range(5):
        login(client, forwarded="not-an-address")
    assert login(client, password=PASSWORD, forwarded="not-an-address").status_code == 429
    # Locked by the proxy's own address, not by the garbage.
    assert login(client, password=PASSWORD, forwarded=VICTIM).status_code == 302


PROXY_RUN = """
import json, django
django.setup()
from django.conf import settings
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
call_command("createcachetable", verbosity=0)
User.objects.create_user("victim", password="a-long-test-password")

def post(path, data, forwarded):
    client = Client(HTTP_HOST="acupressure.example.org")
    response = client.post(path, data, secure=True, REMOTE_ADDR="127.0.0.1",
                           HTTP_X_FORWARDED_FOR=forwarded)
    return response.status_code

def login(password, forwarded):
    return post("/accounts/login/", {"username": "victim", "password": password}, forwarded)

def signup(name, forwarded):
    data = {"username": name, "password1": "a-long-test-password",
            "password2": "a-long-test-password", "adult": "on"}
    return post("/accounts/signup/", data, forwarded)

print(json.dumps({
    "debug": settings.DEBUG,
    "proxies": settings.TRUSTED_PROXY_COUNT,
    "attacker": [login("bad-guess", "203.0.113.66") for _ in range(5)],
    "forged": login("a-long-test-password", "198.51.100.7, 203.0.113.66"),
    "victim": login("a-long-test-password", "198.51.100.7"),
    "signups": [signup(f"user{n}", f"198.51.100.{n}") for n in range(10)],
    "new_address": signup("newcomer", "192.0.2.55"),
}))
"""


@pytest.mark.slow
def test_production_defaults_trust_the_one_proxy_make_serve_runs_behind(tmp_path):
    # As README's production example runs it: no DJANGO_TRUSTED_PROXY_COUNT set.
    seen = run_json(
        PROXY_RUN,
        **PRODUCTION,
        DJANGO_STATIC_ROOT=str(collect_static(tmp_path / "static")),
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    )
    assert seen["debug"] is False
    assert seen["proxies"] == 1
    assert seen["attacker"] == [200, 200, 200, 200, 429]
    assert seen["forged"] == 429  # the left-hand entry is the attacker's own
    assert seen["victim"] == 302
    assert seen["signups"] == [302] * 10
    assert seen["new_address"] == 302


@pytest.mark.slow
def test_development_defaults_trust_no_proxy():
    output = run_ok(
        "import django; django.setup(); from django.conf import settings;"
        "print(settings.DEBUG, settings.TRUSTED_PROXY_COUNT)"
    )
    assert output.split() == ["True", "0"]


# --- F6: password spraying ----------------------------------------------------------------------


def test_password_spraying_from_one_address_is_blocked_across_usernames(client, user, settings):
    assert settings.ADDRESS_FAILURE_LIMIT == 20
    # 4 guesses for each of 5 accounts: under each account's limit, 20 from the address.
    for number in range(5):
        for _ in range(4):
            assert login(client, f"member{number}").status_code == 200
    response = login(client, "alex", PASSWORD)
    assert response.status_code == 429
    assert "20 failed logins from your network" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert login(client, "member9").status_code == 429


def test_password_spraying_from_one_address_does_not_block_another(client, user):
    for number in range(5):
        for _ in range(4):
            login(client, f"member{number}")
    assert login(client, "alex", PASSWORD, address="192.0.2.8").status_code == 302


def test_fewer_failures_from_an_address_still_let_its_users_log_in(client, user):
    for number in range(19):
        login(client, f"member{number}")
    assert login(client, "alex", PASSWORD).status_code == 302


# --- F5: password re-checks ---------------------------------------------------------------------

NEW_PASSWORD = "quiet-harbour-evening-7"


def change_password(client, old_password):
    data = {"old_password": old_password, "new_password1": NEW_PASSWORD}
    return client.post("/accounts/password_change/", data | {"new_password2": NEW_PASSWORD})


def delete_account(client, password):
    return client.post("/accounts/delete/", {"password": password})


def test_five_wrong_old_passwords_pause_password_change_with_a_clear_message(client_in, user):
    for _ in range(4):
        response = change_password(client_in, "wrong-guess")
        assert response.status_code == 200
        assert "Your old password was entered incorrectly" in response.content.decode()
    response = change_password(client_in, "wrong-guess")
    assert response.status_code == 429
    assert "The password was wrong 5 times" in response.content.decode()
    assert "Please try again in" in response.content.decode()
    # The right password is refused too while paused, and nothing changed.
    assert change_password(client_in, PASSWORD).status_code == 429
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_five_wrong_passwords_pause_account_deletion(client_in, user):
    for _ in range(4):
        assert delete_account(client_in, "wrong-guess").status_code == 200
    response = delete_account(client_in, "wrong-guess")
    assert response.status_code == 429
    assert "The password was wrong 5 times" in response.content.decode()
    assert delete_account(client_in, PASSWORD).status_code == 429
    assert User.objects.filter(pk=user.pk).exists()


def test_password_change_and_deletion_share_one_count_per_user(client_in, user, other_user):
    for _ in range(3):
        change_password(client_in, "wrong-guess")
    delete_account(client_in, "wrong-guess")
    assert delete_account(client_in, "wrong-guess").status_code == 429
    # Another user's re-checks are their own.
    client_in.force_login(other_user)
    assert change_password(client_in, PASSWORD).status_code == 302


def test_password_re_checks_work_again_after_the_window(client_in, user, monkeypatch):
    for _ in range(5):
        change_password(client_in, "wrong-guess")
    assert change_password(client_in, PASSWORD).status_code == 429
    import config.security

    later = config.security.time.time() + 15 * 60
    monkeypatch.setattr(config.security.time, "time", lambda: later)
    assert change_password(client_in, PASSWORD).status_code == 302


# --- F14: password length -----------------------------------------------------------------------


@pytest.mark.parametrize(("password", "created"), [("Zq8#mv2Lp4x", False), ("Zq8#mv2Lp4xW", True)])
def test_sign_up_needs_a_password_of_twelve_characters(client, password, created):
    data = {"username": "mira", "password1": password, "password2": password, "adult": "on"}
    response = client.post("/accounts/signup/", data)
    assert User.objects.filter(username="mira").exists() is created
    if not created:
        assert "at least 12 characters" in response.content.decode()


def test_a_new_password_needs_twelve_characters_too(client_in, user):
    short = "Zq8#mv2Lp4x"
    data = {"old_password": PASSWORD, "new_password1": short, "new_password2": short}
    response = client_in.post("/accounts/password_change/", data)
    assert response.status_code == 200
    assert "at least 12 characters" in response.content.decode()
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


def test_rate_limit_counters_live_for_their_whole_window():
    # Django's cache incr() rewrites a key with the default 5-minute timeout.
    from datetime import UTC, timedelta

    from django.db import connection
    from django.utils import timezone

    from config.security import count_in_window

    for _ in range(3):
        assert count_in_window("probe", 3600) >= 1
    with connection.cursor() as cursor:
        cursor.execute("SELECT expires FROM shared_cache WHERE cache_key LIKE %s", ["%probe%"])
        (expires,) = cursor.fetchone()
    if timezone.is_naive(expires):
        expires = expires.replace(tzinfo=UTC)
    assert expires > timezone.now() + timedelta(minutes=10)
