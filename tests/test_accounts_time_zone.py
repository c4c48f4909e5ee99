"""Times in the user's own zone: taken from the browser at sign-up and login, changed in the
account settings, kept in the session so no page pays a query for it."""

from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from accounts.models import Profile
from sessions.models import GuidedSession
from tests.helpers import PASSWORD, html, signup_data, stored_session

pytestmark = pytest.mark.django_db

# 05:56 UTC on 11 Nov 2026 is 00:56 in New York (EST, UTC-5) and 14:56 in Tokyo.
MOMENT = datetime(2026, 11, 11, 5, 56, 34, 736017, tzinfo=UTC)


@pytest.fixture
def early_session(user, hand_routine):
    """A completed session of `user` that started at MOMENT."""
    return stored_session(user, hand_routine, started_at=MOMENT, pain_before=6, pain_after=3)


def in_zone(user: User, zone: str, **fields) -> Profile:
    return Profile.objects.update_or_create(user=user, defaults={"time_zone": zone, **fields})[0]


def test_signup_keeps_the_zone_the_browser_reported(client):
    client.post("/accounts/signup/", signup_data(time_zone="America/New_York"))
    assert User.objects.get(username="mira").profile.time_zone == "America/New_York"
    assert client.session["time_zone"] == "America/New_York"


@pytest.mark.parametrize("reported", ["", "Mars/Olympus_Mons", "localtime", "x" * 300])
def test_signup_without_a_real_zone_still_works_and_uses_the_sites(client, reported):
    response = client.post("/accounts/signup/", signup_data(time_zone=reported))
    assert response.status_code == 302
    assert User.objects.get(username="mira").profile.time_zone == ""
    assert client.session["time_zone"] == ""


def test_login_takes_the_browsers_zone(client, other_user):
    response = client.post(
        "/accounts/login/", {"username": "sam", "password": PASSWORD, "time_zone": "Asia/Tokyo"}
    )
    assert response.status_code == 302
    assert Profile.objects.get(user=other_user).time_zone == "Asia/Tokyo"
    assert client.session["time_zone"] == "Asia/Tokyo"


def test_login_from_another_zone_moves_the_user_there(client, other_user):
    in_zone(other_user, "Europe/London")
    client.post(
        "/accounts/login/", {"username": "sam", "password": PASSWORD, "time_zone": "Asia/Tokyo"}
    )
    assert Profile.objects.get(user=other_user).time_zone == "Asia/Tokyo"


def test_login_keeps_a_zone_the_user_fixed_in_settings(client, other_user):
    in_zone(other_user, "Europe/London", time_zone_from_browser=False)
    client.post(
        "/accounts/login/", {"username": "sam", "password": PASSWORD, "time_zone": "Asia/Tokyo"}
    )
    assert Profile.objects.get(user=other_user).time_zone == "Europe/London"
    assert client.session["time_zone"] == "Europe/London"


def test_login_without_a_zone_keeps_the_stored_one(client, other_user):
    in_zone(other_user, "Europe/Paris")
    client.post("/accounts/login/", {"username": "sam", "password": PASSWORD, "time_zone": ""})
    assert client.session["time_zone"] == "Europe/Paris"


def test_login_and_signup_pages_carry_the_hidden_zone_field_and_its_script(client):
    for url in ["/accounts/login/", "/accounts/signup/"]:
        page = html(client.get(url))
        assert '<input type="hidden" name="time_zone" data-browser-zone' in page
        assert "/static/js/time-zone.js" in page


def test_pages_show_times_in_the_users_zone(client, user, early_session):
    in_zone(user, "America/New_York")
    client.force_login(user)
    detail = html(client.get(f"/sessions/{early_session.pk}/"))
    assert "started 11 Nov 2026, 00:56" in detail
    assert "Wed 11 Nov 2026, 00:56" in html(client.get("/sessions/"))
    report = client.get(
        "/sessions/report/", {"complaint": "leg-pain", "start": "2026-11-11", "end": "2026-11-11"}
    )
    assert "11 Nov 2026, 00:56" in html(report)


