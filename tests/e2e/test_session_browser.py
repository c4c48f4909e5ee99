import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db.models import F
from playwright.sync_api import Page, expect

from sessions.models import GuidedSession, SessionStep
from tests.helpers import PASSWORD, browser_log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

START = "/sessions/start/hand-routine-leg-pain/"
PREGNANT = "Are you pregnant, or could you be?"
CHEST = "Do you have leg pain together with breathlessness, chest pain or coughing up blood?"


def sign_up(page: Page, username: str) -> None:
    page.get_by_role("link", name="Create an account").click()
    page.get_by_label("Username").fill(username)
    page.get_by_label("Email").fill(f"{username}@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password confirmation").fill(PASSWORD)
    page.get_by_label("I am 18 or over").check()
    page.get_by_role("button", name="Create account").click()


def log_in(page: Page, username: str = "alex") -> User:
    user = User.objects.create_user(username, password=PASSWORD)
    browser_log_in(page, START, username)
    return user


def answer_safety_check(page: Page, *, yes: tuple[str, ...] = (), pain: int = 6) -> None:
    """Answer every yes/no question ("No" unless its legend is in `yes`), pick pain, Continue."""
    expect(page.get_by_role("heading", name="Before you start: a safety check")).to_be_visible()
    questions = page.locator("fieldset.question").filter(has=page.locator("input[value='no']"))
    assert questions.count() >= 8  # the leg-pain red flags and the hand points' contraindications
    for question in questions.all():
        legend = question.locator("legend").inner_text().strip()
        question.get_by_role("radio", name="Yes" if legend in yes else "No", exact=True).check()
    pain_scale = page.get_by_role("group", name="How bad is your pain?", exact=True)
    pain_scale.get_by_role("radio", name=str(pain), exact=True).check()
    page.get_by_role("button", name="Continue").click()


def press(page: Page, name: str) -> None:
    # When a side's time is up, Next names what comes next ("Next: Right hand").
    label = re.compile(r"^Next(: .+)?$") if name == "Next" else name
    page.get_by_role("button", name=label, exact=True).click()


def remaining_seconds(page: Page) -> int:
    minutes, seconds = page.get_by_role("timer").inner_text().split(":")
    return int(minutes) * 60 + int(seconds)


def test_sign_up_and_run_the_hand_routine_end_to_end(page):
    page.clock.install()
    page.goto("/protocols/hand-routine-leg-pain/")
    page.get_by_role("link", name="Start session").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    sign_up(page, "robin")
    expect(page).to_have_url(re.compile(START + "$"))
    answer_safety_check(page, pain=6)

    expect(page).to_have_url(re.compile(r"/sessions/\d+/$"))
    timer = page.get_by_role("timer")
    sides = [("LI 4 Hegu", 1, "Left hand"), ("LI 4 Hegu", 1, "Right hand")]
    sides += [("SI 3 Houxi", 2, "Left hand"), ("SI 3 Houxi", 2, "Right hand")]
    for index, (point, number, side) in enumerate(sides):
        expect(page.get_by_role("heading", name=point)).to_be_visible()
        label = page.locator(".progress-label")
        expect(label).to_contain_text(f"Step {number} of 2 · side {index + 1} of 4 · about")
        expect(page.locator(".step-side")).to_have_text(side)
        expect(timer).to_have_text("2:00")
        marker = page.locator(".step-page figure.diagram .marker-current")
        expect(marker).to_have_attribute("aria-label", point)  # a new step: drawn afresh
        press(page, "Start")
        expect(page.get_by_role("button", name="Pause")).to_be_visible()
        expect(marker).to_have_attribute("aria-label", point)  # same step: htmx kept it
        if index == 0:
            # Fake time: 35 s after Start is 30 s of pressing, then jump past the end.
            page.clock.run_for(35_000)
            expect(timer).to_have_text(re.compile(r"^1:(2[6-9]|30)$"))
            # Coming back to a hidden tab redraws from the clock, not from the page's render time.
            page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
            page.clock.run_for(1_000)
            expect(timer).to_have_text(re.compile(r"^1:(2[5-9]|30)$"))
            page.clock.fast_forward(95_000)
            expect(timer).to_have_text("0:00")
            expect(page.locator("[data-timer-announce]")).to_have_attribute("aria-live", "polite")
            expect(page.locator("[data-timer-announce]")).to_contain_text(
                "Time is up. Switch to the right hand."
            )
            expect(page.locator("[data-timer]")).to_have_class(re.compile(r"\btimer-done\b"))
            # One big button, naming what comes next; Pause is gone.
            expect(page.locator("[data-next-button]")).to_have_text("Next: Right hand")
            expect(page.get_by_role("button", name="Pause")).to_be_hidden()
            # A comfort answer swaps only its own form: the timer and the drawing stay.
            tender = page.get_by_role("button", name="Tender but good")
            tender.click()
            expect(tender).to_have_attribute("aria-pressed", "true")
            expect(
                page.get_by_role("status").filter(has_text="Tender but good is normal")
            ).to_be_visible()
            page.clock.run_for(2_000)  # the countdown goes on from where it was
            expect(timer).to_have_text("0:00")
            expect(marker).to_have_attribute("aria-label", point)
        press(page, "Next")

    expect(page.get_by_role("heading", name="How is it now?")).to_be_visible()
    page.get_by_role("group", name="How bad is your pain now?").get_by_role(
        "radio", name="3"
    ).check()
    press(page, "Save and finish")

    expect(page.get_by_role("heading", name="Session complete")).to_be_visible()
    change = page.locator(".pain-change")  # shown as "6 → 3", read out as "6 to 3"
    expect(change.locator(".pain-number")).to_have_text(["6", "3"])
    expect(change.locator("[aria-hidden=true]")).to_have_text("→")
    done = page.locator(".done-steps li")
    expect(done).to_have_count(4)
    expect(done.nth(0)).to_contain_text("LI 4 Hegu, left hand")
    expect(done.nth(3)).to_contain_text("SI 3 Houxi, right hand")

    session = GuidedSession.objects.get(user__username="robin")
    assert (session.status, session.pain_before, session.pain_after) == ("completed", 6, 3)
    statuses = list(session.steps.values_list("status", flat=True))
    # The browser's clock ran on, the server's did not: under 10 s pressed is "not pressed".
    assert statuses == [SessionStep.Status.UNPRESSED] * 4


