import pytest
from django.test import Client
from django.urls import reverse

from points.models import (
    Complaint,
    Contraindication,
    Meridian,
    Point,
    PointAlias,
    Protocol,
)
from tests.admin_forms import change_form_data
from tests.helpers import stored_session

pytestmark = pytest.mark.django_db

MODELS = [Meridian, Point, Contraindication, Complaint, Protocol]


@pytest.mark.parametrize("model", MODELS)
def test_staff_can_list_add_and_change_every_catalog_model(admin_client, model):
    opts = model._meta
    assert (
        admin_client.get(reverse(f"admin:points_{opts.model_name}_changelist")).status_code == 200
    )
    assert admin_client.get(reverse(f"admin:points_{opts.model_name}_add")).status_code == 200
    obj = model.objects.first()
    change_url = reverse(f"admin:points_{opts.model_name}_change", args=[obj.pk])
    assert admin_client.get(change_url).status_code == 200


def test_admin_point_search_finds_aliases(admin_client):
    response = admin_client.get(reverse("admin:points_point_changelist"), {"q": "LV 3"})
    assert "Taichong" in response.content.decode()


def test_editing_a_step_in_the_admin_changes_the_public_page(admin_client, client):
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    # Seen before the edit: the page is in the catalog cache, and must not stay there.
    assert "2:30 each side" not in client.get(protocol.get_absolute_url()).content.decode()
    url = reverse("admin:points_protocol_change", args=[protocol.pk])
    data = change_form_data(admin_client, url)
    data["steps-0-duration_seconds"] = 150
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert protocol.steps.get(order=1).duration_seconds == 150
    assert "2:30 each side" in client.get(protocol.get_absolute_url()).content.decode()


def test_a_new_point_gets_its_code_and_slug_from_meridian_and_number(admin_client):
    response = admin_client.post(
        reverse("admin:points_point_add"),
        {
            "meridian": Meridian.objects.get(code="HT").pk,
            "number": 9,
            "pinyin": "Shaochong",
            "region": "hand",
            "location": "On the wrist crease, little-finger side.",
            "how_to_find": "Follow the little finger down to the wrist crease.",
            "indications": "insomnia, anxiety",
            "identification": "standard",
            "aliases-TOTAL_FORMS": 1,
            "aliases-INITIAL_FORMS": 0,
            "aliases-MIN_NUM_FORMS": 0,
            "aliases-MAX_NUM_FORMS": 1000,
            "aliases-0-text": "H 9",
            "aliases-0-note": "Older Heart code",
            "placements-TOTAL_FORMS": 1,
            "placements-INITIAL_FORMS": 0,
            "placements-MIN_NUM_FORMS": 0,
            "placements-MAX_NUM_FORMS": 1000,
            "placements-0-diagram": "hand-palm",
            "placements-0-x": 143,
            "placements-0-y": 309,
        },
    )
    assert response.status_code == 302
    point = Point.objects.get(code="HT 9")
    assert point.slug == "ht-9"
    assert PointAlias.objects.get(text="H 9").point == point
    assert point.placements.get().diagram == "hand-palm"
    response = admin_client.get("/points/h-9/")
    assert response.status_code == 301
    assert response.headers["Location"] == "/points/ht-9/"


def test_a_duplicate_alias_is_refused_with_a_message(admin_client):
    point = Point.objects.get(code="ST 36")
    url = reverse("admin:points_point_change", args=[point.pk])
    form = admin_client.get(url).context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None}
    data |= {
        "meridian": point.meridian_id,
        "aliases-TOTAL_FORMS": 1,
        "aliases-INITIAL_FORMS": 0,
        "aliases-MIN_NUM_FORMS": 0,
        "aliases-MAX_NUM_FORMS": 1000,
        "aliases-0-text": "lv-3",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "lv-3 is already an alias of LR 3." in response.content.decode()
    assert not point.aliases.exists()


# --- Protocol authoring -------------------------------------------------------------------------


@pytest.fixture
def hand(db):
    return Protocol.objects.get(slug="hand-routine-leg-pain")


def protocol_url(protocol) -> str:
    return reverse("admin:points_protocol_change", args=[protocol.pk])


def test_steps_are_added_reordered_and_deleted_through_the_inline(admin_client, hand):
    url = protocol_url(hand)
    data = change_form_data(admin_client, url)
    # Swap the two steps' order, then add ST 36 as a third step.
    data["steps-0-order"], data["steps-1-order"] = 2, 1
    data["steps-TOTAL_FORMS"] = 3
    data |= {
        "steps-2-order": 3,
        "steps-2-point": Point.objects.get(code="ST 36").pk,
        "steps-2-side": "both",
        "steps-2-duration_seconds": 90,
        "steps-2-pressure": "firm",
        "steps-2-motion": "circles",
        "steps-2-fingers": "Thumb",
    }
    assert admin_client.post(url, data).status_code == 302
    assert [s.point.code for s in hand.steps.select_related("point")] == ["SI 3", "LI 4", "ST 36"]

    data = change_form_data(admin_client, url)
    data["steps-0-DELETE"] = "on"  # SI 3
    assert admin_client.post(url, data).status_code == 302
    assert [s.point.code for s in hand.steps.select_related("point")] == ["LI 4", "ST 36"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"steps-0-DELETE": "on", "steps-1-DELETE": "on"}, "A protocol needs at least one step."),
        ({"steps-1-order": 1}, "used more than once: 1."),
        ({"steps-0-duration_seconds": 5}, "greater than or equal to 10"),
        ({"steps-0-duration_seconds": 601}, "less than or equal to 600"),
        ({"summary": ""}, "A published protocol needs a summary."),
    ],
)
def test_protocol_validation_errors_are_clear_and_save_nothing(admin_client, hand, change, message):
    url = protocol_url(hand)
    data = change_form_data(admin_client, url) | change
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert hand.steps.count() == 2
    assert hand.versions.count() == 1


