"""After a SQLite file problem is fixed, the next write request works (config/db.py).

The reliability review (D6) made the database file read-only, restarted the workers and made
it writable again: writes kept failing for 59 s, because the connection SQLite had opened
read-only was reused until CONN_MAX_AGE. Now a request that fails with a database error closes
its connections.
"""

import ctypes
import json
import os
import subprocess

import pytest

from tests.test_operations_backup import manage, migrated_sqlite

PR_CAPBSET_DROP, CAP_DAC_OVERRIDE = 24, 1

OTHER_WORKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("SELECT COUNT(*) FROM auth_user").fetchone()
print("open", flush=True)
sys.stdin.read()
"""

READ_ONLY_SPELL = """
import json, os, subprocess, sys
import django
django.setup()
from django.contrib.auth.models import User
from django.db import connections
from django.test import Client

database = sys.argv[1]
OTHER_WORKER = sys.argv[2]
User.objects.create_user("alex", password="a-long-test-password")
# Another worker keeps the database open (its -wal and -shm files stay), as under load.
other = subprocess.Popen(
    [sys.executable, "-c", OTHER_WORKER, database], stdin=subprocess.PIPE, stdout=subprocess.PIPE
)
assert other.stdout.readline().strip() == b"open"
connections.close_all()  # this worker restarted while the file was read-only

def log_in():
    client = Client(raise_request_exception=False, HTTP_HOST="localhost")
    answer = client.post(
        "/accounts/login/", {"username": "alex", "password": "a-long-test-password"}
    )
    return answer.status_code

os.chmod(database, 0o444)
statuses = [log_in()]  # a login writes: last_login, the session
os.chmod(database, 0o644)
statuses += [log_in(), log_in()]
other.communicate()
print(json.dumps(statuses))
"""


def without_root_override() -> None:
    # Root writes read-only files anyway: drop that power from the test's server process,
    # as the review ran its server as an ordinary user.
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


@pytest.mark.slow
def test_writes_work_at_the_next_request_after_a_read_only_database_is_made_writable(tmp_path):
    database = migrated_sqlite(tmp_path / "app.sqlite3")
    preexec = without_root_override if os.geteuid() == 0 else None
    try:
        result = manage(
            "-c", READ_ONLY_SPELL, str(database), OTHER_WORKER,
            database=database, preexec_fn=preexec,
        )  # fmt: skip
    except subprocess.SubprocessError:
        pytest.skip("runs as root and cannot drop CAP_DAC_OVERRIDE: chmod would not bite")

    assert result.returncode == 0, result.stderr
    statuses = json.loads(result.stdout.splitlines()[-1])
    assert statuses[0] == 500  # the write failed while the file was read-only
    assert statuses[1:] == [302, 302]  # and worked at once when it was writable again
    # The server's log said why.
    assert "OperationalError: [database error: read-only, SQLITE_READONLY" in result.stderr
