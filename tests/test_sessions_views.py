import re
import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from points.models import Contraindication, Protocol, RedFlag
from sessions import services
from sessions.models import GET_READY_SECONDS, GuidedSession
from tests.helpers import finish_ready, html

pytestmark = pytest.mark.django_db

START_URL = "/sessions/start/hand-routine-leg-pain/"
CHEST = "Do you have leg pain together with breathlessness, chest pain or coughing up blood?"
CALF = "Is one calf or leg swollen, warm, red or painful to touch, more than the other leg?"
HTMX = {"HX-Request": "true"}


def safety_answers(pain="6", yes=()) -> dict:
    data = {"token": str(uuid.uuid4()), "pain_before": pain}
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    red_flags, _ = services.safety_questions(protocol=protocol)
    for flag in red_flags:
        data[f"flag_{flag.pk}"] = "yes" if flag.question in yes else "no"
    for caution in Contraindication.objects.all():
        data[f"caution_{caution.pk}"] = "yes" if caution.slug in yes else "no"
    return data


# --- Starting -------------------------------------------------------------------------------


def test_starting_needs_an_account_and_comes_back_after_login(client):
    response = client.get(START_URL)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/accounts/login/?next={START_URL}"


def test_the_protocol_page_offers_start_after_the_safety_content(client):
    page = html(client.get("/protocols/hand-routine-leg-pain/"))
    assert page.index("Get medical help instead") < page.index("Start session")
    assert page.index("Cautions for this routine") < page.index("Start session")


def test_the_safety_check_asks_red_flags_cautions_and_pain(client_in):
    page = html(client_in.get(START_URL))
    for flag in RedFlag.objects.filter(complaint__slug="leg-pain"):
        assert flag.question in page
    assert CALF in page  # the clot question every leg routine asks
    assert "Are you pregnant, or could you be?" in page
    assert "<legend>How bad is your pain?</legend>" in page
    assert "0 = no pain" in page and "10 = worst pain imaginable" in page
    assert "Where does it hurt?" in page  # leg pain asks where


def test_a_complaint_that_is_not_about_the_leg_does_not_ask_where(client_in):
    slug = Protocol.objects.get(complaint__slug="insomnia").slug
    page = html(client_in.get(f"/sessions/start/{slug}/"))
    assert "<legend>How badly is your sleep troubled?</legend>" in page
    assert "0 = sleeping well" in page and "10 = hardly sleeping at all" in page
    assert "Where does it hurt?" not in page


@pytest.mark.parametrize("pain", ["eleven", "-1", "11", "99", ""])
def test_bad_pain_levels_get_a_clear_message_and_start_nothing(client_in, pain):
    response = client_in.post(START_URL, safety_answers(pain=pain))
    assert response.status_code == 200
    assert "Choose a number from 0 (no pain) to 10 (worst pain imaginable)." in html(response)
    assert not GuidedSession.objects.exists()


def test_an_unanswered_question_is_not_taken_as_no(client_in):
    data = safety_answers()
    del data[next(key for key in data if key.startswith("flag_"))]
    response = client_in.post(START_URL, data)
    assert "Please answer yes or no." in html(response)
    assert not GuidedSession.objects.exists()


def test_a_good_safety_check_starts_the_session_and_shows_step_one(client_in, user):
    response = client_in.post(START_URL, safety_answers(), follow=True)
    session = GuidedSession.objects.get(user=user)
    assert response.redirect_chain[-1][0] == f"/sessions/{session.pk}/"
    page = html(response)
    assert "Step 1 of 2" in page and "Left hand" in page
    assert "LI 4 Hegu" in page
    assert 'role="timer"' in page
    assert 'aria-live="polite"' in page
    assert "2:00" in page
    # The script counts down the server's get-ready, not a copy of it.
    assert f'data-ready-total="{GET_READY_SECONDS}"' in page


def test_the_start_form_posted_twice_makes_one_session(client_in):
    data = safety_answers()
    client_in.post(START_URL, data)
    client_in.post(START_URL, data)
    assert GuidedSession.objects.count() == 1


def test_a_red_flag_answer_shows_the_emergency_page(client_in):
    page = html(client_in.post(START_URL, safety_answers(yes=[CHEST]), follow=True))
    assert "Emergency: call emergency services now" in page
    assert CHEST in page
    assert 'role="timer"' not in page
    # Numbers to call, tap to call, the browser's country first (UK by default).
    assert 'href="tel:999"' in page and 'href="tel:116123"' in page
    assert 'href="https://findahelpline.com/"' in page


