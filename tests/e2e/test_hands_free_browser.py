"""Hands-free in a real browser: one Start tap runs the whole hand routine, with a voice.

Headless chromium has the Web Speech API but no voices and never speaks, so speechSynthesis is
replaced by a recorder (NOTES.md) and the browser's clock is Playwright's. The server's clock is
real: the sides here are logged as "not pressed", which the service tests cover with real times.
"""

import pytest
from playwright.sync_api import Page, expect

from sessions.models import GuidedSession, SessionStep
from tests.e2e.test_session_browser import PASSWORD, START, answer_safety_check, log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

RECORD_SPEECH = """
window.said = [];
const recorder = {
  speaking: false, pending: false, paused: false,
  getVoices() { return [{name: "Test voice", lang: "en-GB", localService: true, default: true}]; },
  speak(utterance) {
    if (utterance.text) window.said.push(utterance.text);
    setTimeout(() => utterance.onend && utterance.onend(), 10);
  },
  cancel() {}, pause() {}, resume() {},
  addEventListener() {}, removeEventListener() {},
};
Object.defineProperty(window, "speechSynthesis", {value: recorder, configurable: true});
window.SpeechSynthesisUtterance = function (text) { this.text = text; };
"""


def said(page: Page) -> list[str]:
    return page.evaluate("window.said")


def run_until(page: Page, done, *, seconds: int = 600) -> None:
    """Move the browser's clock on a second at a time (letting the posts answer) until `done()`."""
    for _ in range(seconds):
        if done():
            return
        page.clock.run_for(1000)
        page.wait_for_timeout(20)
    raise AssertionError("the routine did not get there")


@pytest.fixture
def hands_free(page: Page):
    page.context.add_init_script(RECORD_SPEECH)
    page.clock.install()
    user = log_in(page)
    page.get_by_label("Hands-free (voice guidance)").check()
    answer_safety_check(page, pain=6)
    expect(page.get_by_role("button", name="Hands-free (voice guidance): on")).to_be_visible()
    return user


def test_one_tap_runs_the_hand_routine_to_the_finish_form_and_says_each_side(page, hands_free):
    page.get_by_role("button", name="Start", exact=True).click()
    finish = page.get_by_role("heading", name="How is it now?")
    run_until(page, finish.is_visible)
    page.clock.run_for(1000)  # htmx settles the new stage

    spoken = said(page)
    for side, point in [
        ("Left hand", "LI 4, Hegu"),
        ("Right hand", "LI 4, Hegu"),
        ("Left hand", "SI 3, Houxi"),
        ("Right hand", "SI 3, Houxi"),
    ]:
        assert sum(text.startswith(f"{side}. {point}.") for text in spoken) == 1, spoken
    assert "Time is up. Switch to the right hand." in spoken
    assert "Time is up. Next point: SI 3, Houxi." in spoken
    assert spoken.count("Halfway: 1 minute left.") == 4 and spoken.count("10 seconds left.") == 4
    # The server's clock did not move, so no side counts as pressed (the service tests time it).
    assert spoken[-1] == "No point was pressed for long. How bad is your pain now?"
    # How to find it is said on a point's first side only.
    assert any("web" in text for text in spoken if text.startswith("Left hand. LI 4"))
    assert not any("web" in text for text in spoken if text.startswith("Right hand. LI 4"))
    session = GuidedSession.objects.get(user=hands_free)
    ended = session.steps.values_list("status", flat=True)
    assert list(ended) == [SessionStep.Status.UNPRESSED] * 4  # the server's clock did not move


def test_a_reload_mid_side_keeps_the_time_and_says_nothing_again(page, hands_free):
    page.get_by_role("button", name="Start", exact=True).click()
    run_until(page, lambda: "Halfway: 1 minute left." in said(page))
    before = said(page)
    assert sum(text.startswith("Left hand. LI 4") for text in before) == 1
    page.reload()
    page.clock.run_for(3000)
    expect(page.get_by_role("timer")).not_to_have_text("2:00")
    after = said(page)  # a new page: what it said since the reload
    assert not any(
        text.startswith("Left hand. LI 4") or text.startswith("Halfway") for text in after
    )


