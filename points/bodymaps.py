"""Body diagrams with points on them, ready for templates/points/partials/diagram.html.

Pages pass points (with their placements prefetched) or placements; this module picks the
diagrams, mirrors them for the left side, crops the tall leg drawings around their markers,
and works out every coordinate the template writes.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from points import diagrams
from points.diagrams import Diagram, fmt
from points.models import Point

RADIUS = 7  # a marker, in drawing units (about 7 px at the natural size)
NUMBERED_RADIUS = 8
CURRENT_RADIUS = 9
HALO = 16  # the ring round a highlighted marker
HIT = 12  # the tap target round every marker: 24 units across, about 24 px on a phone
EDGE_TEXT_Y = 14  # baseline of the side names along the top edge
MIRROR_NOTE = " On the left side it is in the mirror-image place."


@dataclass(frozen=True)
class Marker:
    x: float  # drawing units on the right-side drawing
    y: float
    name: str  # the accessible name: "ST 36 Zusanli"
    url: str
    number: str = ""
    current: bool = False
    tag: str = ""  # a short label drawn beside the marker, e.g. "ST 36"


@dataclass(frozen=True)
class DrawnMarker:
    marker: Marker
    cx: str
    cy: str
    r: int
    number_y: str
    tag_x: str
    tag_anchor: str

    def __getattr__(self, name: str):
        return getattr(self.marker, name)


@dataclass(frozen=True)
class RegionLink:
    url: str
    label: str
    d: str


@dataclass
class DiagramView:
    """One diagram as a page draws it."""

    diagram: Diagram
    markers: list[Marker]
    caption: str = ""
    side: str = "right"
    line: list[tuple[float, float]] = field(default_factory=list)
    regions: list[RegionLink] = field(default_factory=list)
    crop: tuple[float, float] | None = None  # cun of padding, minimum height in cun
    numbered: bool = False

    halo = HALO
    hit = HIT

    @property
    def mirrored(self) -> bool:
        return self.side == "left"

    @property
    def title(self) -> str:
        return self.diagram.title_for(self.side)

    @property
    def art(self) -> SafeString:
        """The drawing and the labels that fit the visible box (below the edge names)."""
        _, top, _, height = self.box
        text = diagrams.labels(
            self.diagram.key,
            self.mirrored,
            top=top + EDGE_TEXT_Y + 4,
            bottom=top + height,
            hide=self._layout[1],
        )
        return format_html(
            '<g class="d-art" aria-hidden="true">{}{}</g>',
            diagrams.body(self.diagram.key, self.mirrored),
            text,
        )

    def _x(self, x: float) -> float:
        return self.diagram.width - x if self.mirrored else x

    @property
    def box(self) -> tuple[int, int, int, int]:
        """The visible part of the drawing: x, y, width, height."""
        d = self.diagram
        if not (self.crop and d.tall and self.markers):
            return (0, 0, d.width, d.height)
        pad, minimum = (value * d.scale for value in self.crop)
        ys = [m.y for m in self.markers]
        top, bottom = min(ys) - pad, max(ys) + pad
        if bottom - top < minimum:
            grow = (minimum - (bottom - top)) / 2
            top, bottom = top - grow, bottom + grow
        if top < 0:
            top, bottom = 0, bottom - top
        if bottom > d.height:
            top, bottom = max(0, top - (bottom - d.height)), d.height
        return (0, round(top), d.width, round(bottom - top))

    @property
    def view_box(self) -> str:
        return " ".join(str(value) for value in self.box)

    @property
    def edges(self) -> list[dict]:
        """The names of what the left and right edges face, along the top of the visible box."""
        left, right = self.diagram.sides
        # A drawing of both sides stays the same way round: only its markers change sides.
        if self.mirrored and not self.diagram.symmetric:
            left, right = right, left
        y = fmt(self.box[1] + EDGE_TEXT_Y)
        return [
            {"text": left, "x": "6", "y": y, "anchor": "start"},
            {"text": right, "x": fmt(self.diagram.width - 6), "y": y, "anchor": "end"},
        ]

    @cached_property
    def _layout(self) -> tuple[list[DrawnMarker], set[int]]:
        """Each marker as drawn, and the landmark labels a highlighted marker would cover.

        A highlighted marker's code goes on the side where it covers no label; labels still
        under it (or under its ring) are left out, since the marker matters more.
        """
        d = self.diagram
        boxes = {i: diagrams.label_box(label, d, self.mirrored) for i, label in enumerate(d.labels)}
        drawn, hidden = [], set()
        for marker in self.markers:
            x = self._x(marker.x)
            r = CURRENT_RADIUS if marker.current else NUMBERED_RADIUS if marker.number else RADIUS
            sides = ["start", "end"] if x < d.width * 0.62 else ["end", "start"]
            ring = (x - HALO, marker.y - HALO, x + HALO, marker.y + HALO)
            covered: dict[str, set[int]] = {}
            cost: dict[str, int] = {}
            for anchor in sides:
                width = len(marker.tag) * 8.5
                left = x + r + 5 if anchor == "start" else x - r - 5 - width
                tag = (left, marker.y - 10, left + width, marker.y + 5)
                covered[anchor] = {
                    i
                    for i, box in boxes.items()
                    if marker.current and (_overlap(box, ring) or _overlap(box, tag))
                }
                off_the_edge = tag[0] < 0 or tag[2] > d.width
                cost[anchor] = len(covered[anchor]) + (100 if off_the_edge else 0)
            anchor = min(sides, key=cost.__getitem__)  # the first side wins a tie
            hidden |= covered[anchor]
            drawn.append(
                DrawnMarker(
                    marker=marker,
                    cx=fmt(x),
                    cy=fmt(marker.y),
                    r=r,
                    number_y=fmt(marker.y + 3.5),
                    tag_x=fmt(x + r + 5 if anchor == "start" else x - r - 5),
                    tag_anchor=anchor,
                )
            )
        return drawn, hidden

    @property
    def drawn_markers(self) -> list[DrawnMarker]:
        return self._layout[0]

    @property
    def line_points(self) -> str:
        return " ".join(f"{fmt(self._x(x))},{fmt(y)}" for x, y in self.line)

    @property
    def label(self) -> str:
        names = ", ".join(dict.fromkeys(m.name for m in self.markers))
        return f"{self.title}: {names}" if names else self.title

    @property
    def listed(self) -> list[Marker]:
        """Markers for the text list beside the drawing, each point once (none when the
        drawing only highlights the page's own point: the caption names it)."""
        if all(marker.current for marker in self.markers):
            return []
        listed: dict[tuple[str, str], Marker] = {}
        for marker in self.markers:
            listed.setdefault((marker.url, marker.number), marker)
        return list(listed.values())


def ordered(placements: Iterable) -> list:
    """A point's placements, its main view first: the order they were made (the seed lists
    the clearest view first; staff additions come after)."""
    return sorted(placements, key=lambda p: p.pk or 0)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _placed(placements: Iterable) -> dict:
    return {p.diagram: p for p in ordered(placements) if p.diagram in diagrams.DIAGRAMS}


def cover(placed: list[dict]) -> list[str]:
    """Few diagrams that together show every item: the one showing most, then the next…"""
    left = [i for i, where in enumerate(placed) if where]
    chosen: list[str] = []
    while left:
        counts = Counter(key for i in left for key in placed[i])
        best = max(counts, key=lambda key: (counts[key], -diagrams.ORDER[key]))
        chosen.append(best)
        left = [i for i in left if best not in placed[i]]
    # In the order of the first item each shows: step 1's diagram first, ST 32 before ST 42.
    first = {key: min(i for i, where in enumerate(placed) if key in where) for key in chosen}
    return sorted(chosen, key=lambda key: (first[key], diagrams.ORDER[key]))


def _marker(point, placement, **kwargs) -> Marker:
    return Marker(
        x=placement.x,
        y=placement.y,
        name=f"{point.code} {point.pinyin}",
        url=point.get_absolute_url(),
        **kwargs,
    )


def on_midline(placements: Iterable) -> bool:
    """Whether a point is a single point on the body's midline: drawn there on a drawing of
    both sides of the body."""
    return any(
        p.diagram in diagrams.DIAGRAMS and diagrams.get(p.diagram).on_midline(p.x)
        for p in placements
    )


def point_views(point) -> list[DiagramView]:
    """Each diagram the point is on, with the point highlighted."""
    placed = _placed(point.placements.all())
    mirror = "" if on_midline(placed.values()) else MIRROR_NOTE
    views = []
    for placement in placed.values():
        diagram = diagrams.get(placement.diagram)
        views.append(
            DiagramView(
                diagram,
                [_marker(point, placement, current=True, tag=point.code)],
                caption=f"{point.code} on {diagram.where} ({diagram.facing}).{mirror}",
                crop=(7, 20),
            )
        )
    return views


def protocol_views(steps) -> list[DiagramView]:
    """The routine's points numbered in step order, on as few diagrams as show them all."""
    steps = list(steps)
    placed = [_placed(step.point.placements.all()) for step in steps]
    views = []
    for key in cover(placed):
        markers = [
            _marker(step.point, where[key], number=str(number))
            for number, (step, where) in enumerate(zip(steps, placed, strict=True), start=1)
            if key in where
        ]
        diagram = diagrams.get(key)
        views.append(
            DiagramView(
                diagram,
                markers,
                caption=f"{diagram.where.capitalize()} ({diagram.facing}).",
                crop=(4, 14),
                numbered=True,
            )
        )
    return views


def points_views(points, *, meridian=None) -> list[DiagramView]:
    """Filtered points on as few diagrams as show them; a meridian's points joined in order."""
    points = list(points)
    placed = [_placed(point.placements.all()) for point in points]
    views = []
    for key in cover(placed):
        on_it = sorted(
            ((point, where[key]) for point, where in zip(points, placed, strict=True)
             if key in where),
            key=lambda item: (item[0].meridian_id, item[0].number),
        )  # fmt: skip
        diagram = diagrams.get(key)
        line = []
        if meridian is not None:
            markers = [_marker(p, placement, number=str(p.number)) for p, placement in on_it]
            if len(on_it) > 1:
                line = [(placement.x, placement.y) for _, placement in on_it]
        else:
            markers = [_marker(point, placement) for point, placement in on_it]
        caption = f"{diagram.where.capitalize()} ({diagram.facing})."
        if line:
            caption = (
                f"The {meridian.name} meridian on {diagram.where} ({diagram.facing}): "
                "its points joined in number order."
            )
        views.append(DiagramView(diagram, markers, caption=caption, line=line, crop=(4, 14)))
    return views


def map_views(points, *, region_counts: dict[str, int]) -> list[DiagramView]:
    """Every diagram with every point on it as a link, and each body region as a link."""
    points = list(points)
    labels = dict(Point.Region.choices)
    views = []
    for key, diagram in diagrams.DIAGRAMS.items():
        on_it = [
            (point, placement)
            for point in points
            for placement in point.placements.all()
            if placement.diagram == key
        ]
        # Numbered as in the list beside the drawing: the dots are small and close together.
        numbers = {pk: str(n) for n, pk in enumerate(dict.fromkeys(p.pk for p, _ in on_it), 1)}
        markers = [
            _marker(point, placement, number=numbers[point.pk]) for point, placement in on_it
        ]
        regions = []
        for region, _ in diagram.regions:
            count = region_counts.get(region, 0)
            d = diagrams.region_path(key, region)
            if count and d:
                label = f"{labels[region]}: {count} point{'s' if count != 1 else ''}"
                url = reverse("points:point_list") + f"?region={region}"
                regions.append(RegionLink(url=url, label=label, d=d))
        views.append(
            DiagramView(
                diagram,
                markers,
                caption=f"{diagram.where.capitalize()} ({diagram.facing}).",
                regions=regions,
                numbered=True,
            )
        )
    return views


def step_view(step, placements) -> DiagramView | None:
    """The current step's point on its closest diagram, drawn for the side being worked."""
    placed = _placed(placements)
    if not placed:
        return None
    placement = next(iter(placed.values()))
    diagram = diagrams.get(placement.diagram)
    side = step.side if step.side in ("left", "right") else "right"
    marker = Marker(
        x=placement.x,
        y=placement.y,
        name=f"{step.point_code} {step.point_name}",
        url=reverse("points:point_detail", args=[step.point_slug]),
        current=True,
        tag=step.point_code,
    )
    caption = f"{step.point_code} on {diagram.where_for(side)} ({diagram.facing_for(side)})."
    if step.side not in ("left", "right", "midline") and not on_midline(placed.values()):
        caption += MIRROR_NOTE
    return DiagramView(diagram, [marker], caption=caption, side=side, crop=(5, 14))
