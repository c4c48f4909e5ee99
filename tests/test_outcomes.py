"""Weekly check-ins (PEG or a rating), the end-of-plan review, the PEG see-a-doctor rule, and the
scores on the trend page, the report and the export."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from points.models import Protocol
from sessions import doctor, outcomes
from sessions.models import CheckIn, Plan
from tests.helpers import html, peg

PEG_QUESTIONS = [item.question for item in outcomes.PEG_ITEMS]
PEG_ANSWERS = {"pain_average": "6", "enjoyment": "5", "activity": "4"}


def check_in_url(plan):
    return f"/sessions/plans/{plan.pk}/check-in/"


def review_url(plan):
    return f"/sessions/plans/{plan.pk}/review/"


# --- PEG scoring ------------------------------------------------------------------------------


def test_peg_score_is_the_mean_of_its_three_items():
    assert outcomes.peg_score(pain_average=6, enjoyment=5, activity=4) == 5
    assert outcomes.peg_score(pain_average=7, enjoyment=7, activity=8) == pytest.approx(22 / 3)


def test_peg_score_refuses_an_item_outside_zero_to_ten():
    with pytest.raises(ValueError):
        outcomes.peg_score(pain_average=11, enjoyment=5, activity=4)


@pytest.mark.parametrize(
    ("first", "last", "meaningful"), [(6, 4.2, True), (6, 4.3, False), (6, 6, False), (0, 0, False)]
)
def test_a_meaningful_fall_is_thirty_percent_or_more(first, last, meaningful):
    assert outcomes.fell_meaningfully(first, last) is meaningful


# --- The check-in page ------------------------------------------------------------------------


def test_check_in_asks_the_three_peg_items_as_published_with_the_citation(client_in, make_plan):
    page = html(client_in.get(check_in_url(make_plan())))
    for question in PEG_QUESTIONS:
        assert question in page
    assert "Pain as bad as you can imagine" in page
    assert page.count("Completely interferes") == 2
    assert page.count('type="radio"') == 33
    assert "doi:10.1007/s11606-009-0981-1" in page
    assert 'href="https://pubmed.ncbi.nlm.nih.gov/19418100/"' in page


def test_check_in_for_sleep_asks_one_rating_in_the_complaints_words(client_in, make_plan):
    plan = make_plan(protocol=Protocol.objects.get(slug="insomnia-routine"))
    page = html(client_in.get(check_in_url(plan)))
    assert "Over the past week, on average: how badly is your sleep troubled?" in page
    assert "hardly sleeping at all" in page
    assert page.count('type="radio"') == 11
    assert PEG_QUESTIONS[0] not in page


def test_saving_a_peg_check_in_stores_its_mean_and_goes_back_to_the_plan(client_in, make_plan):
    plan = make_plan()
    response = client_in.post(check_in_url(plan), PEG_ANSWERS)
    assert response.status_code == 302
    assert response["Location"] == plan.get_absolute_url()
    saved = CheckIn.objects.get(plan=plan)
    assert (saved.week, saved.kind, saved.score) == (1, CheckIn.Kind.PEG, 5.0)
    assert (saved.pain_average, saved.enjoyment, saved.activity, saved.rating) == (6, 5, 4, None)
    followed = client_in.get(response["Location"])
    assert "Week 1 check-in saved: your score is 5.0." in html(followed)


def test_saving_a_sleep_check_in_stores_the_rating(client_in, make_plan):
    plan = make_plan(protocol=Protocol.objects.get(slug="insomnia-routine"))
    assert client_in.post(check_in_url(plan), {"rating": "7"}).status_code == 302
    saved = CheckIn.objects.get(plan=plan)
    assert (saved.kind, saved.rating, saved.score, saved.pain_average) == ("rating", 7, 7.0, None)


def test_answering_again_in_the_same_week_changes_the_one_row(client_in, make_plan):
    plan = make_plan()
    client_in.post(check_in_url(plan), PEG_ANSWERS)
    page = html(client_in.get(check_in_url(plan)))
    assert "You answered this week's check-in" in page
    assert re.search(r'<input[^>]*value="6"[^>]*id="id_pain_average_6"[^>]*checked', page)
    client_in.post(check_in_url(plan), {"pain_average": "3", "enjoyment": "3", "activity": "3"})
    [saved] = CheckIn.objects.filter(plan=plan)
    assert saved.score == 3.0


def test_a_double_post_keeps_one_row(client_in, make_plan):
    plan = make_plan()
    responses = [client_in.post(check_in_url(plan), PEG_ANSWERS) for _ in range(2)]
    assert [r.status_code for r in responses] == [302, 302]
    assert CheckIn.objects.filter(plan=plan).count() == 1


def test_record_check_in_updates_the_row_another_post_created_first(make_plan):
    plan = make_plan()
    answers = {"pain_average": 2, "enjoyment": 2, "activity": 2}
    first, created = outcomes.record_check_in(plan=plan, week=1, kind="peg", answers=answers)
    again, created_again = outcomes.record_check_in(
        plan=plan, week=1, kind="peg", answers=answers | {"activity": 8}
    )
    assert (created, created_again, first.pk) == (True, False, again.pk)
    assert CheckIn.objects.get().score == 4.0


@pytest.mark.parametrize(
    "answers",
    [
        {"pain_average": "6", "enjoyment": "5"},  # an item missing
        PEG_ANSWERS | {"activity": "11"},
        PEG_ANSWERS | {"enjoyment": "-1"},
        PEG_ANSWERS | {"pain_average": "six"},
        {},
    ],
)
def test_a_missing_or_out_of_range_answer_saves_nothing_and_says_why(client_in, make_plan, answers):
    plan = make_plan()
    response = client_in.post(check_in_url(plan), answers)
    page = html(response)
    assert response.status_code == 200
    assert "Nothing was saved" in page
    assert "Choose a number from 0 (" in page
    assert not CheckIn.objects.exists()


def test_the_check_in_answers_the_plans_current_week(client_in, make_plan):
    plan = make_plan(days_ago=8)
    assert "Week 2 check-in" in html(client_in.get(check_in_url(plan)))
    client_in.post(check_in_url(plan), PEG_ANSWERS)
    assert CheckIn.objects.get(plan=plan).week == 2


def test_before_the_plan_starts_the_check_in_says_when_and_saves_nothing(client_in, make_plan):
    plan = make_plan(days_ago=-3)
    assert "The first weekly check-in opens that day" in html(client_in.get(check_in_url(plan)))
    assert client_in.post(check_in_url(plan), PEG_ANSWERS).status_code == 200
    assert not CheckIn.objects.exists()


def test_someone_elses_plan_is_not_found(client_in, make_plan, other_user):
    theirs = make_plan(owner=other_user, days_ago=40)
    assert client_in.get(check_in_url(theirs)).status_code == 404
    assert client_in.post(check_in_url(theirs), PEG_ANSWERS).status_code == 404
    assert client_in.get(review_url(theirs)).status_code == 404
    assert client_in.post(review_url(theirs), {"pgic": "2"}).status_code == 404
    assert not CheckIn.objects.exists()
    assert Plan.objects.get(pk=theirs.pk).pgic is None


def test_check_in_and_review_need_login(client, make_plan):
    plan = make_plan()
    for url in (check_in_url(plan), review_url(plan)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


# --- The review -------------------------------------------------------------------------------


def test_the_review_before_the_plan_ends_explains_and_links_back(client_in, make_plan):
    plan = make_plan()
    page = html(client_in.get(review_url(plan)))
    assert "The review opens after the plan's last day" in page
    assert plan.get_absolute_url() in page
    assert 'name="pgic"' not in page
    assert client_in.post(review_url(plan), {"pgic": "2"}).status_code == 200
    assert Plan.objects.get(pk=plan.pk).pgic is None


def test_the_review_shows_the_change_adherence_and_asks_the_pgic(client_in, make_plan, logged):
    plan = make_plan(days_ago=28)
    peg(plan, 1, 6.0, days_ago=27)
    peg(plan, 4, 3.0, days_ago=2)
    logged(6, 4, days_ago=27)
    logged(4, 3, days_ago=3)
    page = html(client_in.get(review_url(plan)))
    assert "went from <strong>6.0</strong> in week 1 to <strong>3.0</strong> in week 4" in page
    assert "a fall of 50 %" in page
    assert "Before your sessions you rated your pain <strong>6.0</strong>" in page
    assert "How much of the plan you did" in page
    assert "of the 28 due (2 done)" in page
    for _, label in outcomes.PGIC_CHOICES:
        assert label in page
    assert "Guy W. ECDEU Assessment Manual for Psychopharmacology" in page
    assert "public domain" in page


def test_saving_the_pgic_sets_it_once_and_repeats_are_harmless(client_in, make_plan):
    plan = make_plan(days_ago=28)
    peg(plan, 1, 6.0, days_ago=27)
    peg(plan, 4, 3.0, days_ago=2)
    response = client_in.post(review_url(plan), {"pgic": "2"})
    assert response.status_code == 302
    saved = Plan.objects.get(pk=plan.pk)
    assert saved.pgic == 2 and saved.reviewed_at is not None
    client_in.post(review_url(plan), {"pgic": "2"})
    client_in.post(review_url(plan), {"pgic": "3"})
    again = Plan.objects.get(pk=plan.pk)
    assert (again.pgic, again.reviewed_at) == (3, saved.reviewed_at)
    assert "Keep going" in html(client_in.get(review_url(plan)))


@pytest.mark.parametrize("pgic", ["", "0", "8", "much better"])
def test_a_bad_pgic_answer_saves_nothing(client_in, make_plan, pgic):
    plan = make_plan(days_ago=28)
    response = client_in.post(review_url(plan), {"pgic": pgic})
    assert response.status_code == 200
    assert "Choose one of the seven answers" in html(response)
    assert Plan.objects.get(pk=plan.pk).reviewed_at is None


def test_a_stopped_plan_can_be_reviewed(client_in, make_plan):
    plan = make_plan(stopped=True)
    assert 'name="pgic"' in html(client_in.get(review_url(plan)))


def test_a_peg_that_did_not_fall_puts_the_doctor_first(client_in, make_plan):
    plan = make_plan(days_ago=28)
    peg(plan, 1, 6.0, days_ago=27)
    peg(plan, 4, 6.3, days_ago=2)
    page = html(client_in.get(review_url(plan)))
    assert "Talk to a doctor about your leg pain" in page
    assert page.index("Talk to a doctor") < page.index("What changed")
    assert "Your PEG pain score did not fall: 6.0 in week 1, 6.3 in week 4." in page


# --- The suggestion rules ---------------------------------------------------------------------


def suggest(hand_routine, **kwargs):
    arguments = {"doctor_reasons": [], "pgic": None, "change": None, "kind": "peg"} | kwargs
    return outcomes.suggestion(complaint=hand_routine.complaint, **arguments)


FELL = outcomes.Change(6, 3, 1, 4)
ROSE = outcomes.Change(5, 6, 1, 4)


@pytest.mark.parametrize(
    ("kwargs", "kind"),
    [
        ({"doctor_reasons": ["a reason"], "pgic": 1, "change": FELL}, "doctor"),
        ({"pgic": 5, "change": FELL}, "doctor"),
        ({"pgic": 7}, "doctor"),
        ({"pgic": 1, "change": ROSE}, "doctor"),
        ({"pgic": 2, "before": ROSE}, "doctor"),
        ({"pgic": 2, "change": FELL}, "keep_going"),
        ({"pgic": 3}, "keep_going"),
        ({"pgic": 4, "change": FELL}, "try_another"),
        ({"pgic": 2, "change": ROSE, "kind": "rating"}, "try_another"),
    ],
)
def test_the_suggestion_puts_a_doctor_first(hand_routine, kwargs, kind):
    assert suggest(hand_routine, **kwargs).kind == kind


def test_the_suggestion_says_when_too_few_sessions_were_done_to_judge(hand_routine):
    few = suggest(hand_routine, pgic=2, change=FELL, session_share=0.3)
    assert few.kind == "keep_going"
    assert "You did 30 % of the sessions due" in " ".join(few.reasons)
    enough = suggest(hand_routine, pgic=2, change=FELL, session_share=0.8)
    assert "sessions due" not in " ".join(enough.reasons)


def test_no_suggestion_until_the_pgic_is_answered_unless_a_doctor(hand_routine):
    assert suggest(hand_routine, change=FELL) is None
    assert suggest(hand_routine, doctor_reasons=["a reason"]).kind == "doctor"


def test_the_doctors_reasons_come_first_in_the_review(client_in, make_plan, logged):
    plan = make_plan(days_ago=28)
    peg(plan, 1, 6.0, days_ago=27)
    peg(plan, 4, 2.0, days_ago=2)
    logged(9, 9, days_ago=1)  # severe: the see-a-doctor rule has a reason
    client_in.post(review_url(plan), {"pgic": "1"})
    page = html(client_in.get(review_url(plan)))
    assert "Talk to a doctor about your leg pain" in page
    assert "Your log shows a reason to see a doctor" in page
    assert "Keep going" not in page


# --- The PEG see-a-doctor rule ----------------------------------------------------------------


def peg_reasons(user, hand_routine):
    reasons = doctor.doctor_advice(user=user, complaint=hand_routine.complaint)
    return [reason for reason in reasons if reason.rule == "peg"]


def test_a_peg_that_did_not_fall_by_30_percent_over_4_weeks_warns(
    user, hand_routine, make_plan, logged
):
    plan = make_plan(days_ago=28)
    peg(plan, 1, 6.0, days_ago=27)
    peg(plan, 4, 4.7, days_ago=1)
    logged(3, 3, days_ago=1)
    [reason] = peg_reasons(user, hand_routine)
    assert "has not fallen by 30 % (to 4.2 or lower)" in reason.message
    assert "6.0 in week 1" in reason.message and "4.7 in week 4" in reason.message
    assert reason.scores == (6.0, 4.7)


@pytest.mark.parametrize(
    ("weeks", "last_week", "last_score", "first_score"),
    [
        (4, 4, 4.2, 6.0),  # fell by 30 %
        (4, 3, 6.0, 6.0),  # only 3 weeks of the plan so far
        (3, 3, 6.0, 6.0),  # a plan shorter than 4 weeks
        (4, 4, 1.0, 1.0),  # (nearly) pain-free
    ],
)
def test_the_peg_rule_does_not_warn(
    user, hand_routine, make_plan, logged, weeks, last_week, last_score, first_score
):
    plan = make_plan(days_ago=28, weeks=weeks)
    peg(plan, 1, first_score, days_ago=27)
    peg(plan, last_week, last_score, days_ago=1)
    logged(3, 3, days_ago=1)
    assert peg_reasons(user, hand_routine) == []


def test_the_peg_rule_reads_only_the_latest_plan(user, hand_routine, make_plan, logged):
    old = make_plan(days_ago=60, weeks=4)
    old.stopped_at = timezone.now() - timedelta(days=30)
    old.save()
    peg(old, 1, 6.0, days_ago=59)
    peg(old, 4, 6.0, days_ago=33)
    new = make_plan(days_ago=28)
    peg(new, 1, 6.0, days_ago=27)
    peg(new, 4, 3.0, days_ago=1)
    logged(3, 3, days_ago=1)
    assert peg_reasons(user, hand_routine) == []


def test_the_peg_rule_adds_no_query(
    user, hand_routine, make_plan, logged, django_assert_num_queries
):
    logged(3, 3, days_ago=1)
    with django_assert_num_queries(2):
        assert peg_reasons(user, hand_routine) == []
    for number in range(3):
        plan = make_plan(days_ago=28 + number)
        for week in range(1, 5):
            peg(plan, week, 6.0, days_ago=28 - 7 * week)
    with django_assert_num_queries(2):
        assert len(peg_reasons(user, hand_routine)) == 1


# --- Trend page, report and export ------------------------------------------------------------


def test_the_trend_page_shows_the_weekly_scores_and_adherence(client_in, make_plan, logged):
    plan = make_plan(days_ago=10)
    peg(plan, 1, 6.0, days_ago=9)
    peg(plan, 2, 16 / 3, days_ago=2)
    logged(6, 4, days_ago=2)
    page = html(client_in.get("/sessions/trends/leg-pain/"))
    assert "Plans and weekly check-ins" in page
    assert "<td>5.3</td>" in page and "<td>6.0</td>" in page
    assert "PEG: pain 5, enjoyment of life 5, general activity 5" in page
    assert "of the 11 sessions due" in page
    assert "doi:10.1007/s11606-009-0981-1" in page
    assert page.index("Before and after each session") < page.index("Weekly check-ins")


def test_the_trend_page_shows_a_rating_with_what_it_measures(client_in, make_plan):
    plan = make_plan(protocol=Protocol.objects.get(slug="insomnia-routine"))
    client_in.post(check_in_url(plan), {"rating": "7"})
    page = html(client_in.get("/sessions/trends/insomnia/"))
    assert "Sleep problems over the past week (0 = sleeping well)" in page
    assert "<td>7</td>" in page
    assert "doi:10.1007/s11606-009-0981-1" not in page


def test_the_report_shows_the_plans_scores_and_pgic(client_in, make_plan, logged):
    plan = make_plan(days_ago=28)
    peg(plan, 1, 6.0, days_ago=27)
    peg(plan, 4, 3.0, days_ago=2)
    logged(6, 4, days_ago=2)
    client_in.post(review_url(plan), {"pgic": "2"})
    start = timezone.localdate() - timedelta(days=40)
    url = f"/sessions/report/?complaint=leg-pain&start={start}&end={timezone.localdate()}"
    page = html(client_in.get(url))
    assert "Plans and weekly check-ins" in page
    assert "Weekly score 6.0 in week 1, 3.0 in week 4." in page
    assert "“Much improved” (PGIC)" in page
    assert "doi:10.1007/s11606-009-0981-1" in page


@pytest.mark.parametrize(
    ("url", "queries"),
    [("/sessions/trends/leg-pain/", 9), ("/sessions/report/?complaint=leg-pain", 13)],
)
def test_trend_and_report_queries_do_not_grow_with_plans_and_check_ins(
    client_in, make_plan, logged, django_assert_num_queries, url, queries
):
    if "report" in url:
        url += f"&start={timezone.localdate() - timedelta(days=300)}&end={timezone.localdate()}"
    plan = make_plan(days_ago=10)
    peg(plan, 1, 6.0, days_ago=9)
    logged(6, 4, days_ago=1)
    with django_assert_num_queries(queries):
        assert client_in.get(url).status_code == 200
    for number in range(8):
        more = make_plan(days_ago=40 + 30 * number)
        for week in range(1, 5):
            peg(more, week, 5.0, days_ago=40 + 30 * number - 7 * week)
        logged(5, 4, days_ago=40 + 30 * number - 3)
    with django_assert_num_queries(queries):
        assert client_in.get(url).status_code == 200


def test_the_json_export_has_the_plans_with_their_check_ins(client_in, make_plan):
    plan = make_plan(days_ago=28)
    peg(plan, 1, 6.0, days_ago=27)
    client_in.post(review_url(plan), {"pgic": "4"})
    response = client_in.get("/sessions/export.json")
    data = json.loads(b"".join(response.streaming_content))
    [exported] = data["plans"]
    assert exported["protocol"] == plan.protocol_name
    assert (exported["pgic"], exported["pgic_label"]) == (4, "No change")
    assert [(c["week"], c["kind"], c["score"]) for c in exported["check_ins"]] == [(1, "peg", 6.0)]
    assert data["sessions"] == []
