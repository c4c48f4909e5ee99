import difflib
from collections import Counter
from functools import cached_property

from django.core.cache import caches
from django.db.models import Prefetch, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.vary import vary_on_headers

from config.http import HtmxHttpRequest
from points import bodymaps, fragments, synonyms, warning_signs
from points.codes import parse_code
from points.forms import PointFilterForm
from points.models import (
    Complaint,
    Contraindication,
    Meridian,
    Point,
    PointAlias,
    Protocol,
    ProtocolStep,
    RedFlag,
    Study,
    best_first,
)


def _with_published_protocols() -> QuerySet[Complaint]:
    """Complaints with their published routines as `published_protocols`."""
    published: QuerySet[Protocol] = Protocol.objects.published()
    return Complaint.objects.prefetch_related(
        # django-stubs 5.2 cannot type a Prefetch with to_attr against a model's relation.
        Prefetch("protocols", queryset=published, to_attr="published_protocols")  # type: ignore[arg-type]
    )


def home(request: HttpRequest) -> HttpResponse:
    # The signed-in user's warnings and sessions in progress come from the sessions app's tags.
    return render(request, "points/home.html", {"complaints": _with_published_protocols()})


def complaint_detail(request: HttpRequest, slug: str) -> HttpResponse:
    complaint = get_object_or_404(_with_published_protocols(), slug=slug)
    context = {"complaint": complaint, "red_flags": RedFlag.for_complaint(complaint)}
    return render(request, "points/complaint_detail.html", context)


class _PointSearch:
    """The point list's form, matches and diagrams, read only if the catalog cache misses."""

    def __init__(self, params, *, catalog_version) -> None:
        self.params = params
        self.filtered = any(params.get(name) for name in PointFilterForm.base_fields)
        self.catalog_version = catalog_version

    @cached_property
    def meridians(self) -> list[Meridian]:
        return list(Meridian.objects.filter(points__isnull=False).distinct())

    @cached_property
    def warnings(self) -> list[warning_signs.WarningSign]:
        query = self.params.get("q", "")
        reference = synonyms.meridian_reference(query)
        if reference and reference[0] in {m.name.lower() for m in self.meridians}:
            return []  # "bladder 40" names a point, not a bladder problem
        return warning_signs.warnings_for(query)

    @cached_property
    def suggestion(self) -> str | None:
        """For a search that matches nothing, the catalog word it is closest to (zusnli)."""
        query = synonyms.normalize(self.params.get("q", ""))
        if len(query) < 3 or self.warnings or self.points:
            return None
        words = _search_words(str(self.catalog_version))
        for candidate in dict.fromkeys([query, query.replace(" ", "")]):
            close = difflib.get_close_matches(candidate, words, n=1, cutoff=0.75)
            if close and close[0] != query:
                return words[close[0]]
        return None

    @cached_property
    def form(self) -> PointFilterForm:
        return PointFilterForm(self.params, meridians=self.meridians)

    @cached_property
    def points(self):
        points = Point.objects.select_related("meridian").prefetch_related("aliases")
        points = self.form.filter(points)
        if self.by_body:
            points = points.prefetch_related("placements")
        return best_first(points, self.form.cleaned_data.get("q") or "")

    @property
    def by_body(self) -> bool:
        return bool(self.form.cleaned_data.get("meridian") or self.form.cleaned_data.get("region"))

    @cached_property
    def diagrams(self):
        """Filtered by body: where the points are (a meridian as its line)."""
        if not self.by_body:
            return []
        code = self.form.cleaned_data.get("meridian")
        meridian = next((m for m in self.meridians if m.code == code), None)
        return bodymaps.points_views(self.points, meridian=meridian)


def _search_words(catalog_version: str) -> dict[str, str]:
    """Words a search can be corrected to, lower case -> as written: point names, uses, body
    regions and everyday words. Read once per catalog version and app server."""
    key = f"point-search-words:{catalog_version}"
    words = caches["default"].get(key)
    if words is None:
        words = {}
        rows = Point.objects.values_list("pinyin", "english_name", "indications")
        for pinyin, english_name, indications in rows:
            uses = [use.strip() for use in indications.split(",")]
            for word in [pinyin, english_name, *uses, *" ".join(uses).split()]:
                if len(word) > 3:
                    words.setdefault(word.lower(), word)
        for word in [label for _, label in Point.Region.choices] + synonyms.everyday_words():
            words.setdefault(word.lower(), word.lower())
        caches["default"].set(key, words, timeout=24 * 3600)
    return words


