"""Share links: making them, the list, withdrawing, and the shared report anyone with the
token opens (headers, logging, what it shows and what it never shows)."""

import json
import os
import re
import shutil
import subprocess
import uuid
import zoneinfo
from datetime import timedelta
from html import unescape as html_unescape
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import connection
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from sessions import reports, shares
from sessions.models import GuidedSession, ShareLink, ShareOpen
from tests.helpers import html

pytestmark = pytest.mark.django_db

NOTE = "Worse after gardening, better by evening"


def _has_template(name: str) -> bool:
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return False
    return True


needs_report_body = pytest.mark.skipif(
    not _has_template("sessions/partials/report_body.html"),
    reason="the report helper's report_body.html has not landed yet",
)


def make_link(user: User, **kwargs) -> tuple[ShareLink, str]:
    today = timezone.localdate()
    options = {
        "form_token": None,
        "label": "Dr Lee",
        "complaint": None,
        "start": today - timedelta(days=30),
        "end": today,
        "include_notes": True,
        "include_safety": True,
        "days": 14,
    } | kwargs
    made = shares.create_link(user=user, **options)
    assert made.token is not None
    return made.link, made.token


def shared_url(token: str) -> str:
    return reverse("sessions:shared", args=[token])


def a_form(**changes) -> dict:
    today = timezone.localdate()
    data = {
        "form_token": str(uuid.uuid4()),
        "label": "Dr Lee",
        "complaint": "",
        "start": (today - timedelta(days=30)).isoformat(),
        "end": today.isoformat(),
        "include_notes": "on",
        "include_safety": "on",
        "days": "14",
    }
    return data | changes


# --- Making a link ------------------------------------------------------------------------------


def test_share_page_needs_login(client):
    response = client.get(reverse("sessions:shares"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_share_form_defaults_to_the_last_30_days_for_14_days_with_everything(client_in):
    response = client_in.get(reverse("sessions:shares"))
    form = response.context["form"]
    today = timezone.localdate()
    assert form["start"].value() == today - timedelta(days=30)
    assert form["end"].value() == today
    assert form["days"].value() == 14
    assert form["include_notes"].value() is True
    assert form["include_safety"].value() is True
    assert form["complaint"].value() is None
    assert 'value="" selected>All complaints' in html(response)


def test_making_a_link_shows_its_address_once_and_stores_only_its_hash(client_in, user):
    response = client_in.post(reverse("sessions:shares"), a_form())
    assert response.status_code == 201
    link = ShareLink.objects.get(user=user)
    url = response.context["created_url"]
    token = url.rstrip("/").rsplit("/", 1)[-1]
    assert f'value="{url}" readonly' in html(response)
    assert link.token_hash == shares.hash_token(token)
    assert len(token) >= 43 and re.fullmatch(r"[A-Za-z0-9_-]+", token)  # 32 bytes: 256 bits
    assert link.label == "Dr Lee"
    assert link.complaint is None
    assert abs(link.expires_at - (timezone.now() + timedelta(days=14))) < timedelta(minutes=1)
    # The list page shows the link but never its token again.
    again = html(client_in.get(reverse("sessions:shares")))
    assert "Dr Lee" in again and token not in again


def test_the_raw_token_is_stored_nowhere_in_the_database(client_in, user):
    response = client_in.post(reverse("sessions:shares"), a_form())
    token = response.context["created_url"].rstrip("/").rsplit("/", 1)[-1]
    client_in.get(shared_url(token))
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        for table in tables:
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 (table names from Django)
            for row in cursor.fetchall():
                assert not any(token in str(value) for value in row), table
    # Session data is encoded: read it decoded too.
    assert all(token not in str(row.get_decoded()) for row in Session.objects.all())
    assert Session.objects.exists()


def test_tokens_have_at_least_128_bits_and_differ(user):
    tokens = {make_link(user)[1] for _ in range(20)}
    assert len(tokens) == 20
    assert all(len(t) * 6 >= 128 for t in tokens)


def test_posting_the_same_form_twice_makes_one_link(client_in, user):
    data = a_form()
    client_in.post(reverse("sessions:shares"), data)
    response = client_in.post(reverse("sessions:shares"), data, follow=True)
    assert ShareLink.objects.filter(user=user).count() == 1
    assert "already made" in html(response)


@pytest.mark.parametrize("days", ["1", "90"])
def test_a_link_may_last_from_1_to_90_days(client_in, user, days):
    client_in.post(reverse("sessions:shares"), a_form(days=days))
    link = ShareLink.objects.get(user=user)
    expected = timezone.now() + timedelta(days=int(days))
    assert abs(link.expires_at - expected) < timedelta(minutes=1)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"days": "0"}, "Choose from 1 to 90 days."),
        ({"days": "91"}, "Choose from 1 to 90 days."),
        ({"days": "two weeks"}, "Enter a whole number of days"),
        ({"days": ""}, "Enter how many days the link works"),
        ({"start": "2026-13-40"}, "Enter a real date"),
        ({"start": "1999-12-31"}, "Choose a date from"),
        ({"complaint": "no-such-complaint"}, "Select a valid choice"),
        ({"label": "x" * 81}, "at most 80 characters"),
    ],
)
def test_bad_input_says_why_and_saves_nothing(client_in, changes, message):
    response = client_in.post(reverse("sessions:shares"), a_form(**changes))
    assert response.status_code == 200
    assert message in html(response)
    assert not ShareLink.objects.exists()


