"""Body diagrams drawn by the app: outlines, landmarks and labels as data, in cun.

Every diagram shows the RIGHT limb (or the right side of the head); the left is drawn as its
mirror image. The front of the head and the abdomen are drawn whole (`symmetric`): the body's
right side on the right, as in a mirror or looking down, midline points at x = origin. Each
is laid out in cun (the body's own unit: 1 cun is about the width of the thumb) around an
origin landmark and converted to drawing units (`scale` units per cun), so a point "3 cun
below ST 35" is 3 × scale units lower on the drawing. The outline polygon is used twice:
smoothed, it is the drawing; as is, it is what "inside the diagram" means for placements and
tests.

Leg diagrams share their heights: y = 0 is the knee crease (level with the knee joint and
ST 35), the outer ankle bone is 16 cun below it, the inner ankle bone 15 cun (WHO: 13 cun
below SP 9, which is 2 cun below the crease), the gluteal fold 14 cun above it and the
greater trochanter 19 cun above it.
"""

import math
from dataclasses import dataclass
from functools import cache

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

Point2 = tuple[float, float]
Rect = tuple[float, float, float, float]  # x0, y0, x1, y1 in drawing units


# --------------------------------------------------------------------------------------
# Geometry
# --------------------------------------------------------------------------------------


def contains(polygon: tuple[Point2, ...], x: float, y: float) -> bool:
    """Whether (x, y) lies inside the polygon (even-odd ray casting)."""
    inside = False
    count = len(polygon)
    for i in range(count):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % count]
        if (y1 > y) != (y2 > y):
            crossing = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < crossing:
                inside = not inside
    return inside


def edge_distance(polygon: tuple[Point2, ...], x: float, y: float) -> float:
    """Distance from (x, y) to the nearest edge of the polygon."""
    best = math.inf
    count = len(polygon)
    for i in range(count):
        (x1, y1), (x2, y2) = polygon[i], polygon[(i + 1) % count]
        dx, dy = x2 - x1, y2 - y1
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length))
        best = min(best, math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)))
    return best


def clip(polygon: tuple[Point2, ...], rect: Rect) -> list[Point2]:
    """The part of a polygon inside a rectangle (Sutherland-Hodgman)."""
    x0, y0, x1, y1 = rect
    edges = [
        (lambda p: p[0] >= x0, lambda a, b: _cross_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _cross_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _cross_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _cross_y(a, b, y1)),
    ]
    points = list(polygon)
    for keep, cross in edges:
        if not points:
            break
        result = []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if keep(current):
                if not keep(previous):
                    result.append(cross(previous, current))
                result.append(current)
            elif keep(previous):
                result.append(cross(previous, current))
        points = result
    return points


def _cross_x(a: Point2, b: Point2, x: float) -> Point2:
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a: Point2, b: Point2, y: float) -> Point2:
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def along(line: tuple[Point2, ...], y: float) -> float:
    """The x of a polyline at height y (interpolated, clamped at the ends)."""
    line = tuple(sorted(line, key=lambda point: point[1]))
    if y <= line[0][1]:
        return line[0][0]
    for (x1, y1), (x2, y2) in zip(line, line[1:], strict=False):
        if y1 <= y <= y2:
            return x1 if y2 == y1 else x1 + (y - y1) * (x2 - x1) / (y2 - y1)
    return line[-1][0]


def fmt(value: float) -> str:
    """A coordinate as short text: one decimal, no trailing zero."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def smooth_path(points: tuple[Point2, ...], *, closed: bool = True) -> str:
    """An SVG path through the points, rounded with Catmull-Rom curves."""
    pts = list(points)
    if len(pts) < 3:
        return "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in pts)
    ring = [pts[-1], *pts, pts[0], pts[1]] if closed else [pts[0], *pts, pts[-1]]
    parts = [f"M{fmt(pts[0][0])} {fmt(pts[0][1])}"]
    for i in range(1, len(ring) - 2):
        p0, p1, p2, p3 = ring[i - 1], ring[i], ring[i + 1], ring[i + 2]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        parts.append("C" + " ".join(fmt(value) for value in (*c1, *c2, *p2)))
    if closed:
        parts.append("Z")
    return "".join(parts)


def polygon_path(points: list[Point2]) -> str:
    return "M" + " L".join(f"{fmt(x)} {fmt(y)}" for x, y in points) + "Z"


# --------------------------------------------------------------------------------------
# Diagram data
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """One landmark drawing: an SVG element with a class (styled in app.css)."""

    tag: str
    css: str
    attrs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]
    at: Point2
    anchor: str = "start"
    to: Point2 | None = None
    css: str = "d-label"


@dataclass(frozen=True)
class Diagram:
    key: str
    title: str
    limb: str  # the part of the body it shows: diagrams of one part are grouped on the map
    width: int
    height: int
    scale: float  # drawing units per cun
    origin: Point2
    outline: tuple[Point2, ...]
    shapes: tuple[Shape, ...]
    labels: tuple[Label, ...]
    anchors: dict[str, Point2]
    lines: dict[str, tuple[Point2, ...]]
    regions: tuple[tuple[str, tuple[Rect, ...]], ...]
    # Which way +x points on this drawing, anatomically (e.g. "lateral", "anterior", "radial").
    plus_x: str
    sides: tuple[str, str]  # what the left and right edges of the drawing face
    tall: bool = False  # drawn cropped around its markers on point and step pages
    where: str = ""  # "the front of the right leg"
    facing: str = ""  # "outer side on the right"
    # Drawn whole, both sides of the body about x = origin (the front of the head, the
    # abdomen): points on the midline sit at that x, and a left-side point is drawn at the
    # mirror-image x on the same drawing, which keeps its title and side names.
    symmetric: bool = False

    def __str__(self) -> str:
        return self.title

    @property
    def group_title(self) -> str:
        """The heading of the map section this diagram is in."""
        return GROUP_TITLES[self.limb]

    def on_midline(self, x: float) -> bool:
        """Whether x (drawing units) is on the body's midline, on a drawing of both sides."""
        return self.symmetric and abs(x - self.origin[0]) <= 1

    def title_for(self, side: str) -> str:
        """The title for the side being worked: the left limb is the mirror image."""
        if side == "left" and not self.symmetric:
            return self.title.replace("Right", "Left", 1)
        return self.title

    def where_for(self, side: str) -> str:
        if side == "left" and not self.symmetric:
            return self.where.replace("right", "left")
        return self.where

    def facing_for(self, side: str) -> str:
        if side != "left" or self.symmetric:
            return self.facing
        swap = {"left": "right", "right": "left"}
        return " ".join(swap.get(word, word) for word in self.facing.split())

    def contains(self, x: float, y: float) -> bool:
        return contains(self.outline, x, y)

    def cun(self, units: float) -> float:
        """A distance in drawing units, in cun."""
        return units / self.scale

    def region_at(self, x: float, y: float) -> str | None:
        for region, rects in self.regions:
            for x0, y0, x1, y1 in rects:
                if x0 <= x <= x1 and y0 <= y <= y1:
                    return region
        return None

    def to_units(self, dx: float, dy: float) -> Point2:
        """Drawing units of a position given in cun from the origin."""
        return (
            round(self.origin[0] + dx * self.scale, 1),
            round(self.origin[1] + dy * self.scale, 1),
        )


class _Builder:
    """Collects one diagram's geometry, written in cun from its origin."""

    def __init__(self, *, origin: Point2, scale: float) -> None:
        self.origin, self.scale = origin, scale
        self.shapes: list[Shape] = []
        self.labels: list[Label] = []
        self.anchors: dict[str, Point2] = {}
        self.lines: dict[str, tuple[Point2, ...]] = {}
        self.sides: tuple[str, str] = ("", "")

    def p(self, dx: float, dy: float) -> Point2:
        return (
            round(self.origin[0] + dx * self.scale, 1),
            round(self.origin[1] + dy * self.scale, 1),
        )

    def ps(self, points) -> tuple[Point2, ...]:
        return tuple(self.p(dx, dy) for dx, dy in points)

    def shape(self, tag: str, css: str, **attrs) -> None:
        self.shapes.append(
            Shape(tag, css, tuple((k.replace("_", "-"), str(v)) for k, v in attrs.items()))
        )

    def ellipse(self, css: str, dx: float, dy: float, rx: float, ry: float, rotate=0) -> None:
        cx, cy = self.p(dx, dy)
        attrs = {"cx": fmt(cx), "cy": fmt(cy)}
        attrs |= {"rx": fmt(rx * self.scale), "ry": fmt(ry * self.scale)}
        if rotate:
            attrs["transform"] = f"rotate({rotate} {fmt(cx)} {fmt(cy)})"
        self.shape("ellipse", css, **attrs)

    def curve(self, css: str, points, *, closed: bool = False) -> None:
        self.shape("path", css, d=smooth_path(self.ps(points), closed=closed))

    def straight(self, css: str, points) -> None:
        pts = self.ps(points)
        self.shape("polyline", css, points=" ".join(f"{fmt(x)},{fmt(y)}" for x, y in pts))

    def label(self, text: str, at: Point2, *, anchor="start", to: Point2 | None = None) -> None:
        self.labels.append(
            Label(tuple(text.split("|")), self.p(*at), anchor, self.p(*to) if to else None)
        )

    def anchor(self, name: str, dx: float, dy: float) -> None:
        self.anchors[name] = self.p(dx, dy)

    def line(self, name: str, points, css: str | None = "d-line") -> None:
        self.lines[name] = self.ps(points)
        if css:
            self.curve(css, points)

    def rects(self, *cun_rects: Rect) -> tuple[Rect, ...]:
        result = []
        for x0, y0, x1, y1 in cun_rects:
            (ax, ay), (bx, by) = self.p(x0, y0), self.p(x1, y1)
            result.append((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)))
        return tuple(result)

    def build(self, **kwargs) -> Diagram:
        return Diagram(
            scale=self.scale,
            origin=self.origin,
            shapes=tuple(self.shapes),
            labels=tuple(self.labels),
            anchors=self.anchors,
            lines=self.lines,
            sides=self.sides,
            **kwargs,
        )


