import math
import re
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse

from points import bodymaps, catalog, diagrams, placements
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


def test_session_step_highlights_the_point_on_the_side_being_worked(client_in, start_session):
    session = start_session()
    html = client_in.get(f"/sessions/{session.pk}/").content.decode()
    assert '<span class="step-side">Left hand</span>' in html
    assert 'data-diagram="hand-back"' in html
    assert "matrix(-1 0 0 1" in html  # the right-hand drawing, mirrored
    assert "LI 4 on the back of the left hand (thumb on the right)" in html
    assert marker_labels(html) == ["LI 4 Hegu"]
    assert "marker-current" in html

    client_in.post(f"/sessions/{session.pk}/step/", {"position": 0, "action": "next"})
    html = client_in.get(f"/sessions/{session.pk}/").content.decode()
    assert '<span class="step-side">Right hand</span>' in html
    assert "matrix(-1 0 0 1" not in html
    assert "LI 4 on the back of the right hand (thumb on the left)" in html


def test_a_step_whose_point_has_no_placement_still_works(client_in, start_session):
    session = start_session()
    PointPlacement.objects.filter(point__code="LI 4").delete()
    response = client_in.get(f"/sessions/{session.pk}/")
    assert response.status_code == 200
    assert "data-diagram" not in response.content.decode()


def test_diagram_pages_need_no_inline_style_or_script(client_in, start_session):
    session = start_session()
    for url in ["/points/map/", "/points/?meridian=BL", "/points/?region=knee", "/points/gb-30/",
                "/protocols/knee-pain-routine/", f"/sessions/{session.pk}/"]:  # fmt: skip
        html = client_in.get(url).content.decode()
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


# --- The head, forearm and abdomen: placements checked against their location texts ---
# Computed from points/placements.py and the diagrams themselves, so they hold whether or not
# a point is loaded yet; the page tests below need the points and skip without them.

NEW_POINTS = {
    "EX-HN 3": "head",
    "GV 20": "head",
    "GB 20": "head",
    "NHN 54": "head",  # Anmian: no WHO code, the catalog's code (Deadman's N-HN-54)
    "HT 7": "forearm",
    "PC 6": "forearm",
    "CV 6": "abdomen",
    "CV 12": "abdomen",
}
NEW_DIAGRAMS = ("head-front", "head-side", "forearm-palm", "abdomen")


def placed(code: str, key: str) -> tuple[float, float]:
    """Where placements.py puts a point on a diagram, in drawing units."""
    entries = [(dx, dy) for k, dx, dy in placements.PLACEMENTS[code] if k == key]
    assert len(entries) == 1, (code, key)
    return diagrams.get(key).to_units(*entries[0])


def cun_between(key: str, a: tuple[float, float], b: tuple[float, float]) -> float:
    return diagrams.get(key).cun(math.dist(a, b))


def along_line(line: tuple[tuple[float, float], ...], point: tuple[float, float]) -> float:
    """How far along a polyline (in drawing units) its nearest point to `point` is."""
    best, best_at, walked = math.inf, 0.0, 0.0
    for (x1, y1), (x2, y2) in zip(line, line[1:], strict=False):
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        t = max(0.0, min(1.0, ((point[0] - x1) * dx + (point[1] - y1) * dy) / length**2))
        distance = math.dist(point, (x1 + t * dx, y1 + t * dy))
        if distance < best:
            best, best_at = distance, walked + t * length
        walked += length
    return best_at


def head_b_cun() -> float:
    """The head's B-cun on head-side, in drawing units: the skin along the midline from the
    glabella over the crown to the back hairline is 15 B-cun (WHO 2008: glabella to front
    hairline 3, front to back hairline 12)."""
    return diagrams.arc_length(diagrams.get("head-side").lines["midline"]) / 15


def b_cun_along_midline(point: tuple[float, float]) -> float:
    """How many B-cun up from the glabella a point on head-side is, along the midline."""
    return along_line(diagrams.get("head-side").lines["midline"], point) / head_b_cun()


