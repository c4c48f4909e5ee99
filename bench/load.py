"""Load and soak: simulated users sign in and complete hand-routine sessions against gunicorn.

    python bench/load.py [--db sqlite|postgres|both] [--users 50] [--seconds 60]

Each user logs in through the form, then loops until time is up: safety check, start, every
step (Start, then Next, as htmx posts), finish with a pain level and a note. Now and then a
user double-posts the start form or the finish form, as a double click would. At the end the
database is checked: every session a user completed is logged exactly once, with its pain.
"""

import random
import sys
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    Browser,
    UnexpectedResponse,
    arguments,
    bench_database,
    create_users,
    current_position,
    describe_database,
    each_database,
    gunicorn,
    log_in,
    percentile,
    start_form,
    start_session,
)

NOTE_MARK = "bench-note-"


@dataclass
class Completed:
    session: int
    token: str
    pain_before: int
    pain_after: int
    note: str


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: Counter = field(default_factory=Counter)
    latencies: list[float] = field(default_factory=list)
    completed: list[Completed] = field(default_factory=list)
    started: int = 0
    failures: list[str] = field(default_factory=list)
    double_starts: int = 0
    double_finishes: int = 0

    def count(self, status: int, seconds: float) -> None:
        with self.lock:
            self.statuses[status] += 1
            self.latencies.append(seconds)

    def fail(self, message: str) -> None:
        with self.lock:
            self.failures.append(message)


class TimedBrowser(Browser):
    tally: Tally

    def request(self, method, path, data=None, **kwargs):
        began = time.perf_counter()
        try:
            response = super().request(method, path, data, **kwargs)
        except OSError:
            self.tally.count(0, time.perf_counter() - began)
            raise
        self.tally.count(response.status, time.perf_counter() - began)
        return response


def one_session(browser: TimedBrowser, tally: Tally, rng: random.Random, number: int) -> None:
    pain_before = rng.randint(2, 8)
    data = start_form(browser, pain_before=pain_before)
    session = start_session(browser, data)
    with tally.lock:
        tally.started += 1
    if number % 7 == 3:
        # A double click on Continue: the same start token must land on the same session.
        again = start_session(browser, data)
        if again != session:
            tally.fail(f"start posted twice made sessions {session} and {again}")
        with tally.lock:
            tally.double_starts += 1
    step_url = f"/sessions/{session}/step/"
    page = browser.get(f"/sessions/{session}/").expect(200, "session page")
    for _ in range(20):
        position = current_position(page)
        if position is None:
            break
        browser.post(step_url, {"position": position, "action": "start"}, htmx=True).expect(
            200, "step start"
        )
        page = browser.post(step_url, {"position": position, "action": "next"}, htmx=True)
        page.expect(200, "step next")
    if "/finish/" not in page.text:
        raise UnexpectedResponse("no finish form after the last step", page)
    pain_after = rng.randint(0, 8)
    note = f"{NOTE_MARK}{uuid.uuid4().hex[:8]}"
    finish = {"pain_after": pain_after, "note": note}
    browser.post(f"/sessions/{session}/finish/", finish, htmx=True).expect(200, "finish")
    if number % 5 == 2:
        # A double click on Save: the first log stays, nothing is logged twice.
        browser.post(f"/sessions/{session}/finish/", finish, htmx=True).expect(200, "finish again")
        with tally.lock:
            tally.double_finishes += 1
    with tally.lock:
        tally.completed.append(Completed(session, data["token"], pain_before, pain_after, note))


