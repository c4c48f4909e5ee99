"""The clinician report on a phone (390×844): the form's choices, the report below it and the PDF
its button downloads. Screenshots go to /tmp/shots/report-*.png (the PDF's first page too, when
poppler's pdftoppm is installed)."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.helpers import SHOTS, browser_log_in, run_through, shot

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

NOTE = "Cramp eased within minutes"


def test_the_report_and_its_pdf_on_a_phone(page: Page, tmp_path: Path, start_session):
    # Every side pressed, the first one pressed rated too painful.
    first = start_session(pain_before=7, pain_side="left", pain_areas=["calf"],
                          pain_feelings=["cramping"])  # fmt: skip
    run_through(first, comfort={0: "too_painful"}, pain_after=4)
    pregnant = start_session(contraindications=["pregnancy"])  # LI 4, positions 0 and 1, skipped
    run_through(pregnant, comfort={2: "too_painful"}, pain_after=3, note=NOTE)
    browser_log_in(page, "/sessions/report/")

    expect(page.get_by_role("heading", name="Acupressure log: Leg pain")).to_be_visible()
    expect(page.get_by_role("checkbox", name="Notes")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Safety answers")).to_be_checked()
    expect(page.get_by_text(NOTE)).to_be_visible()
    expect(page.get_by_role("table", name="How pressing each point felt")).to_be_visible()
    # Nothing is wider than the phone: wide tables scroll inside their own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "report-page")

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