def test_the_emergency_numbers_follow_the_browsers_country(client_in):
    response = client_in.post(
        START_URL, safety_answers(yes=[CHEST]), follow=True, HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.8"
    )
    page = html(response)
    assert page.index('href="tel:911"') < page.index('href="tel:999"')
    assert 'href="tel:988"' in page


def test_the_emergency_advice_says_now_whichever_order_the_flags_come_in(client_in):
    page = html(client_in.post(START_URL, safety_answers(yes=[CALF, CHEST]), follow=True))
    assert "Emergency: call emergency services now" in page
    assert "please get the help above now." in page


def test_starting_in_severe_pain_says_so_on_the_step_page(client_in):
    page = html(client_in.post(START_URL, safety_answers(pain="8"), follow=True))
    assert "You rated it 8 out of 10 before you started. At 8 or more, see a doctor" in page
    page = html(client_in.post(START_URL, safety_answers(pain="7"), follow=True))
    assert "At 8 or more" not in page


def test_a_pregnancy_answer_skips_li_4_on_the_step_page(client_in):
    page = html(client_in.post(START_URL, safety_answers(yes=["pregnancy"]), follow=True))
    assert "LI 4 (Hegu) is skipped: Not advised in pregnancy" in page
    assert "Step 1 of 1" in page and "SI 3 Houxi" in page


def test_a_see_your_doctor_answer_gives_its_advice_and_still_starts_the_routine(client_in):
    lasted = "Has your leg pain lasted, or got worse, after a few acupressure sessions?"
    page = html(client_in.post(START_URL, safety_answers(yes=[lasted]), follow=True))
    assert 'role="timer"' in page and "Step 1 of 2" in page
    assert "From your safety check" in page
    assert "Book an appointment with your doctor" in page
    assert "You can use this routine for comfort meanwhile." in page


def test_a_which_limb_question_needs_a_limb_and_skips_its_side(client_in, user):
    surgery = Contraindication.objects.get(slug="recent-surgery")
    page = html(client_in.get(START_URL))
    assert "If yes: which arm or leg?" in page and f'name="limbs_{surgery.pk}"' in page
    response = client_in.post(START_URL, safety_answers(yes=["recent-surgery"]))
    assert "Tick the arm or leg it concerns" in html(response)
    assert not GuidedSession.objects.exists()
    data = safety_answers(yes=["recent-surgery"]) | {f"limbs_{surgery.pk}": ["right_arm"]}
    page = html(client_in.post(START_URL, data, follow=True))
    assert "Left hand" in page
    assert "on your right arm or hand is skipped" in page
    assert "Surgery raises the risk of a blood clot" in page
    session = GuidedSession.objects.get(user=user)
    assert session.contraindication_answers[
        [a["name"] for a in session.contraindication_answers].index(surgery.name)
    ]["limbs"] == ["right arm or hand"]


def test_limbs_ticked_with_a_no_answer_are_ignored(client_in, user):
    surgery = Contraindication.objects.get(slug="recent-surgery")
    data = safety_answers() | {f"limbs_{surgery.pk}": ["left_arm"]}
    client_in.post(START_URL, data)
    assert not GuidedSession.objects.get(user=user).steps.filter(status="skipped").exists()


def test_swelling_on_the_legs_also_gives_the_clot_advice(client_in):
    knee = Protocol.objects.get(slug="knee-pain-routine")
    red_flags, contraindications = services.safety_questions(protocol=knee)
    data = {"token": str(uuid.uuid4()), "pain_before": "5"}
    data |= {f"flag_{flag.pk}": "no" for flag in red_flags}
    data |= {
        f"caution_{c.pk}": "yes" if c.slug in ("leg-veins-skin-problem", "pregnancy") else "no"
        for c in contraindications
    }
    page = html(client_in.post(f"/sessions/start/{knee.slug}/", data, follow=True))
    assert "cannot start safely" in page  # every knee point is on the leg
    session = GuidedSession.objects.latest("started_at")
    assert any("blood clot (DVT)" in note["advice"] for note in session.safety_notes)


def test_the_safety_check_shows_what_a_yes_does(client_in):
    page = html(client_in.get(START_URL))
    assert "A yes to an urgent or emergency question stops the routine" in page


def test_draft_protocols_cannot_be_started(client_in):
    Protocol.objects.filter(slug="hand-routine-leg-pain").update(status="draft")
    assert client_in.get(START_URL).status_code == 404


