"""The seed catalog as loaded by the data migration, checked against WHO nomenclature."""

import pytest
from django.apps import apps

from points.models import Complaint, Contraindication, Point, PointAlias, Protocol, RedFlag
from points.seed import load_catalog

pytestmark = pytest.mark.django_db

# Standard (WHO) code -> pinyin for every point the source articles describe.
WHO_NAMES = {
    "ST 32": "Futu", "ST 33": "Yinshi", "ST 34": "Liangqiu", "ST 35": "Dubi",
    "ST 36": "Zusanli", "ST 37": "Shangjuxu", "ST 38": "Tiaokou", "ST 39": "Xiajuxu",
    "ST 40": "Fenglong", "ST 41": "Jiexi", "ST 42": "Chongyang", "ST 43": "Xiangu",
    "ST 44": "Neiting",
    "SP 4": "Gongsun", "SP 6": "Sanyinjiao", "SP 7": "Lougu", "SP 8": "Diji",
    "SP 9": "Yinlingquan", "SP 10": "Xuehai", "SP 11": "Jimen",
    "GB 30": "Huantiao", "GB 31": "Fengshi", "GB 32": "Zhongdu", "GB 33": "Xiyangguan",
    "GB 34": "Yanglingquan", "GB 35": "Yangjiao", "GB 38": "Yangfu", "GB 39": "Xuanzhong",
    "KI 1": "Yongquan", "KI 3": "Taixi", "KI 6": "Zhaohai", "KI 7": "Fuliu",
    "KI 9": "Zhubin", "KI 10": "Yingu",
    "BL 36": "Chengfu", "BL 37": "Yinmen", "BL 38": "Fuxi", "BL 39": "Weiyang",
    "BL 40": "Weizhong", "BL 55": "Heyang", "BL 56": "Chengjin", "BL 57": "Chengshan",
    "BL 58": "Feiyang", "BL 59": "Fuyang", "BL 60": "Kunlun", "BL 61": "Pucan",
    "BL 62": "Shenmai", "BL 63": "Jinmen", "BL 64": "Jinggu",
    "LR 3": "Taichong", "LI 4": "Hegu", "SI 3": "Houxi",
}  # fmt: skip

# What the sources printed -> the standard code and name it must resolve to.
SOURCE_MISPRINTS = [
    ("BL 49", "BL 40", "Weizhong"),  # wrong code
    ("SP 35", "GB 35", "Yangjiao"),  # wrong meridian prefix
    ("BL 59 Feiyang", "BL 59", "Fuyang"),  # code paired with the wrong name
    ("Xinggu", "ST 43", "Xiangu"),  # misspelled
    ("Puscan", "BL 61", "Pucan"),
    ("Jingu", "BL 64", "Jinggu"),
    ("Chong Yang", "ST 42", "Chongyang"),
    ("LV 3", "LR 3", "Taichong"),  # older Liver code
    ("KD 1", "KI 1", "Yongquan"),  # older Kidney code
]

# The source's "Location" paragraphs sit above the caption of their point; a location
# attached to the wrong point would carry the neighbour's distance.
DISTANCES = {
    "ST 32": "6 cun", "ST 33": "3 cun", "ST 34": "2 cun", "ST 36": "3 cun",
    "ST 37": "6 cun", "ST 38": "8 cun", "ST 39": "9 cun", "ST 40": "8 cun",
    "SP 6": "3 cun", "SP 7": "6 cun", "SP 10": "2 cun", "GB 35": "7 cun",
    "GB 38": "4 cun", "GB 39": "3 cun", "KI 7": "2 cun", "KI 9": "5 cun", "BL 59": "3 cun",
}  # fmt: skip


def test_every_source_point_is_present_under_its_who_code_and_name():
    stored = dict(Point.objects.values_list("code", "pinyin"))
    assert stored == WHO_NAMES


@pytest.mark.parametrize(("variant", "code", "pinyin"), SOURCE_MISPRINTS)
def test_source_misprints_are_corrected_and_kept_as_aliases(variant, code, pinyin):
    alias = PointAlias.objects.select_related("point").get(text=variant)
    assert alias.point.code == code
    assert alias.point.pinyin == pinyin
    assert alias.note


def test_feiyang_is_bl_58_not_bl_59():
    assert Point.objects.get(pinyin="Feiyang").code == "BL 58"


@pytest.mark.parametrize(("code", "distance"), DISTANCES.items())
def test_locations_belong_to_their_own_point(code, distance):
    assert distance in Point.objects.get(code=code).location