def test_mute_silences_the_voice_and_the_routine_still_moves_on(page, hands_free):
    page.get_by_role("button", name="Mute the voice").click()
    expect(page.get_by_role("button", name="Voice muted: tap to unmute")).to_be_visible()
    page.get_by_role("button", name="Start", exact=True).click()
    run_until(page, lambda: page.get_by_text("side 2 of 4").is_visible())
    assert said(page) == []


def test_hands_free_is_remembered_for_the_next_safety_check(page, hands_free):
    page.get_by_role("button", name="Hands-free (voice guidance): on").click()
    expect(page.get_by_role("button", name="Hands-free (voice guidance): off")).to_be_visible()
    assert not GuidedSession.objects.get(user=hands_free).hands_free
    page.goto(START)
    expect(page.get_by_label("Hands-free (voice guidance)")).not_to_be_checked()


def test_the_step_fits_a_phone_screen_upright_and_sideways(page, hands_free):
    for width, height in [(390, 844), (844, 390)]:
        page.set_viewport_size({"width": width, "height": height})
        for name in ["LI 4 Hegu", "Start"]:
            box = page.get_by_role("heading" if name != "Start" else "button", name=name)
            bounds = box.first.bounding_box()
            assert bounds and bounds["y"] + bounds["height"] <= height, (width, name, bounds)
        timer = page.get_by_role("timer").bounding_box()
        assert timer and timer["y"] + timer["height"] <= height


def test_focus_lands_on_the_new_main_button_and_keys_work(page, hands_free):
    page.get_by_role("button", name="Hands-free (voice guidance): on").click()
    expect(page.get_by_role("button", name="Hands-free (voice guidance): off")).to_be_visible()
    page.clock.run_for(500)  # htmx settles the swap (its timers run on this clock)
    page.locator("#step-title").click()  # not on a control: the keys are the page's
    page.keyboard.press(" ")
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    page.clock.run_for(500)
    expect(page.get_by_role("button", name="Pause")).to_be_focused()
    # A comfort answer keeps focus on the answer; the hands-free switch on itself.
    page.get_by_role("button", name="Tender but good").click()
    expect(page.get_by_role("button", name="Tender but good")).to_have_attribute(
        "aria-pressed", "true"
    )
    page.clock.run_for(500)
    expect(page.get_by_role("button", name="Tender but good")).to_be_focused()
    page.get_by_role("button", name="Hands-free (voice guidance): off").click()
    expect(page.get_by_role("button", name="Hands-free (voice guidance): on")).to_be_visible()
    page.clock.run_for(500)
    expect(page.get_by_role("button", name="Hands-free (voice guidance): on")).to_be_focused()
    page.get_by_role("button", name="Hands-free (voice guidance): on").click()
    expect(page.get_by_role("button", name="Hands-free (voice guidance): off")).to_be_visible()
    page.clock.run_for(500)
    page.locator("#step-title").click()
    page.keyboard.press("n")
    expect(page.get_by_text("side 2 of 4")).to_be_visible()
    page.clock.run_for(500)
    expect(page.get_by_role("button", name="Start", exact=True)).to_be_focused()


def test_a_tap_without_a_connection_says_it_was_not_saved(
    page, hands_free, console_errors_expected
):
    console_errors_expected += ["htmx:sendError", "htmx:afterRequest", "ERR_INTERNET_DISCONNECTED"]
    page.context.set_offline(True)
    page.get_by_role("button", name="Start", exact=True).click()
    alert = page.get_by_role("alert").filter(has_text="Not saved")
    expect(alert).to_have_text("Not saved: check your connection, then try again.")
    expect(page.get_by_role("button", name="Start", exact=True)).to_be_enabled()
    page.context.set_offline(False)
    page.get_by_role("button", name="Start", exact=True).click()
    expect(page.get_by_role("button", name="Pause")).to_be_visible()
    expect(alert).to_have_count(0)


