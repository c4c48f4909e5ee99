"""Production configuration: static files, rate limits, health data kept out of reports and logs.

Settings that depend on the environment are checked in a subprocess (see test_config.py).
"""

import json
import logging
import re
import sys
from pathlib import Path

import pytest
from django.db import IntegrityError
from django.test import RequestFactory
from django.views.debug import ExceptionReporter, get_default_exception_reporter_filter

from config.redaction import RedactingFormatter
from tests.helpers import PASSWORD
from tests.test_config import run_json, run_ok

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "x" * 20 + "a-long-random-production-secret-0123456789",
    "DJANGO_ALLOWED_HOSTS": "acupressure.example.org",
}


def collect_static(root: Path) -> Path:
    """Run `collectstatic` into `root` with production settings, as `make serve` runs it."""
    run_ok(
        "import django; django.setup(); from django.core.management import call_command;"
        "call_command('collectstatic', interactive=False, verbosity=0)",
        **PRODUCTION,
        DJANGO_STATIC_ROOT=str(root),
    )
    return root


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    """STATIC_ROOT after `collectstatic` with production settings."""
    return collect_static(tmp_path_factory.mktemp("static"))


FETCH = """
import json, django
django.setup()
from django.templatetags.static import static
from django.test import Client
url = static("css/app.css")
response = Client().get(url, secure=True, HTTP_HOST="acupressure.example.org",
                        HTTP_ACCEPT_ENCODING="gzip")
print(json.dumps({
    "url": url,
    "status": response.status_code,
    "cache_control": response.headers.get("Cache-Control", ""),
    "encoding": response.headers.get("Content-Encoding", ""),
}))
"""


@pytest.mark.slow
def test_collected_static_files_are_hashed_compressed_and_cached_for_a_year(collected):
    served = run_json(FETCH, **PRODUCTION, DJANGO_STATIC_ROOT=str(collected))
    assert re.fullmatch(r"/static/css/app\.[0-9a-f]{12}\.css", served["url"])
    hashed = collected / served["url"].removeprefix("/static/")
    assert hashed.exists()
    assert hashed.with_name(hashed.name + ".gz").exists()
    assert (collected / "staticfiles.json").exists()
    assert served["status"] == 200
    assert served["encoding"] == "gzip"
    max_age = int(re.search(r"max-age=(\d+)", served["cache_control"]).group(1))
    assert max_age >= 365 * 24 * 60 * 60
    assert "immutable" in served["cache_control"]


SECURE_HEADERS = """
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="acupressure.example.org")
plain = client.get("/accounts/login/")
secure = client.get("/accounts/login/", secure=True)
cookie = secure.cookies["csrftoken"]
print(json.dumps({
    "plain_status": plain.status_code,
    "plain_location": plain.headers.get("Location", ""),
    "hsts": secure.headers.get("Strict-Transport-Security", ""),
    "csp": secure.headers.get("Content-Security-Policy", ""),
    "csrf_secure": bool(cookie["secure"]),
    "csrf_httponly": bool(cookie["httponly"]),
}))
from django.conf import settings
print(json.dumps([settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY]))
"""


@pytest.mark.slow
def test_production_redirects_to_https_and_sends_hsts_csp_and_secure_cookies(collected):
    output = run_ok(SECURE_HEADERS, **PRODUCTION, DJANGO_STATIC_ROOT=str(collected))
    headers = json.loads(output.splitlines()[-2])
    assert headers["plain_status"] == 301
    assert headers["plain_location"].startswith("https://acupressure.example.org/")
    assert "max-age=31536000" in headers["hsts"]
    assert "includeSubDomains" in headers["hsts"]
    assert "script-src 'self'" in headers["csp"]
    assert "unsafe-inline" not in headers["csp"]
    assert headers["csrf_secure"] and headers["csrf_httponly"]
    assert json.loads(output.splitlines()[-1]) == [True, True]


@pytest.mark.slow
def test_gunicorn_config_for_make_serve_is_valid():
    run_ok(
        "import sys; from gunicorn.app.wsgiapp import run;"
        "sys.argv = ['gunicorn', '--config', 'config/gunicorn.conf.py', '--check-config'];"
        "run()",
        **PRODUCTION,
        WEB_CONCURRENCY="3",
    )


@pytest.mark.slow
def test_gunicorn_takes_its_workers_from_web_concurrency_and_writes_no_access_log():
    # An access log line names the routine (/sessions/start/<routine>/): health data.
    words = run_ok(
        "import runpy; c = runpy.run_path('config/gunicorn.conf.py');"
        "print(c['workers'], c['accesslog'])",
        WEB_CONCURRENCY="5",
    ).split()
    assert words == ["5", "None"]


@pytest.mark.slow
def test_admin_url_is_configurable():
    words = run_ok(
        "import django; django.setup(); from django.urls import resolve, Resolver404;"
        "print(resolve('/staff-a1b2/').app_name);"
        "\ntry:\n    resolve('/admin/'); print('admin still there')"
        "\nexcept Resolver404:\n    print('no /admin/')",
        DJANGO_ADMIN_URL="staff-a1b2/",
    ).split()
    assert words == ["admin", "no", "/admin/"]


@pytest.mark.slow
def test_django_pool_can_be_chosen_for_postgresql():
    words = run_ok(
        "import django; django.setup(); from django.conf import settings as s;"
        "d = s.DATABASES['default']; print(d['CONN_MAX_AGE'], 'pool' in d['OPTIONS'])",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/acupressure",
        DJANGO_DB_POOL="1",
    ).split()
    assert words == ["0", "True"]