def test_gb_39_follows_who_anterior_to_the_fibula():
    location = Point.objects.get(code="GB 39").location.lower()
    assert "in front of the fibula" in location or "anterior to the fibula" in location
    assert "behind the fibula" not in location and "posterior" not in location


def test_every_point_has_location_finding_guidance_and_uses():
    for point in Point.objects.all():
        assert point.location and point.how_to_find and point.indication_list, point.code
        assert point.slug == point.code.lower().replace(" ", "-")


def test_hand_routine_little_finger_point_says_how_sure_the_identification_is():
    point = Point.objects.get(code="SI 3")
    assert point.identification == Point.Identification.PROBABLE
    assert "TE 3" in point.identification_note
    assert Point.objects.exclude(code="SI 3").filter(identification="standard").count() == 51


def test_pregnancy_skips_sp_6_li_4_and_bl_60():
    pregnancy = Contraindication.objects.get(scope=Contraindication.Scope.PREGNANCY)
    assert pregnancy.action == Contraindication.Action.SKIP
    assert {"SP 6", "LI 4", "BL 60"} <= set(pregnancy.points.values_list("code", flat=True))
    assert pregnancy.question.endswith("?")
    assert pregnancy.source


def test_safety_content_covers_blood_thinners_and_skin_at_the_site():
    scopes = set(Contraindication.objects.values_list("scope", flat=True))
    assert scopes == {"pregnancy", "site", "systemic"}
    systemic = Contraindication.objects.get(scope="systemic")
    assert systemic.applies_to_all_points
    hand_skin = Contraindication.objects.filter(scope="site", points__code="LI 4")
    assert hand_skin.filter(points__code="SI 3").exists()
    assert not hand_skin.filter(points__code="ST 36").exists()


LEG_PAIN_RED_FLAGS = [
    ("calf", "urgent"),  # one-sided calf swelling: possible clot
    ("breath", "emergency"),
    ("cold", "emergency"),
    ("fall", "urgent"),
    ("bladder", "emergency"),
    ("fever", "urgent"),
]


@pytest.mark.parametrize(("word", "tier"), LEG_PAIN_RED_FLAGS)
def test_leg_pain_asks_the_red_flag_questions(word, tier):
    flags = RedFlag.objects.filter(complaint__slug="leg-pain", question__icontains=word)
    assert flags.exists(), word
    assert {flag.tier for flag in flags} == {tier}
    assert all(flag.advice for flag in flags)


def test_every_complaint_has_red_flags_and_a_published_protocol():
    slugs = set(Complaint.objects.values_list("slug", flat=True))
    assert slugs >= {
        "leg-pain", "knee-pain", "low-back-pain", "leg-cramps", "insomnia",
        "stress-anxiety", "headache",
    }  # fmt: skip
    for complaint in Complaint.objects.all():
        assert complaint.red_flags.count() >= 3, complaint.slug
        assert complaint.protocols.published().exists(), complaint.slug


def test_hand_routine_follows_the_source():
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    assert protocol.is_published
    assert protocol.complaint.slug == "leg-pain"
    steps = list(protocol.steps.select_related("point"))
    assert [step.point.code for step in steps] == ["LI 4", "SI 3"]
    for step in steps:
        assert step.side == "both"
        assert step.pressure == "deep"
        assert step.motion == "circles_or_up_down"
        assert 60 <= step.duration_seconds <= 300  # "a few minutes"
        assert "finger" in step.fingers.lower()


def test_protocol_steps_stay_within_the_allowed_durations():
    for protocol in Protocol.objects.prefetch_related("steps"):
        assert protocol.steps.count() >= 2, protocol.slug
        for step in protocol.steps.all():
            assert 10 <= step.duration_seconds <= 600


def test_loading_again_keeps_staff_edits_and_adds_no_duplicates():
    point = Point.objects.get(code="ST 36")
    point.how_to_find = "Edited by staff."
    point.save()
    Protocol.objects.filter(slug="hand-routine-leg-pain").update(summary="Staff summary.")
    counts = (Point.objects.count(), PointAlias.objects.count(), RedFlag.objects.count())

    load_catalog(apps)

    assert Point.objects.get(code="ST 36").how_to_find == "Edited by staff."
    assert Protocol.objects.get(slug="hand-routine-leg-pain").summary == "Staff summary."
    assert (Point.objects.count(), PointAlias.objects.count(), RedFlag.objects.count()) == counts
