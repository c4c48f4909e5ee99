"""Security review F4, F8–F13: reviewers are staff, no caching of logged-in pages, the debug
page without health data, and inputs that used to answer 500."""

import re
import sys
import time

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone
from django.views.debug import technical_500_response

from points.models import Contraindication, Protocol, RedFlag
from sessions.models import GuidedSession
from tests.admin_forms import change_form_data
from tests.helpers import stored_session
from tests.test_sessions_views import START_URL, safety_answers

pytestmark = pytest.mark.django_db

# Built at run time: the debug page quotes source lines, and must not find the values there.
SECRET_NOTE = "-".join(["my", "private", "knee", "note"])
SECRET_AREA = "-".join(["secret", "area"])


# --- F4: reviewers are staff ---------------------------------------------------------------------


def reviewer_options(page: str) -> set[str]:
    selects = re.findall(r'<select name="[^"]*reviewed_by"[^>]*>(.*?)</select>', page, re.S)
    assert selects
    return {name for select in selects for name in re.findall(r">([^<]+)</option>", select)}


def test_protocol_editors_are_offered_only_staff_as_reviewers(editor_client, user, other_user):
    User.objects.create_superuser("root", password="x")
    for url in [
        reverse("admin:points_contraindication_add"),
        reverse("admin:points_redflag_add"),
        reverse(
            "admin:points_complaint_change",
            args=[RedFlag.objects.exclude(complaint=None).first().complaint_id],
        ),
    ]:
        options = reviewer_options(editor_client.get(url).content.decode())
        assert "alex" not in options and "sam" not in options, url
        assert {"editor", "root"} <= options, url


def test_an_ordinary_user_posted_as_reviewer_is_refused(editor_client, user):
    flag = RedFlag.objects.first()
    url = reverse("admin:points_redflag_change", args=[flag.pk])
    data = change_form_data(editor_client, url)
    data["reviewed_by"] = user.pk
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    flag.refresh_from_db()
    assert flag.reviewed_by_id != user.pk


def test_a_staff_reviewer_can_still_be_chosen(editor_client, editor):
    caution = Contraindication.objects.first()
    url = reverse("admin:points_contraindication_change", args=[caution.pk])
    data = change_form_data(editor_client, url)
    data["reviewed_by"] = editor.pk
    assert editor_client.post(url, data).status_code == 302
    caution.refresh_from_db()
    assert caution.reviewed_by == editor


# --- F9: logged-in pages are not stored ----------------------------------------------------------

USER_PAGES = [
    "/",
    "/sessions/",
    "/sessions/report/",
    "/sessions/trends/leg-pain/",
    "/sessions/export.csv",
    "/sessions/export.json",
    "/sessions/reminders/",
    "/accounts/password_change/",
    "/accounts/delete/",
]


@pytest.mark.parametrize("url", USER_PAGES)
def test_pages_for_a_logged_in_user_say_no_store(client_in, session, url):
    response = client_in.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_the_session_pages_say_no_store(client_in, session):
    for url in [f"/sessions/{session.pk}/", f"/sessions/{session.pk}/delete/"]:
        response = client_in.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url