def test_new_points_are_inside_their_diagrams_and_in_their_regions():
    for code, region in NEW_POINTS.items():
        for key, dx, dy in placements.PLACEMENTS[code]:
            diagram = diagrams.get(key)
            x, y = diagram.to_units(dx, dy)
            assert diagram.contains(x, y), (code, key)
            assert edge_distance(diagram.outline, x, y) >= 6, (code, key)
            assert diagram.region_at(x, y) == region, (code, key)
        row = next((row for row in catalog.POINTS if row["code"] == code), None)
        if row is not None:  # the catalog may not have every point yet
            assert row["region"] == region, code


def test_new_diagrams_cover_the_new_regions_and_are_grouped_by_body_part():
    regions = {region for d in diagrams.DIAGRAMS.values() for region, _ in d.regions}
    assert {"head", "forearm", "abdomen"} <= regions
    assert [d.group_title for d in map(diagrams.get, NEW_DIAGRAMS)] == [
        "Head and face", "Head and face", "Forearm and wrist", "Abdomen"
    ]  # fmt: skip


def test_yintang_is_midway_between_the_inner_ends_of_the_eyebrows():
    key = "head-front"
    yintang = placed("EX-HN 3", key)
    left, right = anchor(key, "brow_inner_left"), anchor(key, "brow_inner_right")
    assert yintang == pytest.approx(((left[0] + right[0]) / 2, (left[1] + right[1]) / 2), abs=2)
    assert diagrams.get(key).on_midline(yintang[0])
    # The front hairline is 3 cun above it (from the front the forehead's slope hides a little:
    # on the side view the same hairline is 3 B-cun up the skin, 3.3 cun higher).
    assert below(key, anchor(key, "front_hairline"), yintang) == CUN(3.3, abs=TOLERANCE)


def test_the_head_is_drawn_in_who_proportions_along_the_midline():
    key = "head-side"
    b_cun = head_b_cun()
    glabella, front, back = (
        anchor(key, n) for n in ("glabella", "front_hairline", "back_hairline")
    )
    assert b_cun_along_midline(glabella) == CUN(0, abs=0.01)
    assert b_cun_along_midline(front) == CUN(3, abs=TOLERANCE)
    assert b_cun_along_midline(back) - b_cun_along_midline(front) == CUN(12, abs=TOLERANCE)
    # The drawing's cun is within a sixth of the head's B-cun.
    assert b_cun / diagrams.get(key).scale == pytest.approx(1, abs=1 / 6)
    # Both views agree on heights above the glabella: the hairline, the crown, the ear tips.
    front_view = "head-front"

    def heights(key: str, *names: str) -> list[float]:
        glabella, top = anchor(key, "glabella"), min(y for _, y in diagrams.get(key).outline)
        return [below(key, (0, top), glabella)] + [
            below(key, anchor(key, name), glabella) for name in names
        ]

    side = heights(key, "front_hairline", "ear_apex")
    front = heights(front_view, "front_hairline", "ear_apex_right")
    assert side == pytest.approx(front, abs=0.3)


def test_gv_20_is_5_b_cun_behind_the_front_hairline_midway_between_the_ear_tips():
    key = "head-side"
    gv20 = placed("GV 20", key)
    front = b_cun_along_midline(anchor(key, "front_hairline"))
    back = b_cun_along_midline(anchor(key, "back_hairline"))
    assert b_cun_along_midline(gv20) - front == CUN(5, abs=TOLERANCE)
    assert back - b_cun_along_midline(gv20) == CUN(7, abs=TOLERANCE)
    # On the skin of the midline (just inside the outline), roughly straight above the ear tip.
    diagram = diagrams.get(key)
    assert diagram.cun(edge_distance(diagram.outline, *gv20)) < 0.5
    assert abs(toward(key, "anterior", gv20[0] - anchor(key, "ear_apex")[0])) < 0.6
    assert below(key, gv20, anchor(key, "ear_apex")) > 4
    # From the front: on the midline, at the middle of the line over the head joining the
    # ear tips, near the top of the head.
    key = "head-front"
    gv20, guide = placed("GV 20", key), diagrams.get(key).lines["ear_to_ear"]
    assert diagrams.get(key).on_midline(gv20[0])
    assert along_line(guide, gv20) / diagrams.arc_length(guide) == pytest.approx(0.5, abs=0.02)
    assert edge_distance(guide, *gv20) < 2
    assert below(key, gv20, anchor(key, "front_hairline")) > 1
    # Both views put it at the same height above the glabella.
    side = below("head-side", placed("GV 20", "head-side"), anchor("head-side", "glabella"))
    front_view = below(key, gv20, anchor(key, "glabella"))
    assert side == CUN(front_view, abs=0.35)