# --- Rate limits ------------------------------------------------------------------------------


def bad_login(client, username="alex"):
    return client.post("/accounts/login/", {"username": username, "password": "wrong-guess"})


def test_five_wrong_passwords_lock_the_account_out_with_a_clear_message(client, user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert bad_login(client).status_code == 200
    response = bad_login(client)
    assert response.status_code == 429
    assert "did not match 5 times" in response.content.decode()
    assert "try again in 15 minutes" in response.content.decode()
    # Even the right password is refused until the cool-off ends.
    right = client.post("/accounts/login/", {"username": "alex", "password": PASSWORD})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_does_not_stop_other_accounts_logging_in(client, user, other_user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        bad_login(client)
    response = client.post("/accounts/login/", {"username": "sam", "password": PASSWORD})
    assert response.status_code == 302


def test_a_successful_login_resets_the_failure_count(client, user, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        bad_login(client)
    ok = client.post("/accounts/login/", {"username": "alex", "password": PASSWORD})
    assert ok.status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert bad_login(client).status_code == 200


def signup(client, number: int):
    return client.post(
        "/accounts/signup/",
        {
            "username": f"newcomer{number}",
            "password1": "a-long-test-password",
            "password2": "a-long-test-password",
            "adult": "on",
        },
    )


def test_sign_up_is_limited_per_address_with_a_clear_message(client, settings, db):
    settings.SIGNUP_RATE_LIMIT = (2, 3600)
    assert signup(client, 1).status_code == 302
    client.logout()
    assert signup(client, 2).status_code == 302
    client.logout()
    response = signup(client, 3)
    assert response.status_code == 429
    assert "too many sign-up attempts" in response.content.decode()
    # The sign-up page itself still opens; only posting is paused.
    assert client.get("/accounts/signup/").status_code == 200


def test_sign_up_limit_counts_each_address_separately(client, settings, db):
    settings.SIGNUP_RATE_LIMIT = (1, 3600)
    assert signup(client, 1).status_code == 302
    client.logout()
    other = client.post(
        "/accounts/signup/",
        {
            "username": "elsewhere",
            "password1": "a-long-test-pw-1",
            "password2": "a-long-test-pw-1",
            "adult": "on",
        },
        REMOTE_ADDR="192.0.2.7",
    )
    assert other.status_code == 302


def test_rate_limits_key_on_the_address_our_proxy_saw_not_a_forged_one(settings):
    from config.security import client_ip

    forged = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9"
    )
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(forged) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(forged) == "198.51.100.9"


# --- No health data in error reports or logs ---------------------------------------------------

# Built at run time: error pages quote source lines, and must not find the values there.
SECRET_NOTE = "-".join(["knee", "secret", "note"])
LOCAL_NOTE = "-".join(["local", "secret", "note"])
HEALTH_POST = {
    "pain_after": "7",
    "note": SECRET_NOTE,
    "flag_3": "yes",
    "caution_2": "yes",
    "pain_before": "9",
    "comfort": "too_painful",
}


def test_error_reports_hide_pain_notes_and_safety_answers(settings):
    settings.DEBUG = False
    request = RequestFactory().post("/sessions/1/finish/", HEALTH_POST)
    shown = get_default_exception_reporter_filter().get_post_parameters(request)
    for field in HEALTH_POST:
        assert shown[field] == "********************", field


def test_error_report_pages_show_no_health_data_even_from_local_variables(settings):
    settings.DEBUG = False
    request = RequestFactory().post("/sessions/1/finish/", HEALTH_POST)

    def session_finish(pain_after, note):
        cleaned_data = {"pain_after": pain_after, "note": note}  # noqa: F841
        raise ValueError("boom")

    try:
        session_finish(7, LOCAL_NOTE)
    except ValueError:
        report = ExceptionReporter(request, *sys.exc_info()).get_traceback_html()
    assert SECRET_NOTE not in report
    assert LOCAL_NOTE not in report
    assert "boom" in report


def test_a_crash_while_finishing_logs_no_pain_or_note(
    client_in, start_session, monkeypatch, caplog
):
    session = start_session()

    def crash(**kwargs):
        # What PostgreSQL says when a row breaks a constraint: it quotes the row.
        raise IntegrityError(
            'new row for relation "guided_sessions_guidedsession" violates check constraint\n'
            f"DETAIL:  Failing row contains (1, 7, '{SECRET_NOTE}')."
        )

    monkeypatch.setattr("sessions.services.session_finish", crash)
    client_in.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client_in.post(f"/sessions/{session.pk}/finish/", HEALTH_POST)
    assert response.status_code == 500
    (record,) = [r for r in caplog.records if r.name == "django.request"]
    formatters = {type(handler.formatter) for handler in logging.getLogger().handlers}
    assert RedactingFormatter in formatters
    logged = RedactingFormatter().format(record)
    assert f"/sessions/{session.pk}/finish/" in logged
    assert "IntegrityError" in logged
    assert SECRET_NOTE not in logged
    assert "Failing row" not in logged


def test_log_lines_keep_other_exception_messages():
    try:
        raise KeyError("missing-template-variable")
    except KeyError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    assert "missing-template-variable" in RedactingFormatter().format(record)
