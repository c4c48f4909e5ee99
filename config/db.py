"""Database connections that recover at the next request after a failure."""

import sys
from collections.abc import Callable
from typing import Any

from django.core.signals import got_request_exception
from django.db import DatabaseError, DataError, IntegrityError, connections
from django.http import HttpRequest, HttpResponse

FAILED = "_database_failed"


def close_failed_connections(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    """Close the connections of a request that failed with a database error.

    Connections persist (CONN_MAX_AGE), and Django's health check never fails on SQLite: a
    connection SQLite opened read-only, or that met a full disk, would be reused until it was
    60 s old, failing every write after the fault was fixed (reliability review, D6). Here a
    request that ended in a database error (other than a constraint or data error, which say
    nothing about the connection) closes them once its response, the error page included, is
    built; the next request opens fresh ones (on PostgreSQL, or takes them from the pool).
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        try:
            return get_response(request)
        finally:
            if getattr(request, FAILED, False) or any(
                connection.errors_occurred for connection in connections.all(initialized_only=True)
            ):
                for connection in connections.all(initialized_only=True):
                    connection.close()

    return middleware


def note_database_failure(sender: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    # Sent while the exception is being handled; the atomic blocks it left have rolled back
    # already, which clears Django's own errors_occurred flag.
    error = sys.exc_info()[1]
    failed = isinstance(error, DatabaseError) and not isinstance(error, IntegrityError | DataError)
    if request is not None and failed:
        setattr(request, FAILED, True)


got_request_exception.connect(note_database_failure, dispatch_uid="config.db.failure")
