"""Backups of a database that lose nothing committed before they start, and their restore.

SQLite: the online backup API, read through a connection, so what is still in the WAL file is
copied too (a copy of db.sqlite3 lost 19 of 229 sessions in the reliability review). PostgreSQL:
`pg_dump --format=custom` (one consistent snapshot) and `pg_restore --clean --if-exists` in one
transaction, so a failed restore changes nothing.
"""

import os
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

SQLITE = "django.db.backends.sqlite3"
POSTGRESQL = "django.db.backends.postgresql"
SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
SUFFIXES = {SQLITE: ".sqlite3", POSTGRESQL: ".pgdump"}
# Busy timeout while the server writes: the copy itself only waits for a write lock on restore.
SQLITE_TIMEOUT = 30

Settings = dict[str, Any]


def engine(database: Settings) -> str:
    if database["ENGINE"] not in SUFFIXES:
        raise CommandError(f"Backups support SQLite and PostgreSQL, not {database['ENGINE']}.")
    return database["ENGINE"]


def describe(database: Settings) -> str:
    if engine(database) == SQLITE:
        return f"SQLite database {database['NAME']}"
    where = f"{database.get('HOST') or 'localhost'}:{database.get('PORT') or 5432}"
    return f"PostgreSQL database {database['NAME']} on {where}"


def backup_name(database: Settings, *, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"acupressure-{stamp}{SUFFIXES[engine(database)]}"


def backup(database: Settings, target: Path) -> None:
    """Write a complete copy of the database to target (via a .partial file, then renamed)."""
    kind = engine(database)
    target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # The copy holds health data: readable by the operator only.
    partial.touch(mode=0o600)
    try:
        if kind == SQLITE:
            _backup_sqlite(Path(database["NAME"]), partial)
        else:
            _run(["pg_dump", "--format=custom", f"--file={partial}"], database)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def restore(database: Settings, source: Path) -> None:
    """Replace the database's contents with the backup at source."""
    kind = check_backup(database, source)
    if kind == SQLITE:
        _restore_sqlite(source, Path(database["NAME"]))
    else:
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={database['NAME']}",
                str(source),
            ],
            database,
        )


def check_backup(database: Settings, source: Path) -> str:
    """The database's engine, if source is a backup of that kind of database."""
    kind = engine(database)
    found = backup_kind(source)
    if found != kind:
        raise CommandError(
            f"{source} is not a backup of this kind of database: it holds "
            f"{'no backup' if found is None else _label(found)}, the database is {_label(kind)}."
        )
    return kind


def backup_kind(path: Path) -> str | None:
    with path.open("rb") as file:
        head = file.read(len(SQLITE_MAGIC))
    if head == SQLITE_MAGIC:
        return SQLITE
    if head.startswith(PGDUMP_MAGIC):
        return POSTGRESQL
    return None


def _label(kind: str) -> str:
    return "SQLite" if kind == SQLITE else "PostgreSQL"


def _backup_sqlite(name: Path, partial: Path) -> None:
    if not name.is_file():
        raise CommandError(f"There is no SQLite database at {name}.")
    source = sqlite3.connect(name, timeout=SQLITE_TIMEOUT)
    copy = sqlite3.connect(partial)
    try:
        # One step (pages=-1): a single read transaction, so the copy is one consistent
        # snapshot; in WAL mode it does not hold up the server's writers.
        source.backup(copy)
        # A single self-contained file, without a -wal beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
        _check_sqlite(copy, partial)
    finally:
        copy.close()
        source.close()


def _restore_sqlite(source: Path, name: Path) -> None:
    backup = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        _check_sqlite(backup, source)
        tables = {row[0] for row in backup.execute("SELECT name FROM sqlite_master")}
        if "django_migrations" not in tables:
            raise CommandError(f"{source} is an SQLite file but not a backup of this app.")
        # Written through SQLite's locks, so servers still connected see the new contents
        # (replacing the file would leave them on the old one, and a stale -wal beside it).
        live = sqlite3.connect(name, timeout=SQLITE_TIMEOUT)
        try:
            backup.backup(live)
        finally:
            live.close()
    finally:
        backup.close()


def _check_sqlite(connection: sqlite3.Connection, path: Path) -> None:
    (result,) = connection.execute("PRAGMA quick_check").fetchone()
    if result != "ok":
        raise CommandError(f"{path} failed SQLite's integrity check: {result}")


def _run(command: list[str], database: Settings) -> None:
    program = shutil.which(command[0])
    if program is None:
        raise CommandError(
            f"{command[0]} is not installed: install the PostgreSQL client tools of the "
            "server's version or newer (Debian: apt-get install postgresql-client)."
        )
    result = subprocess.run(
        [program, *command[1:]],
        env=_postgres_environment(database),
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise CommandError(f"{command[0]} failed (exit {result.returncode}):\n{result.stderr}")


def _postgres_environment(database: Settings) -> dict[str, str]:
    """libpq's variables for the DATABASES entry; the password never goes on a command line."""
    environment = dict(os.environ)
    options = database.get("OPTIONS") or {}
    for variable, value in {
        "PGDATABASE": database["NAME"],
        "PGHOST": database.get("HOST"),
        "PGPORT": database.get("PORT"),
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGSSLMODE": options.get("sslmode"),
    }.items():
        if value:
            environment[variable] = str(value)
    return environment
