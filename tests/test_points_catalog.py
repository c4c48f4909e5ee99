"""The seed catalog as loaded by the data migration, checked against WHO nomenclature."""

import pytest
from django.apps import apps

from points.models import (
    Complaint,
    Contraindication,
    Meridian,
    Point,
    PointAlias,
    Protocol,
    RedFlag,
)
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


# The points the routines tested in trials added (issue 15; tests/test_catalog_evidence.py).
EVIDENCE_NAMES = {
    "EX-HN 3": "Yintang", "NHN 54": "Anmian", "GV 20": "Baihui", "HT 7": "Shenmen",
    "PC 6": "Neiguan", "CV 6": "Qihai",
}  # fmt: skip


def test_every_source_point_is_present_under_its_who_code_and_name():
    stored = dict(Point.objects.values_list("code", "pinyin"))
    assert stored == WHO_NAMES | EVIDENCE_NAMES


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
    source_points = Point.objects.filter(code__in=WHO_NAMES).exclude(code="SI 3")
    assert source_points.filter(identification="standard").count() == len(WHO_NAMES) - 1 == 51


def test_little_finger_alternatives_are_under_the_little_finger_not_on_the_wrist():
    note = Point.objects.get(code="SI 3").identification_note
    assert "HT 8 Shaofu" in note and "fist" in note
    assert "EX-UE 7" in note and "Yaotongdian" in note
    assert "HT 7" not in note and "Shenmen" not in note


# Warning signs and diagnoses: never a use of a point (points/catalog/__init__.py). Each would
# suggest acupressure for something that needs a doctor.
WARNING_WORDS = [
    "urin", "pee", "bladder", "bedwet", "incontin", "palpitat", "sweat", "swell", "swollen",
    "oedema", "edema", "numb", "tingl", "weak", "paraly", "chest", "breath", "nosebleed",
    "bleed", "blood", "discharge", "faint", "collapse", "lump", "weight", "fever",
    "circulation", "immun", "illness", "anaemi", "pallor", "pale", "memory", "erection",
    "vomit", "disease",
]  # fmt: skip


@pytest.mark.parametrize("word", WARNING_WORDS)
def test_no_point_is_used_for_a_warning_sign(word):
    listed = Point.objects.filter(indications__icontains=word)
    assert not listed.exists(), [(p.code, p.indications) for p in listed]


def test_jiao_qi_and_paralysis_are_restated_as_tired_heavy_legs():
    heavy = set(
        Point.objects.filter(indications__contains="tired and heavy legs").values_list(
            "code", flat=True
        )
    )
    assert {"ST 32", "ST 35", "ST 36", "GB 33", "KI 3", "BL 57"} <= heavy


@pytest.mark.parametrize(
    ("code", "field", "expected", "not_expected"),
    [
        # The source's "between the big toe and the second toe" is one foot bone off.
        ("KI 1", "how_to_find", "second and third toes", "first two toes"),
        # Measured from the most prominent point of the ankle bone, as WHO does, not its tip.
        ("KI 6", "how_to_find", "most prominent point of your inner ankle bone", "tip"),
        ("SP 6", "how_to_find", "most prominent point of the inner ankle bone", "top of the"),
        ("GB 39", "how_to_find", "most prominent point of the outer ankle bone", "tip"),
        ("ST 41", "how_to_find", "most prominent point of the outer ankle bone", "tips"),
        ("ST 41", "location", "prominence of the outer ankle bone", "tips"),
        ("ST 36", "how_to_find", "'eye' of the knee", "meets the lower edge of the kneecap"),
        # Rising onto the toes is a fall risk without support.
        ("BL 57", "how_to_find", "holding on to a chair or a wall", None),
        # The sciatic nerve runs under GB 30: no elbow, and stop if it shoots down the leg.
        ("GB 30", "technique", "Ease off at once if pain or tingling shoots down the leg", "elbow"),
    ],
)
def test_finding_and_pressing_follow_the_review(code, field, expected, not_expected):
    text = getattr(Point.objects.get(code=code), field)
    assert expected in text
    if not_expected:
        assert not_expected not in text


def test_gb_31_and_gb_32_say_they_are_the_traditional_locations():
    gb31, gb32 = (Point.objects.get(code=code).location for code in ("GB 31", "GB 32"))
    assert gb31.startswith("Traditional location") and "7 cun above the crease" in gb31
    assert (
        gb32.startswith("Traditional location") and "5 cun" in gb32 and "2 cun below GB 31" in gb32
    )


def test_the_older_liver_code_liv_is_known():
    liver = Meridian.objects.get(code="LR")
    assert set(liver.alternative_codes.split()) == {"LV", "LIV"}
    assert list(Meridian.objects.with_code("liv")) == [liver]


def test_pregnancy_skips_sp_6_li_4_and_bl_60():
    pregnancy = Contraindication.objects.get(scope=Contraindication.Scope.PREGNANCY)
    assert pregnancy.action == Contraindication.Action.SKIP
    assert {"SP 6", "LI 4", "BL 60"} <= set(pregnancy.points.values_list("code", flat=True))
    assert pregnancy.question.endswith("?")
    assert pregnancy.source


def test_safety_content_covers_blood_thinners_and_skin_at_the_site():
    scopes = set(Contraindication.objects.values_list("scope", flat=True))
    assert scopes == {"pregnancy", "site", "systemic"}
    thinners = Contraindication.objects.get(slug="blood-thinners-bleeding-disorder")
    assert thinners.scope == "systemic" and thinners.applies_to_all_points
    hand_skin = Contraindication.objects.filter(scope="site", points__code="LI 4")
    assert hand_skin.filter(points__code="SI 3").exists()
    assert not hand_skin.filter(points__code="ST 36").exists()


LEG_PAIN_RED_FLAGS = [
    ("one calf or leg swollen", "urgent"),  # one-sided calf swelling: possible clot (shared)
    ("breath", "emergency"),
    ("cold, blue", "emergency"),
    ("fall or injury", "urgent"),
    ("bladder", "emergency"),
    ("fever", "urgent"),
]


@pytest.mark.parametrize(("word", "tier"), LEG_PAIN_RED_FLAGS)
def test_leg_pain_asks_the_red_flag_questions(word, tier):
    leg_pain = Complaint.objects.get(slug="leg-pain")
    flags = RedFlag.for_complaint(leg_pain).filter(question__icontains=word)
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
        # One step is enough for a single-point routine (PC 6 for nausea); the others have more.
        assert protocol.steps.count() >= (1 if protocol.slug == "pc6-nausea" else 2), protocol.slug
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