def test_a_period_ending_before_it_starts_is_refused(client_in):
    today = timezone.localdate()
    data = a_form(start=today.isoformat(), end=(today - timedelta(days=3)).isoformat())
    response = client_in.post(reverse("sessions:shares"), data)
    assert "The start date must be on or before the end date." in html(response)
    assert not ShareLink.objects.exists()


def test_a_link_for_one_complaint_and_without_notes(client_in, user, hand_routine):
    data = a_form(complaint=hand_routine.complaint.slug, label="For Dr Lee")
    del data["include_notes"]
    client_in.post(reverse("sessions:shares"), data)
    link = ShareLink.objects.get(user=user)
    assert link.complaint == hand_routine.complaint
    assert link.include_notes is False and link.include_safety is True
    assert link.label == "Dr Lee"  # "for For Dr Lee" would read badly in the banner


# --- The list -----------------------------------------------------------------------------------


def test_list_shows_status_opens_and_only_the_users_own_links(client_in, user, other_user):
    opened, token = make_link(user, label="Dr Lee")
    withdrawn, _ = make_link(user, label="Old clinic")
    shares.revoke(user=user, pk=withdrawn.pk)
    expired, _ = make_link(user, label="Last year")
    ShareLink.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(days=1))
    make_link(other_user, label="Sam's doctor")
    client = client_in
    client.logout()
    client.get(shared_url(token))
    client.get(shared_url(token))
    client.force_login(user)

    page = html(client.get(reverse("sessions:shares")))
    assert 'Dr Lee <span class="meta">(active)' in page
    assert 'Old clinic <span class="meta">(withdrawn)' in page
    assert 'Last year <span class="meta">(expired)' in page
    assert "Opened 2 times" in page
    assert "Sam&#x27;s doctor" not in page and "Sam's doctor" not in page
    # Only the active link can be withdrawn.
    assert page.count("/revoke/") == 1 and f"/shares/{opened.pk}/revoke/" in page


def test_list_costs_the_same_queries_with_many_links(client_in, user, django_assert_num_queries):
    make_link(user)
    client_in.get(reverse("sessions:shares"))
    with CaptureQueriesContext(connection) as few:
        client_in.get(reverse("sessions:shares"))
    for _ in range(5):
        link, token = make_link(user)
        shares.log_open(link=link, what=ShareOpen.What.PDF)
    with CaptureQueriesContext(connection) as many:
        client_in.get(reverse("sessions:shares"))
    assert len(many) == len(few)


# --- Withdrawing --------------------------------------------------------------------------------


def test_withdrawing_ends_the_link_at_once_and_again_is_harmless(client, client_in, user):
    link, token = make_link(user)
    revoke = reverse("sessions:share_revoke", args=[link.pk])
    response = client_in.post(revoke, follow=True)
    assert "no longer opens the report" in html(response)
    link.refresh_from_db()
    first = link.revoked_at
    assert first is not None
    assert client_in.post(revoke).status_code == 302
    link.refresh_from_db()
    assert link.revoked_at == first
    client_in.logout()
    gone = client_in.get(shared_url(token))
    assert gone.status_code == 410
    assert "The person who shared this report has withdrawn it" in html(gone)
    assert client_in.get(reverse("sessions:shared_pdf", args=[token])).status_code == 410


