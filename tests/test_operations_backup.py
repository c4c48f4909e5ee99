"""Backups of a running database that lose nothing, and restores that ask first (README, Backups).

A copy of db.sqlite3 while the server runs misses what is still in the WAL file (the
reliability review's copy lost 19 of 229 sessions); `manage.py backup` reads through SQLite's
online backup API or pg_dump, and `manage.py restore` writes the whole database back.
"""

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import CommandError, call_command

from sessions.management import backups
from tests.test_config import ROOT, fresh_environment

ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == backups.POSTGRESQL


def manage(
    *argv: str, database: Path, preexec_fn: Callable[[], None] | None = None, **env: str
) -> subprocess.CompletedProcess:
    """manage.py in a fresh process on a SQLite file, with no terminal to answer a prompt."""
    environment = fresh_environment(
        DATABASE_URL=f"sqlite:///{database}", DJANGO_LOG_LEVEL="WARNING", **env
    )
    return subprocess.run(
        [sys.executable, *argv],
        cwd=ROOT,
        env=environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        preexec_fn=preexec_fn,
        text=True,
        timeout=120,
    )


def migrated_sqlite(path: Path) -> Path:
    """A SQLite file as `make release` leaves it: migrated, catalog loaded, cache table."""
    for command in (["migrate", "--noinput"], ["createcachetable"]):
        result = manage("manage.py", *command, database=path)
        assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def release_database(tmp_path_factory) -> Path:
    return migrated_sqlite(tmp_path_factory.mktemp("release") / "release.sqlite3")


def sqlite_settings(path: Path) -> dict:
    return {"ENGINE": backups.SQLITE, "NAME": str(path)}


def live_wal_database(path: Path, rows: int) -> sqlite3.Connection:
    """A WAL database whose last rows are only in the -wal file, its writer still connected."""
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")  # as between two automatic checkpoints
    writer.execute("CREATE TABLE django_migrations (id INTEGER PRIMARY KEY)")
    writer.execute("CREATE TABLE log (n INTEGER)")
    writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(rows):
        writer.execute("INSERT INTO log VALUES (?)", [n])
    return writer


def count(path: Path, table: str = "log") -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_a_sqlite_backup_keeps_what_is_still_in_the_wal_file(tmp_path):
    live = tmp_path / "live.sqlite3"
    writer = live_wal_database(live, rows=50)
    shutil.copy(live, tmp_path / "copied.sqlite3")
    target = tmp_path / "backups" / "backup.sqlite3"

    backups.backup(sqlite_settings(live), target)

    assert count(tmp_path / "copied.sqlite3") == 0  # a file copy misses all of them
    assert count(target) == 50
    assert not target.with_name(target.name + "-wal").exists()  # one self-contained file
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # health data: the operator's only
    assert not list(target.parent.glob("*.partial"))
    writer.close()


def test_a_sqlite_restore_reaches_servers_that_are_still_connected(tmp_path):
    source = tmp_path / "source.sqlite3"
    live_wal_database(source, rows=7).close()
    backup = tmp_path / "backup.sqlite3"
    backups.backup(sqlite_settings(source), backup)
    live = tmp_path / "live.sqlite3"
    server = live_wal_database(live, rows=3)

    backups.restore(sqlite_settings(live), backup)

    assert server.execute("SELECT COUNT(*) FROM log").fetchone()[0] == 7
    server.close()


def test_restore_refuses_a_file_that_is_not_a_backup_of_that_database(tmp_path):
    live = tmp_path / "live.sqlite3"
    live_wal_database(live, rows=3).close()
    text = tmp_path / "notes.txt"
    text.write_text("not a backup")
    dump = tmp_path / "other.pgdump"
    dump.write_bytes(b"PGDMP\x01\x0e")

    with pytest.raises(CommandError, match="holds no backup"):
        backups.restore(sqlite_settings(live), text)
    with pytest.raises(CommandError, match="holds PostgreSQL, the database is SQLite"):
        backups.restore(sqlite_settings(live), dump)
    assert count(live) == 3