# Leg heights, in cun below the knee crease (negative: above it).
KNEE_CREASE = 0
INNER_ANKLE = 15  # prominence of the medial malleolus
OUTER_ANKLE = 16  # prominence of the lateral malleolus
GLUTEAL_FOLD = -14
TROCHANTER = -19
PATELLA_TOP = -2.5

LEG_SCALE = 16  # units per cun on the leg diagrams
LEG_ORIGIN_Y = 392  # the knee crease
LEG_HEIGHT = 724
# Clickable body regions on the leg diagrams, as bands of height in cun.
LEG_BANDS = {
    "hip": (-30, -16),
    "thigh": (-16, -2.8),
    "knee": (-2.8, 2.6),
    "lower_leg": (2.6, 14.3),
    "ankle": (14.3, 17.4),
    "foot": (17.4, 30),
}


def _leg_regions(b: _Builder, bands: dict[str, tuple[float, float]]):
    return tuple(
        (region, b.rects((-20, top, 20, bottom))) for region, (top, bottom) in bands.items()
    )


def _leg_front() -> Diagram:
    """The right leg from the front, as you look down at your own leg: outer side on the right."""
    b = _Builder(origin=(160, LEG_ORIGIN_Y), scale=LEG_SCALE)
    outline = b.ps(
        [
            # outer side, hip to foot
            (3.3, -22.4),
            (3.9, -20.6),
            (4.0, -18.8),
            (3.75, -15),
            (3.35, -10),
            (2.85, -5.5),
            (2.5, -2.6),
            (2.4, -1.0),
            (2.3, 0.4),
            (2.45, 1.6),
            (2.55, 3.8),
            (2.4, 7.5),
            (2.0, 10.8),
            (1.55, 13.4),
            (1.35, 14.9),
            (1.62, 16.0),
            (1.55, 16.9),
            (1.95, 18.2),
            (2.05, 19.1),
            # toes, little to big
            (1.75, 19.55),
            (1.4, 19.45),
            (1.05, 19.75),
            (0.6, 19.7),
            (0.2, 19.95),
            (-0.3, 19.9),
            (-0.75, 20.1),
            (-1.45, 20.1),
            (-1.9, 19.6),
            # inner side, foot to groin
            (-1.95, 18.4),
            (-1.6, 16.4),
            (-1.78, 15.0),
            (-1.45, 13.9),
            (-1.5, 12.0),
            (-1.95, 9.0),
            (-2.35, 6.0),
            (-2.35, 3.6),
            (-2.2, 1.6),
            (-2.4, 0.0),
            (-2.75, -2.4),
            (-2.75, -4.6),
            (-2.95, -8),
            (-3.25, -13),
            (-3.4, -17),
            (-3.2, -19.4),
            # the groin and the front of the hip
            (-1.8, -20.5),
            (0.2, -21.3),
            (2.0, -22.0),
        ]
    )
    # Kneecap, its tendon and the two hollows ("eyes") beside it.
    b.curve(
        "d-bone",
        [(0, -2.55), (0.85, -2.2), (1.0, -1.3), (0.55, -0.55), (0, -0.35), (-0.55, -0.55),
         (-1.0, -1.3), (-0.85, -2.2)],
        closed=True,
    )  # fmt: skip
    b.anchor("patella_top", 0, PATELLA_TOP)
    b.anchor("patella_outer_top", 0.8, PATELLA_TOP)
    b.anchor("patella_inner_top", -0.8, PATELLA_TOP)
    b.straight("d-tendon", [(0, -0.45), (0, 1.5)])
    b.ellipse("d-hollow", 0.7, 0.05, 0.28, 0.22)
    b.ellipse("d-hollow", -0.7, 0.05, 0.28, 0.22)
    b.anchor("knee_crease", 0, KNEE_CREASE)
    # The shin bone's front edge: from the bump below the knee down to the inner ankle bone.
    b.ellipse("d-bone", 0, 1.6, 0.45, 0.3)
    b.line("tibial_crest", [(0, 1.6), (-0.1, 3), (-0.3, 6), (-0.5, 8), (-0.6, 9), (-0.85, 12),
                            (-1.1, 14.3)], css="d-crest")  # fmt: skip
    # Ankle bones, ankle crease and toes.
    b.ellipse("d-bone", 1.38, OUTER_ANKLE, 0.3, 0.42)
    b.ellipse("d-bone", -1.5, INNER_ANKLE, 0.32, 0.45)
    b.anchor("outer_ankle", 1.38, OUTER_ANKLE)
    b.anchor("inner_ankle", -1.5, INNER_ANKLE)
    b.curve("d-crease", [(-1.1, 15.75), (0, 16.05), (1.1, 15.85)])
    for x in (1.2, 0.8, 0.4, -0.05, -0.6):
        b.straight("d-crease", [(x, 19.2), (x + 0.02, 19.7)])
    # The front point of the hip bone (anterior superior iliac spine).
    b.ellipse("d-bone", 3.0, -20.9, 0.25, 0.25)
    b.anchor("hip_point", 3.0, -20.9)
    b.curve("d-guide", [(3.0, -20.9), (0.8, PATELLA_TOP)])

    b.sides = ("INNER SIDE", "OUTER SIDE")
    b.label("Front point|of hip bone", (4.9, -20.2), to=(3.2, -20.8))
    b.label("Kneecap", (-4.1, -1.7), anchor="end", to=(-1.0, -1.5))
    b.label("Shin bone's|front edge", (-3.1, 6.6), anchor="end", to=(-0.35, 6.6))
    b.label("Outer|ankle bone", (2.9, 15.6), to=(1.65, 16.0))
    b.label("Inner|ankle bone", (-2.8, 14.6), anchor="end", to=(-1.8, 15.0))
    b.label("Toes", (2.9, 19.5), to=(2.0, 19.4))
    b.label("Thigh", (4.6, -9.0))
    return b.build(
        key="leg-front",
        title="Right leg, front",
        limb="leg",
        width=320,
        height=LEG_HEIGHT,
        outline=outline,
        regions=_leg_regions(b, LEG_BANDS | {"hip": (-30, -19.3), "thigh": (-19.3, -2.8)}),
        plus_x="lateral",
        tall=True,
        where="the front of the right leg",
        facing="outer side on the right",
    )


def _leg_back() -> Diagram:
    """The right leg from behind: outer side on the right, as on the front view."""
    b = _Builder(origin=(160, LEG_ORIGIN_Y), scale=LEG_SCALE)
    outline = b.ps(
        [
            # the cleft between the buttocks, down the inner side
            (-3.75, -22.9),
            (-3.85, -19.5),
            (-3.7, -16.2),
            (-3.45, -14.2),
            (-3.3, -12),
            (-3.0, -8),
            (-2.7, -3.5),
            (-2.45, -0.4),
            (-2.5, 1.6),
            (-2.8, 4.0),
            (-2.75, 6.2),
            (-2.2, 9.2),
            (-1.65, 12.0),
            (-1.45, 14.0),
            (-1.72, 15.0),
            (-1.35, 16.2),
            (-1.25, 17.4),
            (-0.95, 18.3),
            (-0.3, 18.7),
            (0.4, 18.7),
            (1.0, 18.3),
            (1.3, 17.4),
            (1.3, 16.6),
            (1.58, 16.0),
            (1.4, 14.6),
            (1.55, 12.5),
            (2.05, 9.4),
            (2.55, 6.0),
            (2.7, 3.3),
            (2.5, 1.3),
            (2.45, -0.6),
            (2.7, -3.8),
            (3.2, -8.5),
            (3.65, -13.5),
            (4.05, -17.0),
            (4.2, -19.2),
            (4.0, -21.5),
            (3.5, -23.2),
            # waist cut
            (1.0, -23.7),
            (-1.8, -23.5),
        ]
    )
    # Buttock and gluteal fold.
    b.curve("d-muscle", [(3.6, -22.6), (1.6, -21.8), (-1.3, -21.9), (-3.6, -20.6)])
    b.curve("d-crease", [(-3.5, -14.3), (-2.0, -13.9), (0, -14.0), (1.6, -14.5), (2.8, -15.6)])
    b.anchor("gluteal_fold_mid", 0, GLUTEAL_FOLD)
    # Greater trochanter and the line from it to the top of the buttock cleft (for GB 30).
    b.ellipse("d-bone", 3.55, TROCHANTER, 0.45, 0.6)
    b.anchor("trochanter", 3.55, TROCHANTER)
    b.anchor("sacral_hiatus", -3.8, -21.4)
    b.curve("d-guide", [(3.55, TROCHANTER), (-3.8, -21.4)])
    # Hamstring tendons into the knee crease.
    b.line("biceps_tendon", [(1.2, -6), (1.65, -2.5), (1.85, 0), (1.95, 1.3)], css="d-muscle")
    b.line("semitendinosus", [(-1.0, -6), (-1.45, -2.5), (-1.6, 0), (-1.7, 1.4)], css="d-muscle")
    b.curve("d-crease", [(-2.0, 0.05), (-1, -0.1), (0, -0.05), (1, -0.1), (2.0, 0.05)])
    b.anchor("knee_crease_mid", 0, KNEE_CREASE)
    # Calf: the two heads of the calf muscle meeting the Achilles tendon.
    b.curve("d-muscle", [(-0.15, 1.2), (-1.3, 2.0), (-2.2, 4.4), (-1.7, 6.8), (0, 8.0)])
    b.curve("d-muscle", [(0.15, 1.2), (1.2, 1.9), (2.0, 4.0), (1.6, 6.3), (0.1, 7.8)])
    b.curve("d-muscle", [(0, 1.8), (0, 7.9)])
    b.line("achilles", [(0, 8.2), (0, 11), (0, 14), (0, 16.5), (0, 17.6)], css="d-tendon")
    b.anchor("calf_apex", 0, 8)
    # Ankle bones either side of the tendon; the heel.
    b.ellipse("d-bone", 1.28, OUTER_ANKLE, 0.3, 0.42)
    b.ellipse("d-bone", -1.42, INNER_ANKLE, 0.3, 0.45)
    b.anchor("outer_ankle", 1.28, OUTER_ANKLE)
    b.anchor("inner_ankle", -1.42, INNER_ANKLE)
    b.curve("d-muscle", [(-0.9, 17.6), (0, 17.9), (0.9, 17.6)])

    b.sides = ("INNER SIDE", "OUTER SIDE")
    b.label("Buttock", (-5.0, -18.6), anchor="end", to=(-2.6, -18.9))
    b.label("Hip bone|bump", (5.0, -19.6), to=(4.0, -19.1))
    b.label("Fold under|the buttock", (-4.4, -14.9), anchor="end", to=(-3.3, -14.2))
    b.label("Knee|crease", (-3.5, -0.6), anchor="end", to=(-2.0, 0.05))
    b.label("Calf|muscle", (3.4, 4.3), to=(1.9, 4.3))
    b.label("Achilles|tendon", (-2.6, 11.5), anchor="end", to=(-0.1, 12.0))
    b.label("Inner|ankle bone", (-2.6, 14.6), anchor="end", to=(-1.7, 15.0))
    b.label("Outer|ankle bone", (2.6, 16.0), to=(1.6, 16.0))
    b.label("Heel", (2.2, 18.5), to=(1.0, 18.2))
    return b.build(
        key="leg-back",
        title="Right leg, back",
        limb="leg",
        width=320,
        height=LEG_HEIGHT,
        outline=outline,
        # From behind, the calf starts just below the crease (BL 55, 2 cun down, is on it).
        regions=_leg_regions(
            b,
            LEG_BANDS
            | {"hip": (-30, -13.6), "thigh": (-13.6, -2.8), "knee": (-2.8, 1.5)}
            | {"lower_leg": (1.5, 14.3)},
        ),
        plus_x="lateral",
        tall=True,
        where="the back of the right leg",
        facing="outer side on the right",
    )


