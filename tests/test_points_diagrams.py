import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse

from points import bodymaps, catalog, diagrams
from points.diagrams import along, edge_distance
from points.models import Meridian, Point, PointPlacement
from points.seed import load_placements
from tests.admin_forms import change_form_data

pytestmark = pytest.mark.django_db

OPPOSITE = {"lateral": "medial", "anterior": "posterior", "radial": "ulnar"}
OPPOSITE |= {value: key for key, value in OPPOSITE.items()}


def at(code: str, key: str) -> tuple[float, float]:
    placement = PointPlacement.objects.get(point__code=code, diagram=key)
    return placement.x, placement.y


def toward(key: str, direction: str, dx: float) -> float:
    """A horizontal distance in cun, positive in the named anatomical direction."""
    diagram = diagrams.get(key)
    if diagram.plus_x == direction:
        return dx / diagram.scale
    assert diagram.plus_x == OPPOSITE[direction], (key, direction)
    return -dx / diagram.scale


def below(key: str, upper: tuple[float, float], lower: tuple[float, float]) -> float:
    """How far `lower` is below `upper`, in cun."""
    return (lower[1] - upper[1]) / diagrams.get(key).scale


def anchor(key: str, name: str) -> tuple[float, float]:
    return diagrams.get(key).anchors[name]


def line_x(key: str, name: str, y: float) -> float:
    return along(diagrams.get(key).lines[name], y)


CUN = pytest.approx  # distances below are in cun, within a quarter cun
TOLERANCE = 0.25


# --- Placements: every seed point, inside its drawing, consistent with its location text ---


def test_every_seed_point_has_a_placement_inside_its_diagrams_outline():
    for data in catalog.POINTS:
        placements = PointPlacement.objects.filter(point__code=data["code"])
        assert placements.exists(), data["code"]
        for placement in placements:
            diagram = diagrams.get(placement.diagram)
            assert diagram.contains(placement.x, placement.y), (data["code"], placement.diagram)
            # Not on the edge: the whole dot is on the body, give or take its white ring.
            assert edge_distance(diagram.outline, placement.x, placement.y) >= 6, data["code"]


def test_every_marker_lies_in_the_clickable_region_of_its_point():
    for placement in PointPlacement.objects.select_related("point"):
        diagram = diagrams.get(placement.diagram)
        region = diagram.region_at(placement.x, placement.y)
        assert region == placement.point.region, (str(placement), region)


def test_stomach_points_run_down_the_shin_one_finger_outside_its_edge():
    key = "leg-front"
    st35, st36, st37, st38, st39, st40 = (at(f"ST {n}", key) for n in range(35, 41))
    assert below(key, st35, st36) == CUN(3, abs=TOLERANCE)
    assert below(key, st36, st37) == CUN(3, abs=TOLERANCE)
    assert below(key, st35, st38) == CUN(8, abs=TOLERANCE)
    assert below(key, st35, st39) == CUN(9, abs=TOLERANCE)
    # ST 38 is halfway between ST 35 and the outer ankle bone.
    assert below(key, st35, anchor(key, "outer_ankle")) == CUN(16, abs=TOLERANCE)
    for point in (st36, st37, st38, st39):
        outside = toward(key, "lateral", point[0] - line_x(key, "tibial_crest", point[1]))
        assert outside == CUN(1, abs=0.3)
    assert below(key, st38, st40) == CUN(0, abs=TOLERANCE)
    assert toward(key, "lateral", st40[0] - st38[0]) == CUN(1, abs=TOLERANCE)
    # ST 32-34 are above the kneecap, in its order.
    top = anchor(key, "patella_top")
    for code, cun in [("ST 32", 6), ("ST 33", 3), ("ST 34", 2)]:
        assert below(key, at(code, key), top) == CUN(cun, abs=TOLERANCE), code