def test_gb_20_is_below_the_skull_between_the_neck_muscles_level_with_gv_16():
    key = "head-side"
    gb20 = placed("GB 20", key)
    # GV 16 is directly below the bump at the back of the skull, 1 B-cun above the back
    # hairline; GB 20 is level with it.
    back = b_cun_along_midline(anchor(key, "back_hairline"))
    gv16 = diagrams.point_along(diagrams.get(key).lines["midline"], (back - 1) / back)
    assert below(key, gv16, gb20) == CUN(0, abs=TOLERANCE)
    assert 0 < below(key, anchor(key, "occipital_bump"), gv16) < 0.6
    # Just below the lower edge of the skull, between the trapezius and the
    # sternocleidomastoid.
    assert 0 < below(key, (gb20[0], line_x_y(key, "occipital_edge", gb20[0])), gb20) < 0.6
    assert toward(key, "anterior", gb20[0] - line_x(key, "trapezius", gb20[1])) > 0.15
    assert toward(key, "posterior", gb20[0] - line_x(key, "scm", gb20[1])) > 0.15


def line_x_y(key: str, name: str, x: float) -> float:
    """The y of a roughly horizontal line at x."""
    return along(tuple((y, x_) for x_, y in diagrams.get(key).lines[name]), x)


def test_anmian_is_midway_between_te_17_and_gb_20_just_behind_the_mastoid():
    key = "head-side"
    anmian, gb20, te17 = placed("NHN 54", key), placed("GB 20", key), anchor(key, "yifeng")
    middle = ((te17[0] + gb20[0]) / 2, (te17[1] + gb20[1]) / 2)
    assert cun_between(key, anmian, middle) < TOLERANCE
    mastoid = anchor(key, "mastoid")
    assert toward(key, "posterior", anmian[0] - mastoid[0]) > 0
    assert cun_between(key, anmian, mastoid) < 1.2
    # TE 17 is the hollow behind the earlobe, in front of the mastoid, level with the lobe.
    assert toward(key, "anterior", te17[0] - mastoid[0]) > 0
    ear = diagrams.HEAD_EAR
    lobe = max(ear, key=lambda p: p[1])
    assert toward(key, "posterior", te17[0] - diagrams.get(key).to_units(*lobe)[0]) > 0
    assert below(key, te17, diagrams.get(key).to_units(*lobe)) == CUN(0, abs=0.3)


def test_wrist_points_sit_by_the_right_tendons():
    key = "forearm-palm"
    crease = anchor(key, "wrist_crease_mid")
    assert below(key, crease, anchor(key, "elbow_crease_mid")) == CUN(12, abs=0.01)
    # HT 7: on the wrist crease, at its little-finger end, on the thumb side of the flexor
    # carpi ulnaris tendon, by the pea-shaped bone.
    ht7 = placed("HT 7", key)
    assert below(key, crease, ht7) == CUN(0, abs=TOLERANCE)
    ulnaris = line_x(key, "flexor_carpi_ulnaris", ht7[1])
    assert 0 < toward(key, "radial", ht7[0] - ulnaris) < 0.5
    assert toward(key, "ulnar", ht7[0] - line_x(key, "palmaris_longus", ht7[1])) > 0.4
    assert cun_between(key, ht7, anchor(key, "pisiform")) < 0.6
    # PC 6: 2 cun above the crease, between palmaris longus and flexor carpi radialis.
    pc6 = placed("PC 6", key)
    assert below(key, crease, pc6) == CUN(2, abs=TOLERANCE)
    longus = line_x(key, "palmaris_longus", pc6[1])
    radialis = line_x(key, "flexor_carpi_radialis", pc6[1])
    assert toward(key, "radial", pc6[0] - longus) > 0
    assert toward(key, "ulnar", pc6[0] - radialis) > 0
    assert pc6[0] == pytest.approx((longus + radialis) / 2, abs=0.1 * diagrams.get(key).scale)


