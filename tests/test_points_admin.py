import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from points.models import (
    Complaint,
    Contraindication,
    Meridian,
    Point,
    PointAlias,
    Protocol,
    ProtocolStep,
)

pytestmark = pytest.mark.django_db

MODELS = [Meridian, Point, Contraindication, Complaint, Protocol]


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("admin", "admin@example.com", "x"))
    return client


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
    steps = list(protocol.steps.all())
    data = {
        "name": protocol.name,
        "slug": protocol.slug,
        "complaint": protocol.complaint_id,
        "summary": protocol.summary,
        "status": "published",
        "doctor_after_sessions": 3,
        "doctor_worsening_points": 2,
        "doctor_severe_pain": 8,
        "doctor_after_days": 14,
        "steps-TOTAL_FORMS": len(steps),
        "steps-INITIAL_FORMS": len(steps),
        "steps-MIN_NUM_FORMS": 0,
        "steps-MAX_NUM_FORMS": 1000,
    }
    for index, step in enumerate(steps):
        data |= {
            f"steps-{index}-id": step.pk,
            f"steps-{index}-protocol": protocol.pk,
            f"steps-{index}-order": step.order,
            f"steps-{index}-point": step.point_id,
            f"steps-{index}-side": step.side,
            f"steps-{index}-duration_seconds": 150 if index == 0 else step.duration_seconds,
            f"steps-{index}-pressure": step.pressure,
            f"steps-{index}-motion": step.motion,
            f"steps-{index}-fingers": step.fingers,
            f"steps-{index}-instructions": step.instructions,
        }
    url = reverse("admin:points_protocol_change", args=[protocol.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert ProtocolStep.objects.get(pk=steps[0].pk).duration_seconds == 150
    assert "2:30 each side" in client.get(protocol.get_absolute_url()).content.decode()


def test_a_new_point_gets_its_code_and_slug_from_meridian_and_number(admin_client):
    response = admin_client.post(
        reverse("admin:points_point_add"),
        {
            "meridian": Meridian.objects.get(code="HT").pk,
            "number": 7,
            "pinyin": "Shenmen",
            "region": "hand",
            "location": "On the wrist crease, little-finger side.",
            "how_to_find": "Follow the little finger down to the wrist crease.",
            "indications": "insomnia, anxiety",
            "identification": "standard",
            "aliases-TOTAL_FORMS": 1,
            "aliases-INITIAL_FORMS": 0,
            "aliases-MIN_NUM_FORMS": 0,
            "aliases-MAX_NUM_FORMS": 1000,
            "aliases-0-text": "H 7",
            "aliases-0-note": "Older Heart code",
        },
    )
    assert response.status_code == 302
    point = Point.objects.get(code="HT 7")
    assert point.slug == "ht-7"
    assert PointAlias.objects.get(text="H 7").point == point
    response = admin_client.get("/points/h-7/")
    assert response.status_code == 301
    assert response.headers["Location"] == "/points/ht-7/"


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
