"""Where a page's time goes: SQL queries, and a cProfile of many requests, in one process.

    python bench/profile_pages.py [--db sqlite|postgres] [--requests 300] [--top 25]
                                  [--sort cumulative|tottime] [--pages PAGE ...]

PAGE: bare, chrome (base.html alone), points, point, protocol, step, step-post (default: all).
Runs the production settings (debug off) against a throwaway database, like the benchmarks,
and reports CPU time per request, so other processes on a shared machine do not count.
"""

import cProfile
import io
import pstats
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PROTOCOL, arguments, bench_database  # noqa: E402

PAGES = ["bare", "chrome", "points", "point", "protocol", "step", "step-post"]


def main() -> None:
    args = arguments(
        __doc__.splitlines()[0],
        requests={"type": int, "default": 300},
        top={"type": int, "default": 25},
        sort={"default": "cumulative", "help": "pstats order: cumulative, tottime, ..."},
        pages={"nargs": "*", "default": PAGES},
    )
    if args.db == "both":
        args.db = "sqlite"
    with bench_database(args):
        from django.contrib.auth.models import User
        from django.db import connection, reset_queries
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from points.models import Protocol
        from sessions import services

        user = User.objects.create_user("profile-user", password="x")
        session = services.session_start(
            user=user,
            protocol=Protocol.objects.get(slug=PROTOCOL),
            token=uuid.uuid4(),
            red_flag_yes=set(),
            contraindication_yes=set(),
            pain_before=5,
        )
        services.step_start(session_id=session.pk, user=user, position=0)
        # The catalog as anonymous visitors see it (as in speed.py); the session as its owner.
        anonymous = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")
        client = Client(HTTP_X_FORWARDED_PROTO="https", HTTP_HOST="127.0.0.1")
        client.force_login(user)
        csrf = client.get(f"/sessions/{session.pk}/").cookies["csrftoken"].value
        requests = {
            "bare": lambda: anonymous.get("/bench/bare/"),
            "chrome": lambda: anonymous.get("/bench/chrome/"),
            "points": lambda: anonymous.get("/points/"),
            "point": lambda: anonymous.get("/points/li-4/"),
            "protocol": lambda: anonymous.get(f"/protocols/{PROTOCOL}/"),
            "step": lambda: client.get(f"/sessions/{session.pk}/"),
            "step-post": lambda: client.post(
                f"/sessions/{session.pk}/step/",
                {"position": 0, "action": "comfort", "comfort": "comfortable"},
                HTTP_HX_REQUEST="true",
                HTTP_X_CSRFTOKEN=csrf,
                HTTP_ORIGIN="https://127.0.0.1",
            ),
        }
        for name in args.pages:
            send = requests[name]
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                response = send()
            captured = list(queries.captured_queries)  # the log is reset by the next request
            assert response.status_code == 200, (name, response.status_code)
            for _ in range(20):
                send()
            # CPU time, not wall time: other processes on a shared machine do not count.
            began = time.process_time()
            for _ in range(args.requests):
                send()
            per_request = (time.process_time() - began) / args.requests * 1000
            profiler = cProfile.Profile()
            profiler.enable()
            for _ in range(args.requests):
                send()
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(args.sort)
            stats.print_stats(args.top)
            print(f"\n===== {name}: {len(captured)} queries, {per_request:.2f} ms CPU/request")
            for query in captured:
                print(f"    {query['time']}s  {query['sql'][:150]}")
            print(out.getvalue())


if __name__ == "__main__":
    main()