def simulated_user(host: str, username: str, deadline: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    browser = TimedBrowser(host)
    browser.tally = tally
    try:
        log_in(browser, username)
    except (UnexpectedResponse, OSError) as error:
        tally.fail(f"{username} login: {error}")
        return
    number = 0
    while time.monotonic() < deadline:
        try:
            one_session(browser, tally, rng, number)
        except (UnexpectedResponse, OSError) as error:
            tally.fail(f"{username} session {number}: {error}")
        number += 1


def check_log(tally: Tally, usernames: list[str]) -> list[str]:
    """Every completed session logged exactly once, with the pain levels and note sent."""
    from sessions.models import ENDED_STATUSES, GuidedSession, SessionStep

    problems = []
    sessions = GuidedSession.objects.filter(user__username__in=usernames)
    completed_rows = list(sessions.filter(status=GuidedSession.Status.COMPLETED))
    by_token = Counter(str(row.start_token) for row in sessions)
    rows = {row.pk: row for row in completed_rows}
    sent = {item.session: item for item in tally.completed}
    if len(sent) != len(tally.completed):
        problems.append("a session id was reported completed twice by the clients")
    for item in tally.completed:
        row = rows.get(item.session)
        if row is None:
            problems.append(f"session {item.session} was completed but is not logged as completed")
            continue
        if by_token[item.token] != 1:
            problems.append(f"start token {item.token} has {by_token[item.token]} sessions")
        if (row.pain_before, row.pain_after, row.note) != (
            item.pain_before,
            item.pain_after,
            item.note,
        ):
            problems.append(f"session {item.session} logged other values than were sent")
    extra = set(rows) - set(sent)
    if extra:
        problems.append(f"{len(extra)} sessions logged as completed that no client completed")
    # Ended: done, or "not pressed" (the clients press Next right after Start).
    undone = SessionStep.objects.filter(session__in=completed_rows).exclude(
        status__in=ENDED_STATUSES
    )
    if undone.exists():
        problems.append(f"{undone.count()} steps of completed sessions are not ended")
    return problems


def main() -> None:
    args = arguments(
        __doc__.splitlines()[0],
        users={"type": int, "default": 50},
        seconds={"type": float, "default": 60.0},
    )
    each_database(args)
    with bench_database(args) as env, gunicorn(env) as server:
        usernames = create_users(args.users, "bench-user-")
        tally = Tally()
        began = time.monotonic()
        deadline = began + args.seconds
        threads = [
            threading.Thread(
                target=simulated_user, args=(server.host, name, deadline, tally, index)
            )
            for index, name in enumerate(usernames)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - began
        problems = check_log(tally, usernames)
        server_log = server.log_text()

    server_errors = sum(n for status, n in tally.statuses.items() if status >= 500)
    client_errors = sum(n for status, n in tally.statuses.items() if 400 <= status < 500)
    no_answer = tally.statuses[0]
    requests = sum(tally.statuses.values())
    leaked = server_log.count(NOTE_MARK)
    tracebacks = server_log.count("Traceback")
    print(f"\n== Load and soak: {describe_database(args)}, {env['WEB_CONCURRENCY']} workers ==")
    print(f"{args.users} simulated users for {args.seconds:.0f} s (ran {elapsed:.1f} s)")
    print(f"sessions completed:      {len(tally.completed)} (started {tally.started})")
    print(f"requests:                {requests} ({requests / elapsed:.0f} req/s)")
    print(
        f"latency:                 p50 {percentile(tally.latencies, 0.5) * 1000:.0f} ms, "
        f"p99 {percentile(tally.latencies, 0.99) * 1000:.0f} ms"
    )
    print(f"5xx responses:           {server_errors}")
    print(f"4xx responses:           {client_errors}")
    print(f"no answer (socket):      {no_answer}")
    print(f"failed flows:            {len(tally.failures)}")
    for failure in tally.failures[:10]:
        print(f"    {failure}")
    print(
        f"double posts:            {tally.double_starts} starts, {tally.double_finishes} finishes"
    )
    print(f"server log:              {tracebacks} tracebacks, {leaked} notes leaked into it")
    if problems:
        print("logged exactly once:     NO")
        for problem in problems[:20]:
            print(f"    {problem}")
    else:
        print(f"logged exactly once:     yes, all {len(tally.completed)} completed sessions")
    ok = (
        not problems
        and server_errors == 0
        and no_answer == 0
        and not tally.failures
        and not leaked
        and tally.completed
    )
    print("RESULT:", "PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