def _leg_side(*, outer: bool) -> Diagram:
    """The right leg from the side: the outer side with the toes to the right, the inner side
    with the toes to the left. Written for the outer side; the inner side flips x."""
    f = 1 if outer else -1
    b = _Builder(origin=(160 if outer else 200, LEG_ORIGIN_Y), scale=LEG_SCALE)

    def side(points):
        return [(f * x, y) for x, y in points]

    top = (
        [(-4.4, -22.6), (-1.0, -22.4), (3.0, -21.6)]
        if outer
        # Seen from the inside, the thigh starts at the groin, below the buttock.
        else [(-3.55, -16.4), (-1.0, -19.0), (3.0, -20.6)]
    )
    front = [
        (3.4, -18.0),
        (3.55, -12.5),
        (3.1, -6.5),
        (2.65, -3.3),
        (2.7, -1.8),
        (2.45, -0.5),
        (2.1, 0.5),
        (2.25, 1.6),
        (2.05, 5),
        (1.8, 10),
        (1.6, 14),
        (1.55, 15.4),
    ]
    if outer:
        foot = [
            (2.3, 16.5), (3.7, 17.05), (5.6, 17.6), (7.2, 18.0), (7.9, 18.4), (8.0, 18.85),
            (7.5, 19.1), (5.0, 19.15), (2.0, 19.15), (-0.5, 19.1), (-1.35, 18.95),
        ]  # fmt: skip
    else:
        # The inner edge of the foot rises over the arch.
        foot = [
            (2.3, 16.4), (3.7, 16.95), (5.6, 17.5), (7.2, 17.9), (7.9, 18.3), (8.0, 18.8),
            (7.5, 19.05), (6.0, 19.1), (4.6, 18.85), (3.2, 18.7), (1.6, 18.85), (0.0, 19.05),
            (-1.35, 18.95),
        ]  # fmt: skip
    back = [
        (-1.95, 18.3),
        (-1.85, 17.1),
        (-1.3, 15.6),
        (-1.25, 14.0),
        (-1.55, 11.5),
        (-2.25, 8.5),
        (-2.85, 5.2),
        (-2.85, 3.0),
        (-2.45, 1.0),
        (-2.1, 0.0),
        (-2.2, -2.0),
        (-2.7, -6.0),
        (-3.2, -11.0),
        (-3.6, -14.4),
    ]
    back += [(-4.55, -17.0), (-4.75, -20.0)] if outer else []
    outline = b.ps(side(top + front + foot + back))

    # Kneecap from the side, the tendon below it, the bump of the shin bone.
    b.curve("d-bone", side([(2.65, -2.6), (2.3, -1.4), (2.35, -0.55), (2.55, -1.2)]), closed=True)
    b.straight("d-tendon", side([(2.2, -0.5), (2.05, 1.4)]))
    b.anchor("knee_crease", f * -2.1, KNEE_CREASE)
    b.curve("d-crease", side([(-2.1, 0), (-1.6, 0.1)]))
    # The shin bone's front edge, just under the skin of the front of the leg.
    b.line("tibial_crest", side([(1.85, 1.6), (1.75, 5), (1.5, 10), (1.3, 14.2)]), css="d-crest")
    if outer:
        # Head and shaft of the fibula down to the outer ankle bone.
        b.ellipse("d-bone", -1.0, 1.2, 0.42, 0.36)
        b.anchor("fibula_head", -1.0, 1.2)
        b.line("fibula", [(-0.9, 1.5), (-0.75, 6), (-0.5, 11), (-0.3, 15.4)])
        b.ellipse("d-bone", -0.2, OUTER_ANKLE, 0.48, 0.55)
        b.anchor("outer_ankle", -0.2, OUTER_ANKLE)
        b.ellipse("d-bone", 0.35, -0.2, 0.45, 0.42)  # lateral epicondyle of the femur
        b.anchor("lateral_epicondyle", 0.35, -0.2)
        # The band down the outer thigh (iliotibial band) and the hamstring tendon behind it.
        b.line("it_band", [(0.0, -18.0), (0.35, -10), (0.7, -3), (1.05, 0.9)], css="d-muscle")
        b.line("biceps_tendon", [(-1.6, -5), (-1.45, -1.5), (-1.1, 0.9)], css="d-muscle")
        b.ellipse("d-bone", -0.2, TROCHANTER, 0.7, 0.6)
        b.anchor("trochanter", -0.2, TROCHANTER)
        b.curve("d-crease", [(-3.6, -14.4), (-2.6, -14.7)])
        b.ellipse("d-bone", 3.1, 18.55, 0.35, 0.22)  # tuberosity of the 5th metatarsal
    else:
        # The inner bump of the shin bone below the knee, and its inner (back) edge.
        b.ellipse("d-bone", 0.2, 1.0, 0.9, 0.55)
        b.anchor("medial_condyle", 0.2, 1.0)
        b.line("tibia_inner_edge", [(0.45, 2.0), (0.5, 6), (0.45, 10), (0.4, 14.2)])
        b.ellipse("d-bone", 0.0, INNER_ANKLE, 0.5, 0.55)
        b.anchor("inner_ankle", 0.0, INNER_ANKLE)
    b.line(
        "achilles", side([(-1.5, 8.5), (-1.25, 11), (-1.05, 14), (-1.15, 16.5), (-1.6, 17.6)]),
        css="d-tendon",
    )  # fmt: skip
    b.curve("d-muscle", side([(-2.85, 3.5), (-2.0, 6.5), (-1.5, 8.5)]))
    for x in (7.3, 6.9):
        b.curve("d-crease", side([(x, 18.35 if outer else 18.25), (x - 0.15, 18.95)]))

    if outer:
        b.sides = ("BACK", "FRONT")
        b.label("Hip bone|bump", (2.4, -19.7), to=(0.5, -19.1))
        b.label("Outer thigh", (4.0, -10.0))
        b.label("Kneecap", (4.0, -2.1), to=(2.75, -1.7))
        b.label("Head of|fibula", (-3.5, 1.7), anchor="end", to=(-1.4, 1.3))
        b.label("Fibula (outer|leg bone)", (-3.2, 8.8), anchor="end", to=(-0.7, 8.0))
        b.label("Shin bone's|front edge", (3.0, 10.6), to=(1.55, 10.6))
        b.label("Outer|ankle bone", (3.0, 14.3), to=(0.25, 15.8))
        b.label("Heel", (-2.6, 18.2), anchor="end", to=(-1.9, 18.0))
        b.label("Toes", (8.2, 17.4), anchor="middle")
    else:
        b.sides = ("FRONT", "BACK")
        b.label("Groin", (-5.0, -21.0), anchor="end", to=(-3.1, -20.5))
        b.label("Inner thigh", (-4.1, -10.0), anchor="end")
        b.label("Kneecap", (-4.0, -2.1), anchor="end", to=(-2.75, -1.7))
        b.label("Inner bump|of shin bone", (3.4, 1.6), to=(0.95, 1.1))
        b.label("Shin bone's|inner edge", (3.0, 7.0), to=(0.5, 7.0))
        b.label("Inner|ankle bone", (-3.0, 13.4), anchor="end", to=(-0.5, 14.9))
        b.label("Achilles|tendon", (2.6, 14.2), to=(1.1, 14.2))
        b.label("Big toe", (-8.0, 17.4), anchor="middle")
    # Seen from the inside, the drawing starts at the groin: no hip or buttock on it.
    bands = LEG_BANDS | {"hip": (-30, -19.4), "thigh": (-19.4, -2.8)}
    if not outer:
        bands = {"thigh": (-30, -2.8)} | {k: v for k, v in LEG_BANDS.items() if k != "thigh"}
        del bands["hip"]
    return b.build(
        key="leg-outer" if outer else "leg-inner",
        title="Right leg, outer side" if outer else "Right leg, inner side",
        limb="leg",
        width=360,
        height=LEG_HEIGHT,
        outline=outline,
        regions=_leg_regions(b, bands),
        plus_x="anterior" if outer else "posterior",
        tall=True,
        where=f"the {'outer' if outer else 'inner'} side of the right leg",
        facing="front on the right" if outer else "front on the left",
    )