FAKE_PG_DUMP = """#!/bin/sh
printf '%s\\n' "PGPASSWORD=$PGPASSWORD PGHOST=$PGHOST PGUSER=$PGUSER PGDATABASE=$PGDATABASE" \
  "$@" > "$RECORD"
for argument; do case "$argument" in --file=*) printf 'PGDMP' > "${argument#--file=}";; esac; done
"""


def test_a_postgresql_backup_runs_pg_dump_with_the_settings_password_kept_off_its_arguments(
    tmp_path, monkeypatch
):
    fake = tmp_path / "bin" / "pg_dump"
    fake.parent.mkdir()
    fake.write_text(FAKE_PG_DUMP)
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("RECORD", str(tmp_path / "record"))
    database = {
        "ENGINE": backups.POSTGRESQL,
        "NAME": "acupressure",
        "HOST": "db.internal",
        "PORT": "5432",
        "USER": "app",
        "PASSWORD": "s3cret-pw",
        "OPTIONS": {},
    }

    backups.backup(database, tmp_path / "out.pgdump")

    environment, *arguments = (tmp_path / "record").read_text().splitlines()
    assert (
        environment == "PGPASSWORD=s3cret-pw PGHOST=db.internal PGUSER=app PGDATABASE=acupressure"
    )
    assert "--format=custom" in arguments
    assert not any("s3cret" in argument for argument in arguments)
    assert (tmp_path / "out.pgdump").read_bytes().startswith(b"PGDMP")


WRITE_WHILE_BACKING_UP = """
import json, sys, threading
import django
django.setup()
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from points.models import Protocol
from sessions.models import GuidedSession

protocol = Protocol.objects.select_related("complaint").get(slug="hand-routine-leg-pain")
user = User.objects.create_user("writer", password="not-used-here")
done, stop, enough = [], threading.Event(), threading.Event()

def write():
    # As between two automatic checkpoints: the new rows stay in the -wal file.
    connection.cursor().execute("PRAGMA wal_autocheckpoint=0")
    while not stop.is_set() and len(done) < 400:
        now = timezone.now()
        session = GuidedSession.objects.create(
            user=user, protocol=protocol, complaint=protocol.complaint,
            protocol_name=protocol.name, complaint_name=protocol.complaint.name,
            status=GuidedSession.Status.COMPLETED, started_at=now, finished_at=now,
            pain_before=6, pain_after=len(done) % 11, note=f"n\\u00f6te {len(done)}",
        )
        done.append(session.pk)
        if len(done) >= 40:
            enough.set()
    connection.close()

connection.cursor().execute("PRAGMA wal_autocheckpoint=0")
writer = threading.Thread(target=write)
writer.start()
enough.wait(60)
before = list(done)
call_command("backup", output=sys.argv[1])
after = len(done)
stop.set()
writer.join()
print(json.dumps({"before": before, "during": after - len(before)}))
"""