def test_spleen_points_sit_above_the_inner_ankle_bone_behind_the_shin_bone():
    for key in ("leg-inner", "foot-inner"):
        sp6 = at("SP 6", key)
        assert below(key, sp6, anchor(key, "inner_ankle")) == CUN(3, abs=TOLERANCE), key
        behind = toward(key, "posterior", sp6[0] - line_x(key, "tibia_inner_edge", sp6[1]))
        assert 0 < behind < 0.6, key
    key = "leg-inner"
    assert below(key, at("SP 7", key), at("SP 6", key)) == CUN(3, abs=TOLERANCE)
    assert below(key, at("SP 9", key), at("SP 8", key)) == CUN(3, abs=TOLERANCE)
    assert below(key, at("SP 9", key), anchor(key, "inner_ankle")) == CUN(13, abs=0.3)
    # SP 11 at the WHO spot: a third of the way from the groin (18 cun above the kneecap's
    # top) to the kneecap, so 12 cun above it; not the traditional 6 cun above SP 10.
    top = diagrams.get(key).to_units(0, diagrams.PATELLA_TOP)
    assert below(key, at("SP 11", key), top) == CUN(12, abs=TOLERANCE)
    assert below(key, at("SP 11", key), at("SP 10", key)) == CUN(10, abs=TOLERANCE)
    # SP 4 is in front of and below the base of the big toe's foot bone.
    sp4, base = at("SP 4", "foot-inner"), anchor("foot-inner", "mt1_base")
    assert toward("foot-inner", "anterior", sp4[0] - base[0]) > 0
    assert below("foot-inner", base, sp4) > 0


def test_bladder_points_follow_the_back_of_the_leg():
    key = "leg-back"
    bl36, bl37, bl40, bl57, bl60 = (at(f"BL {n}", key) for n in (36, 37, 40, 57, 60))
    assert bl36 == pytest.approx(anchor(key, "gluteal_fold_mid"), abs=3)
    assert below(key, bl36, bl37) == CUN(6, abs=TOLERANCE)
    assert bl40 == pytest.approx(anchor(key, "knee_crease_mid"), abs=3)
    assert below(key, bl40, bl57) == CUN(8, abs=TOLERANCE)
    assert below(key, bl57, bl60) == CUN(8, abs=TOLERANCE)  # BL 57 is midway
    # BL 60: level with the outer ankle bone, between it and the Achilles tendon.
    ankle = anchor(key, "outer_ankle")
    assert below(key, bl60, ankle) == CUN(0, abs=TOLERANCE)
    tendon = line_x(key, "achilles", bl60[1])
    assert toward(key, "lateral", bl60[0] - tendon) > 0
    assert toward(key, "lateral", ankle[0] - bl60[0]) > 0
    # BL 58 is about 1 cun below and outside BL 57; BL 59 is 3 cun above BL 60.
    bl58 = at("BL 58", key)
    assert below(key, bl57, bl58) == CUN(1, abs=TOLERANCE)
    assert toward(key, "lateral", bl58[0] - bl57[0]) == CUN(1, abs=TOLERANCE)
    assert below(key, at("BL 59", key), bl60) == CUN(3, abs=TOLERANCE)
    # On the outer foot, BL 60 is between the outer ankle bone and the tendon there too.
    key = "foot-outer"
    bl60, ankle = at("BL 60", key), anchor(key, "outer_ankle")
    assert below(key, bl60, ankle) == CUN(0, abs=TOLERANCE)
    assert toward(key, "posterior", bl60[0] - ankle[0]) > 0
    assert toward(key, "anterior", bl60[0] - line_x(key, "achilles", bl60[1])) > 0


def test_gallbladder_points_follow_the_fibula():
    key = "leg-outer"
    gb34, head = at("GB 34", key), anchor(key, "fibula_head")
    assert below(key, head, gb34) > 0
    assert toward(key, "anterior", gb34[0] - head[0]) > 0
    ankle = anchor(key, "outer_ankle")
    for code, cun, side in [("GB 35", 7, "posterior"), ("GB 38", 4, "anterior"),
                            ("GB 39", 3, "anterior")]:  # fmt: skip
        point = at(code, key)
        assert below(key, point, ankle) == CUN(cun, abs=TOLERANCE), code
        assert toward(key, side, point[0] - line_x(key, "fibula", point[1])) > 0, code
    # GB 31 and GB 32 at their traditional spots, as their texts say: 7 and 5 cun above the
    # knee crease.
    crease = anchor(key, "knee_crease")
    assert below(key, at("GB 31", key), crease) == CUN(7, abs=TOLERANCE)
    assert below(key, at("GB 32", key), crease) == CUN(5, abs=TOLERANCE)
    assert below(key, at("GB 31", key), at("GB 32", key)) == CUN(2, abs=TOLERANCE)
    assert below(key, at("GB 33", key), gb34) == CUN(3, abs=TOLERANCE)
    key = "foot-outer"
    gb39 = at("GB 39", key)
    assert below(key, gb39, anchor(key, "outer_ankle")) == CUN(3, abs=TOLERANCE)
    assert toward(key, "anterior", gb39[0] - line_x(key, "fibula", gb39[1])) > 0


