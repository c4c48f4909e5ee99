import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent


def fresh_environment(**env: str) -> dict[str, str]:
    """This process's environment without its Django settings, plus `env`."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL"))
    }
    return environment | {"DJANGO_SETTINGS_MODULE": "config.settings", **env}


def run_python(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=fresh_environment(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_ok(code: str, **env: str) -> str:
    """Run `code` as run_python does, fail unless it exits 0, and return what it printed."""
    result = run_python(code, **env)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def run_json(code: str, **env: str):
    """Run `code` as run_ok does and return the JSON of the last line it printed."""
    return json.loads(run_ok(code, **env).splitlines()[-1])


def test_our_sessions_app_has_its_own_label_beside_django_sessions():
    ours = apps.get_app_config("guided_sessions")
    assert ours.name == "sessions"
    assert apps.get_app_config("sessions").name == "django.contrib.sessions"


@pytest.mark.slow
def test_defaults_are_local_debug_with_sqlite_file():
    debug, engine, name = run_ok(
        "import django; django.setup(); from django.conf import settings as s;"
        "print(s.DEBUG, s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])"
    ).split()
    assert debug == "True"
    assert engine == "django.db.backends.sqlite3"
    assert name == str(ROOT / "db.sqlite3")


@pytest.mark.slow
def test_production_mode_refuses_to_start_without_a_secret_key():
    result = run_python("import django; django.setup()", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


@pytest.mark.slow
def test_production_settings_pass_the_deploy_check():
    output = run_ok(
        "import sys; from django.core.management import execute_from_command_line;"
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x" * 20 + "a-long-random-production-secret-0123456789",
        DJANGO_ALLOWED_HOSTS="acupressure.example.org",
    )
    assert "no issues" in output


@pytest.mark.slow
def test_database_url_selects_postgresql():
    output = run_ok(
        "import django; django.setup(); from django.conf import settings as s;"
        "d = s.DATABASES['default']; print(d['ENGINE'], d['HOST'], d['PORT'], d['NAME'])",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/acupressure",
    )
    assert output.split() == [
        "django.db.backends.postgresql",
        "127.0.0.1",
        "5432",
        "acupressure",
    ]


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="the suite runs on another database (DATABASE_URL)",
)
def test_sqlite_is_configured_for_concurrent_writers():
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]


WRITER = """
import django
django.setup()
from django.db import connection, transaction
for _ in range(40):
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT COALESCE(MAX(n), 0) FROM counter")
            (n,) = cursor.fetchone()
            cursor.execute("INSERT INTO counter (n) VALUES (%s)", [n + 1])
"""


@pytest.mark.slow
def test_several_processes_writing_to_sqlite_never_hit_database_is_locked(tmp_path):
    database = tmp_path / "shared.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE counter (n INTEGER UNIQUE)")
    environment = fresh_environment(DATABASE_URL=f"sqlite:///{database}")
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER],
            cwd=ROOT,
            env=environment,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    errors = [worker.communicate(timeout=120)[1] for worker in workers]
    assert [worker.returncode for worker in workers] == [0, 0, 0, 0], errors
    with sqlite3.connect(database) as connection:
        count, highest = connection.execute("SELECT COUNT(*), MAX(n) FROM counter").fetchone()
    # Every read-then-write saw the previous write: no lost update, no lock error.
    assert count == highest == 160


def test_pages_send_security_headers(client, db):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"