FOOT_SCALE = 30


def _toes(b: _Builder, toes, *, nails: bool) -> None:
    """Nails (seen from above) or toe pads (from below) at the given toe tips."""
    for x, y, rx in toes:
        if nails:
            nail = [(x - rx, y + 0.55), (x - rx * 0.9, y + 0.1), (x, y - 0.05),
                    (x + rx * 0.9, y + 0.1), (x + rx, y + 0.55)]  # fmt: skip
            b.curve("d-nail", nail, closed=True)
        else:
            b.ellipse("d-muscle", x, y + 0.45, rx, 0.42)


def _foot_top() -> Diagram:
    """The top of the right foot, toes up, as you look down at it: big toe on the left."""
    b = _Builder(origin=(170, 258), scale=FOOT_SCALE)
    outline = b.ps(
        [
            (-1.3, 2.6), (-1.35, 1.2), (-1.72, 0.2), (-1.45, -0.7), (-1.5, -2.0), (-1.75, -3.6),
            (-2.0, -4.9),
            # big toe
            (-2.02, -5.8), (-1.92, -6.9), (-1.62, -7.45), (-1.2, -7.6), (-0.84, -7.36),
            (-0.72, -6.6), (-0.62, -5.95),
            # second to fifth toes
            (-0.55, -6.55), (-0.48, -7.2), (-0.28, -7.46), (-0.02, -7.32), (0.06, -6.7),
            (0.15, -5.85),
            (0.21, -6.4), (0.29, -6.95), (0.5, -7.15), (0.72, -7.0), (0.8, -6.45), (0.88, -5.65),
            (0.94, -6.1), (1.03, -6.6), (1.23, -6.76), (1.43, -6.55), (1.5, -6.05), (1.55, -5.4),
            (1.61, -5.75), (1.73, -6.1), (1.91, -6.15), (2.08, -5.92), (2.16, -5.4),
            # outer edge back to the ankle
            (2.2, -4.6), (2.0, -3.0), (1.82, -1.6), (1.55, -0.5), (1.78, 0.6), (1.42, 1.4),
            (1.3, 2.6),
        ]
    )  # fmt: skip
    _toes(b, [(-1.25, -7.6, 0.42), (-0.25, -7.45, 0.27), (0.51, -7.15, 0.24),
              (1.23, -6.76, 0.2), (1.91, -6.15, 0.16)], nails=True)  # fmt: skip
    # The long foot bones (metatarsals), from their bases to the toe joints.
    bones = {
        "mt1": [(-0.85, -1.6), (-1.45, -4.9)],
        "mt2": [(-0.15, -1.5), (-0.3, -5.1)],
        "mt3": [(0.4, -1.5), (0.5, -4.95)],
        "mt4": [(0.9, -1.45), (1.2, -4.7)],
        "mt5": [(1.45, -1.3), (1.85, -4.4)],
    }
    for name, points in bones.items():
        b.line(name, points)
        b.ellipse("d-bone", *points[1], 0.2, 0.16)
    b.anchor("mt1_base", -0.85, -1.6)
    b.anchor("mt2_base", -0.15, -1.5)
    b.anchor("mtp2", -0.3, -5.1)
    b.anchor("web_2_3", 0.15, -5.85)
    # Ankle: the crease across its front, the two ankle bones, the big toe's tendon.
    b.curve("d-crease", [(-1.2, 0.1), (-0.6, -0.05), (0, -0.08), (0.6, -0.05), (1.25, 0.15)])
    b.anchor("ankle_crease", 0, 0)
    b.ellipse("d-bone", -1.42, 0.25, 0.3, 0.42)
    b.ellipse("d-bone", 1.5, 0.6, 0.28, 0.42)
    b.line("ehl", [(-0.35, 2.4), (-0.35, 0.3), (-0.9, -2.5), (-1.3, -5.0)], css="d-tendon")

    b.sides = ("BIG-TOE SIDE", "LITTLE-TOE SIDE")
    b.label("Big toe's|tendon", (-2.5, -2.2), anchor="end", to=(-0.75, -1.8))
    b.label("Foot bones|(metatarsals)", (2.9, -3.5), to=(1.95, -3.4))
    b.label("Inner|ankle bone", (-2.2, 0.9), anchor="end", to=(-1.7, 0.4))
    b.label("Outer|ankle bone", (2.3, 1.2), to=(1.75, 0.7))
    b.label("Ankle crease", (2.9, -0.9), to=(1.0, 0.0))
    return b.build(
        key="foot-top",
        title="Right foot, top",
        limb="foot",
        width=340,
        height=350,
        outline=outline,
        regions=(("ankle", b.rects((-5, -0.6, 5, 3))), ("foot", b.rects((-5, -9, 5, -0.6)))),
        plus_x="lateral",
        where="the top of the right foot",
        facing="big toe on the left",
    )


def _foot_sole() -> Diagram:
    """The sole of the right foot, toes up: big toe on the right."""
    b = _Builder(origin=(160, 330), scale=FOOT_SCALE)
    outline = b.ps(
        [
            (0.0, 0.05), (0.85, -0.2), (1.22, -0.9), (1.27, -2.0), (1.02, -3.2), (0.95, -4.3),
            (1.3, -5.7), (1.85, -6.8), (2.02, -7.4),
            # big toe
            (2.02, -8.2), (1.92, -9.3), (1.62, -9.85), (1.2, -10.0), (0.84, -9.76),
            (0.72, -9.0), (0.62, -8.35),
            # second to fifth toes
            (0.55, -8.95), (0.48, -9.6), (0.28, -9.86), (0.02, -9.72), (-0.06, -9.1),
            (-0.15, -8.25),
            (-0.21, -8.8), (-0.29, -9.35), (-0.5, -9.55), (-0.72, -9.4), (-0.8, -8.85),
            (-0.88, -8.05),
            (-0.94, -8.5), (-1.03, -9.0), (-1.23, -9.16), (-1.43, -8.95), (-1.5, -8.45),
            (-1.55, -7.8),
            (-1.61, -8.15), (-1.73, -8.5), (-1.91, -8.55), (-2.08, -8.32), (-2.16, -7.8),
            # outer edge down to the heel
            (-2.16, -7.0), (-1.9, -5.2), (-1.6, -3.4), (-1.32, -1.8), (-1.15, -0.8),
            (-0.75, -0.15),
        ]
    )  # fmt: skip
    _toes(b, [(1.25, -10.0, 0.45), (0.25, -9.85, 0.27), (-0.51, -9.55, 0.24),
              (-1.23, -9.16, 0.2), (-1.91, -8.55, 0.16)], nails=False)  # fmt: skip
    b.ellipse("d-muscle", 0.05, -1.35, 0.95, 1.1)  # heel pad
    b.curve("d-crease", [(1.95, -7.55), (1.0, -7.75), (0, -7.7), (-1.0, -7.45), (-2.05, -7.0)])
    b.curve("d-muscle", [(1.7, -6.2), (0.6, -6.6), (-0.6, -6.4), (-1.8, -5.8)])  # ball of foot
    # The hollow in the sole when the toes curl, a third of the way from toes to heel.
    b.curve("d-crease", [(-0.55, -5.35), (-0.1, -5.6), (0.35, -5.35)])
    b.anchor("web_2_3", -0.15, -8.25)
    b.anchor("heel_back", 0, 0)
    b.straight("d-guide", [(-0.15, -8.25), (0, 0)])

    b.sides = ("LITTLE-TOE SIDE", "BIG-TOE SIDE")
    b.label("Ball of|the foot", (2.5, -6.7), to=(1.7, -6.6))
    b.label("Hollow when|the toes curl", (-2.5, -5.0), anchor="end", to=(-0.55, -5.35))
    b.label("Heel", (2.0, -1.4), to=(1.2, -1.4))
    b.label("Line from|2nd–3rd toe|web to heel", (-2.2, -2.6), anchor="end", to=(-0.1, -2.6))
    return b.build(
        key="foot-sole",
        title="Right foot, sole",
        limb="foot",
        width=320,
        height=345,
        outline=outline,
        regions=(("foot", b.rects((-5, -11, 5, 1))),),
        plus_x="medial",
        where="the sole of the right foot",
        facing="big toe on the right",
    )