def test_a_session_late_in_the_evening_counts_on_the_users_own_day(client, user, early_session):
    # 02:30 UTC on the 11th is 21:30 on the 10th in New York.
    GuidedSession.objects.update(started_at=datetime(2026, 11, 11, 2, 30, tzinfo=UTC))
    in_zone(user, "America/New_York")
    day = {"complaint": "leg-pain", "start": "2026-11-10", "end": "2026-11-10"}
    client.force_login(user)
    assert "1 session: 1 completed" in html(client.get("/sessions/report/", day))
    day_after = day | {"start": "2026-11-11", "end": "2026-11-11"}
    assert "0 sessions" in html(client.get("/sessions/report/", day_after))


def test_without_a_stored_zone_times_are_in_the_sites_zone(client_in, early_session):
    assert "started 11 Nov 2026, 05:56" in html(client_in.get(f"/sessions/{early_session.pk}/"))


def test_the_zone_does_not_leak_into_the_next_request(client, user, other_user, early_session):
    in_zone(user, "Asia/Tokyo")
    client.force_login(user)
    client.get("/sessions/")
    other = client.__class__()
    other.force_login(other_user)
    other.get("/sessions/")
    assert timezone.get_current_timezone_name() == "UTC"


def test_a_session_from_before_zones_were_kept_gets_the_zone_once(
    client, user, early_session, django_assert_num_queries
):
    in_zone(user, "Asia/Tokyo")
    client.force_login(user)
    session = client.session
    del session["time_zone"]
    session.save()
    assert "started 11 Nov 2026, 14:56" in html(client.get(f"/sessions/{early_session.pk}/"))
    assert client.session["time_zone"] == "Asia/Tokyo"


def test_reading_the_zone_costs_no_query(client, user, django_assert_num_queries):
    in_zone(user, "Asia/Tokyo")
    url = "/accounts/settings/"
    client.force_login(user)
    client.get(url)
    # Session, user, the profile for the form: the middleware adds none.
    with django_assert_num_queries(3):
        assert "Asia/Tokyo" in html(client.get(url))


def test_a_visitor_without_a_session_cookie_costs_no_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        client.get("/robots.txt")


def test_settings_change_the_zone_at_once(client_in, user, early_session):
    response = client_in.post(
        "/accounts/settings/", {"time_zone": "Asia/Tokyo", "time_zone_from_browser": "on"}
    )
    assert response.status_code == 302
    assert "Saved: times now show in Asia/Tokyo." in html(client_in.get(response.url))
    assert Profile.objects.get(user=user).time_zone == "Asia/Tokyo"
    assert "started 11 Nov 2026, 14:56" in html(client_in.get(f"/sessions/{early_session.pk}/"))


def test_settings_refuse_an_unknown_zone(client_in, user):
    response = client_in.post("/accounts/settings/", {"time_zone": "Mars/Olympus_Mons"})
    assert response.status_code == 200
    assert "Select a valid choice." in html(response)
    assert not Profile.objects.filter(user=user).exists()


def test_settings_show_the_stored_zone_grouped_by_area(client, user):
    in_zone(user, "America/New_York")
    client.force_login(user)
    page = html(client.get("/accounts/settings/"))
    assert '<optgroup label="America">' in page
    assert '<option value="America/New_York" selected>New York</option>' in page
    assert '<label for="id_time_zone">Your time zone</label>' in page
    assert 'name="time_zone_from_browser"' in page


def test_settings_need_login(client):
    response = client.get("/accounts/settings/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/accounts/settings/"


def test_the_footer_links_to_the_settings(client_in):
    footer = html(client_in.get("/")).split('<footer class="site-footer">')[1]
    assert '<a href="/accounts/settings/">Settings</a> · <a href="/accounts/password_change/">' in (
        footer
    )


def test_the_reminder_form_starts_in_the_users_zone(client, user):
    in_zone(user, "Australia/Sydney")
    client.force_login(user)
    page = html(client.get("/sessions/reminders/"))
    assert '<option value="Australia/Sydney" selected>' in page