def test_another_user_cannot_withdraw_a_link(client, user, other_user):
    link, token = make_link(user)
    client.force_login(other_user)
    assert client.post(reverse("sessions:share_revoke", args=[link.pk])).status_code == 404
    link.refresh_from_db()
    assert link.revoked_at is None


def test_withdrawing_needs_a_post(client_in, user):
    link, _ = make_link(user)
    assert client_in.get(reverse("sessions:share_revoke", args=[link.pk])).status_code == 405
    link.refresh_from_db()
    assert link.revoked_at is None


# --- Opening a link -----------------------------------------------------------------------------


def test_an_expired_link_answers_410(client, user):
    link, token = make_link(user)
    ShareLink.objects.filter(pk=link.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = client.get(shared_url(token))
    assert response.status_code == 410
    assert "This link has expired" in html(response)
    assert response["Cache-Control"] == "no-store"
    assert not ShareOpen.objects.exists()


@pytest.mark.parametrize("token", ["A" * 43, "short", "not a token!", "%00", "é" * 43, "x" * 2000])
def test_unknown_and_malformed_tokens_get_the_404_page(client, user, token):
    make_link(user)
    response = client.get(f"/sessions/shared/{token}/")
    assert response.status_code == 404
    assert client.get(f"/sessions/shared/{token}/report.pdf").status_code == 404


def test_unknown_and_malformed_tokens_are_looked_up_by_one_query(user, django_assert_num_queries):
    make_link(user)
    for token in ("A" * 43, "bad!", "", "é", "x" * 2000):
        with django_assert_num_queries(1) as captured:
            assert shares.find_link(token) is None
        sql = captured.captured_queries[0]["sql"]
        assert "token_hash" in sql and shares.hash_token(token) in sql


def test_a_real_token_is_found_by_the_same_single_query(user, django_assert_num_queries):
    link, token = make_link(user)
    with django_assert_num_queries(1):
        found = shares.find_link(token)
        assert found is not None and found.pk == link.pk
        assert found.user.pk == user.pk  # loaded with the user and their zone


def test_the_shared_page_shows_the_ratings_and_notes(client, user, logged):
    session = logged(7, 3, days_ago=2)
    GuidedSession.objects.filter(pk=session.pk).update(note=NOTE)
    _, token = make_link(user)
    response = client.get(shared_url(token))
    page = html(response)
    assert response.status_code == 200
    assert "Shared by the user of an acupressure self-care app, for Dr Lee; valid until" in page
    assert re.search(r">\s*7\s*<|7 → 3|7 to 3", page)
    assert NOTE in page
    assert "Acupressure does not replace medical care" in page


def test_notes_left_out_are_not_shown(client, user, logged):
    session = logged(7, 3, days_ago=2)
    GuidedSession.objects.filter(pk=session.pk).update(note=NOTE)
    _, token = make_link(user, include_notes=False)
    assert NOTE not in html(client.get(shared_url(token)))


@needs_report_body
def test_safety_answers_are_shown_only_when_included(client, user, logged):
    session = logged(7, 3, days_ago=2)
    question = "Is this pain from a fall or an injury in the last few days?"
    answers = [{"question": question, "answer": True}]
    GuidedSession.objects.filter(pk=session.pk).update(red_flag_answers=answers)
    _, with_safety = make_link(user)
    _, without = make_link(user, include_safety=False)
    assert question in html(client.get(shared_url(with_safety)))
    assert question not in html(client.get(shared_url(without)))


def test_the_shared_page_shows_no_other_users_data(client, user, other_user, logged):
    mine = logged(7, 3, days_ago=2)
    GuidedSession.objects.filter(pk=mine.pk).update(note=NOTE)
    theirs = logged(9, 1, days_ago=1, owner=other_user)
    GuidedSession.objects.filter(pk=theirs.pk).update(note="Sam's private note")
    _, token = make_link(user)
    page = html(client.get(shared_url(token)))
    assert NOTE in page
    assert "Sam" not in page and "private note" not in page
    assert user.get_username() not in page  # no username either


def test_the_shared_page_links_to_nothing_of_the_users_and_has_no_navigation(client, user):
    _, token = make_link(user)
    page = html(client.get(shared_url(token)))
    hrefs = re.findall(r'href="([^"]+)"', page)
    internal = [h for h in hrefs if h.startswith("/") and not h.startswith("/static/")]
    assert internal and all(h.startswith(f"/sessions/shared/{token}/") for h in internal)
    for word in ("History", "Log out", "Log in", "Settings", "Delete account"):
        assert word not in page
    assert "<form" not in page


def test_the_shared_page_headers_keep_it_out_of_indexes_caches_and_referers(client, user):
    _, token = make_link(user)
    response = client.get(shared_url(token))
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Cache-Control"] == "no-store"
    assert response["Referrer-Policy"] == "no-referrer"
    assert '<meta name="robots" content="noindex">' in html(response)
    assert "Set-Cookie" not in response
    assert not response.cookies


def test_the_shared_page_sets_no_cookie_for_a_logged_in_visitor_either(client_in, user):
    _, token = make_link(user)
    response = client_in.get(shared_url(token))
    assert response.status_code == 200
    assert not response.cookies


def test_each_open_is_logged_without_an_address(client, user):
    link, token = make_link(user)
    client.get(shared_url(token), REMOTE_ADDR="203.0.113.9", HTTP_USER_AGENT="Clinic PC")
    client.get(shared_url(token))
    link.refresh_from_db()
    assert link.open_count == 2
    assert link.last_opened_at is not None
    opens = list(ShareOpen.objects.filter(link=link).values())
    assert [o["what"] for o in opens] == ["page", "page"]
    assert {"id", "link_id", "opened_at", "what"} == set(opens[0])
    assert "203.0.113.9" not in str(opens)


def test_the_shared_page_costs_the_same_queries_with_more_data(client, user, logged):
    _, token = make_link(user)
    logged(6, 4, days_ago=3)
    client.get(shared_url(token))
    with CaptureQueriesContext(connection) as few:
        client.get(shared_url(token))
    for day in range(10):
        session = logged(7, 2, days_ago=day + 0.5)
        GuidedSession.objects.filter(pk=session.pk).update(note=f"Note {day}")
    with CaptureQueriesContext(connection) as many:
        client.get(shared_url(token))
    assert len(many) == len(few)


def test_the_shared_page_costs_the_lookup_the_report_and_the_log(
    client, user, logged, django_assert_num_queries
):
    link, token = make_link(user)
    logged(6, 4, days_ago=3)
    with CaptureQueriesContext(connection) as report:
        reports.clinician_report(user=user, complaint=None, start=link.start, end=link.end)
    # 1 lookup (with the owner and their zone), the report's own, then the log: its insert and
    # update (and, inside the test's transaction, a savepoint and its release).
    with django_assert_num_queries(1 + len(report) + 4):
        assert client.get(shared_url(token)).status_code == 200


def test_dates_are_in_the_owners_time_zone(client, user, logged):
    from accounts.models import Profile

    Profile.objects.update_or_create(user=user, defaults={"time_zone": "Pacific/Auckland"})
    link, token = make_link(user)
    page = html(client.get(shared_url(token)))
    expected = timezone.localtime(link.expires_at, timezone=zoneinfo.ZoneInfo("Pacific/Auckland"))
    assert f"valid until {expected:%-d %b %Y, %H:%M}" in page


# --- The PDF ------------------------------------------------------------------------------------


def test_bad_paper_is_refused_plainly(client, user):
    _, token = make_link(user)
    response = client.get(reverse("sessions:shared_pdf", args=[token]) + "?paper=a3")
    assert response.status_code == 400
    assert b"paper=a4 or paper=letter" in response.content
    assert not ShareOpen.objects.exists()


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_shared_pdf_has_the_ratings_and_notes_and_is_logged(client, user, logged, paper):
    pytest.importorskip("sessions.pdf")
    pypdf = pytest.importorskip("pypdf")
    import io

    session = logged(7, 3, days_ago=2)
    GuidedSession.objects.filter(pk=session.pk).update(note=NOTE)
    link, token = make_link(user)
    response = client.get(reverse("sessions:shared_pdf", args=[token]) + f"?paper={paper}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert not response.cookies
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.content)).pages)
    assert NOTE in " ".join(text.split())
    assert ShareOpen.objects.get(link=link).what == "pdf"


