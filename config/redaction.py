"""Logging without health data. Loaded by LOGGING before the apps, so it imports no models."""

import logging
import traceback

from django.db import DataError, IntegrityError
from django.db import Error as DatabaseError

LINKS = {
    "direct cause": "\nThe above exception was the direct cause of the following exception:\n\n",
    "context": "\nDuring handling of the above exception, another exception occurred:\n\n",
}


class RedactingFormatter(logging.Formatter):
    """Log tracebacks without database error messages, naming the kind of error instead.

    PostgreSQL puts the failing row in constraint errors ("Failing row contains (…, 7, 3,
    'my note')"), and that row can hold pain levels and notes. The stack itself is kept, and
    a database error says what went wrong from a fixed list (connection refused, disk full,
    read-only, locked…) with PostgreSQL's SQLSTATE or SQLite's error code, never the text.
    """

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have formatted this record first (Django's debug console does)
        # and cached its unredacted traceback on it: format afresh, and leave theirs alone.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        _, error, _ = ei
        # Newest first, each with how it followed the one before it.
        chain: list[tuple[BaseException, str]] = []
        while error is not None and all(error is not seen for seen, _ in chain):
            chain.append((error, "direct cause" if error.__cause__ else "context"))
            error = error.__cause__ or (None if error.__suppress_context__ else error.__context__)
        parts = []
        for index, (error, link) in enumerate(reversed(chain)):
            if index:
                parts.append(LINKS[link])
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_tb(error.__traceback__))
            parts.append(f"{self.describe(error)}\n")
        return "".join(parts).rstrip("\n")

    @staticmethod
    def describe(error: BaseException) -> str:
        name = f"{type(error).__module__}.{type(error).__qualname__}"
        if is_database_error(error):
            return f"{name}: [database error: {database_error_kind(error)}; {HIDDEN}]"
        return "".join(traceback.format_exception_only(type(error), error)).rstrip("\n")


HIDDEN = "message hidden: database errors can quote stored health data"

DRIVERS = {"psycopg", "psycopg_pool", "sqlite3"}


def is_database_error(error: BaseException) -> bool:
    module = type(error).__module__ or ""
    return isinstance(error, DatabaseError) or module.split(".")[0] in DRIVERS


# SQLite's primary result codes (https://sqlite.org/rescode.html); the extended name, such as
# SQLITE_READONLY_DBMOVED, is logged beside the kind.
SQLITE_KINDS = {
    1: "SQL error",
    2: "internal error",
    3: "permission denied",
    4: "aborted",
    5: "locked (busy timeout expired)",
    6: "locked (table in use)",
    7: "out of memory",
    8: "read-only",
    9: "interrupted",
    10: "I/O error",
    11: "corrupt database",
    13: "disk full",
    14: "cannot open",
    15: "file locking failed",
    17: "schema changed",
    18: "value too big",
    19: "constraint failed",
    20: "data type mismatch",
    21: "library misuse",
    22: "large files unsupported",
    23: "authorization denied",
    25: "parameter out of range",
    26: "not a database",
}

# PostgreSQL's SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html),
# then their two-character classes.
POSTGRES_STATES = {
    "57P01": "server shut down (admin command)",
    "57P02": "server crashed",
    "57P03": "server not accepting connections (starting or stopping)",
    "57P05": "idle session timeout",
    "57014": "timeout (statement cancelled)",
    "55P03": "lock timeout",
    "25P03": "idle in transaction timeout",
    "40P01": "deadlock",
    "40001": "serialization failure",
    "53100": "disk full",
    "53200": "out of memory",
    "53300": "too many connections",
    "25006": "read-only transaction",
    "3D000": "database does not exist",
    "42P01": "missing table (are migrations applied?)",
    "42703": "missing column (are migrations applied?)",
    "28P01": "authentication failed",
}
POSTGRES_CLASSES = {
    "08": "connection failure",
    "22": "invalid data",
    "23": "constraint failed",
    "25": "invalid transaction state",
    "28": "authentication failed",
    "40": "transaction rolled back",
    "42": "SQL error",
    "53": "insufficient resources",
    "54": "program limit exceeded",
    "55": "object not in prerequisite state",
    "57": "operator intervention",
    "58": "system error (I/O)",
    "XX": "internal error",
}

# Errors raised by the client before or without a server answer carry no code: the kind comes
# from the driver's own wording, matched here and never copied into the log.
MESSAGE_KINDS = [
    ("no such table", "missing table (are migrations applied?)"),
    ("no such column", "missing column (are migrations applied?)"),
    ("connection refused", "connection refused"),
    ("timeout expired", "connection timeout"),
    ("timed out", "connection timeout"),
    ("couldn't get a connection", "pool timeout (no connection free in time)"),
    ("could not translate host name", "host not found"),
    ("name or service not known", "host not found"),
    ("server closed the connection", "connection lost"),
    ("connection is lost", "connection lost"),
    ("connection is closed", "connection closed"),
    ("consuming input failed", "connection lost"),
    ("no such file or directory", "no server at that socket"),
    ("password authentication failed", "authentication failed"),
    ("does not exist", "database or role does not exist"),
    ("too many clients", "too many connections"),
]


def database_error_kind(error: BaseException) -> str:
    """What kind of database error this is, from codes and a fixed list: never its text."""
    # Django re-raises the driver's exception as its own, with the original as __cause__.
    for candidate in (error, error.__cause__):
        if candidate is None:
            continue
        code = getattr(candidate, "sqlite_errorcode", None)
        if isinstance(code, int):
            kind = SQLITE_KINDS.get(code & 0xFF, "SQLite error")
            if code & 0xFF == 1:
                kind = _kind_from_message(candidate) or kind
            return f"{kind}, {getattr(candidate, 'sqlite_errorname', f'code {code}')}"
        if (type(candidate).__module__ or "").split(".")[0] in {"psycopg", "psycopg_pool"}:
            state = getattr(candidate, "sqlstate", None)
            if state:
                kind = POSTGRES_STATES.get(state) or POSTGRES_CLASSES.get(state[:2], "error")
                return f"{kind}, SQLSTATE {state}"
            return f"{_kind_from_message(candidate) or 'unknown'}, no SQLSTATE"
    if isinstance(error, IntegrityError):
        return "constraint failed"
    if isinstance(error, DataError):
        return "invalid data"
    return _kind_from_message(error) or "unknown"


def _kind_from_message(error: BaseException) -> str | None:
    text = str(error).lower()
    return next((kind for words, kind in MESSAGE_KINDS if words in text), None)