def test_kidney_points_sit_behind_the_inner_ankle_bone():
    for key in ("foot-inner", "leg-inner"):
        ki3, ankle = at("KI 3", key), anchor(key, "inner_ankle")
        assert below(key, ki3, ankle) == CUN(0, abs=TOLERANCE), key
        assert toward(key, "posterior", ki3[0] - ankle[0]) > 0, key
        assert toward(key, "anterior", ki3[0] - line_x(key, "achilles", ki3[1])) > 0, key
        ki7 = at("KI 7", key)
        assert below(key, ki7, ki3) == CUN(2, abs=TOLERANCE), key
        # At the front edge of the Achilles tendon: in front of it, and behind SP 6's line
        # (where KI 8 sits).
        tendon = line_x(key, "achilles", ki7[1])
        assert 0 < toward(key, "anterior", ki7[0] - tendon) < 0.3, key
        assert toward(key, "posterior", ki7[0] - at("SP 6", key)[0]) > 0.15, key
        assert below(key, ankle, at("KI 6", key)) == CUN(1, abs=TOLERANCE), key
    # KI 1: a third of the way from the web between the 2nd and 3rd toes to the heel.
    key = "foot-sole"
    web, heel, ki1 = anchor(key, "web_2_3"), anchor(key, "heel_back"), at("KI 1", key)
    assert below(key, web, ki1) == CUN(below(key, web, heel) / 3, abs=TOLERANCE)


def test_hand_points_sit_by_the_right_bones():
    key = "hand-back"
    li4 = at("LI 4", key)
    thumb_bone = line_x(key, "metacarpal_thumb", li4[1])
    index_bone = line_x(key, "metacarpal_index", li4[1])
    assert min(thumb_bone, index_bone) < li4[0] < max(thumb_bone, index_bone)
    # Beside the middle of the index finger's hand bone, on its thumb side.
    base, knuckle = diagrams.get(key).lines["metacarpal_index"]
    assert li4[1] == pytest.approx((base[1] + knuckle[1]) / 2, abs=0.5 * 34)
    assert toward(key, "radial", li4[0] - index_bone) > 0
    # SI 3: on the little-finger edge, just behind its knuckle, on both hand views.
    for key in ("hand-back", "hand-palm"):
        si3, knuckle = at("SI 3", key), anchor(key, "knuckle_little")
        diagram = diagrams.get(key)
        assert diagram.cun(edge_distance(diagram.outline, *si3)) < 0.5, key
        assert toward(key, "ulnar", si3[0] - knuckle[0]) > 0, key
        assert below(key, knuckle, si3) == CUN(0.6, abs=0.3), key


def test_liver_3_is_between_the_first_two_foot_bones():
    key = "foot-top"
    lr3 = at("LR 3", key)
    first, second = line_x(key, "mt1", lr3[1]), line_x(key, "mt2", lr3[1])
    assert first < lr3[0] < second
    # The toes are at the top of this drawing: ST 42 is towards them from ST 41.
    assert below(key, at("ST 42", key), at("ST 41", key)) == CUN(1.3, abs=0.4)


# --- Loading and editing placements ---


def test_loading_again_keeps_staff_edits_and_restores_only_missing_placements():
    moved = PointPlacement.objects.get(point__code="ST 36", diagram="leg-front")
    moved.x, moved.y = moved.x + 3, moved.y + 5
    moved.save()
    PointPlacement.objects.filter(point__code="LI 4").delete()
    count = PointPlacement.objects.count()

    load_placements(apps)

    assert PointPlacement.objects.get(pk=moved.pk).y == moved.y
    assert PointPlacement.objects.count() == count + 1
    assert PointPlacement.objects.filter(point__code="LI 4", diagram="hand-back").exists()


def test_a_placement_outside_the_body_is_refused():
    placement = PointPlacement(point=Point.objects.get(code="LI 4"), diagram="hand-back", x=3, y=3)
    with pytest.raises(ValidationError, match="outside the outline"):
        placement.full_clean()


def test_admin_point_page_previews_each_placement_and_refuses_one_off_the_body(admin_client):
    point = Point.objects.get(code="KI 3")
    url = reverse("admin:points_point_change", args=[point.pk])
    page = admin_client.get(url).content.decode()
    assert page.count('class="placement-preview"') == 3  # two placements and the empty form
    assert 'data-diagram="foot-inner"' in page and 'data-diagram="leg-inner"' in page
    assert "admin/points/placements.js" in page

    data = change_form_data(admin_client, url)
    data["placements-0-x"], data["placements-0-y"] = 2, 2
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "outside the outline" in response.content.decode()


