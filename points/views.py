from collections import Counter

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.vary import vary_on_headers

from points import bodymaps
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
)
from sessions import services as session_services
from sessions.models import GuidedSession


def home(request: HttpRequest) -> HttpResponse:
    complaints = Complaint.objects.prefetch_related(
        Prefetch("protocols", queryset=Protocol.objects.published(), to_attr="published_protocols")
    )
    context = {"complaints": complaints}
    if request.user.is_authenticated:
        context["in_progress"] = GuidedSession.objects.in_progress().filter(user=request.user)[:5]
        context["doctor_warnings"] = session_services.doctor_warnings(user=request.user)
    return render(request, "points/home.html", context)


def complaint_detail(request: HttpRequest, slug: str) -> HttpResponse:
    complaint = get_object_or_404(
        Complaint.objects.prefetch_related(
            "red_flags",
            Prefetch(
                "protocols", queryset=Protocol.objects.published(), to_attr="published_protocols"
            ),
        ),
        slug=slug,
    )
    context = {"complaint": complaint}
    if request.user.is_authenticated:
        context["doctor_reasons"] = session_services.doctor_advice(
            user=request.user, complaint=complaint
        )
    return render(request, "points/complaint_detail.html", context)


@vary_on_headers("HX-Request")
def point_list(request: HttpRequest) -> HttpResponse:
    meridians = list(Meridian.objects.filter(points__isnull=False).distinct())
    form = PointFilterForm(request.GET, meridians=meridians)
    points = form.filter(Point.objects.select_related("meridian").prefetch_related("aliases"))
    context = {
        "form": form,
        "points": points,
        "filtered": any(request.GET.get(k) for k in form.fields),
    }
    meridian = form.cleaned_data.get("meridian")
    if meridian or form.cleaned_data.get("region"):
        # Filtered by body: show where the points are (a meridian as its line).
        points = list(points.prefetch_related("placements"))
        context["points"] = points
        context["diagrams"] = bodymaps.points_views(
            points, meridian=next((m for m in meridians if m.code == meridian), None)
        )
    if request.htmx and not request.htmx.history_restore_request:
        return render(request, "points/partials/point_results.html", context)
    return render(request, "points/point_list.html", context)


def point_map(request: HttpRequest) -> HttpResponse:
    points = Point.objects.select_related("meridian").prefetch_related("placements")
    points = list(points)
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


def point_detail(request: HttpRequest, slug: str) -> HttpResponse:
    point = (
        Point.objects.select_related("meridian")
        .prefetch_related("aliases", "placements")
        .filter(slug=slug)
        .first()
    )
    if point is None:
        return redirect(_point_for_other_spelling(slug), permanent=True)
    context = {
        "point": point,
        "diagrams": bodymaps.point_views(point),
        "cautions": Contraindication.for_points([point]),
        "protocols": Protocol.objects.published().filter(
            pk__in=ProtocolStep.objects.filter(point=point).values("protocol")
        ),
    }
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


def protocol_detail(request: HttpRequest, slug: str) -> HttpResponse:
    protocol = get_object_or_404(
        Protocol.objects.select_related("complaint").prefetch_related(
            Prefetch(
                "steps",
                queryset=ProtocolStep.objects.select_related("point__meridian").prefetch_related(
                    "point__placements"
                ),
            ),
            "complaint__red_flags",
        ),
        slug=slug,
    )
    if not protocol.is_published and not request.user.is_staff:
        raise Http404("No such protocol.")
    steps = list(protocol.steps.all())
    step_points = [step.point for step in steps]
    # Only the routine's own points: a caution may concern dozens of others.
    cautions = Contraindication.for_points(step_points).prefetch_related(
        Prefetch("points", queryset=Point.objects.filter(pk__in=[p.pk for p in step_points]))
    )
    context = {
        "protocol": protocol,
        "steps": steps,
        "total_seconds": sum(step.total_seconds for step in steps),
        "diagrams": bodymaps.protocol_views(steps),
        "cautions": [(caution, list(caution.points.all())) for caution in cautions],
    }
    if request.user.is_authenticated:
        context["doctor_reasons"] = session_services.doctor_advice(
            user=request.user, complaint=protocol.complaint
        )
    return render(request, "points/protocol_detail.html", context)