def _foot_side(*, outer: bool) -> Diagram:
    """The right foot and ankle from the side; written with the toes to the right (the outer
    side), and flipped for the inner side."""
    f = 1 if outer else -1
    b = _Builder(origin=(150 if outer else 290, 168), scale=FOOT_SCALE)

    def side(points):
        return [(f * x, y) for x, y in points]

    if outer:
        points = [
            (-1.4, -4.6), (1.5, -4.6), (1.55, -2.5), (1.65, -0.8), (2.3, 0.1), (3.6, 0.6),
            (5.4, 1.1), (6.9, 1.45), (7.7, 1.72), (8.05, 2.1), (7.85, 2.52), (6.5, 2.62),
            (3.0, 2.64), (0.0, 2.64), (-1.0, 2.56), (-1.72, 2.0), (-1.95, 0.9), (-1.55, -0.3),
            (-1.3, -1.5), (-1.35, -3.0),
        ]  # fmt: skip
    else:
        # The inner edge rises over the arch; the inner ankle bone sits higher (3 cun above
        # the sole).
        points = [
            (-1.45, -4.6), (1.45, -4.6), (1.5, -2.5), (1.55, -1.0), (2.1, -0.1), (3.3, 0.5),
            (5.2, 1.1), (6.8, 1.55), (7.7, 1.82), (8.1, 2.25), (7.9, 2.76), (7.3, 2.96),
            (6.0, 3.02), (4.8, 2.84), (3.6, 2.66), (2.4, 2.68), (1.2, 2.88), (0.0, 3.05),
            (-0.9, 3.0), (-1.7, 2.4), (-1.95, 1.4), (-1.6, 0.2), (-1.3, -1.0), (-1.35, -3.0),
        ]  # fmt: skip
    outline = b.ps(side(points))
    b.line("achilles", side([(-1.0, -4.6), (-0.95, -2.0), (-1.0, 0.0), (-1.2, 1.3)]),
           css="d-tendon")  # fmt: skip
    b.ellipse("d-bone", 0, 0, 0.52, 0.6)
    b.curve("d-muscle", side([(-1.5, 1.0), (-1.1, 2.0), (-0.3, 2.3), (0.6, 2.1)]))  # heel bone
    if outer:
        b.anchor("outer_ankle", 0, 0)
        b.line("fibula", [(-0.2, -4.6), (-0.15, -2.5), (-0.05, -0.7)])
        b.line("mt5", [(3.0, 2.0), (6.2, 2.28)])
        b.ellipse("d-bone", 3.0, 2.0, 0.38, 0.26)
        b.anchor("mt5_tuberosity", 3.0, 2.0)
        b.curve("d-muscle", [(1.0, 1.5), (1.6, 1.25), (2.5, 1.45)])  # cuboid
        b.label("Fibula (outer|leg bone)", (-2.3, -3.6), anchor="end", to=(-0.2, -3.4))
        b.label("Outer|ankle bone", (1.9, -1.8), to=(0.4, -0.35))
        b.label("Achilles|tendon", (-2.3, -1.6), anchor="end", to=(-1.0, -1.6))
        b.label("Heel", (-2.3, 1.9), anchor="end", to=(-1.8, 1.7))
        b.label("Bump of the|5th foot bone", (4.4, -0.3), to=(3.1, 1.75))
        b.label("Little toe", (8.1, 1.3), anchor="middle")
        b.sides = ("BACK", "FRONT")
    else:
        b.anchor("inner_ankle", 0, 0)
        b.line("tibia_inner_edge", [(0.35, -4.6), (0.4, -2.5), (0.5, -0.6)])
        b.line("mt1", [(-3.1, 1.85), (-6.0, 2.3)])
        b.ellipse("d-bone", -3.1, 1.85, 0.4, 0.3)
        b.anchor("mt1_base", -3.1, 1.85)
        b.ellipse("d-bone", -6.0, 2.3, 0.42, 0.4)
        b.label("Shin bone's|inner edge", (2.2, -3.9), to=(0.38, -3.6))
        b.label("Inner|ankle bone", (-1.9, -2.0), anchor="end", to=(-0.3, -0.45))
        b.label("Achilles|tendon", (2.3, -1.6), to=(1.0, -1.6))
        b.label("Heel", (2.4, 1.9), to=(1.85, 1.7))
        b.label("Base of the big|toe's foot bone", (-4.2, -0.2), anchor="end",
                to=(-3.15, 1.55))  # fmt: skip
        b.label("Big toe", (-8.1, 1.3), anchor="middle")
        b.sides = ("FRONT", "BACK")
    ankle = b.rects((-1.9, -1.6, 1.9, 1.55))
    return b.build(
        key="foot-outer" if outer else "foot-inner",
        title="Right foot and ankle, outer side" if outer else "Right foot and ankle, inner side",
        limb="foot",
        width=440,
        height=275,
        outline=outline,
        regions=(
            ("lower_leg", b.rects((-5, -5, 5, -1.6))),
            ("ankle", ankle),
            ("foot", b.rects((-10, -1.6, -1.9, 4), (-1.9, 1.55, 1.9, 4), (1.9, -1.6, 10, 4))),
        ),
        plus_x="anterior" if outer else "posterior",
        where=f"the {'outer' if outer else 'inner'} side of the right foot and ankle",
        facing="toes on the right" if outer else "toes on the left",
    )


HAND_SCALE = 34
# The right hand seen from its back, fingers up (thumb on the left): finger base (between
# the webs), tip, half-width, in cun from the middle of the wrist crease.
FINGERS = {
    "little": ((1.3, -4.1), (1.62, -6.55), 0.32),
    "ring": ((0.5, -4.6), (0.65, -7.85), 0.37),
    "middle": ((-0.35, -4.7), (-0.42, -8.3), 0.39),
    "index": ((-1.2, -4.55), (-1.48, -7.6), 0.38),
    "thumb": ((-2.3, -2.6), (-3.45, -5.0), 0.48),
}
KNUCKLES = {"index": (-1.2, -4.0), "middle": (-0.38, -4.15), "ring": (0.45, -4.0),
            "little": (1.22, -3.7), "thumb": (-2.25, -2.6)}  # fmt: skip
METACARPAL_BASES = {"index": (-0.55, -0.9), "middle": (-0.1, -0.95), "ring": (0.35, -0.9),
                    "little": (0.8, -0.8), "thumb": (-1.0, -0.45)}  # fmt: skip


def _axis(base: Point2, tip: Point2) -> tuple[Point2, Point2]:
    ux, uy = tip[0] - base[0], tip[1] - base[1]
    length = math.hypot(ux, uy)
    ux, uy = ux / length, uy / length
    return (ux, uy), (-uy, ux)


def _finger(base: Point2, tip: Point2, half: float) -> list[Point2]:
    """A finger's contour from the tip-wards right side round the tip to the left side."""
    (ux, uy), (nx, ny) = _axis(base, tip)

    def at(along: float, across: float) -> Point2:
        return (
            round(tip[0] + ux * along + nx * across, 3),
            round(tip[1] + uy * along + ny * across, 3),
        )

    length = math.hypot(tip[0] - base[0], tip[1] - base[1])
    # The sides stop short of the base: the webs between fingers are separate points.
    right = [
        at(-length * 0.85, half),
        at(-length * 0.45, half * 1.02),
        at(-half * 1.1, half * 0.96),
    ]
    cap = [at(-half * 0.3, half * 0.72), at(0, 0), at(-half * 0.3, -half * 0.72)]
    left = [
        at(-half * 1.1, -half * 0.96),
        at(-length * 0.45, -half * 1.02),
        at(-length * 0.85, -half),
    ]
    return right + cap + left


def _hand_outline() -> list[Point2]:
    """The back of the right hand (thumb on the left); the palm is its mirror image."""
    points = [(1.0, 1.3), (1.05, 0.3), (1.35, -1.0), (1.62, -2.3), (1.72, -3.3)]
    points += _finger(*FINGERS["little"])
    points += [(0.93, -4.45)]
    points += _finger(*FINGERS["ring"])
    points += [(0.08, -4.78)]
    points += _finger(*FINGERS["middle"])
    points += [(-0.78, -4.72)]
    points += _finger(*FINGERS["index"])
    points += [(-1.72, -4.0), (-1.8, -3.42)]  # the web between thumb and index finger
    points += _finger(*FINGERS["thumb"])
    points += [(-2.55, -1.6), (-1.8, -0.5), (-1.15, 0.2), (-1.05, 1.3)]
    return points


def _finger_marks(b: _Builder, name: str, f: int, *, back: bool) -> None:
    base, tip, half = FINGERS[name]
    base, tip = (f * base[0], base[1]), (f * tip[0], tip[1])
    (ux, uy), (nx, ny) = _axis(base, tip)
    length = math.hypot(tip[0] - base[0], tip[1] - base[1])
    joints = [0.62] if name == "thumb" else [0.42, 0.72]
    for share in joints:
        cx, cy = base[0] + ux * length * share, base[1] + uy * length * share
        w = half * 0.55
        crease = [(cx - nx * w, cy - ny * w), (cx + ux * 0.06, cy + uy * 0.06)]
        b.curve("d-crease", [*crease, (cx + nx * w, cy + ny * w)])
    if back:
        # The nail near the fingertip.
        cx, cy = tip[0] - ux * half * 1.3, tip[1] - uy * half * 1.3
        angle = math.degrees(math.atan2(uy, ux)) + 90
        b.ellipse("d-nail", cx, cy, half * 0.62, half * 1.0, rotate=round(angle, 1))
    else:
        cx, cy = tip[0] - ux * half * 1.5, tip[1] - uy * half * 1.5
        b.curve("d-crease", [(cx - nx * half * 0.5, cy - ny * half * 0.5),
                             (cx + nx * half * 0.5, cy + ny * half * 0.5)])  # fmt: skip