# --- Steps ----------------------------------------------------------------------------------


def test_step_posts_without_javascript_redirect_back_to_the_session(client_in, session):
    response = client_in.post(f"/sessions/{session.pk}/step/", {"position": 0, "action": "start"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/sessions/{session.pk}/"
    assert session.steps.get(position=0).started_at is not None


def test_htmx_next_answers_with_the_whole_stage_in_place_of_the_timer(client_in, session):
    response = client_in.post(
        f"/sessions/{session.pk}/step/", {"position": 0, "action": "next"}, headers=HTMX
    )
    page = html(response)
    assert response.status_code == 200
    assert page.lstrip().startswith('<div id="session-stage"')
    assert "<html" not in page
    assert "Right hand" in page
    assert response.headers["HX-Retarget"] == "#session-stage"
    assert response.headers["HX-Reswap"] == "outerHTML"


@pytest.mark.parametrize(
    ("action", "part", "shows"),
    [
        ("start", '<div id="step-timer">', 'value="pause"'),
        ("comfort", '<form id="step-comfort"', 'aria-pressed="true"'),
    ],
)
def test_htmx_same_step_actions_answer_with_the_part_they_change(
    client_in, session, action, part, shows
):
    data = {"position": 0, "action": action, "comfort": "tender"}
    response = client_in.post(f"/sessions/{session.pk}/step/", data, headers=HTMX)
    page = html(response)
    assert page.lstrip().startswith(part)
    assert page.count(part) == 1 and shows in page
    assert "session-stage" not in page and "<h2" not in page
    assert "HX-Retarget" not in response.headers
    # What the part replaces on the page is what the forms there target.
    full = html(client_in.get(f"/sessions/{session.pk}/"))
    assert 'hx-target="#step-timer"' in full and 'hx-target="this"' in full


def test_a_refused_same_step_action_answers_with_the_whole_stage(client_in, session):
    url = f"/sessions/{session.pk}/step/"
    client_in.post(url, {"position": 0, "action": "next"})
    response = client_in.post(url, {"position": 0, "action": "start"}, headers=HTMX)
    assert "no longer the current one" in html(response)
    assert response.headers["HX-Retarget"] == "#session-stage"
    assert html(response).lstrip().startswith('<div id="session-stage"')


def test_a_replayed_next_changes_nothing_and_says_where_you_are(client_in, session):
    url = f"/sessions/{session.pk}/step/"
    client_in.post(url, {"position": 0, "action": "next"})
    response = client_in.post(url, {"position": 0, "action": "next"}, headers=HTMX)
    assert "no longer the current one" in html(response)
    assert list(session.steps.values_list("status", flat=True)) == ["unpressed"] + ["pending"] * 3
    response = client_in.post(url, {"position": 0, "action": "next"}, follow=True)
    assert "no longer the current one" in html(response)


@pytest.mark.parametrize(
    "data",
    [{"position": "x", "action": "next"}, {"position": 0, "action": "explode"}, {"action": "next"}],
)
def test_malformed_step_posts_are_refused_with_a_message(client_in, session, data):
    response = client_in.post(f"/sessions/{session.pk}/step/", data, headers=HTMX)
    assert "nothing was changed" in html(response)
    assert not session.steps.filter(status="done").exists()


def test_too_painful_advises_lighter_pressure_and_is_logged(client_in, session):
    response = client_in.post(
        f"/sessions/{session.pk}/step/",
        {"position": 0, "action": "comfort", "comfort": "too_painful"},
        headers=HTMX,
    )
    assert "Ease off to light pressure" in html(response)
    assert session.steps.get(position=0).comfort == "too_painful"


def test_a_paused_step_shows_resume_and_keeps_its_time(client_in, session):
    url = f"/sessions/{session.pk}/step/"
    client_in.post(url, {"position": 0, "action": "start"})
    page = html(client_in.post(url, {"position": 0, "action": "pause"}, headers=HTMX))
    assert 'value="resume"' in page and "Paused." in page
    assert 'data-state="paused"' in page


# --- Finish ---------------------------------------------------------------------------------


@pytest.mark.parametrize("pain", ["eleven", "-1", "11", "99", ""])
def test_finish_with_a_bad_pain_level_changes_nothing(client_in, session, pain):
    finish_ready(session)
    response = client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": pain})
    assert "Choose a number from 0 (no pain) to 10 (worst pain imaginable)." in html(response)
    session.refresh_from_db()
    assert (session.status, session.pain_after) == ("in_progress", None)


def test_finish_twice_keeps_one_log_entry(client_in, session):
    finish_ready(session)
    url = f"/sessions/{session.pk}/finish/"
    client_in.post(url, {"pain_after": "3", "note": "Better"})
    response = client_in.post(url, {"pain_after": "8"}, follow=True)
    session.refresh_from_db()
    assert (session.status, session.pain_after, session.note) == ("completed", 3, "Better")
    assert GuidedSession.objects.filter(status="completed").count() == 1
    assert "Session complete" in html(response)


def test_the_same_finish_posted_again_shows_the_summary_without_a_warning(client_in, session):
    finish_ready(session)
    url = f"/sessions/{session.pk}/finish/"
    data = {"pain_after": "3", "note": "Better"}
    client_in.post(url, data, headers=HTMX)
    page = html(client_in.post(url, data, headers=HTMX))
    assert "Session complete" in page and "Better" in page
    assert "already finished" not in page and "/note/" not in page


def finished_at_text(session) -> str:
    session.refresh_from_db()
    return f"{timezone.localtime(session.finished_at):%H:%M}"


def test_a_second_finish_with_other_values_says_it_was_not_saved(client_in, session):
    finish_ready(session)
    url = f"/sessions/{session.pk}/finish/"
    client_in.post(url, {"pain_after": "2", "note": "tab A: much better"}, headers=HTMX)
    response = client_in.post(
        url, {"pain_after": "7", "note": "tab B: worse, swelling"}, headers=HTMX
    )
    page = html(response)
    assert response.status_code == 200
    assert page.lstrip().startswith('<div id="session-stage"')
    assert (
        f"This session was already finished with pain 2 out of 10 at {finished_at_text(session)}; "
        "your entry (7 out of 10, with the note “tab B: worse, swelling”) was not saved."
    ) in page
    assert f'hx-post="/sessions/{session.pk}/note/"' in page
    assert 'name="pain_after" value="7"' in page
    assert 'name="note" value="tab B: worse, swelling"' in page
    assert session.pain_after == 2 and session.note == "tab A: much better"


def test_a_second_finish_uses_the_complaints_rating_words(client_in, start_session):
    session = start_session(protocol=Protocol.objects.get(slug="insomnia-routine"))
    finish_ready(session)
    url = f"/sessions/{session.pk}/finish/"
    client_in.post(url, {"pain_after": "4"}, headers=HTMX)
    page = html(client_in.post(url, {"pain_after": "6"}, headers=HTMX))
    symptom = session.complaint.symptom
    assert symptom != "pain"
    assert f"already finished with {symptom} 4 out of 10 at" in page
    assert "your entry (6 out of 10) was not saved." in page


def test_the_refused_entry_is_added_to_the_note_once(client_in, session):
    finish_ready(session)
    client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "2", "note": "A"})
    url = f"/sessions/{session.pk}/note/"
    data = {"pain_after": "7", "note": "worse, swelling"}
    response = client_in.post(url, data, headers=HTMX)
    page = html(response)
    assert "Added to this session's note." in page
    session.refresh_from_db()
    local = timezone.localtime()
    line = f"Added later ({local:%H:%M}): 7 out of 10 — worse, swelling"
    assert session.note == f"A\n{line}"
    assert "A<br>Added later" in page
    client_in.post(url, data, headers=HTMX)  # a double click
    client_in.post(url, data)
    session.refresh_from_db()
    assert session.note.count("Added later") == 1
    assert session.pain_after == 2