@pytest.mark.parametrize(
    "url", ["/", "/points/", "/points/st-36/", "/protocols/hand-routine-leg-pain/"]
)
def test_catalog_pages_for_visitors_stay_cacheable(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_a_views_own_cache_control_is_kept(client_in):
    # Sign-up is never_cache; a logged-in user is sent home by it, with its own header.
    response = client_in.get("/accounts/signup/")
    assert "max-age=0" in response["Cache-Control"]


# --- F8: the debug page --------------------------------------------------------------------------


def insert_a_session_with(*, owner, token):
    protocol = Protocol.objects.select_related("complaint").get(slug="hand-routine-leg-pain")
    stored_session(
        owner,
        protocol,
        started_at=timezone.now(),
        status=GuidedSession.Status.IN_PROGRESS,
        finished_at=None,
        start_token=token,
        pain_before=7,
        pain_areas=[SECRET_AREA],
        note=SECRET_NOTE,
    )


def debug_page(request) -> str:
    return technical_500_response(request, *sys.exc_info()).content.decode()


def test_the_debug_page_shows_no_row_from_a_failed_insert(settings, session, other_user):
    settings.DEBUG = True
    try:
        with transaction.atomic():
            insert_a_session_with(owner=other_user, token=session.start_token)
    except IntegrityError:
        page = debug_page(RequestFactory().post("/points/"))
    assert "IntegrityError" in page
    assert "django/db/backends" in page  # the database frames are on the page
    assert SECRET_NOTE not in page
    assert SECRET_AREA not in page


def test_the_debug_page_hides_a_database_message_quoting_a_row(settings):
    settings.DEBUG = True
    try:
        raise IntegrityError(f"DETAIL:  Failing row contains (1, 7, '{SECRET_NOTE}').")
    except IntegrityError:
        page = debug_page(RequestFactory().get("/points/"))
    assert "IntegrityError" in page
    assert "message hidden" in page
    assert SECRET_NOTE not in page


def crash_with(answers):
    raise ValueError("boom")


@pytest.mark.parametrize(("path", "shown"), [("/sessions/1/finish/", False), ("/points/", True)])
def test_the_debug_page_shows_no_local_variables_on_the_sessions_pages(settings, path, shown):
    settings.DEBUG = True
    try:
        crash_with(answers=SECRET_AREA)
    except ValueError:
        page = debug_page(RequestFactory().get(path))
    assert "boom" in page
    assert (SECRET_AREA in page) is shown


# --- F10: another user's start token -------------------------------------------------------------


def test_another_users_start_token_starts_a_session_of_ones_own(client, session, other_user):
    client.force_login(other_user)
    data = safety_answers() | {"token": str(session.start_token)}
    response = client.post(START_URL, data)
    assert response.status_code == 302
    mine = GuidedSession.objects.get(user=other_user)
    assert response.url == f"/sessions/{mine.pk}/"
    assert mine.start_token != session.start_token
    assert GuidedSession.objects.filter(user=session.user).count() == 1


def test_the_start_service_takes_a_new_token_when_its_token_is_taken(start_session, other_user):
    first = start_session()
    second = start_session(owner=other_user, token=first.start_token)
    assert second.user == other_user and second.pk != first.pk
    assert second.steps.count() == first.steps.count()


# --- F11, F12: admin input -----------------------------------------------------------------------


@pytest.mark.parametrize("x", ["²", "٣", "99999", "9" * 5000, "-1", ""])
def test_the_diagram_preview_ignores_a_coordinate_it_cannot_use(admin_client, x):
    response = admin_client.get("/admin/points/point/diagram/hand-back/", {"x": x, "y": "1"})
    assert response.status_code == 200
    assert "<svg" in response.content.decode()


def test_a_post_claiming_100000_steps_is_refused_quickly(admin_client):
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    url = reverse("admin:points_protocol_change", args=[protocol.pk])
    data = change_form_data(admin_client, url)
    steps_before = list(protocol.steps.values_list("pk", "order", "duration_seconds"))
    data["steps-TOTAL_FORMS"] = "100000"
    started = time.monotonic()
    response = admin_client.post(url, data)
    assert time.monotonic() - started < 5
    assert response.status_code == 200
    assert "Please submit at most 100 forms." in response.content.decode()
    assert list(protocol.steps.values_list("pk", "order", "duration_seconds")) == steps_before


def test_protocols_still_save_with_the_inline_caps(admin_client):
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    url = reverse("admin:points_protocol_change", args=[protocol.pk])
    data = change_form_data(admin_client, url)
    data["summary"] = "Still saves."
    assert admin_client.post(url, data).status_code == 302


# --- F13: export file names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "encoded"),
    [("עברית", "%D7%A2%D7%91%D7%A8%D7%99%D7%AA"), ("alıce", "al%C4%B1ce")],
)
@pytest.mark.parametrize("extension", ["csv", "json"])
def test_exports_for_a_non_latin_username_are_named_attachments(
    client, username, encoded, extension
):
    client.force_login(User.objects.create_user(username, password="x"))
    header = client.get(f"/sessions/export.{extension}")["Content-Disposition"]
    day = f"{timezone.localdate():%Y-%m-%d}"
    assert header == (
        f'attachment; filename="acupressure-{day}.{extension}"; '
        f"filename*=utf-8''acupressure-{encoded}-{day}.{extension}"
    )


def test_exports_for_an_ascii_username_keep_their_plain_name(client_in):
    header = client_in.get("/sessions/export.csv")["Content-Disposition"]
    assert header == f'attachment; filename="acupressure-alex-{timezone.localdate():%Y-%m-%d}.csv"'