def _hand(*, back: bool) -> Diagram:
    f = 1 if back else -1
    b = _Builder(origin=(190 if back else 170, 312), scale=HAND_SCALE)
    outline = b.ps([(f * x, y) for x, y in _hand_outline()])
    for name in FINGERS:
        _finger_marks(b, name, f, back=back)
    b.curve("d-crease", [(-0.95, 0.05), (0, -0.08), (0.95, 0.05)])
    if back:
        for name, (kx, ky) in KNUCKLES.items():
            b.line(f"metacarpal_{name}", [METACARPAL_BASES[name], (kx, ky)])
            b.ellipse("d-bone", kx, ky, 0.26, 0.2)
        b.anchor("knuckle_little", *KNUCKLES["little"])
        b.anchor("web", -1.8, -3.42)
        b.sides = ("THUMB SIDE", "LITTLE-FINGER SIDE")
        b.label("Knuckles", (2.4, -5.2), to=(1.3, -3.8))
        b.label("Web of|the thumb", (-3.2, -2.0), anchor="end", to=(-1.85, -3.3))
        b.label("Finger|joints", (2.4, -7.4), to=(1.5, -5.5))
        b.label("Wrist crease", (1.4, 0.9))
        b.label("Long bones|of the hand", (2.2, -1.7), to=(0.4, -2.0))
        where, facing = "the back of the right hand", "thumb on the left"
    else:
        # Palm creases: the thumb's curve, and the two creases across the palm.
        b.curve("d-crease", [(1.72, -3.2), (1.05, -2.35), (0.55, -1.3), (0.3, -0.25)])
        b.curve("d-crease", [(1.72, -3.2), (0.6, -2.95), (-0.5, -2.6), (-1.25, -2.3)])
        b.line("distal_crease", [(-1.72, -3.3), (-0.9, -3.55), (-0.1, -3.85), (0.55, -4.35)],
               css="d-crease")  # fmt: skip
        b.curve("d-crease", [(-0.95, 0.35), (0, 0.25), (0.95, 0.35)])
        for name, (bx, by) in KNUCKLES.items():
            if name != "thumb":
                b.curve("d-crease", [(-bx - 0.25, by - 0.75), (-bx + 0.25, by - 0.75)])
        b.anchor("knuckle_little", -KNUCKLES["little"][0], KNUCKLES["little"][1])
        b.sides = ("LITTLE-FINGER SIDE", "THUMB SIDE")
        b.label("End of the|palm crease", (-2.1, -2.2), anchor="end", to=(-1.65, -3.1))
        b.label("Palm|creases", (2.6, -1.2), to=(0.9, -2.0))
        b.label("Wrist crease", (-1.4, 0.9), anchor="end")
        where, facing = "the palm of the right hand", "thumb on the right"
    return b.build(
        key="hand-back" if back else "hand-palm",
        title="Right hand, back" if back else "Right hand, palm",
        limb="hand",
        width=340,
        height=370,
        outline=outline,
        regions=(("hand", b.rects((-6, -10, 6, 2))),),
        plus_x="ulnar" if back else "radial",
        where=where,
        facing=facing,
    )


# --- Head ------------------------------------------------------------------------------
#
# The head is measured in B-cun along the skin (WHO 2008, proportional bone measurements):
# from the glabella (between the eyebrows) up over the crown to the back hairline is 15 B-cun,
# 3 to the front hairline and 12 from there to the back hairline. A B-cun is a share of its
# measurement, not a fixed length, and no one scale fits a real head's forehead, crown and
# nape at once: the drawing is in plain cun (a real head at about 2.3 cm a cun) and points on
# the midline are placed by the B-cun along it, its length / 15, which is 1.14 drawing cun.
# (WHO also gives 9 B-cun between the two mastoid processes, measured round the back of the
# head; no point on these two views is placed by it.)

HEAD_SCALE = 26

# The right side of the head, face to the right, in cun from the top of the ear (its apex).
# The skin along the midline, from the glabella up the forehead, over the crown and down to
# the back hairline (15 B-cun):
HEAD_MIDLINE = (
    (5.05, 0.1), (5.12, -0.5), (5.08, -1.3), (4.92, -2.1), (4.68, -2.78), (4.32, -3.45),
    (3.8, -4.05), (3.15, -4.55), (2.35, -4.92), (1.45, -5.12), (0.55, -5.16), (-0.35, -5.04),
    (-1.2, -4.72), (-1.95, -4.2), (-2.55, -3.5), (-2.92, -2.68), (-3.1, -1.78), (-3.12, -0.9),
    (-3.0, -0.1), (-2.82, 0.5), (-2.72, 1.0), (-2.6, 1.55), (-2.54, 1.8),
)  # fmt: skip
HEAD_EAR = (
    (0.0, 0.0), (-0.42, 0.12), (-0.68, 0.55), (-0.74, 1.15), (-0.6, 1.75), (-0.35, 2.2),
    (-0.02, 2.55), (0.3, 2.6), (0.48, 2.3), (0.5, 1.9), (0.66, 1.55), (0.6, 1.05),
    (0.58, 0.4), (0.38, 0.07),
)  # fmt: skip


def arc_length(line: tuple[Point2, ...]) -> float:
    return sum(math.dist(a, b) for a, b in zip(line, line[1:], strict=False))


def point_along(line: tuple[Point2, ...], share: float) -> Point2:
    """The point a share of the way along a polyline, by length."""
    left = arc_length(line) * share
    for a, b in zip(line, line[1:], strict=False):
        step = math.dist(a, b)
        if left <= step:
            t = left / step
            return (round(a[0] + t * (b[0] - a[0]), 3), round(a[1] + t * (b[1] - a[1]), 3))
        left -= step
    return line[-1]


# The front hairline is 3 of the midline's 15 B-cun up from the glabella.
HEAD_FRONT_HAIRLINE = point_along(HEAD_MIDLINE, 3 / 15)


def _head_side() -> Diagram:
    """The right side of the head and neck, face to the right."""
    b = _Builder(origin=(186, 164), scale=HEAD_SCALE)
    face = [
        (3.0, 8.7), (3.02, 7.4), (3.15, 6.5), (3.4, 5.85), (3.9, 5.5), (4.45, 5.3), (4.9, 5.0),
        (5.08, 4.55), (4.95, 4.1), (5.1, 3.72), (5.02, 3.42), (5.2, 3.15), (5.15, 2.8),
        (5.4, 2.68), (5.78, 2.42), (5.72, 2.05), (5.42, 1.25), (5.12, 0.5),
    ]  # fmt: skip
    neck_back = [(-2.42, 3.0), (-2.36, 4.4), (-2.45, 5.9), (-2.7, 7.3), (-3.1, 8.7)]
    outline = b.ps(face + list(HEAD_MIDLINE) + neck_back)
    b.line("midline", HEAD_MIDLINE, css=None)
    b.anchor("glabella", *HEAD_MIDLINE[0])
    b.anchor("front_hairline", *HEAD_FRONT_HAIRLINE)
    b.anchor("back_hairline", *HEAD_MIDLINE[-1])
    # Hair: from the front hairline over the head to the back hairline, round the ear.
    crown = [p for p in HEAD_MIDLINE if p[1] < HEAD_FRONT_HAIRLINE[1] or p[0] < 4]
    hair = [
        HEAD_FRONT_HAIRLINE, *crown,
        (-2.05, 1.85), (-1.6, 1.7), (-1.25, 1.3), (-1.0, 0.7), (-0.9, 0.15), (-0.55, -0.42),
        (0.2, -0.5), (0.75, -0.15), (1.05, 0.5), (1.25, 1.15), (1.6, 1.0), (1.95, -0.2),
        (2.45, -1.4), (3.2, -2.25), (3.95, -2.75),
    ]  # fmt: skip
    b.curve("d-hair", hair, closed=True)
    # Jaw line, cheekbone, eye, brow, nostril, lips.
    b.curve("d-muscle", [(0.75, 1.7), (0.68, 2.9), (0.72, 3.75), (1.2, 4.35), (2.6, 4.8),
                         (4.25, 5.15)])  # fmt: skip
    b.curve("d-muscle", [(1.1, 1.25), (2.5, 1.15), (3.8, 1.25)])
    b.curve("d-crease", [(4.25, 0.7), (4.55, 0.55), (4.8, 0.72)])
    b.ellipse("d-eye", 4.65, 0.8, 0.2, 0.12)
    b.curve("d-brow", [(3.9, 0.2), (4.45, 0.0), (5.0, 0.08)])
    b.curve("d-crease", [(5.25, 2.3), (5.5, 2.2), (5.6, 2.4)])
    b.curve("d-crease", [(4.8, 3.45), (5.08, 3.42)])
    # The ear, and the hollow behind its lobe (TE 17) in front of the bony bump behind it.
    b.curve("d-ear", HEAD_EAR, closed=True)
    b.curve("d-crease", [(0.05, 0.32), (-0.38, 0.5), (-0.45, 1.2), (-0.25, 1.75), (0.05, 2.05)])
    b.ellipse("d-hollow", 0.33, 1.45, 0.14, 0.2)
    b.anchor("ear_apex", 0, 0)
    b.ellipse("d-bone", -0.64, 2.55, 0.3, 0.47, rotate=-15)  # the mastoid process
    b.anchor("mastoid", -0.64, 2.55)
    b.anchor("yifeng", -0.2, 2.72)  # TE 17: behind the earlobe, in front of the mastoid
    b.ellipse("d-hollow", -0.2, 2.72, 0.15, 0.12)
    # The lower edge of the skull (the occipital bone), from its bump at the back (the
    # external occipital protuberance) forward to the mastoid.
    b.line("occipital_edge", [(-2.75, 0.42), (-2.2, 0.36), (-1.6, 0.46), (-1.2, 0.85),
                              (-1.0, 1.55)], css="d-crest")  # fmt: skip
    b.anchor("occipital_bump", -2.75, 0.42)
    # The two neck muscles GB 20 lies between: the front edge of the trapezius at the back of
    # the neck, the back edge of the sternocleidomastoid running down from the mastoid.
    b.line("trapezius", [(-2.3, 0.5), (-2.1, 2.6), (-1.9, 4.6), (-1.7, 6.6), (-1.35, 8.7)],
           css="d-muscle")  # fmt: skip
    b.line("scm", [(-1.08, 1.9), (-0.85, 3.4), (-0.05, 5.3), (0.95, 7.0), (1.7, 8.7)],
           css="d-muscle")  # fmt: skip
    b.curve("d-muscle", [(-0.45, 2.85), (0.45, 4.6), (1.5, 6.5), (2.35, 8.4)])

    b.sides = ("BACK", "FRONT")
    b.label("Crown", (3.0, -4.95), to=(1.5, -4.95))
    b.label("Hairline", (5.45, -4.1), anchor="middle", to=(4.55, -3.3))
    b.label("Lower edge|of the skull", (-3.5, -0.9), anchor="end", to=(-2.3, 0.38))
    b.label("Bony bump|behind the ear", (-1.0, 4.85), anchor="end", to=(-0.8, 2.95))
    b.label("Hollow behind|the earlobe", (0.95, 3.4), to=(-0.08, 2.8))
    b.label("Neck muscles", (-0.9, 7.3), anchor="middle")
    return b.build(
        key="head-side",
        title="Right side of the head",
        limb="head",
        width=360,
        height=396,
        outline=outline,
        regions=(("head", b.rects((-7, -7, 8, 9))),),
        plus_x="anterior",
        where="the right side of the head",
        facing="face on the right",
    )