def test_an_expired_login_goes_to_the_login_page_and_back_to_the_step(page, hands_free):
    step_url = page.url
    page.context.clear_cookies(name="sessionid")  # the login ran out; the CSRF cookie stays
    page.get_by_role("button", name="Start", exact=True).click()
    expect(page.get_by_role("heading", name="Log in")).to_be_visible()
    assert page.get_by_role("timer").count() == 0  # a whole page, not one inside the timer
    page.get_by_label("Username").fill("alex")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(step_url)
    expect(page.get_by_role("button", name="Start", exact=True)).to_be_visible()


def test_a_second_finish_in_another_tab_is_not_lost(page, hands_free):
    session = GuidedSession.objects.get(user=hands_free)
    session.steps.update(status=SessionStep.Status.DONE, actual_seconds=120)
    other = page.context.new_page()
    for tab in (page, other):
        tab.goto(f"/sessions/{session.pk}/")
        expect(tab.get_by_role("heading", name="All steps done. How is it now?")).to_be_visible()

    def finish(tab: Page, pain: int, note: str) -> None:
        scale = tab.get_by_role("group", name="How bad is your pain now?")
        scale.get_by_role("radio", name=str(pain), exact=True).check()
        tab.get_by_label("Note (optional)").fill(note)
        tab.get_by_role("button", name="Save and finish").click()
        tab.clock.run_for(500)

    finish(page, 2, "much better")
    expect(page.get_by_role("heading", name="Session complete")).to_be_visible()
    finish(other, 7, "worse, swelling")
    expect(other.get_by_text("your entry (7 out of 10")).to_be_visible()
    other.get_by_role("button", name="Add it as a note to this session").click()
    expect(other.get_by_text("Added to this session's note.")).to_be_visible()
    session.refresh_from_db()
    assert (session.pain_after, session.note.splitlines()[0]) == (2, "much better")
    assert "7 out of 10" in session.note and "worse, swelling" in session.note


COUNT_SOUNDS = """
window.notes = 0;
window.buzzes = [];
const Real = window.AudioContext;
window.AudioContext = function () {
  const context = new Real();
  const create = context.createOscillator.bind(context);
  context.createOscillator = function () { window.notes += 1; return create(); };
  return context;
};
navigator.vibrate = function (pattern) { window.buzzes.push(pattern); return true; };
"""


def test_without_hands_free_the_end_chimes_and_repeats_gently_until_next(page):
    page.context.add_init_script(COUNT_SOUNDS)
    page.clock.install()
    log_in(page)
    answer_safety_check(page, pain=6)
    status = page.get_by_role("status").filter(has_text="Sound is off")
    expect(status).to_be_visible()  # no tap on this page yet
    page.get_by_role("button", name="Start", exact=True).click()
    expect(status).to_be_hidden()  # the tap turned sound on
    expect(page.get_by_role("button", name="Pause")).to_be_visible()  # the timer runs
    page.clock.run_for(6_000)
    assert page.evaluate("window.notes") == 1  # pressing starts: one note
    page.clock.run_for(120_000)
    assert page.evaluate("window.notes") == 7  # time is up: three notes, twice
    assert [300, 150, 300, 150, 600] in page.evaluate("window.buzzes")
    page.clock.run_for(21_000)
    assert page.evaluate("window.notes") == 13  # a gentle reminder in overtime
    assert page.url.endswith(f"/sessions/{GuidedSession.objects.get().pk}/")  # no auto-advance
    expect(page.get_by_text("side 1 of 4")).to_be_visible()


def test_sound_comes_on_with_any_first_tap_after_a_reload(page, hands_free):
    page.context.add_init_script(COUNT_SOUNDS)
    page.get_by_role("button", name="Start", exact=True).click()
    page.reload()
    status = page.get_by_role("status").filter(has_text="Sound is off")
    expect(status).to_be_visible()
    page.locator("#step-title").click()  # any tap, not only Start
    expect(status).to_be_hidden()


def test_hands_free_without_speech_still_moves_on(page):
    page.context.add_init_script("delete window.speechSynthesis;")
    page.clock.install()
    log_in(page)
    page.get_by_label("Hands-free (voice guidance)").check()
    answer_safety_check(page, pain=6)
    expect(page.locator("[data-voice-controls]")).to_be_hidden()  # nothing to mute
    page.get_by_role("button", name="Start", exact=True).click()
    run_until(page, lambda: page.get_by_text("side 2 of 4").is_visible())
