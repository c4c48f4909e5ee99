"""PostgreSQL uses Django's connection pool by default (README, Production; bench/pool_faults.py).

Measured: a 5 s outage gave 224 errors with persistent connections and none with the pool,
whose requests waited for PostgreSQL instead; a killed connection cost no request either way.
"""

import pytest
from django.conf import settings

from tests.test_config import run_json

POSTGRES = "postgres://postgres@127.0.0.1:5432/acupressure"
ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

SHOW = (
    "import json, django; django.setup(); from django.conf import settings as s;"
    "d = s.DATABASES['default']; print(json.dumps([d['CONN_MAX_AGE'], d['OPTIONS']]))"
)


@pytest.mark.slow
def test_postgresql_defaults_to_the_pool_with_a_bounded_wait():
    conn_max_age, options = run_json(SHOW, DATABASE_URL=f"{POSTGRES}?sslmode=prefer")
    assert conn_max_age == 0
    assert options["pool"]["timeout"] < 30  # gunicorn's worker timeout
    assert options["sslmode"] == "prefer"  # the URL's options are kept beside it


@pytest.mark.slow
def test_the_pool_can_be_turned_off_for_persistent_connections():
    conn_max_age, options = run_json(SHOW, DATABASE_URL=POSTGRES, DJANGO_DB_POOL="0")
    assert conn_max_age == 60
    assert "pool" not in options


KILL = """
import json, django, psycopg
django.setup()
from django.db import connection

def backend():
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    connection.close()  # back to the pool, as at the end of a request
    return pid

first = backend()
with psycopg.connect(dbname="postgres", autocommit=True, **ADMIN) as admin:
    admin.execute("SELECT pg_terminate_backend(%s)", [first])
print(json.dumps([first, backend(), backend()]))
"""


@pytest.mark.slow
@pytest.mark.skipif(not ON_POSTGRESQL, reason="needs PostgreSQL (DATABASE_URL=postgres://…)")
def test_a_pooled_connection_killed_by_the_server_is_replaced_without_an_error():
    database = settings.DATABASES["default"]
    admin = {
        "host": database["HOST"] or "localhost",
        "port": database["PORT"] or 5432,
        "user": database["USER"],
        "password": database["PASSWORD"] or None,
    }
    url = f"postgres://{admin['user']}@{admin['host']}:{admin['port']}/postgres"
    first, second, third = run_json(f"ADMIN = {admin!r}\n{KILL}", DATABASE_URL=url)
    # No error, and the killed connection is never handed out again (the pool may hold more
    # than one, so the next two may differ from each other).
    assert first not in (second, third)