def _head_front() -> Diagram:
    """The face and head from the front, as you see yourself in a mirror."""
    b = _Builder(origin=(170, 176), scale=HEAD_SCALE)
    # Heights as on the side view, from the glabella: the crown 5.26 cun above it, the front
    # hairline 3.3 (its height up the sloping forehead), the tops of the ears level with it.
    right = [
        (0.0, -5.26), (1.0, -5.13), (1.95, -4.72), (2.65, -4.0), (3.08, -3.05), (3.25, -1.9),
        (3.27, -0.7), (3.17, 0.5), (3.08, 1.4), (2.95, 2.3), (2.72, 3.2), (2.3, 3.95),
        (1.95, 4.6), (1.95, 6.2), (2.2, 7.0), (2.8, 7.5),
    ]  # fmt: skip
    # One closed contour: the right side down to the neck, then the left mirrored back up.
    outline = b.ps(right + [(-x, y) for x, y in reversed(right[1:])])
    b.curve("d-muscle", [(2.3, 3.95), (1.75, 4.6), (1.05, 5.1), (0, 5.33), (-1.05, 5.1),
                         (-1.75, 4.6), (-2.3, 3.95)])  # fmt: skip
    # Hair above the front hairline, down to the temples.
    hair = [(-x, y) for x, y in reversed(right[1:7])] + right[:7]
    hair += [(2.95, -1.3), (2.65, -2.5), (1.6, -3.12), (0.0, -3.3)]
    hair += [(-1.6, -3.12), (-2.65, -2.5), (-2.95, -1.3)]
    b.curve("d-hair", hair, closed=True)
    b.anchor("front_hairline", 0, -3.3)
    b.anchor("glabella", 0, 0)
    for f in (1, -1):
        ear = [(3.2, 0.0), (3.52, -0.12), (3.72, 0.35), (3.66, 1.2), (3.46, 1.9), (3.24, 2.4),
               (3.05, 2.35)]  # fmt: skip
        b.curve("d-ear", [(f * x, y) for x, y in ear])
        b.curve("d-brow", [(f * 0.55, 0.02), (f * 1.2, -0.18), (f * 1.85, -0.15),
                           (f * 2.3, 0.05)])  # fmt: skip
        b.ellipse("d-eye", f * 1.4, 0.62, 0.46, 0.17)
        b.ellipse("d-pupil", f * 1.4, 0.62, 0.14, 0.14)
        b.curve("d-crease", [(f * 0.42, 2.15), (f * 0.2, 2.42), (0, 2.45)])
    b.anchor("ear_apex_right", 3.52, -0.12)
    b.anchor("ear_apex_left", -3.52, -0.12)
    b.anchor("brow_inner_right", 0.55, 0.02)
    b.anchor("brow_inner_left", -0.55, 0.02)
    b.curve("d-muscle", [(0.3, 0.45), (0.28, 1.5), (0.36, 2.1)])  # the side of the nose
    b.curve("d-lips", [(-0.8, 3.45), (-0.3, 3.3), (0, 3.36), (0.3, 3.3), (0.8, 3.45),
                       (0.3, 3.75), (-0.3, 3.75)], closed=True)  # fmt: skip
    # The line over the head joining the tops of the ears: GV 20 is at its middle.
    b.line("ear_to_ear", [(3.52, -0.12), (3.05, -2.0), (2.7, -3.3), (1.85, -4.4), (0.95, -4.85),
                          (0, -5.0), (-0.95, -4.85), (-1.85, -4.4), (-2.7, -3.3), (-3.05, -2.0),
                          (-3.52, -0.12)], css="d-guide")  # fmt: skip

    b.sides = ("YOUR LEFT", "YOUR RIGHT")
    b.label("Hairline", (-3.4, -4.1), anchor="end", to=(-1.75, -3.15))
    b.label("Line over|the head|joining the|ear tips", (3.3, -5.25), to=(2.45, -3.75))
    b.label("Inner ends|of the|eyebrows", (-3.45, 1.2), anchor="end", to=(-0.6, 0.1))
    b.label("Tip of|the ear", (3.9, -1.0), to=(3.55, -0.3))
    return b.build(
        key="head-front",
        title="Head and face, front",
        limb="head",
        width=340,
        height=374,
        outline=outline,
        regions=(("head", b.rects((-7, -7, 7, 8))),),
        plus_x="right",
        where="the front of the head",
        facing="your right side on the right, as in a mirror",
        symmetric=True,
    )


# --- Forearm -----------------------------------------------------------------------------

FOREARM_SCALE = 20
ELBOW_CREASE = 12  # cun from the palmar wrist crease (WHO: wrist to elbow crease, 12 B-cun)
# The tendons at the front of the wrist, in cun from the middle of the crease (thumb side +x).
FOREARM_TENDONS = {
    "flexor_carpi_radialis": [(0.46, -0.45), (0.5, 1.0), (0.6, 2.6), (0.78, 4.2)],
    "palmaris_longus": [(-0.02, -0.6), (-0.02, 1.0), (0.02, 2.6), (0.1, 4.4)],
    "flexor_carpi_ulnaris": [(-0.84, -0.25), (-0.88, 1.0), (-0.98, 2.6), (-1.12, 4.4)],
}


def _forearm_palm() -> Diagram:
    """The palm side of the right forearm, wrist and hand, fingers up: thumb on the right."""
    b = _Builder(origin=(148, 198), scale=FOREARM_SCALE)
    hand = [(-x, y) for x, y in _hand_outline()[1:-1]]
    radial = [(1.22, 0.9), (1.42, 2.4), (1.7, 5.0), (2.0, 8.0), (2.18, 10.4), (2.28, 12.2),
              (2.3, 13.4)]  # fmt: skip
    ulnar = [(-2.28, 13.4), (-2.24, 12.2), (-2.08, 10.0), (-1.82, 7.0), (-1.48, 4.0),
             (-1.25, 2.0), (-1.1, 0.8)]  # fmt: skip
    outline = b.ps(hand + radial + ulnar)
    for name in FINGERS:
        _finger_marks(b, name, -1, back=False)
    # Palm creases, as on the palm diagram.
    b.curve("d-crease", [(1.72, -3.2), (1.05, -2.35), (0.55, -1.3), (0.3, -0.25)])
    b.curve("d-crease", [(1.72, -3.2), (0.6, -2.95), (-0.5, -2.6), (-1.25, -2.3)])
    b.curve("d-crease", [(-1.72, -3.3), (-0.9, -3.55), (-0.1, -3.85), (0.55, -4.35)])
    # The wrist crease nearest the palm (where HT 7 and PC 7 are) and the one above it.
    b.line("wrist_crease", [(-1.02, 0.04), (-0.4, -0.05), (0.4, -0.05), (1.1, 0.06)],
           css="d-crease")  # fmt: skip
    b.curve("d-crease", [(-0.95, 0.42), (0, 0.36), (0.98, 0.44)])
    b.anchor("wrist_crease_mid", 0, 0)
    # The pea-shaped bone at the little-finger end of the crease, and the bump of the radius.
    b.ellipse("d-bone", -0.82, -0.38, 0.24, 0.22)
    b.anchor("pisiform", -0.82, -0.38)
    for name, points in FOREARM_TENDONS.items():
        b.line(name, points, css="d-tendon")
    # Their muscles, up to the inner bump of the elbow.
    for x0, y0 in ((0.78, 4.2), (0.1, 4.4), (-1.12, 4.4)):
        b.curve("d-muscle", [(x0, y0), (x0 * 0.7 - 0.55, 8.0), (-1.55, 11.4)])
    b.curve("d-muscle", [(1.55, 4.8), (1.4, 8.5), (1.25, 11.2)])  # brachioradialis edge
    b.line("elbow_crease", [(-2.16, 12.1), (-1.0, 11.95), (0.2, 11.92), (1.3, 11.98),
                            (2.2, 12.1)], css="d-crease")  # fmt: skip
    b.anchor("elbow_crease_mid", 0, ELBOW_CREASE)
    b.straight("d-tendon", [(0.55, 11.2), (0.5, 12.9)])  # biceps tendon
    b.ellipse("d-bone", -2.0, 12.35, 0.2, 0.26)  # inner bump of the elbow (medial epicondyle)

    b.sides = ("LITTLE-FINGER SIDE", "THUMB SIDE")
    b.label("Palm", (-2.3, -2.6), anchor="end")
    b.label("Pea-shaped|bone", (-2.3, -1.2), anchor="end", to=(-1.05, -0.45))
    b.label("Wrist crease", (-1.9, 0.9), anchor="end", to=(-1.05, 0.1))
    b.label("Tendon on the|little-finger|side", (-2.0, 3.0), anchor="end", to=(-1.0, 2.9))
    b.label("Two middle|tendons (bend|the wrist to|see them)", (2.1, 2.55), to=(0.62, 3.0))
    b.label("Elbow crease", (-2.6, 11.6), anchor="end", to=(-2.15, 12.05))
    return b.build(
        key="forearm-palm",
        title="Right forearm and wrist, palm side",
        limb="forearm",
        width=340,
        height=474,
        outline=outline,
        regions=(("hand", b.rects((-6, -10, 6, -0.75))), ("forearm", b.rects((-6, -0.75, 6, 14)))),
        plus_x="radial",
        where="the palm side of the right forearm",
        facing="thumb on the right",
    )


