"""Logging without health data. Loaded by LOGGING before the apps, so it imports no models."""

import logging
import traceback

from django.db import Error as DatabaseError

LINKS = {
    "direct cause": "\nThe above exception was the direct cause of the following exception:\n\n",
    "context": "\nDuring handling of the above exception, another exception occurred:\n\n",
}


class RedactingFormatter(logging.Formatter):
    """Log tracebacks without database error messages.

    PostgreSQL puts the failing row in constraint errors ("Failing row contains (…, 7, 3,
    'my note')"), and that row can hold pain levels and notes. The stack itself is kept.
    """

    def formatException(self, ei) -> str:
        _, error, _ = ei
        chain: list[
            tuple[BaseException, str]
        ] = []  # newest first, each with how it followed the one before it
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
            return f"{name}: [message hidden: database errors can quote stored health data]"
        return "".join(traceback.format_exception_only(type(error), error)).rstrip("\n")


def is_database_error(error: BaseException) -> bool:
    module = type(error).__module__ or ""
    return isinstance(error, DatabaseError) or module.split(".")[0] in {"psycopg", "sqlite3"}
