"""Database errors in the log name their kind, and still never quote a row (config/redaction.py).

The reliability review found every database failure logged as the same "[message hidden]":
an operator could not tell connection refused from a full disk or a locked file.
"""

import logging
import socket
import sqlite3
import sys

import psycopg
import pytest
from django.conf import settings
from django.db import DatabaseError
from django.db.utils import ConnectionHandler

from config.redaction import RedactingFormatter

SECRET = "-".join(["my", "knee", "note"])  # built at run time: tracebacks quote source lines
ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


@pytest.fixture(autouse=True)
def own_connections(django_db_blocker):
    # These tests open connections of their own, never the test database.
    with django_db_blocker.unblock():
        yield


def database(**settings_dict):
    """A Django connection of its own, outside the test database."""
    return ConnectionHandler({"default": settings_dict})["default"]


def sqlite_file(tmp_path, name="app.sqlite3"):
    path = tmp_path / name
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE note (text TEXT UNIQUE)")
        connection.execute("INSERT INTO note VALUES (?)", [SECRET])
    return path


def logged(action) -> str:
    """The log line for the error the action raises, as the server's formatter writes it."""
    try:
        action()
    except DatabaseError:
        record = logging.LogRecord(
            "django.request", logging.ERROR, __file__, 1, "Internal Server Error: /x/", (),
            sys.exc_info(),
        )  # fmt: skip
    else:
        raise AssertionError("no database error")
    return RedactingFormatter().format(record)


def test_a_read_only_sqlite_file_is_logged_as_read_only(tmp_path):
    path = sqlite_file(tmp_path)
    connection = database(
        ENGINE="django.db.backends.sqlite3", NAME=f"file:{path}?mode=ro", OPTIONS={"uri": True}
    )

    line = logged(lambda: connection.cursor().execute("INSERT INTO note VALUES ('x')"))

    assert "django.db.utils.OperationalError: [database error: read-only, SQLITE_READONLY" in line
    assert "readonly database" not in line  # the kind comes from the code, not the text
    connection.close()


def test_a_locked_sqlite_database_is_logged_as_locked(tmp_path):
    path = sqlite_file(tmp_path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    connection = database(
        ENGINE="django.db.backends.sqlite3", NAME=str(path), OPTIONS={"timeout": 0.05}
    )

    line = logged(lambda: connection.cursor().execute("INSERT INTO note VALUES ('x')"))

    assert "[database error: locked (busy timeout expired), SQLITE_BUSY" in line
    holder.close()
    connection.close()


def test_a_sqlite_file_that_cannot_be_opened_is_logged_as_such(tmp_path):
    connection = database(ENGINE="django.db.backends.sqlite3", NAME=str(tmp_path / "gone" / "db"))

    line = logged(connection.ensure_connection)

    assert "[database error: cannot open, SQLITE_CANTOPEN" in line


def test_a_full_disk_is_logged_as_disk_full(tmp_path):
    # A real full disk needs a small file system; SQLite's error carries this code.
    connection = database(ENGINE="django.db.backends.sqlite3", NAME=str(sqlite_file(tmp_path)))
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode, full.sqlite_errorname = 13, "SQLITE_FULL"

    def write():
        with connection.wrap_database_errors:
            raise full

    line = logged(write)

    assert "[database error: disk full, SQLITE_FULL" in line
    assert "sqlite3.OperationalError: [database error: disk full, SQLITE_FULL" in line


def test_a_missing_table_says_migrations_may_not_be_applied(tmp_path):
    connection = database(ENGINE="django.db.backends.sqlite3", NAME=str(sqlite_file(tmp_path)))

    line = logged(lambda: connection.cursor().execute("SELECT * FROM shared_cache"))

    assert "[database error: missing table (are migrations applied?), SQLITE_ERROR" in line


def test_a_constraint_error_names_its_kind_and_not_the_row(tmp_path):
    connection = database(ENGINE="django.db.backends.sqlite3", NAME=str(sqlite_file(tmp_path)))

    line = logged(lambda: connection.cursor().execute("INSERT INTO note VALUES (%s)", [SECRET]))

    assert "IntegrityError: [database error: constraint failed, SQLITE_CONSTRAINT_UNIQUE" in line
    assert SECRET not in line
    assert "note.text" not in line


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_refused_postgresql_connection_is_logged_as_connection_refused():
    connection = database(
        ENGINE="django.db.backends.postgresql", NAME="acupressure", USER="postgres",
        HOST="127.0.0.1", PORT=str(closed_port()), OPTIONS={"connect_timeout": 5},
    )  # fmt: skip

    line = logged(connection.ensure_connection)

    assert "OperationalError: [database error: connection refused, no SQLSTATE;" in line
    assert "127.0.0.1" not in line.splitlines()[-1]  # the driver's text stays out


def test_a_postgresql_error_is_logged_with_its_sqlstate():
    connection = database(ENGINE="django.db.backends.postgresql", NAME="acupressure")

    def write():
        with connection.wrap_database_errors:
            raise psycopg.errors.DiskFull(f"could not extend file: {SECRET}")

    line = logged(write)

    assert "django.db.utils.OperationalError: [database error: disk full, SQLSTATE 53100" in line
    assert SECRET not in line


@pytest.mark.skipif(not ON_POSTGRESQL, reason="needs PostgreSQL (DATABASE_URL=postgres://…)")
def test_postgresql_timeouts_and_constraint_errors_are_logged_by_kind_without_the_row():
    connection = database(**{**settings.DATABASES["default"], "NAME": "postgres"})
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE note (text text UNIQUE)")
        cursor.execute("INSERT INTO note VALUES (%s)", [SECRET])
        cursor.execute("SET statement_timeout = 10")

    timeout = logged(lambda: connection.cursor().execute("SELECT pg_sleep(1)"))
    duplicate = logged(
        lambda: connection.cursor().execute("INSERT INTO note VALUES (%s)", [SECRET])
    )

    assert "[database error: timeout (statement cancelled), SQLSTATE 57014" in timeout
    assert "IntegrityError: [database error: constraint failed, SQLSTATE 23505" in duplicate
    assert SECRET not in duplicate
    connection.close()


def test_a_traceback_another_handler_formatted_first_is_still_redacted(tmp_path):
    # With debug on, Django's own console handler sees the record first and caches its text.
    connection = database(ENGINE="django.db.backends.sqlite3", NAME=str(sqlite_file(tmp_path)))
    secret_error = sqlite3.OperationalError(f"no such function: {SECRET}")

    def fail():
        with connection.wrap_database_errors:
            raise secret_error

    try:
        fail()
    except DatabaseError:
        record = logging.LogRecord(
            "django.request", logging.ERROR, __file__, 1, "x", (), sys.exc_info()
        )
    assert SECRET in logging.Formatter().format(record)

    assert SECRET not in RedactingFormatter().format(record)
    assert SECRET in record.exc_text  # the other handler's cached text is left as it was