# --- Account deletion ---------------------------------------------------------------------------


def test_deleting_the_account_removes_its_links_and_their_logs(client_in, user):
    link, token = make_link(user)
    shares.log_open(link=link, what=ShareOpen.What.PAGE)
    response = client_in.post(reverse("account_delete"), {"password": "a-long-test-password"})
    assert response.status_code == 302
    assert not ShareLink.objects.exists()
    assert not ShareOpen.objects.exists()
    client_in.logout()
    assert client_in.get(shared_url(token)).status_code == 404


# --- Valid HTML ---------------------------------------------------------------------------------

VNU_JAR = Path(os.environ.get("VNU_JAR", "/tmp/vnu/node_modules/vnu-jar/build/dist/vnu.jar"))
CI_VNU_JAR = Path(__file__).resolve().parent.parent / ".ci/node_modules/vnu-jar/build/dist/vnu.jar"


@pytest.mark.slow
def test_the_share_pages_are_valid_html(client, user, logged, tmp_path):
    jar = next((j for j in (VNU_JAR, CI_VNU_JAR) if j.exists()), None)
    if jar is None or not shutil.which("java"):
        message = "the Nu checker is missing (VNU_JAR, java): see .ci/run"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    session = logged(7, 3, days_ago=2)
    GuidedSession.objects.filter(pk=session.pk).update(note=NOTE)
    _, active = make_link(user)
    withdrawn, withdrawn_token = make_link(user, label="")
    shares.revoke(user=user, pk=withdrawn.pk)
    expired, expired_token = make_link(user)
    ShareLink.objects.filter(pk=expired.pk).update(expires_at=timezone.now() - timedelta(days=1))
    client.get(shared_url(active))
    pages = {
        "report": client.get(shared_url(active)),
        "withdrawn": client.get(shared_url(withdrawn_token)),
        "expired": client.get(shared_url(expired_token)),
    }
    client.force_login(user)
    pages["list"] = client.get(reverse("sessions:shares"))
    pages["created"] = client.post(reverse("sessions:shares"), a_form())
    pages["errors"] = client.post(reverse("sessions:shares"), a_form(days="91", label="x" * 81))
    files = []
    for name, response in pages.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    command = ["java", "-jar", str(jar), "--errors-only", "--format", "json", *files]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    assert [(Path(m.get("url", "")).name, m["message"]) for m in messages] == []