def test_a_draft_may_have_no_summary(admin_client, hand):
    data = change_form_data(admin_client, protocol_url(hand)) | {"status": "draft", "summary": ""}
    assert admin_client.post(protocol_url(hand), data).status_code == 302


def test_the_step_inline_shows_durations_as_minutes(admin_client, hand):
    page = admin_client.get(protocol_url(hand)).content.decode()
    assert "Duration (m:ss)" in page and "2:00" in page
    assert "admin/points/step_order.js" in page
    assert "From 2 to 10; default 3." in page  # thresholds show their range and default


def test_publishing_a_change_creates_a_version_with_who_and_what(admin_client, hand):
    data = change_form_data(admin_client, protocol_url(hand))
    data["steps-0-duration_seconds"] = 150
    response = admin_client.post(protocol_url(hand), data, follow=True)
    assert "Published as version 2" in response.content.decode()
    version = hand.versions.first()
    assert version.number == 2
    assert version.created_by.username == "admin"
    assert "duration seconds 120 → 150" in version.change_message
    page = admin_client.get(protocol_url(hand)).content.decode()
    assert "version history" in page.lower() and "120 → 150" in page


def test_saving_without_a_change_makes_no_new_version(admin_client, hand):
    admin_client.post(protocol_url(hand), change_form_data(admin_client, protocol_url(hand)))
    assert hand.versions.count() == 1


def test_a_session_in_progress_finishes_on_the_version_it_started_with(
    admin_client, hand, start_session
):
    from sessions import services

    running = start_session()
    assert running.version_number == 1
    data = change_form_data(admin_client, protocol_url(hand))
    data["steps-0-duration_seconds"] = 150
    admin_client.post(protocol_url(hand), data)

    for position in range(running.steps.count()):
        services.step_next(session_id=running.pk, user=running.user, position=position)
    finished = services.session_finish(session_id=running.pk, user=running.user, pain_after=3)
    assert finished.version_number == 1
    assert finished.protocol_version.content["steps"][0]["duration_seconds"] == 120
    assert running.steps.get(position=0).duration_seconds == 120

    newer = start_session()
    assert newer.version_number == 2
    assert newer.steps.get(position=0).duration_seconds == 150


def test_duplicate_makes_a_hidden_draft_copy_with_the_steps(admin_client, client, hand):
    response = admin_client.post(
        reverse("admin:points_protocol_changelist"),
        {"action": "duplicate_as_draft", "_selected_action": [hand.pk]},
        follow=True,
    )
    assert "duplicated as drafts" in response.content.decode()
    copy = Protocol.objects.get(slug="hand-routine-leg-pain-copy")
    assert copy.status == "draft"
    assert copy.name == "Copy of Hand routine for leg pain"
    assert [s.point_id for s in copy.steps.all()] == [s.point_id for s in hand.steps.all()]
    assert Client().get(copy.get_absolute_url()).status_code == 404
    admin_client.post(
        reverse("admin:points_protocol_changelist"),
        {"action": "duplicate_as_draft", "_selected_action": [hand.pk]},
    )
    assert Protocol.objects.filter(slug="hand-routine-leg-pain-copy-2").exists()


# --- Catalog lists ------------------------------------------------------------------------------


def changelist(client, model: str, **params) -> str:
    return client.get(reverse(f"admin:points_{model}_changelist"), params).content.decode()


