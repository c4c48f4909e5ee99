import pytest

from points.codes import compact, parse_code
from points.models import Meridian, Point, PointAlias, ProtocolStep
from points.templatetags.points_extras import mmss


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("ST 36", ("ST", 36)), ("lv3", ("LV", 3)), ("ub-40", ("UB", 40)), (" kd 1 ", ("KD", 1)),
     ("Zusanli", None), ("36", None), ("st 36 39", None)],
)  # fmt: skip
def test_parse_code_accepts_the_ways_people_type_codes(text, parsed):
    assert parse_code(text) == parsed


def test_compact_ignores_case_spaces_and_dashes():
    assert compact("lv-3") == compact("LV 3") == "LV3"


@pytest.mark.parametrize(
    ("seconds", "shown"), [(0, "0:00"), (59, "0:59"), (120, "2:00"), (605, "10:05")]
)
def test_durations_show_as_minutes_and_seconds(seconds, shown):
    assert mmss(seconds) == shown


@pytest.mark.django_db
def test_point_code_and_slug_follow_meridian_and_number():
    point = Point.objects.create(
        meridian=Meridian.objects.get(code="HT"),
        number=9,
        pinyin="Shaochong",
        region=Point.Region.HAND,
        location="Wrist crease.",
        how_to_find="Little-finger side of the wrist crease.",
        indications="insomnia, anxiety",
    )
    assert (point.code, point.slug) == ("HT 9", "ht-9")
    assert point.get_absolute_url() == "/points/ht-9/"
    assert point.indication_list == ["insomnia", "anxiety"]
    alias = PointAlias.objects.create(point=point, text="H 9")
    assert (alias.normalized, alias.slug) == ("H9", "h-9")


@pytest.mark.django_db
def test_a_bilateral_step_counts_both_sides():
    step = ProtocolStep(duration_seconds=90, side=ProtocolStep.Side.BOTH)
    assert step.total_seconds == 180
    step.side = ProtocolStep.Side.LEFT
    assert step.total_seconds == 90