def test_admin_serves_any_diagram_for_the_live_preview(admin_client, client):
    url = reverse("admin:points_point_diagram", args=["leg-back"])
    response = admin_client.get(url, {"x": "160", "y": "392"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-diagram="leg-back"' in html and 'cx="160" cy="392"' in html
    assert admin_client.get(reverse("admin:points_point_diagram", args=["tail"])).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to the admin login


def test_protocol_editors_may_place_points():
    codenames = set(
        Group.objects.get(name="Protocol editors").permissions.values_list("codename", flat=True)
    )
    assert {"add_pointplacement", "change_pointplacement", "delete_pointplacement"} <= codenames


# --- Pages ---


def marker_labels(html: str) -> list[str]:
    return re.findall(r'<a class="marker[^"]*" href="[^"]+" aria-label="([^"]+)"', html)


def test_point_page_shows_the_point_on_its_diagrams_with_the_cun_helper(client):
    html = client.get("/points/ki-3/").content.decode()
    assert 'data-diagram="foot-inner"' in html and 'data-diagram="leg-inner"' in html
    assert marker_labels(html) == ["KI 3 Taixi", "KI 3 Taixi"]
    assert html.count("marker-current") == 2
    assert "KI 3 on the inner side of the right foot and ankle (toes on the left)" in html
    assert "Measuring in cun" in html
    assert "1 cun</strong>: the width of your thumb" in html
    assert "3 cun</strong>: four fingers side by side" in html
    assert html.index("How to find it") < html.index('data-diagram="foot-inner"')


def test_protocol_page_numbers_its_points_in_step_order(client):
    html = client.get("/protocols/hand-routine-leg-pain/").content.decode()
    assert html.count('<figure class="diagram') == 1
    assert 'data-diagram="hand-back"' in html
    assert marker_labels(html) == ["1: LI 4 Hegu", "2: SI 3 Houxi"]
    assert re.search(r'class="marker-number"[^>]*>1</text>', html)


def test_a_routine_across_the_leg_gets_one_diagram_per_view_in_step_order(client):
    html = client.get("/protocols/knee-pain-routine/").content.decode()
    keys = re.findall(r'data-diagram="([^"]+)"', html)
    assert keys and len(keys) == len(set(keys))
    numbers = [int(label.split(":")[0]) for label in marker_labels(html)]
    assert sorted(set(numbers)) == list(range(1, max(numbers) + 1))  # every step is shown


def test_meridian_filter_draws_its_line_through_the_points_in_number_order(client):
    html = client.get("/points/?meridian=ST").content.decode()
    figures = re.findall(r'<figure class="diagram[^"]*" data-diagram="([^"]+)"', html)
    assert figures == ["leg-front", "foot-top"]
    line = re.search(r'<polyline class="meridian-line" points="([^"]+)"', html).group(1)
    drawn = [tuple(float(v) for v in pair.split(",")) for pair in line.split()]
    expected = PointPlacement.objects.filter(
        diagram="leg-front", point__meridian__code="ST"
    ).order_by("point__number")
    assert drawn == [(p.x, p.y) for p in expected]
    assert len(drawn) == 10  # ST 32 to ST 41 on the leg


def test_live_search_swaps_in_the_meridians_line_with_the_results(client):
    response = client.get("/points/?meridian=GB", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.startswith('<section id="point-results"')
    assert 'data-diagram="leg-outer"' in html and "meridian-line" in html


def test_region_filter_shows_the_regions_points_on_the_diagrams(client):
    html = client.get("/points/?region=hand").content.decode()
    assert sorted(set(marker_labels(html))) == ["LI 4 Hegu", "SI 3 Houxi"]
    assert "meridian-line" not in html


def test_map_page_links_every_placed_point_and_every_region(client):
    html = client.get("/points/map/").content.decode()
    markers = re.findall(r'<a class="marker[^"]*" href="([^"]+)" aria-label="([^"]+)"', html)
    assert len(markers) == PointPlacement.objects.count()
    for href, label in set(markers):
        number, name = label.split(": ")  # numbered as in the list beside the drawing
        assert f'<span class="diagram-number">{number}</span> {name}</a>' in html
        response = client.get(href)
        assert response.status_code == 200, href
        assert f"<h1>{name}</h1>" in response.content.decode()
    # Every dot has a tap target 24 drawing units across around it (about 24 px on a phone).
    assert html.count('class="marker-hit"') == len(markers)
    assert re.search(r'class="marker-hit" cx="[\d.]+" cy="[\d.]+" r="12"', html)
    regions = set(re.findall(r'<a class="region" href="([^"]+)" aria-label="([^"]+)"', html))
    assert {label.split(":")[0] for _, label in regions} == {
        label for _, label in Point.Region.choices
    }
    for href, label in regions:
        page = client.get(href.replace("&amp;", "&")).content.decode()
        count = int(label.split(": ")[1].split()[0])
        assert f"{count} point{'s' if count != 1 else ''} match" in page, label
    # The same points as text, beside each drawing.
    assert html.count('class="diagram-points"') == len(diagrams.DIAGRAMS)


def test_session_step_highlights_the_point_on_the_side_being_worked(client, user, start_session):
    session = start_session()
    client.force_login(user)
    html = client.get(f"/sessions/{session.pk}/").content.decode()
    assert '<span class="step-side">Left hand</span>' in html
    assert 'data-diagram="hand-back"' in html
    assert "matrix(-1 0 0 1" in html  # the right-hand drawing, mirrored
    assert "LI 4 on the back of the left hand (thumb on the right)" in html
    assert marker_labels(html) == ["LI 4 Hegu"]
    assert "marker-current" in html

    client.post(f"/sessions/{session.pk}/step/", {"position": 0, "action": "next"})
    html = client.get(f"/sessions/{session.pk}/").content.decode()
    assert '<span class="step-side">Right hand</span>' in html
    assert "matrix(-1 0 0 1" not in html
    assert "LI 4 on the back of the right hand (thumb on the left)" in html


def test_a_step_whose_point_has_no_placement_still_works(client, user, start_session):
    session = start_session()
    PointPlacement.objects.filter(point__code="LI 4").delete()
    client.force_login(user)
    response = client.get(f"/sessions/{session.pk}/")
    assert response.status_code == 200
    assert "data-diagram" not in response.content.decode()


def test_diagram_pages_need_no_inline_style_or_script(client, user, start_session):
    session = start_session()
    client.force_login(user)
    for url in ["/points/map/", "/points/?meridian=BL", "/points/?region=knee", "/points/gb-30/",
                "/protocols/knee-pain-routine/", f"/sessions/{session.pk}/"]:  # fmt: skip
        html = client.get(url).content.decode()
        assert "<svg" in html, url
        # Scripts come from files; a JSON data block (the voice's texts) is not run.
        assert not re.search(r'<script(?![^>]*\b(src=|type="application/json"))[^>]*>', html), url
        assert " style=" not in html and "<style" not in html, url


# --- The drawings ---


def every_view():
    """Every diagram as the pages draw it: all points on it, with regions, and mirrored."""
    points = list(Point.objects.select_related("meridian").prefetch_related("placements"))
    counts = {value: 1 for value, _ in Point.Region.choices}
    for view in bodymaps.map_views(points, region_counts=counts):
        yield view
        yield bodymaps.DiagramView(view.diagram, view.markers, side="left", numbered=True)


def test_each_diagram_is_inline_vector_svg_under_20_kb():
    for view in every_view():
        html = render_to_string("points/partials/diagram.html", {"view": view})
        svg = html[html.index("<svg") : html.index("</svg>") + 6]
        assert len(svg.encode()) < 20_000, (view.diagram.key, len(svg.encode()))
        assert 'viewBox="' in svg and "<image" not in svg and "base64" not in svg


def test_every_diagram_is_a_model_choice_with_regions_and_sides():
    keys = {key for key, _ in PointPlacement._meta.get_field("diagram").choices}
    assert keys == set(diagrams.DIAGRAMS)
    for diagram in diagrams.DIAGRAMS.values():
        assert diagram.regions and all(diagram.sides), diagram.key
        for x, y in diagram.outline:
            assert 0 <= x <= diagram.width and 0 <= y <= diagram.height, diagram.key


def test_the_left_side_title_and_facing_are_mirrored():
    diagram = diagrams.get("leg-outer")
    assert diagram.title_for("left") == "Left leg, outer side"
    assert diagram.where_for("left") == "the outer side of the left leg"
    assert diagram.facing_for("left") == "front on the left"


def test_each_meridian_with_leg_points_is_drawn_as_a_line_on_the_leg(client):
    for meridian in Meridian.objects.filter(code__in=["ST", "SP", "GB", "KI", "BL"]):
        html = client.get(f"/points/?meridian={meridian.code}").content.decode()
        assert re.search(r'data-diagram="leg-[a-z]+"', html), meridian.code
        assert f"The {meridian.name} meridian on the" in html, meridian.code
        assert "meridian-line" in html, meridian.code
