"""A routine's dose and evidence card: what its page says, and what the admin lets staff publish."""

import pytest
from django.urls import reverse

from points.models import Protocol, ProtocolStep, Study, spoken_seconds
from tests.admin_forms import change_form_data
from tests.helpers import html

pytestmark = pytest.mark.django_db


@pytest.fixture
def study():
    return Study.objects.create(
        slug="trial-2020",
        short_name="Trial 2020",
        citation="Author A, Author B. A trial of pressing. J Example 2020;1:1-9. doi:10.1/x",
        source_url="https://doi.org/10.1/x",
        design="Randomised trial",
        participants="120 adults with aching legs",
        compared_with="Pressing sham points, or usual care",
        tested="Both hand points, 3 minutes each, once a day for 6 weeks",
        finding="Pain fell by 2 points with real and with sham pressure, by 0.5 with usual care.",
        sham_similar=True,
    )


def test_spoken_seconds():
    assert spoken_seconds(60) == "1 minute"
    assert spoken_seconds(180) == "3 minutes"
    assert spoken_seconds(90) == "1 minute 30 seconds"
    assert spoken_seconds(45) == "45 seconds"
    assert spoken_seconds(1) == "1 second"


def test_dose_names_time_per_point_and_side_sessions_days_and_weeks(hand_routine):
    steps = list(hand_routine.steps.all())
    for step in steps:
        step.duration_seconds = 180
    hand_routine.sessions_per_day, hand_routine.days_per_week, hand_routine.weeks = 1, 7, 6
    assert hand_routine.dose(steps) == "3 minutes per point and side, once a day, for 6 weeks"
    steps[0].duration_seconds = 60
    hand_routine.sessions_per_day, hand_routine.days_per_week, hand_routine.weeks = 2, 5, 1
    assert hand_routine.dose(steps) == (
        "1 minute to 3 minutes per point and side, twice a day, 5 days a week, for 1 week"
    )
    for step in steps:
        step.side = ProtocolStep.Side.MIDLINE
    hand_routine.sessions_per_day = 3
    assert hand_routine.dose(steps).startswith("1 minute to 3 minutes per point, 3 times a day")


def test_a_tested_routine_shows_its_grade_dose_and_each_study_with_its_link(
    client, hand_routine, study
):
    hand_routine.evidence = Protocol.Evidence.TRIAL
    hand_routine.evidence_summary = "Regular practice helped in a trial."
    hand_routine.dose_note = "Best at the same time each day."
    hand_routine.weeks = 6
    hand_routine.save()
    hand_routine.studies.add(study)
    page = html(client.get(hand_routine.get_absolute_url()))
    assert "Tested in randomised trials" in page
    assert "for 6 weeks. Best at the same time each day." in page
    assert "Regular practice helped in a trial." in page
    for text in ["120 adults with aching legs", "Pressing sham points, or usual care",
                 "Pain fell by 2 points", 'href="https://doi.org/10.1/x"']:  # fmt: skip
        assert text in page
    assert "sham) points helped about as much" in page
    assert "Acupressure does not replace medical care" in page


def test_a_traditional_routine_says_it_was_not_tested(client, hand_routine):
    page = html(client.get(hand_routine.get_absolute_url()))
    assert "Traditional use, not tested in trials" in page
    assert "Traditional use, not tested in trials" in html(client.get("/complaints/leg-pain/"))


def test_the_admin_refuses_a_tested_grade_without_a_study(admin_client, hand_routine, study):
    url = reverse("admin:points_protocol_change", args=[hand_routine.pk])
    data = change_form_data(admin_client, url) | {"evidence": "trial", "studies": []}
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "cites the studies that tested it" in response.content.decode()
    hand_routine.refresh_from_db()
    assert hand_routine.evidence == Protocol.Evidence.TRADITIONAL
    response = admin_client.post(url, data | {"studies": [study.pk]})
    assert response.status_code == 302
    hand_routine.refresh_from_db()
    assert hand_routine.evidence == Protocol.Evidence.TRIAL
    assert list(hand_routine.studies.all()) == [study]


def test_a_study_change_redraws_the_routine_page(client, hand_routine, study):
    hand_routine.studies.add(study)
    assert "Trial 2020" in html(client.get(hand_routine.get_absolute_url()))
    study.short_name = "Renamed 2021"
    study.save()
    assert "Renamed 2021" in html(client.get(hand_routine.get_absolute_url()))


def test_a_routine_used_when_needed_states_no_schedule_and_offers_no_plan(client_in):
    nausea = Protocol.objects.get(slug="pc6-nausea")
    assert nausea.as_needed  # set by migration 0016 from the catalog
    assert nausea.dose(nausea.steps.all()) == "5 minutes per point and side, when you need it"
    page = html(client_in.get(nausea.get_absolute_url()))
    assert "when you need it" in page and "Follow this as a plan" not in page
    response = client_in.get(reverse("sessions:plan_new", args=[nausea.slug]))
    assert response.status_code == 302 and response.url == nausea.get_absolute_url()
    assert "used when you need it, not as a plan" in html(client_in.get(response.url))