def test_without_javascript_a_refused_finish_is_said_and_offered_once(client_in, session):
    finish_ready(session)
    url = f"/sessions/{session.pk}/finish/"
    client_in.post(url, {"pain_after": "2"})
    response = client_in.post(url, {"pain_after": "7", "note": "worse"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/sessions/{session.pk}/"
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert "This session was already finished with pain 2 out of 10 at" in page
    assert "your entry (7 out of 10, with the note “worse”) was not saved." in page
    assert f'action="/sessions/{session.pk}/note/"' in page
    assert "Add it as a note to this session" not in html(client_in.get(f"/sessions/{session.pk}/"))
    response = client_in.post(
        f"/sessions/{session.pk}/note/", {"pain_after": "7", "note": "worse"}, follow=True
    )
    assert "Added to this session&#x27;s note." in html(response)
    session.refresh_from_db()
    assert session.note.endswith("7 out of 10 — worse")


@pytest.mark.parametrize(
    "data", [{"pain_after": "eleven"}, {"pain_after": "7", "note": "x" * 1001}, {}]
)
def test_a_malformed_note_post_adds_nothing_and_says_so(client_in, session, data):
    finish_ready(session)
    client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "2", "note": "A"})
    response = client_in.post(f"/sessions/{session.pk}/note/", data, headers=HTMX)
    assert response.status_code == 200
    assert "nothing was added" in html(response)
    session.refresh_from_db()
    assert session.note == "A"