def test_belly_points_are_on_the_midline_measured_from_the_navel():
    key = "abdomen"
    navel = anchor(key, "navel")
    # WHO 2008: navel to the top of the pubic bone 5 B-cun, to the xiphisternal junction 8.
    assert below(key, navel, anchor(key, "pubic_top")) == CUN(5, abs=0.01)
    assert below(key, anchor(key, "xiphisternal"), navel) == CUN(8, abs=0.01)
    cv6, cv12 = placed("CV 6", key), placed("CV 12", key)
    assert below(key, navel, cv6) == CUN(1.5, abs=TOLERANCE)
    assert below(key, cv12, navel) == CUN(4, abs=TOLERANCE)
    for point in (cv6, cv12):
        assert diagrams.get(key).on_midline(point[0])
        assert point[0] == navel[0]


def test_labels_of_the_new_diagrams_are_shown_apart_and_off_the_points():
    for key in NEW_DIAGRAMS:
        diagram = diagrams.get(key)
        points = [diagram.to_units(dx, dy) for entries in placements.PLACEMENTS.values()
                  for k, dx, dy in entries if k == key]  # fmt: skip
        for mirrored in (False, True):
            boxes = [diagrams.label_box(label, diagram, mirrored) for label in diagram.labels]
            shown = diagrams.labels(key, mirrored, top=bodymaps.EDGE_TEXT_Y + 4,
                                    bottom=diagram.height)  # fmt: skip
            assert str(shown).count("<text") == len(diagram.labels), key
            for i, box in enumerate(boxes):
                assert box[0] >= 0 and box[2] <= diagram.width, (key, diagram.labels[i].lines)
                for other in boxes[i + 1 :]:
                    assert not bodymaps._overlap(box, other), (key, diagram.labels[i].lines)
                for x, y in points:
                    x = diagram.width - x if mirrored else x
                    dot = (x - bodymaps.HALO, y - bodymaps.HALO, x + bodymaps.HALO,
                           y + bodymaps.HALO)  # fmt: skip
                    assert not bodymaps._overlap(box, dot), (key, diagram.labels[i].lines)


def test_drawings_of_both_sides_keep_their_titles_and_side_names_for_a_left_point():
    diagram = diagrams.get("abdomen")
    right = bodymaps.DiagramView(diagram, [])
    left = bodymaps.DiagramView(diagram, [], side="left")
    assert [e["text"] for e in left.edges] == [e["text"] for e in right.edges]
    assert [e["text"] for e in left.edges] == ["YOUR LEFT", "YOUR RIGHT"]
    assert left.title == right.title == "Abdomen, front"
    assert diagram.facing_for("left") == diagram.facing
    # The side view of the head is one side: the left is its mirror image.
    head = diagrams.get("head-side")
    assert head.title_for("left") == "Left side of the head"
    assert head.where_for("left") == "the left side of the head"
    assert head.facing_for("left") == "face on the left"


def test_a_midline_step_is_drawn_without_a_mirror_image_note():
    step = SimpleNamespace(side="midline", point_code="CV 6", point_name="Qihai",
                           point_slug="cv-6")  # fmt: skip
    x, y = placed("CV 6", "abdomen")
    placement = SimpleNamespace(pk=1, diagram="abdomen", x=round(x), y=round(y))
    view = bodymaps.step_view(step, [placement])
    assert not view.mirrored
    assert view.caption == (
        "CV 6 on the front of the abdomen (your right side on the right, as you look down at it)."
    )


def test_a_midline_point_page_has_no_left_side(client):
    point = Point.objects.filter(code="GV 20").first()
    if point is None or not point.placements.exists():
        pytest.skip("GV 20 is not in the catalog yet")
    html = client.get(point.get_absolute_url()).content.decode()
    assert 'data-diagram="head-front"' in html and 'data-diagram="head-side"' in html
    assert "GV 20 on the front of the head (your right side on the right, as in a mirror)." in html
    assert "mirror-image place" not in html
    # A paired point still has one.
    html = client.get("/points/ki-3/").content.decode()
    assert "On the left side it is in the mirror-image place." in html


def test_map_page_heads_each_body_part_once_from_head_to_leg(client):
    html = client.get("/points/map/").content.decode()
    headings = re.findall(r'<h2 id="limb-[a-z]+">([^<]+)</h2>', html)
    assert headings == ["Head and face", "Forearm and wrist", "Hand", "Abdomen",
                        "Foot and ankle", "Leg"]  # fmt: skip
