"""The clinician report on a phone (390×844): the form's choices, the report below it and the PDF
its button downloads. Screenshots go to /tmp/shots/report-*.png (the PDF's first page too, when
poppler's pdftoppm is installed)."""

import io
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from points.models import Contraindication, Protocol
from sessions import services

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
SHOTS = Path("/tmp/shots")
NOTE = "Cramp eased within minutes"


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"report-{name}.png"), full_page=True)


def a_session(user: User, *, before: int, after: int, note: str = "", **answers) -> None:
    """A hand-routine session through the services: every side pressed, the first one rated
    too painful."""
    session = services.session_start(
        user=user,
        protocol=Protocol.objects.get(slug="hand-routine-leg-pain"),
        token=uuid.uuid4(),
        red_flag_yes=set(),
        pain_before=before,
        **answers,
    )
    first = True
    for step in session.steps.exclude(status="skipped").order_by("position"):
        if first:
            services.step_comfort(
                session_id=session.pk, user=user, position=step.position, comfort="too_painful"
            )
            first = False
        services.step_next(session_id=session.pk, user=user, position=step.position)
    services.session_finish(session_id=session.pk, user=user, pain_after=after, note=note)


def test_the_report_and_its_pdf_on_a_phone(page: Page, tmp_path: Path):
    user = User.objects.create_user("alex", password=PASSWORD)
    pregnancy = Contraindication.objects.get(slug="pregnancy")
    a_session(user, before=7, after=4, contraindication_yes=set(), pain_side="left",
              pain_areas=["calf"], pain_feelings=["cramping"])  # fmt: skip
    a_session(user, before=6, after=3, note=NOTE, contraindication_yes={pregnancy.pk})
    page.goto("/accounts/login/?next=/sessions/report/")
    page.get_by_label("Username").fill("alex")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()

    expect(page.get_by_role("heading", name="Acupressure log: Leg pain")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Notes")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Safety answers")).to_be_checked()
    expect(page.get_by_text(NOTE)).to_be_visible()
    expect(page.get_by_role("table", name="How pressing each point felt")).to_be_visible()
    # Nothing is wider than the phone: wide tables scroll inside their own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "page")

    page.get_by_role("checkbox", name="Notes").uncheck()
    page.get_by_role("button", name="Show report").click()
    expect(page.get_by_text("left out by the patient's choice: notes")).to_be_visible()
    expect(page.get_by_text(NOTE)).to_have_count(0)
    expect(page.get_by_role("checkbox", name="Notes")).not_to_be_checked()

    page.get_by_role("checkbox", name="Notes").check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download PDF (A4)").click()
    path = tmp_path / "report.pdf"
    download.value.save_as(path)
    assert download.value.suggested_filename.endswith(".pdf")
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert NOTE in text and "6 → 3" in text and "Page 1 of" in text
    if shutil.which("pdftoppm"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(path),
             str(SHOTS / "report-pdf-first-page")],
            check=True, timeout=60,
        )  # fmt: skip