def test_points_can_be_filtered_by_pregnancy_caution(admin_client):
    page = changelist(admin_client, "point", pregnancy="yes")
    assert "4 points" in page
    for code in ["SP 6", "LI 4", "BL 60", "CV 6"]:
        assert f">{code}<" in page


def test_points_are_searchable_by_indication(admin_client):
    assert "Yongquan" in changelist(admin_client, "point", q="insomnia")


def test_never_reviewed_safety_entries_are_listed_and_can_be_marked(admin_client):
    # The catalog's entries carry the date of the clinical review; a staff edit may clear it.
    assert "0 contraindications" in changelist(admin_client, "contraindication", reviewed="never")
    Contraindication.objects.filter(slug__in=["pregnancy", "osteoporosis"]).update(reviewed_on=None)
    assert "2 contraindications" in changelist(admin_client, "contraindication", reviewed="never")
    pregnancy = Contraindication.objects.get(slug="pregnancy")
    admin_client.post(
        reverse("admin:points_contraindication_changelist"),
        {"action": "mark_reviewed", "_selected_action": [pregnancy.pk]},
    )
    pregnancy.refresh_from_db()
    assert pregnancy.reviewed_by.username == "admin"
    assert pregnancy.reviewed_on is not None
    assert "1 contraindication" in changelist(admin_client, "contraindication", reviewed="never")
    assert "Never reviewed" in changelist(admin_client, "redflag")


def test_protocol_usage_is_counted_in_the_database(admin_client, hand, logged, user):
    from sessions.models import GuidedSession

    logged(6, 4)
    logged(7, 3)
    abandoned = GuidedSession.Status.ABANDONED
    stored_session(user, hand, started_at=hand.created_at, status=abandoned, finished_at=None)
    page = changelist(admin_client, "protocol", q="Hand routine")
    assert '<td class="field-session_count">3</td>' in page
    assert '<td class="field-completion_rate">67%</td>' in page
    assert '<td class="field-average_pain_change">-3.0</td>' in page


# --- Roles ------------------------------------------------------------------------------------


def test_protocol_editors_can_edit_content(editor_client, hand):
    data = change_form_data(editor_client, protocol_url(hand))
    data["summary"] = "Edited by an editor."
    assert editor_client.post(protocol_url(hand), data).status_code == 302
    hand.refresh_from_db()
    assert hand.summary == "Edited by an editor."
    red_flags = editor_client.get(reverse("admin:points_redflag_changelist"))
    assert red_flags.status_code == 200
    assert "Select red flag to change" in red_flags.content.decode()
    assert editor_client.get(reverse("admin:points_point_add")).status_code == 200


def test_protocol_editors_cannot_see_users_or_groups(editor_client):
    assert editor_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert editor_client.get(reverse("admin:auth_group_changelist")).status_code == 403
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert "Users" not in home and "Guided sessions" not in home


def test_the_editors_group_has_exactly_catalog_permissions(db):
    from django.contrib.auth.models import Group

    perms = Group.objects.get(name="Protocol editors").permissions.all()
    assert {p.content_type.app_label for p in perms} == {"points"}
    codenames = set(perms.values_list("codename", flat=True))
    assert {"change_protocol", "add_protocolstep", "change_redflag"} <= codenames
    assert "delete_meridian" not in codenames and "change_protocolversion" not in codenames


# --- Never lose data ----------------------------------------------------------------------------


def test_deleting_a_protocol_with_logged_sessions_is_refused(admin_client, hand, logged):
    logged(6, 3)
    url = reverse("admin:points_protocol_delete", args=[hand.pk])
    page = admin_client.get(url).content.decode()
    assert "1 logged session used this protocol" in page
    admin_client.post(url, {"post": "yes"})
    assert Protocol.objects.filter(pk=hand.pk).exists()


def test_deleting_a_point_that_sessions_logged_is_refused(admin_client, start_session):
    start_session()
    point = Point.objects.get(code="SI 3")
    url = reverse("admin:points_point_delete", args=[point.pk])
    assert "logged session used this point" in admin_client.get(url).content.decode()
    admin_client.post(url, {"post": "yes"})
    assert Point.objects.filter(pk=point.pk).exists()


def test_an_unused_draft_can_still_be_deleted(admin_client, hand):
    admin_client.post(
        reverse("admin:points_protocol_changelist"),
        {"action": "duplicate_as_draft", "_selected_action": [hand.pk]},
    )
    copy = Protocol.objects.get(slug="hand-routine-leg-pain-copy")
    admin_client.post(reverse("admin:points_protocol_delete", args=[copy.pk]), {"post": "yes"})
    assert not Protocol.objects.filter(pk=copy.pk).exists()