def test_a_note_for_a_session_in_progress_is_refused(client_in, session):
    response = client_in.post(
        f"/sessions/{session.pk}/note/", {"pain_after": "7", "note": "x"}, follow=True
    )
    assert "Only a finished session takes a later note." in html(response)
    session.refresh_from_db()
    assert session.note == ""


def test_another_users_session_takes_no_note(client, other_user, session):
    finish_ready(session)
    services.session_finish(session_id=session.pk, user=session.user, pain_after=3)
    client.force_login(other_user)
    response = client.post(f"/sessions/{session.pk}/note/", {"pain_after": "7"})
    assert response.status_code == 404
    session.refresh_from_db()
    assert session.note == ""


def test_finishing_after_no_point_was_pressed_says_so(client_in, session):
    url = f"/sessions/{session.pk}/step/"
    for position in range(4):
        client_in.post(url, {"position": position, "action": "next"})
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert "No point was pressed for long. How is it now?" in page
    assert "All steps done" not in page
    assert 'value="4" max="4"' in page  # the sides count as passed
    client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "5"})
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert "LI 4 Hegu, left hand: not pressed" in page


def test_a_pressed_session_finishes_with_all_steps_done(client_in, session):
    finish_ready(session)
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert "All steps done. How is it now?" in page
    client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "5"})
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert re.search(r"LI 4 Hegu, left hand: 4:5\d of 2:00", page)
    assert "not pressed" not in page


def test_finish_before_the_steps_are_done_is_refused(client_in, session):
    response = client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "3"})
    assert "There are steps left" in html(response)
    session.refresh_from_db()
    assert session.status == "in_progress"


def test_a_finished_session_refuses_step_posts(client_in, session):
    finish_ready(session)
    client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "3"})
    response = client_in.post(
        f"/sessions/{session.pk}/step/", {"position": 0, "action": "start"}, follow=True
    )
    assert "can no longer be changed" in html(response)


def test_a_step_post_from_a_stale_tab_shows_the_finished_session(client_in, session):
    finish_ready(session)
    services.session_finish(session_id=session.pk, user=session.user, pain_after=3)
    response = client_in.post(
        f"/sessions/{session.pk}/step/", {"position": 3, "action": "next"}, headers=HTMX
    )
    page = html(response)
    assert "can no longer be changed" in page
    assert "Session complete" in page
    assert 'role="timer"' not in page


def test_the_summary_shows_before_after_and_the_recent_trend(client_in, session, logged):
    logged(7, 5, days_ago=2)
    finish_ready(session)
    page = html(client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "3"}, follow=True))
    assert re.search(r"6</span>.*3</span>", page, re.S)
    assert "(−3)" in page
    assert "Your recent leg pain sessions" in page
    assert "Time to see a doctor" not in page


def test_pain_going_up_shows_stop_and_the_doctor_warning_at_once(client_in, session):
    finish_ready(session)
    page = html(client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "9"}, follow=True))
    assert "Stop." in page
    assert "Time to see a doctor about your leg pain" in page
    assert "rose from 6 to 9" in page


def test_logging_several_sessions_a_day_is_allowed(client_in, start_session):
    for pain_after in ("4", "3"):
        session = start_session()
        finish_ready(session)
        client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": pain_after})
    assert GuidedSession.objects.filter(status="completed").count() == 2


# --- Home, complaint, abandon -------------------------------------------------------------------


def test_home_offers_to_resume_or_abandon_a_session_in_progress(client_in, session):
    page = html(client_in.get("/"))
    assert f'href="/sessions/{session.pk}/"' in page
    assert "Resume Hand routine for leg pain" in page
    response = client_in.post(f"/sessions/{session.pk}/abandon/", follow=True)
    assert "It stays in your log as abandoned." in html(response)
    session.refresh_from_db()
    assert session.status == "abandoned"
    assert "Resume Hand routine" not in html(client_in.get("/"))
    assert "Abandoned" in html(client_in.get(f"/sessions/{session.pk}/"))