def test_the_report_page_links_to_sharing_with_its_choices(client_in):
    report = "/sessions/report/?complaint=leg-pain&start=2026-11-01&end=2026-11-30&chosen=1"
    page = client_in.get(report).content.decode()
    assert 'href="/sessions/shares/?complaint=leg-pain&amp;start=2026-11-01' in page
    form = client_in.get(report.replace("/sessions/report/", "/sessions/shares/")).context["form"]
    assert form.initial["complaint"] == "leg-pain"
    assert str(form.initial["start"]) == "2026-11-01" and str(form.initial["end"]) == "2026-11-30"
    assert form.initial["include_notes"] is False  # unticked on the report: not sent


def test_a_first_visit_to_the_report_shares_the_report_it_shows(client_in, logged):
    logged(6, 4)  # the latest complaint, leg pain, is shown for the last 30 days
    page = client_in.get("/sessions/report/").content.decode()
    assert "Acupressure log: Leg pain" in page
    today = timezone.localdate()
    link = re.search(r'href="(/sessions/shares/\?[^"]+)"', page)
    assert link is not None
    form = client_in.get(html_unescape(link[1])).context["form"]
    assert form.initial["complaint"] == "leg-pain"
    assert form.initial["start"] == today - timedelta(days=30) and form.initial["end"] == today
    assert form.initial.get("include_notes", True) is True


def test_the_list_shows_the_newest_link_first(client_in, user):
    older, _ = make_link(user, label="First clinic")
    newer, _ = make_link(user, label="Second clinic")
    ShareLink.objects.filter(pk=older.pk).update(created_at=timezone.now() - timedelta(days=3))
    page = client_in.get(reverse("sessions:shares")).content.decode()
    assert page.index("Second clinic") < page.index("First clinic")
