import re
import struct
import zlib

import pytest
from playwright.sync_api import expect

from points.models import Point, PointPlacement

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def pixel(png: bytes) -> tuple[int, int, int]:
    """The colour of a 1×1 PNG screenshot (no imaging library needed for one pixel)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, data, header = 8, b"", None
    while position < len(png):
        (length,) = struct.unpack(">I", png[position : position + 4])
        kind = png[position + 4 : position + 8]
        body = png[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            data += body
        position += 12 + length
    width, height, depth, colour_type = header
    assert (width, height, depth) == (1, 1, 8) and colour_type in (2, 6)
    # One row of one pixel: every PNG filter leaves its bytes as they are.
    row = zlib.decompress(data)
    return tuple(row[1:4])


def rgb(css: str) -> tuple[int, int, int]:
    return tuple(int(value) for value in re.findall(r"\d+", css)[:3])


def assert_marker_where_placed(page, placement: PointPlacement, name: str):
    """The point's marker on its figure is drawn at the placement, on top, in its colour."""
    figure = page.locator(f'figure[data-diagram="{placement.diagram}"]')
    svg = figure.locator("svg")
    marker = figure.get_by_role("link", name=name)
    marker.scroll_into_view_if_needed()
    expect(marker).to_be_visible()

    # Where the placement should land: the SVG's box scaled from its viewBox (meet, centred).
    box = svg.bounding_box()
    min_x, min_y, width, height = (float(v) for v in svg.get_attribute("viewBox").split())
    scale = min(box["width"] / width, box["height"] / height)
    left = box["x"] + (box["width"] - width * scale) / 2
    top = box["y"] + (box["height"] - height * scale) / 2
    expected = (left + (placement.x - min_x) * scale, top + (placement.y - min_y) * scale)

    dot = marker.locator(".marker-dot").bounding_box()
    centre = (dot["x"] + dot["width"] / 2, dot["y"] + dot["height"] / 2)
    assert centre == pytest.approx(expected, abs=1.5)
    # The marker is what is on top there, drawn in the marker's colour.
    on_top = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('a')?.getAttribute('aria-label')",
        list(expected),
    )
    assert on_top == name
    colour = marker.locator(".marker-dot").evaluate("(dot) => getComputedStyle(dot).fill")
    shot = page.screenshot(clip={"x": expected[0] - 0.5, "y": expected[1] - 0.5, "width": 1,
                                 "height": 1})  # fmt: skip
    assert pixel(shot) == pytest.approx(rgb(colour), abs=8)
    return figure


def test_the_point_page_draws_its_marker_where_the_placement_says(page, tmp_path):
    page.set_viewport_size({"width": 1024, "height": 900})
    placement = PointPlacement.objects.get(point__code="ST 36", diagram="leg-front")
    page.goto("/points/st-36/")
    figure = assert_marker_where_placed(page, placement, "ST 36 Zusanli")
    figure.screenshot(path=tmp_path / "st-36-diagram.png")  # for the record


@pytest.mark.parametrize(
    "code", ["EX-HN 3", "GV 20", "NHN 54", "GB 20", "HT 7", "PC 6", "CV 6", "CV 12"]
)
def test_head_wrist_and_belly_points_are_drawn_where_placed_on_a_phone(page, tmp_path, code):
    point = Point.objects.filter(code=code).first()
    if point is None:
        pytest.skip(f"{code} is not in the catalog yet")
    page.goto(point.get_absolute_url())
    placements = list(point.placements.all())
    assert placements
    for placement in placements:
        figure = assert_marker_where_placed(page, placement, f"{code} {point.pinyin}")
        # Fits the phone's width: nothing to scroll sideways.
        assert figure.locator("svg").bounding_box()["width"] <= 390
        figure.screenshot(path=tmp_path / f"{placement.diagram}.png")  # for the record
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_map_markers_and_regions_are_keyboard_links(page):
    page.goto("/points/map/")
    drawing = page.locator('figure[data-diagram="hand-back"] svg')
    marker = drawing.get_by_role("link", name="LI 4 Hegu")
    # Tab from the last link before the drawing reaches its first marker.
    previous = drawing.locator(".region").first
    expect(previous).to_have_attribute("aria-label", re.compile(r"^Hand: \d+ points$"))
    previous.focus()
    page.keyboard.press("Tab")
    expect(marker).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="LI 4 Hegu", level=1)).to_be_visible()

    page.goto("/points/map/")
    knee = page.locator('figure[data-diagram="leg-back"] .region[href$="region=knee"]')
    # The middle of the knee is under points' tap targets: reach the region by keyboard.
    knee.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/points/\?region=knee$"))
    count = Point.objects.filter(region="knee").count()
    expect(page.locator(".point-list li")).to_have_count(count)


def test_diagrams_work_without_javascript(browser, live_server, catalog):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False)
    page = context.new_page()
    page.goto("/protocols/hand-routine-leg-pain/")
    figure = page.locator('figure[data-diagram="hand-back"]')
    expect(figure.locator(".marker-dot")).to_have_count(2)
    figure.get_by_role("link", name="2: SI 3 Houxi").first.click()
    expect(page.get_by_role("heading", name="SI 3 Houxi", level=1)).to_be_visible()
    expect(page.locator('figure[data-diagram="hand-palm"] svg')).to_be_visible()
    context.close()


def test_staff_place_a_point_by_clicking_the_preview(admin_page):
    page = admin_page
    point = Point.objects.get(code="LI 4")
    page.goto(f"/admin/points/point/{point.pk}/change/")

    preview = page.locator("#placements-group .placement-preview").first
    dot = preview.locator(".marker-dot")
    page.locator('input[name="placements-0-x"]').fill("20")
    expect(dot).to_have_attribute("cx", "20")
    expect(page.locator(".placement-status").first).to_contain_text("outside the body")

    # Click on the back of the hand, near the middle of the palm.
    svg = preview.locator("svg")
    box = svg.bounding_box()
    svg.click(position={"x": box["width"] * 0.55, "y": box["height"] * 0.6})
    expect(page.locator(".placement-status").first).to_contain_text("At (")
    x = int(page.locator('input[name="placements-0-x"]').input_value())
    y = int(page.locator('input[name="placements-0-y"]').input_value())
    expect(dot).to_have_attribute("cx", str(x))
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    placement = PointPlacement.objects.get(point=point, diagram="hand-back")
    assert (placement.x, placement.y) == (x, y)

    # A new placement: choosing a diagram loads its drawing.
    page.goto(f"/admin/points/point/{point.pk}/change/")
    page.get_by_role("button", name="Add another Point placement").click()
    page.locator('select[name="placements-1-diagram"]').select_option("hand-palm")
    expect(page.locator('#placements-group [data-diagram="hand-palm"]')).to_be_visible()