def test_the_doctor_warning_shows_on_home_and_complaint_pages(client_in, logged):
    logged(5, 5, days_ago=2)
    logged(5, 5, days_ago=1)
    logged(5, 6)
    for url in ["/", "/complaints/leg-pain/", "/protocols/hand-routine-leg-pain/"]:
        page = html(client_in.get(url))
        assert "Time to see a doctor about your leg pain" in page
        assert "brought no fall in pain" in page
    assert "Time to see a doctor" not in html(client_in.get("/complaints/knee-pain/"))


# --- Privacy and CSRF -------------------------------------------------------------------------


def test_another_users_session_is_a_404_and_cannot_be_changed(client, other_user, session):
    client.force_login(other_user)
    assert client.get(f"/sessions/{session.pk}/").status_code == 404
    for action in ["step/", "finish/", "abandon/"]:
        data = {"position": 0, "action": "next", "pain_after": "2"}
        assert client.post(f"/sessions/{session.pk}/{action}", data).status_code == 404
    session.refresh_from_db()
    assert session.status == "in_progress"
    assert not session.steps.filter(status="done").exists()
    assert "Resume" not in html(client.get("/"))


def test_session_pages_need_login(client, session):
    assert client.get(f"/sessions/{session.pk}/").status_code == 302


def test_posts_without_a_csrf_token_are_refused(user, session):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    response = client.post(
        f"/sessions/{session.pk}/step/", {"position": 0, "action": "next"}, headers=HTMX
    )
    assert response.status_code == 403
    assert not session.steps.filter(status="done").exists()


def test_htmx_requests_carry_the_csrf_token_from_the_body(client_in, session):
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert re.search(r"<body data-hx-headers='\{\"x-csrftoken\": \"[A-Za-z0-9]+\"\}'>", page)
    assert 'hx-history="false"' in page


# --- Cost -----------------------------------------------------------------------------------


def test_step_page_queries_do_not_grow_with_the_users_history(
    client_in, session, logged, django_assert_num_queries
):
    url = f"/sessions/{session.pk}/"
    client_in.get(url)  # the step's diagram is drawn once, then comes from the catalog cache
    # Session, user, the guided session with its steps (one query), the catalog version.
    with django_assert_num_queries(4):
        client_in.get(url)
    for days_ago in range(60):
        logged(6, 4, days_ago=days_ago)
    with django_assert_num_queries(4):
        assert "Step 1 of 2" in html(client_in.get(url))


def test_htmx_step_post_queries_do_not_grow_with_history(
    client_in, session, logged, django_assert_num_queries
):
    def post(position, action, **extra):
        response = client_in.post(
            f"/sessions/{session.pk}/step/",
            {"position": position, "action": action, **extra},
            headers=HTMX,
        )
        assert response.status_code == 200
        return html(response)

    client_in.get(f"/sessions/{session.pk}/")
    # Session, user, the current step with its session (by id and owner), one UPDATE (compare
    # and set); the answer is the part that changed (here the comfort form).
    with django_assert_num_queries(4):
        assert "is-chosen" in post(0, "comfort", comfort="tender")
    # Next answers with the whole stage: its steps, and the new step's diagram, drawn (catalog
    # version, placements) the first time.
    with django_assert_num_queries(7):
        post(0, "next")
    for days_ago in range(60):
        logged(6, 4, days_ago=days_ago)
    with django_assert_num_queries(4):
        post(1, "start")
    with django_assert_num_queries(7):
        post(1, "next")
    post(2, "next")
    # The last Next answers with the finish form, which asks in the complaint's words.
    with django_assert_num_queries(6):
        assert "No point was pressed for long. How is it now?" in post(3, "next")


def test_summary_queries_do_not_grow_with_history(
    client_in, session, logged, django_assert_num_queries
):
    finish_ready(session)
    services.session_finish(session_id=session.pk, user=session.user, pain_after=3)
    url = f"/sessions/{session.pk}/"
    # The page reads what a session in progress shows, then (ended) the whole record.
    with django_assert_num_queries(7):
        client_in.get(url)
    for days_ago in range(1, 60):
        logged(6, 4, days_ago=days_ago)
    with django_assert_num_queries(7):
        client_in.get(url)


def test_a_recent_urgent_answer_is_recalled_on_the_next_safety_check(client_in):
    client_in.post(START_URL, safety_answers(yes=[CHEST]))
    page = html(client_in.get(START_URL))
    assert "you answered yes to:" in page and CHEST in page
    GuidedSession.objects.update(started_at=timezone.now() - timedelta(days=8))
    assert "you answered yes to:" not in html(client_in.get(START_URL))