@vary_on_headers("HX-Request")
def point_list(request: HtmxHttpRequest) -> HttpResponse:
    # One read of the catalog version, shared by the cached fragments and the search words.
    version = SimpleLazyObject(fragments.version)
    search = _PointSearch(request.GET, catalog_version=version)
    context = {"search": search, "catalog_version": version}
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "points/partials/point_results.html", context)
    return render(request, "points/point_list.html", context)


def point_map(request: HttpRequest) -> HttpResponse:
    points = list(Point.objects.select_related("meridian").prefetch_related("placements"))
    region_counts = Counter(point.region for point in points)
    context = {
        "diagrams": bodymaps.map_views(points, region_counts=region_counts),
        "regions": [
            (value, label, region_counts[value])
            for value, label in Point.Region.choices
            if region_counts[value]
        ],
    }
    return render(request, "points/point_map.html", context)


class _PointDetails:
    """A point page's diagrams, cautions and routines, read only if the catalog cache misses."""

    def __init__(self, point: Point) -> None:
        self.point = point

    @cached_property
    def diagrams(self):
        return bodymaps.point_views(self.point)

    @cached_property
    def cautions(self) -> list[Contraindication]:
        return list(Contraindication.for_points([self.point]))

    @cached_property
    def protocols(self) -> list[Protocol]:
        uses = ProtocolStep.objects.filter(point=self.point).values("protocol")
        return list(Protocol.objects.published().filter(pk__in=uses))


def point_detail(request: HttpRequest, slug: str) -> HttpResponse:
    point = Point.objects.select_related("meridian").filter(slug=slug).first()
    if point is None:
        return redirect(_point_for_other_spelling(slug), permanent=True)
    context = {"point": point, "details": _PointDetails(point)}
    return render(request, "points/point_detail.html", context)


def _point_for_other_spelling(slug: str) -> Point:
    """The point an alias slug (lv-3) or another meridian spelling (ub-40) stands for."""
    alias = PointAlias.objects.select_related("point").filter(slug=slug).first()
    if alias:
        return alias.point
    parsed = parse_code(slug)
    if parsed:
        prefix, number = parsed
        point = Point.objects.filter(
            meridian__in=Meridian.objects.with_code(prefix), number=number
        ).first()
        if point:
            return point
    raise Http404("No point with that code or name.")


class _Routine:
    """A routine's steps, diagrams and cautions, read only if the catalog cache misses."""

    def __init__(self, protocol: Protocol) -> None:
        self.protocol = protocol

    @cached_property
    def steps(self) -> list[ProtocolStep]:
        steps = self.protocol.steps.select_related("point__meridian")
        return list(steps.prefetch_related("point__placements"))

    @cached_property
    def total_seconds(self) -> int:
        return sum(step.total_seconds for step in self.steps)

    @cached_property
    def dose(self) -> str:
        return self.protocol.dose(self.steps)

    @cached_property
    def studies(self) -> list[Study]:
        return list(self.protocol.studies.all())

    @cached_property
    def diagrams(self):
        return bodymaps.protocol_views(self.steps)

    @cached_property
    def cautions(self) -> list:
        # Only the routine's own points: a caution may concern dozens of others.
        own = [step.point.pk for step in self.steps]
        cautions = Contraindication.for_points([step.point for step in self.steps])
        cautions = cautions.prefetch_related(
            Prefetch("points", queryset=Point.objects.filter(pk__in=own))
        )
        return [(caution, list(caution.points.all())) for caution in cautions]

    @cached_property
    def red_flags(self) -> list[RedFlag]:
        """What the safety check asks before this routine, as it asks it."""
        points = [step.point for step in self.steps]
        return list(RedFlag.asked_for(self.protocol.complaint, points))


def protocol_detail(request: HttpRequest, slug: str) -> HttpResponse:
    protocol = get_object_or_404(Protocol.objects.select_related("complaint"), slug=slug)
    if not protocol.is_published and not request.user.is_staff:
        raise Http404("No such protocol.")
    context = {"protocol": protocol, "routine": _Routine(protocol)}
    return render(request, "points/protocol_detail.html", context)