def users(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT username FROM auth_user")}


@pytest.mark.slow
def test_a_backup_taken_while_sessions_are_written_restores_every_session_completed_before_it(
    tmp_path, release_database
):
    live = tmp_path / "live.sqlite3"
    shutil.copy(release_database, live)
    backup = tmp_path / "backup.sqlite3"
    written = manage("-c", WRITE_WHILE_BACKING_UP, str(backup), database=live)
    assert written.returncode == 0, written.stderr
    report = json.loads(written.stdout.splitlines()[-1])
    assert len(report["before"]) >= 40
    # Another database, with an account the backup does not have, is replaced by it.
    target = tmp_path / "target.sqlite3"
    shutil.copy(release_database, target)
    with sqlite3.connect(target) as connection:
        connection.execute(
            "INSERT INTO auth_user (username, password, is_superuser, first_name, last_name, "
            "email, is_staff, is_active, date_joined) "
            "VALUES ('someone-else', '!', 0, '', '', '', 0, 1, '2026-12-01 10:00:00')"
        )
    backup_dir = tmp_path / "backups"

    refused = manage("manage.py", "restore", str(backup), database=target)
    assert refused.returncode != 0
    assert "Nothing was changed: run again with --yes" in refused.stderr
    assert users(target) == {"someone-else"}

    restored = manage(
        "manage.py", "restore", str(backup), "--yes", database=target,
        DJANGO_BACKUP_DIR=str(backup_dir),
    )  # fmt: skip
    assert restored.returncode == 0, restored.stderr
    assert f"Restored {backup} into the SQLite database {target}" in restored.stdout
    assert users(target) == {"writer"}
    with sqlite3.connect(target) as connection:
        stored = dict(
            connection.execute(
                "SELECT id, pain_after || ' ' || note FROM guided_sessions_guidedsession"
                " WHERE status = 'completed'"
            ).fetchall()
        )
    for index, pk in enumerate(report["before"]):
        assert stored.get(pk) == f"{index % 11} n\u00f6te {index}", pk
    # What it replaced was kept, in case the wrong file was restored.
    (kept,) = backup_dir.glob("pre-restore-acupressure-*.sqlite3")
    assert users(kept) == {"someone-else"}


@pytest.mark.skipif(not ON_POSTGRESQL, reason="needs PostgreSQL (DATABASE_URL=postgres://…)")
@pytest.mark.django_db(transaction=True)
def test_a_postgresql_backup_taken_while_sessions_are_written_restores_every_one(tmp_path):
    import psycopg
    from django.contrib.auth.models import User
    from django.db import connection
    from django.utils import timezone

    from points.models import Protocol
    from points.seed import load_catalog
    from tests.helpers import stored_session

    load_catalog(apps)  # a transactional test starts from empty tables
    protocol = Protocol.objects.select_related("complaint").get(slug="hand-routine-leg-pain")
    user = User.objects.create_user("writer", password="not-used-here")
    done: list[int] = []
    stop, enough = threading.Event(), threading.Event()

    def write() -> None:
        try:
            while not stop.is_set() and len(done) < 400:
                session = stored_session(
                    user,
                    protocol,
                    started_at=timezone.now(),
                    minutes=0,
                    pain_before=6,
                    pain_after=len(done) % 11,
                    note=f"note {len(done)}",
                )
                done.append(session.pk)
                if len(done) >= 40:
                    enough.set()
        finally:
            connection.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert enough.wait(60)
        before = list(done)
        call_command("backup", output=tmp_path / "live.pgdump")
    finally:
        stop.set()
        writer.join()

    scratch = f"restore_{uuid.uuid4().hex[:10]}"
    server = {key: connection.settings_dict[key] for key in ("HOST", "PORT", "USER", "PASSWORD")}
    admin = psycopg.connect(
        host=server["HOST"], port=server["PORT"], user=server["USER"],
        password=server["PASSWORD"] or None, dbname="postgres", autocommit=True,
    )  # fmt: skip
    admin.execute(f"CREATE DATABASE {scratch}")
    try:
        target = {**connection.settings_dict, "NAME": scratch}
        backups.restore(target, tmp_path / "live.pgdump")
        with psycopg.connect(
            host=server["HOST"], port=server["PORT"], user=server["USER"],
            password=server["PASSWORD"] or None, dbname=scratch,
        ) as restored:  # fmt: skip
            stored = dict(
                restored.execute(
                    "SELECT id, pain_after || ' ' || note FROM guided_sessions_guidedsession"
                    " WHERE status = 'completed'"
                ).fetchall()
            )
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")
        admin.close()
    for index, pk in enumerate(before):
        assert stored.get(pk) == f"{index % 11} note {index}", pk