def test_a_step_marked_too_painful_is_named_on_the_summary(client_in, session):
    services.step_comfort(
        session_id=session.pk, user=session.user, position=0, comfort="too_painful"
    )
    finish_ready(session)
    client_in.post(f"/sessions/{session.pk}/finish/", {"pain_after": "4"})
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert "You marked LI 4 (left hand) as too painful" in page


# --- When things go wrong -----------------------------------------------------------------------


def test_an_htmx_post_after_the_login_expired_sends_the_whole_page_to_log_in(client, session):
    page = f"/sessions/{session.pk}/"
    response = client.post(
        f"/sessions/{session.pk}/step/",
        {"position": 0, "action": "start"},
        headers=HTMX | {"HX-Current-URL": f"http://testserver{page}"},
    )
    assert response.status_code == 200
    assert response.headers["HX-Redirect"] == f"/accounts/login/?next={page}"
    assert not response.content  # nothing for htmx to swap into the timer
    assert session.steps.get(position=0).started_at is None
    # Logging in with that next comes back to the session, not to the URL posted to.
    response = client.post(
        "/accounts/login/",
        {"username": "alex", "password": "a-long-test-password", "next": page},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == page
    assert response.status_code == 200
    assert "LI 4 Hegu" in html(response)


def test_without_a_current_url_the_login_comes_back_to_the_session_page(client, session):
    for action in ("step/", "finish/", "abandon/"):
        response = client.post(f"/sessions/{session.pk}/{action}", {}, headers=HTMX)
        assert response.headers["HX-Redirect"] == f"/accounts/login/?next=/sessions/{session.pk}/"


def test_a_current_url_from_another_site_is_not_followed(client, session):
    response = client.post(
        f"/sessions/{session.pk}/step/",
        {"position": 0, "action": "start"},
        headers=HTMX | {"HX-Current-URL": "https://evil.example/phish/"},
    )
    assert response.headers["HX-Redirect"] == f"/accounts/login/?next=/sessions/{session.pk}/"


def test_a_login_redirect_without_htmx_stays_a_plain_redirect(client, session):
    response = client.post(f"/sessions/{session.pk}/step/", {"position": 0, "action": "start"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/accounts/login/?next=/sessions/{session.pk}/step/"
    assert "HX-Redirect" not in response.headers


def test_other_htmx_redirects_are_left_alone(client_in, session):
    response = client_in.post(f"/sessions/{session.pk}/abandon/", headers=HTMX)
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


# --- Back to the previous side --------------------------------------------------------------

BACK = "Back to the previous side"


def test_back_is_offered_once_a_side_has_ended(client_in, session):
    url = f"/sessions/{session.pk}/"
    assert BACK not in html(client_in.get(url))  # the first side: nothing to go back to
    client_in.post(f"{url}step/", {"position": 0, "action": "next"})
    page = html(client_in.get(url))
    assert f"{BACK} (Left hand)" in page
    form = re.search(r'<form class="step-back".*?</form>', page, re.S).group(0)
    assert f'hx-post="{url}step/"' in form and f'action="{url}step/"' in form
    assert 'hx-target="#session-stage"' in form and 'hx-swap="outerHTML"' in form
    assert 'name="position" value="1"' in form and 'value="back"' in form
    assert "csrfmiddlewaretoken" in form


def test_htmx_back_answers_with_the_previous_side(client_in, session):
    url = f"/sessions/{session.pk}/step/"
    begun = timezone.now() - timedelta(seconds=40)
    services.step_start(session_id=session.pk, user=session.user, position=0, now=begun)
    client_in.post(url, {"position": 0, "action": "next"})
    response = client_in.post(url, {"position": 1, "action": "back"}, headers=HTMX)
    page = html(response)
    assert response.headers["HX-Retarget"] == "#session-stage"
    assert page.lstrip().startswith('<div id="session-stage"')
    assert "Left hand" in page and 'data-state="paused"' in page and 'value="resume"' in page
    assert BACK not in page
    assert session.current_step().position == 0
    # Posted again (a double tap): refused, nothing more changes.
    page = html(client_in.post(url, {"position": 1, "action": "back"}, headers=HTMX))
    assert "no longer the current one" in page
    assert list(session.steps.values_list("status", flat=True)) == ["pending"] * 4


def test_back_without_javascript_redirects_and_explains_a_refusal(client_in, session):
    url = f"/sessions/{session.pk}/step/"
    response = client_in.post(url, {"position": 0, "action": "back"}, follow=True)
    assert "This is the first side: there is no side before it." in html(response)
    client_in.post(url, {"position": 0, "action": "next"})
    response = client_in.post(url, {"position": 1, "action": "back"})
    assert response.headers["Location"] == f"/sessions/{session.pk}/"
    assert session.current_step().position == 0


def test_the_step_page_with_back_costs_no_more_queries(
    client_in, session, django_assert_num_queries
):
    client_in.post(f"/sessions/{session.pk}/step/", {"position": 0, "action": "next"})
    url = f"/sessions/{session.pk}/"
    client_in.get(url)
    with django_assert_num_queries(4):
        assert BACK in html(client_in.get(url))


# --- Sessions left open, and coming back to the safety check ---------------------------------


def test_opening_a_session_left_open_closes_it_keeping_what_was_done(
    client_in, start_session, user
):
    begun = timezone.now() - timedelta(hours=13)
    session = start_session(now=begun)
    services.step_start(session_id=session.pk, user=user, position=0, now=begun)
    services.step_next(
        session_id=session.pk, user=user, position=0, now=begun + timedelta(seconds=65)
    )
    services.step_start(session_id=session.pk, user=user, position=1, now=begun)
    page = html(client_in.get(f"/sessions/{session.pk}/"))
    assert "Abandoned" in page and "Left open for over 12 hours" in page
    assert "LI 4 Hegu, left hand: 1:00" in page
    assert 'role="timer"' not in page
    session.refresh_from_db()
    assert session.status == "abandoned"
    assert session.steps.get(position=1).actual_seconds == 120 + 5 * 60


def test_the_resume_list_says_where_each_session_stands(user, session):
    from django.template.loader import render_to_string

    services.step_next(session_id=session.pk, user=user, position=0)
    in_progress = GuidedSession.objects.resumable(user=user, limit=5)
    page = render_to_string("sessions/partials/in_progress.html", {"in_progress": in_progress})
    assert "Resume Hand routine for leg pain" in page
    assert "(Step 1 of 2 · Right hand)" in page


def test_home_says_where_a_session_stands_and_leaves_out_one_left_open(client_in, start_session):
    fresh = start_session()
    left_open = start_session(now=timezone.now() - timedelta(hours=13))
    page = html(client_in.get("/"))
    assert "(Step 1 of 2 · Left hand)" in page
    assert f'href="/sessions/{fresh.pk}/"' in page
    assert f'href="/sessions/{left_open.pk}/"' not in page
    left_open.refresh_from_db()
    assert left_open.status == "abandoned"


def test_the_safety_check_offers_to_resume_the_routine_just_started(client_in, start_session):
    session = start_session(now=timezone.now() - timedelta(minutes=20))
    page = html(client_in.get(START_URL))
    at = f"{timezone.localtime(session.started_at):%H:%M}"
    assert f'You started this routine at {at}. <a href="/sessions/{session.pk}/">Resume it</a>' in (
        page
    )
    assert page.index("Resume it") < page.index("Is any of this happening to you?")
    # A new start is still possible.
    client_in.post(START_URL, safety_answers())
    assert GuidedSession.objects.filter(status="in_progress").count() == 2


def test_the_safety_check_does_not_offer_an_older_or_other_or_ended_session(
    client_in, start_session, user
):
    start_session(now=timezone.now() - timedelta(minutes=31))
    start_session(protocol=Protocol.objects.get(slug="knee-pain-routine"))
    ended = start_session()
    services.session_abandon(session_id=ended.pk, user=user)
    assert "You started this routine" not in html(client_in.get(START_URL))


def test_abandon_asks_first_and_changes_nothing_until_confirmed(client_in, session):
    url = f"/sessions/{session.pk}/abandon/"
    assert f'href="{url}"' in html(client_in.get(f"/sessions/{session.pk}/"))  # a link, not a post
    page = html(client_in.get(url))
    assert "Abandon this session?" in page and f'action="{url}"' in page
    session.refresh_from_db()
    assert session.status == GuidedSession.Status.IN_PROGRESS
    client_in.post(url)
    session.refresh_from_db()
    assert session.status == GuidedSession.Status.ABANDONED
    assert client_in.get(url).url == f"/sessions/{session.pk}/"  # ended: nothing to ask


def test_another_users_abandon_page_is_not_found(client, other_user, session):
    client.force_login(other_user)
    assert client.get(f"/sessions/{session.pk}/abandon/").status_code == 404
