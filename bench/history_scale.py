"""Scale benchmark: history, trend and report with 10,000 sessions for one user, 1,000,000 in all.

Run: .venv/bin/python bench/history_scale.py [--total 1000000] [--mine 10000]
Uses a fresh SQLite file in a temporary folder unless DATABASE_URL is set (then that database
is used and must be empty). Prints the median time of each page for an empty history and for
the large one, and their ratio.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=int, default=1_000_000)
    parser.add_argument("--mine", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="acupressure-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["DJANGO_DEBUG"] = "1"

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    from points.models import Protocol
    from sessions.models import GuidedSession, SessionStep

    settings.ALLOWED_HOSTS = ["testserver"]
    setup_test_environment()
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    protocols = list(Protocol.objects.select_related("complaint"))
    me = User.objects.create_user("heavy", password="x")
    empty = User.objects.create_user("empty", password="x")
    light = User.objects.create_user("light", password="x")
    others = User.objects.bulk_create(User(username=f"user{n}") for n in range(999))
    now = timezone.now()

    def sessions_for(user, count):
        batch = []
        for index in range(count):
            protocol = protocols[index % len(protocols)]
            when = now - timedelta(minutes=37 * index)
            batch.append(
                GuidedSession(
                    user=user,
                    protocol=protocol,
                    complaint=protocol.complaint,
                    protocol_name=protocol.name,
                    complaint_name=protocol.complaint.name,
                    status="completed" if index % 10 else "abandoned",
                    started_at=when - timedelta(minutes=9),
                    finished_at=when,
                    pain_before=3 + index % 6,
                    pain_after=(3 + index % 6) - index % 3 if index % 10 else None,
                    red_flag_answers=[],
                    contraindication_answers=[],
                )
            )
            if len(batch) == 5000:
                yield batch
                batch = []
        if batch:
            yield batch

    made = 0
    for batch in sessions_for(me, args.mine):
        created = GuidedSession.objects.bulk_create(batch)
        SessionStep.objects.bulk_create(
            SessionStep(
                session=session,
                position=position,
                number=position + 1,
                point_code="LI 4",
                point_name="Hegu",
                point_slug="li-4",
                point_region="hand",
                how_to_find="-",
                side="left",
                duration_seconds=120,
                pressure="Deep",
                motion="Small circles",
                fingers="Thumb",
                status="done",
                actual_seconds=100,
            )
            for session in created
            for position in range(2)
        )
        made += len(batch)
    for batch in sessions_for(light, 21):
        GuidedSession.objects.bulk_create(batch)
        made += len(batch)
    per_other = (args.total - args.mine - 21) // len(others)
    for other in others:
        for batch in sessions_for(other, per_other):
            GuidedSession.objects.bulk_create(batch)
            made += len(batch)
    elapsed = time.perf_counter() - started
    print(f"built {made:,} sessions ({args.mine:,} for one user) in {elapsed:.0f} s")

    pages = {
        "history": "/sessions/",
        "history, last page": "/sessions/?page=last",
        "trend (chart)": "/sessions/trends/leg-pain/",
        "report (30 days)": "/sessions/report/",
        "home (insights, doctor rule)": "/",
    }

    def timed(user, url):
        client = Client()
        client.force_login(user)
        assert client.get(url).status_code == 200, url
        samples = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            response = client.get(url)
            samples.append(time.perf_counter() - start)
            assert response.status_code == 200
        return statistics.median(samples) * 1000

    # "One page" has a full first page and every complaint logged, like the large history, so
    # the ratio large / one page isolates the cost of history length; large / empty is shown too.
    print(f"{'page':30} {'empty':>8} {'1 page':>8} {'10k':>8} {'10k/empty':>10} {'10k/1 page':>11}")
    for name, url in pages.items():
        none, small, large = timed(empty, url), timed(light, url), timed(me, url)
        print(
            f"{name:30} {none:7.1f}ms {small:7.1f}ms {large:7.1f}ms "
            f"{large / none:10.2f} {large / small:11.2f}"
        )


if __name__ == "__main__":
    main()
