"""Every kind of page is valid HTML by the Nu checker (vnu), the W3C's validator.

It runs on Java; `.ci/run` installs it (npm's vnu-jar). Elsewhere, point VNU_JAR at a vnu.jar or
the test is skipped (in CI it fails instead)."""

import json
import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from points.models import Protocol
from sessions import services
from sessions.models import CheckIn

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

ROOT = Path(__file__).resolve().parent.parent
VNU_JAR = Path(os.environ.get("VNU_JAR", ROOT / ".ci/node_modules/vnu-jar/build/dist/vnu.jar"))


@pytest.fixture
def vnu() -> list[str]:
    if not VNU_JAR.exists() or not shutil.which("java"):
        message = f"the Nu checker is missing ({VNU_JAR}, java): see .ci/run"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]


def test_the_pages_are_valid_html(vnu, client_in, user, start_session, make_plan, tmp_path):
    anonymous = ["/", "/points/", "/points/?meridian=ST", "/points/li-4/", "/points/map/",
                 "/protocols/hand-routine-leg-pain/", "/complaints/leg-pain/",
                 "/accounts/login/", "/accounts/signup/", "/points/no-such-point/",
                 "/protocols/period-pain-acupressure/", "/protocols/relaxing-acupressure-fatigue/",
                 "/complaints/period-pain/", "/points/ex-hn-3/", "/points/gv-20/",
                 "/points/pc-6/", "/points/cv-6/"]  # fmt: skip
    running = start_session()
    services.step_start(session_id=running.pk, user=user, position=0)
    finished = start_session()
    for position in range(4):
        services.step_next(session_id=finished.pk, user=user, position=position)
    finishing = f"/sessions/{finished.pk}/"
    services.session_finish(session_id=finished.pk, user=user, pain_after=3, note="better")
    stopped = start_session(red_flags=["Do you have leg pain together with breathlessness, "
                                       "chest pain or coughing up blood?"])  # fmt: skip
    today = timezone.localdate()
    period_pain = Protocol.objects.get(slug="period-pain-acupressure")
    plan = make_plan(protocol=period_pain, days_ago=13, weeks=2, seconds_per_session=360)
    CheckIn.objects.create(plan=plan, week=1, kind=CheckIn.Kind.PEG, pain_average=6, enjoyment=5,
                           activity=4, score=5, answered_at=timezone.now())  # fmt: skip
    start = today - timedelta(days=20)
    report = f"/sessions/report/?complaint=period-pain&start={start}&end={today}"
    mine = [f"/sessions/plans/{plan.pk}/", f"/sessions/plans/{plan.pk}/check-in/",
            f"/sessions/plans/{plan.pk}/review/", f"/sessions/plans/{plan.pk}/stop/",
            "/sessions/plans/start/relaxing-acupressure-fatigue/", report,
            "/sessions/trends/period-pain/", "/sessions/shares/",
            "/", "/sessions/", "/sessions/report/", "/sessions/reminders/",
            "/sessions/start/hand-routine-leg-pain/", "/sessions/trends/leg-pain/",
            f"/sessions/{running.pk}/", finishing, f"/sessions/{stopped.pk}/",
            "/accounts/settings/", "/accounts/password_change/", "/accounts/delete/"]  # fmt: skip
    files = []
    for who, urls in (("anonymous", anonymous), ("user", mine)):
        for number, url in enumerate(urls):
            response = (Client() if who == "anonymous" else client_in).get(url)
            assert response.status_code in (200, 404), url
            path = tmp_path / f"{who}-{number}.html"
            path.write_bytes(response.content)
            files.append((path, url))
    result = subprocess.run(
        [*vnu, *(str(path) for path, _ in files)], capture_output=True, text=True, timeout=300
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    where = {path.name: url for path, url in files}
    errors = [f"{where.get(Path(m.get('url', '')).name)}: {m['message']}" for m in messages]
    assert errors == []