# --- Abdomen -----------------------------------------------------------------------------

ABDOMEN_SCALE = 17
# In cun from the centre of the navel (WHO 2008): the top of the pubic bone (pubic symphysis)
# 5 below it, the bottom of the breastbone (xiphisternal junction) 8 above.
PUBIC_TOP = 5
XIPHISTERNAL = -8


def _abdomen() -> Diagram:
    """The front of the trunk from the lower chest to the groin, as you look down at it."""
    b = _Builder(origin=(170, 208), scale=ABDOMEN_SCALE)
    right = [
        (0.0, -10.4), (2.5, -10.45), (4.3, -10.3), (4.95, -9.85), (5.15, -8.5), (5.2, -6.5),
        (4.95, -4.3), (4.55, -2.2), (4.5, -0.5), (4.8, 1.2), (5.3, 2.8), (5.5, 4.5),
        (5.35, 6.2), (5.05, 7.8), (4.9, 8.6), (3.0, 8.75), (1.2, 8.6), (0.35, 7.6), (0.0, 7.45),
    ]  # fmt: skip
    outline = b.ps(right[1:] + [(-x, y) for x, y in reversed(right[1:-1])])
    # The bottom of the breastbone and the rib edges running down and out from it.
    b.curve("d-bone", [(-0.55, -10.4), (-0.5, -8.2), (-0.22, -7.3), (0, -7.0), (0.22, -7.3),
                       (0.5, -8.2), (0.55, -10.4)])  # fmt: skip
    b.anchor("xiphisternal", 0, XIPHISTERNAL)
    b.straight("d-crease", [(-0.5, XIPHISTERNAL), (0.5, XIPHISTERNAL)])
    for f in (1, -1):
        b.curve("d-crest", [(f * 0.55, -8.3), (f * 1.8, -6.9), (f * 3.2, -5.2), (f * 4.1, -3.8),
                            (f * 4.5, -2.7)])  # fmt: skip
        # The edges of the two straight belly muscles, and the front point of the hip bone.
        b.curve("d-muscle", [(f * 2.3, -7.0), (f * 2.45, -3.5), (f * 2.3, 0.0), (f * 1.95, 3.0),
                             (f * 1.25, 5.0)])  # fmt: skip
        b.ellipse("d-bone", f * 4.3, 2.2, 0.32, 0.32)
        b.curve("d-crease", [(f * 4.1, 2.9), (f * 3.1, 4.3), (f * 1.9, 5.6), (f * 0.9, 7.2)])
    b.anchor("hip_point_right", 4.3, 2.2)
    b.curve("d-bone", [(-1.5, 5.25), (-0.7, 5.02), (0, 4.98), (0.7, 5.02), (1.5, 5.25)])
    b.anchor("pubic_top", 0, PUBIC_TOP)
    b.ellipse("d-hollow", 0, 0, 0.34, 0.42)
    b.ellipse("d-crease", 0, 0, 0.34, 0.42)
    b.curve("d-crease", [(-0.2, -0.12), (0, 0.12), (0.2, -0.12)])
    b.anchor("navel", 0, 0)
    b.line("midline", [(0, -7.0), (0, -0.5), (0, 0.5), (0, PUBIC_TOP)], css="d-guide")

    b.sides = ("YOUR LEFT", "YOUR RIGHT")
    b.label("Bottom of the|breastbone", (-1.1, -9.4), anchor="end", to=(-0.45, -8.1))
    b.label("Edge of|the ribs", (3.6, -8.1), anchor="middle", to=(3.2, -5.5))
    b.label("Navel", (-1.2, -0.6), anchor="end", to=(-0.45, -0.1))
    b.label("Front point|of hip bone", (3.25, 0.2), anchor="middle", to=(4.1, 1.95))
    b.label("Top of the|pubic bone", (-1.7, 6.6), anchor="end", to=(-0.6, 5.1))
    return b.build(
        key="abdomen",
        title="Abdomen, front",
        limb="abdomen",
        width=340,
        height=364,
        outline=outline,
        regions=(("abdomen", b.rects((-7, -11, 7, 9))),),
        plus_x="right",
        where="the front of the abdomen",
        facing="your right side on the right, as you look down at it",
        symmetric=True,
    )


DIAGRAMS: dict[str, Diagram] = {
    diagram.key: diagram
    for diagram in (
        _head_front(),
        _head_side(),
        _forearm_palm(),
        _hand(back=True),
        _hand(back=False),
        _abdomen(),
        _foot_top(),
        _foot_sole(),
        _foot_side(outer=False),
        _foot_side(outer=True),
        _leg_front(),
        _leg_side(outer=True),
        _leg_side(outer=False),
        _leg_back(),
    )
}

# The map's section headings, by `Diagram.limb`, in the order the diagrams are registered.
GROUP_TITLES = {
    "head": "Head and face",
    "forearm": "Forearm and wrist",
    "hand": "Hand",
    "abdomen": "Abdomen",
    "foot": "Foot and ankle",
    "leg": "Leg",
}

CHOICES = [(key, diagram.title) for key, diagram in DIAGRAMS.items()]
ORDER = {key: index for index, key in enumerate(DIAGRAMS)}


def get(key: str) -> Diagram:
    return DIAGRAMS[key]


# --------------------------------------------------------------------------------------
# Drawing
# --------------------------------------------------------------------------------------


@cache
def region_path(key: str, region: str) -> str:
    """The part of a diagram's outline that is one body region, as an SVG path."""
    diagram = DIAGRAMS[key]
    rects = dict(diagram.regions).get(region, ())
    parts = [clip(diagram.outline, rect) for rect in rects]
    return "".join(polygon_path(part) for part in parts if len(part) > 2)


@cache
def body(key: str, mirrored: bool = False) -> SafeString:
    """The drawing of a diagram without its labels (body outline and landmarks)."""
    diagram = DIAGRAMS[key]
    drawing = format_html(
        '<path class="d-body" d="{}"/>{}',
        smooth_path(diagram.outline),
        format_html_join(
            "",
            '<{} class="{}"{}/>',
            ((shape.tag, shape.css, _attrs(shape.attrs)) for shape in diagram.shapes),
        ),
    )
    if mirrored:
        drawing = format_html('<g transform="matrix(-1 0 0 1 {} 0)">{}</g>', diagram.width, drawing)
    return drawing


LINE_HEIGHT = 14  # of a label line, in drawing units


def label_box(label: Label, diagram: Diagram, mirrored: bool = False) -> Rect:
    """About where a label's text is drawn (12 px text: ~6.6 units a character)."""
    x, anchor = _placed(label, diagram, mirrored)
    width = max(len(line) for line in label.lines) * 6.6
    left = {"start": x, "end": x - width}.get(anchor, x - width / 2)
    y = label.at[1]
    return (left, y - 12, left + width, y + LINE_HEIGHT * (len(label.lines) - 1) + 3)


def labels(
    key: str, mirrored: bool = False, *, top: float = 0, bottom: float = 10_000, hide=()
) -> SafeString:
    """The landmark labels that fit between top and bottom (less those hidden), as SVG."""
    diagram = DIAGRAMS[key]
    shown = [
        label
        for index, label in enumerate(diagram.labels)
        if label.at[1] - LINE_HEIGHT >= top
        and label.at[1] + LINE_HEIGHT * (len(label.lines) - 1) + 4 <= bottom
        and index not in hide
    ]
    return format_html_join("", "{}", ((_label(label, diagram, mirrored),) for label in shown))


def _attrs(attrs: tuple[tuple[str, str], ...]) -> SafeString:
    return mark_safe("".join(f' {name}="{escape(value)}"' for name, value in attrs))


def _placed(label: Label, diagram: Diagram, mirrored: bool) -> tuple[float, str]:
    """A label's x and text anchor as drawn: mirrored text still reads left to right."""
    if not mirrored:
        return label.at[0], label.anchor
    return diagram.width - label.at[0], {"start": "end", "end": "start"}.get(
        label.anchor, label.anchor
    )


def _label(label: Label, diagram: Diagram, mirrored: bool) -> SafeString:
    x, anchor = _placed(label, diagram, mirrored)
    y = label.at[1]
    leader = ""
    if label.to:
        tx, ty = label.to
        if mirrored:
            tx = diagram.width - tx
        # From the text's edge (first line's middle) to the landmark.
        gap = {"start": -3, "end": 3}.get(anchor, 0)
        leader = format_html(
            '<line class="d-leader" x1="{}" y1="{}" x2="{}" y2="{}"/>',
            fmt(x + gap),
            fmt(y - 4),
            fmt(tx),
            fmt(ty),
        )
    lines = format_html_join(
        "",
        '<tspan x="{}" dy="{}">{}</tspan>',
        ((fmt(x), "0" if i == 0 else "1.15em", text) for i, text in enumerate(label.lines)),
    )
    return format_html(
        '{}<text class="{}" x="{}" y="{}" text-anchor="{}">{}</text>',
        leader,
        label.css,
        fmt(x),
        fmt(y),
        anchor,
        lines,
    )