def test_reloading_mid_step_resumes_the_timer_from_the_server(page):
    user = log_in(page)
    answer_safety_check(page)
    press(page, "Start")
    expect(page.get_by_role("button", name="Pause")).to_be_visible()

    session = GuidedSession.objects.get(user=user)
    moved = SessionStep.objects.filter(session=session, position=0, started_at__isnull=False)
    assert moved.update(started_at=F("started_at") - timedelta(seconds=65)) == 1
    page.reload()

    # 65 s since Start, minus the 5 s get-ready: 60 s pressed, 1:00 of 2:00 left.
    expect(page.get_by_role("timer")).to_have_text(re.compile(r"^(0:5[89]|1:0[01])$"))
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    expect(page.locator("[data-timer]")).to_have_attribute("data-state", "running")

    second = page.context.new_page()
    second.goto(session.get_absolute_url())
    expect(second.get_by_role("button", name="Pause")).to_be_visible()
    assert abs(remaining_seconds(second) - remaining_seconds(page)) <= 2
    assert 55 <= remaining_seconds(second) <= 61


def test_a_pregnancy_answer_skips_li_4(page):
    log_in(page)
    answer_safety_check(page, yes=(PREGNANT,))

    expect(page.get_by_role("heading", name="SI 3 Houxi")).to_be_visible()
    expect(page.locator(".progress-label")).to_contain_text("Step 1 of 1 · side 1 of 2")
    expect(page.locator(".step-side")).to_have_text("Left hand")
    page.get_by_text("Notes from your safety check · 1 skipped").click()  # folded
    skipped = page.get_by_role("region", name="Skipped for your safety")
    expect(skipped).to_contain_text("LI 4 (Hegu) is skipped")


def test_a_red_flag_answer_stops_before_any_step(page):
    user = log_in(page)
    answer_safety_check(page, yes=(CHEST,))

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Emergency: call emergency services now")
    expect(alert).to_contain_text(CHEST)
    expect(page.get_by_role("timer")).to_have_count(0)
    session = GuidedSession.objects.get(user=user)
    assert session.status == GuidedSession.Status.SEEK_CARE
    assert not session.steps.exists()


def test_the_session_page_works_without_javascript(browser, live_server, catalog):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    log_in(page)
    answer_safety_check(page)
    session_url = re.compile(r"/sessions/\d+/$")
    expect(page).to_have_url(session_url)
    expect(page.locator(".progress-label")).to_contain_text("Step 1 of 2 · side 1 of 4")
    expect(page.locator(".step-side")).to_have_text("Left hand")

    press(page, "Start")
    expect(page).to_have_url(session_url)
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    expect(page.locator("[data-timer]")).to_have_attribute("data-state", "running")

    press(page, "Next")
    expect(page).to_have_url(session_url)
    expect(page.locator(".progress-label")).to_contain_text("Step 1 of 2 · side 2 of 4")
    expect(page.locator(".step-side")).to_have_text("Right hand")
    expect(page.get_by_role("button", name="Start")).to_be_visible()
    assert SessionStep.objects.exclude(status=SessionStep.Status.PENDING).count() == 1
    context.close()
