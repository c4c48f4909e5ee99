from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Avg, Count, F, Q, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.defaultfilters import pluralize
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from points import bodymaps, diagrams
from points.models import (
    DOCTOR_LIMITS,
    Complaint,
    Contraindication,
    Meridian,
    Point,
    PointAlias,
    PointPlacement,
    Protocol,
    ProtocolStep,
    ProtocolVersion,
    RedFlag,
    Study,
)
from points.templatetags.points_extras import mmss


class Usage(TypedDict):
    """What ProtocolAdmin.get_queryset annotates on each protocol."""

    sessions_total: int
    sessions_completed: int
    pain_change: float | None
    version_number: int


if TYPE_CHECKING:
    from django_stubs_ext import WithAnnotations

    WithUsage = WithAnnotations[Protocol, Usage]


class RefuseDeletingLogged(admin.ModelAdmin):
    """Refuses, in the delete confirmation, to delete what logged sessions used; they are
    counted from the catalog's side (`logged_catalog`), so this app does not import the log's."""

    def logged_catalog(self, objs) -> QuerySet:
        return self.model.objects.filter(pk__in=[obj.pk for obj in objs])

    def get_deleted_objects(self, objs, request):
        deleted, model_count, perms_needed, protected = super().get_deleted_objects(objs, request)
        logged = self.logged_catalog(objs).aggregate(n=Count("sessions", distinct=True))["n"]
        if logged:
            protected.append(
                f"{logged} logged session{pluralize(logged)} used this "
                f"{self.model._meta.verbose_name}. Users' logs must stay intact, so it cannot be "
                "deleted: set it to draft (or edit it) instead."
            )
        return deleted, model_count, perms_needed, protected


@admin.register(Meridian)
class MeridianAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "alternative_codes", "order"]
    list_editable = ["order"]


class CappedInline(admin.options.InlineModelAdmin):
    """An inline with no blank extra rows that accepts at most `max_num`: a post claiming 100000
    forms (`…-TOTAL_FORMS`) is refused at once instead of building them all (it held a worker
    until it was killed)."""

    extra = 0
    max_num = 100

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("absolute_max", self.get_max_num(request, obj) or self.max_num)
        return super().get_formset(request, obj, **kwargs)


class PointAliasInline(CappedInline, admin.TabularInline):
    model = PointAlias


def placement_preview(diagram_key: str, x: int | None, y: int | None, name: str, url: str) -> str:
    """A diagram with one highlighted marker, as the admin's placement preview draws it."""
    diagram = diagrams.get(diagram_key)
    if x is None or y is None:
        x, y = diagram.width // 2, diagram.height // 2
    marker = bodymaps.Marker(x=x, y=y, name=name, url=url, current=True)
    view = bodymaps.DiagramView(diagram, [marker], caption=diagram.title)
    return render_to_string("points/partials/diagram.html", {"view": view})


class PointPlacementInline(CappedInline, admin.TabularInline):
    model = PointPlacement
    max_num = len(diagrams.DIAGRAMS)  # one placement per diagram
    fields = ["diagram", "x", "y", "preview"]
    readonly_fields = ["preview"]

    class Media:
        js = ["admin/points/placements.js"]
        css = {"all": ["css/diagrams.css", "admin/points/placements.css"]}

    @admin.display(description="Preview: click on the body to place the point")
    def preview(self, placement: PointPlacement) -> str:
        url = reverse("admin:points_point_diagram", args=["__key__"])
        drawing = ""
        if placement.diagram in diagrams.DIAGRAMS:
            point = placement.point if placement.point_id else None
            name, link = (str(point), point.get_absolute_url()) if point else ("New placement", "#")
            drawing = placement_preview(placement.diagram, placement.x, placement.y, name, link)
        return format_html(
            '<div class="placement-preview" data-diagram-url="{}">{}</div>', url, drawing
        )


class PregnancyCautionFilter(admin.SimpleListFilter):
    title = "pregnancy caution"
    parameter_name = "pregnancy"

    def lookups(self, request, model_admin):
        return [("yes", "Has a pregnancy caution"), ("no", "No pregnancy caution")]

    def queryset(self, request, queryset):
        cautioned = Q(contraindications__scope=Contraindication.Scope.PREGNANCY)
        ids = Point.objects.filter(cautioned).values("pk")
        if self.value() == "yes":
            return queryset.filter(pk__in=ids)
        if self.value() == "no":
            return queryset.exclude(pk__in=ids)
        return queryset


@admin.register(Point)
class PointAdmin(RefuseDeletingLogged):
    list_display = ["code", "pinyin", "english_name", "meridian", "region", "identification"]
    list_filter = ["meridian", "region", PregnancyCautionFilter, "identification"]
    search_fields = ["code", "pinyin", "english_name", "aliases__text", "indications"]
    readonly_fields = ["code", "slug"]
    inlines = [PointAliasInline, PointPlacementInline]
    fieldsets = [
        (
            None,
            {"fields": ["meridian", "number", "code", "slug", "pinyin", "hanzi", "english_name"]},
        ),
        ("Where it is", {"fields": ["region", "location", "how_to_find"]}),
        ("Use", {"fields": ["indications", "technique"]}),
        ("Identification", {"fields": ["identification", "identification_note"]}),
    ]

    def get_urls(self):
        preview = self.admin_site.admin_view(self.diagram_preview)
        return [
            path("diagram/<slug:key>/", preview, name="points_point_diagram"),
            *super().get_urls(),
        ]

    def diagram_preview(self, request: HttpRequest, key: str) -> HttpResponse:
        """One diagram for the placement preview, fetched when staff pick another diagram."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        if key not in diagrams.DIAGRAMS:
            raise Http404("No such diagram.")

        def number(name: str) -> int | None:
            # isdigit() is true for "²", which int() refuses; a drawing is at most 1000 wide.
            value = request.GET.get(name, "")
            if not (value.isascii() and value.isdecimal() and len(value) <= 4):
                return None
            return int(value) if int(value) <= 1000 else None

        html = placement_preview(key, number("x"), number("y"), name="New placement", url="#")
        return HttpResponse(html)

    def logged_catalog(self, objs) -> QuerySet:
        # Sessions keep a copy of each point they pressed (by code), not a link to the point.
        codes = [point.code for point in objs]
        return Protocol.objects.filter(sessions__steps__point_code__in=codes)


# Source links typed without a scheme are https (Django 6's default; no warning in 5.2).
LINKS: "Mapping[type[models.Field[Any, Any]], Mapping[str, Any]]" = {
    models.URLField: {"assume_scheme": "https"}
}


REVIEW_FIELDS = ("source", "source_url", "reviewed_by", "reviewed_on")
RED_FLAG_FIELDS = ("question", "tier", "advice", "order", *REVIEW_FIELDS)


class ReviewedAdmin(admin.ModelAdmin):
    """Safety content: who reviewed it when, and a quick way to find what was never reviewed."""

    actions = ["mark_reviewed"]
    formfield_overrides = LINKS

    @admin.action(description="Mark as reviewed by me today")
    def mark_reviewed(self, request: HttpRequest, queryset: QuerySet) -> None:
        count = queryset.update(reviewed_by=request.user, reviewed_on=timezone.localdate())
        self.message_user(request, f"{count} entries marked as reviewed.", messages.SUCCESS)


class NeverReviewedFilter(admin.SimpleListFilter):
    title = "review"
    parameter_name = "reviewed"

    def lookups(self, request, model_admin):
        return [("never", "Never reviewed"), ("yes", "Reviewed")]

    def queryset(self, request, queryset):
        if self.value() == "never":
            return queryset.filter(reviewed_on__isnull=True)
        if self.value() == "yes":
            return queryset.filter(reviewed_on__isnull=False)
        return queryset


@admin.register(Contraindication)
class ContraindicationAdmin(ReviewedAdmin):
    list_display = [
        "name",
        "scope",
        "action",
        "applies_to_all_points",
        "reviewed_on",
        "reviewed_by",
    ]
    list_filter = ["scope", "action", NeverReviewedFilter]
    search_fields = ["name", "question", "message", "source"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["points"]
    fields = [
        "name",
        "slug",
        "question",
        "scope",
        "action",
        "message",
        "advice",
        "points",
        "applies_to_all_points",
        "asks_which_limb",
        "max_pressure",
        "order",
        *REVIEW_FIELDS,
    ]


@admin.register(RedFlag)
class RedFlagAdmin(ReviewedAdmin):
    list_display = ["question", "complaint", "tier", "reviewed_on", "reviewed_by"]
    list_filter = ["complaint", "tier", NeverReviewedFilter]
    fields = ["complaint", *RED_FLAG_FIELDS]
    search_fields = ["question", "advice", "source"]


class RedFlagInline(CappedInline, admin.StackedInline):
    model = RedFlag
    formfield_overrides = LINKS
    fields = RED_FLAG_FIELDS


@admin.register(Complaint)
class ComplaintAdmin(RefuseDeletingLogged):
    list_display = ["name", "order", "asks_where_it_hurts"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RedFlagInline]


class StepFormSet(BaseInlineFormSet):
    def clean(self) -> None:
        # Our checks first: they explain the problem better than the generic unique check.
        kept = [
            form
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE", False)
        ]
        if not kept:
            raise ValidationError("A protocol needs at least one step.")
        orders = [form.cleaned_data.get("order") for form in kept]
        duplicates = sorted({order for order in orders if orders.count(order) > 1})
        if duplicates:
            raise ValidationError(
                "Each step needs its own order number; used more than once: "
                + ", ".join(str(order) for order in duplicates)
                + "."
            )
        super().clean()

    def save(self, commit: bool = True) -> list:
        # Steps that move or go away first step aside, so swapping two orders never collides
        # with the unique (protocol, order) constraint half-way through the save.
        moving = [
            form.instance.pk
            for form in self.initial_forms
            if "order" in form.changed_data or form in self.deleted_forms
        ]
        ProtocolStep.objects.filter(pk__in=moving).update(order=F("order") + 10000)
        # The catalog's update() marks the catalog changed too (points/fragments.py).
        return super().save(commit)


class ProtocolStepInline(CappedInline, admin.StackedInline):
    model = ProtocolStep
    formset = StepFormSet
    autocomplete_fields = ["point"]
    fields = [
        "order",
        "point",
        "side",
        "duration_seconds",
        "duration_as_minutes",
        "pressure",
        "motion",
        "fingers",
        "instructions",
    ]
    readonly_fields = ["duration_as_minutes"]

    class Media:
        js = ["admin/points/step_order.js"]

    @admin.display(description="Duration (m:ss)")
    def duration_as_minutes(self, step: ProtocolStep) -> str:
        return mmss(step.duration_seconds) if step.duration_seconds else "–"


class ProtocolVersionInline(admin.TabularInline):
    model = ProtocolVersion
    extra = 0
    can_delete = False
    fields = readonly_fields = ("number", "created_at", "created_by", "change_message")
    verbose_name_plural = "version history"

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Study)
class StudyAdmin(ReviewedAdmin):
    list_display = ["short_name", "design", "sham_similar", "reviewed_on", "reviewed_by"]
    list_filter = [NeverReviewedFilter]
    search_fields = ["short_name", "citation", "participants", "finding"]
    prepopulated_fields = {"slug": ["short_name"]}
    fields = [
        "short_name",
        "slug",
        "citation",
        "design",
        "participants",
        "compared_with",
        "tested",
        "finding",
        "sham_similar",
        *REVIEW_FIELDS,
    ]


class ProtocolForm(forms.ModelForm):
    def clean(self) -> dict:
        data = super().clean() or {}
        untested = Protocol.Evidence.TRADITIONAL
        if data.get("evidence", untested) != untested and not data.get("studies"):
            message = "A routine graded as tested cites the studies that tested it."
            self.add_error("studies", message)
        return data


@admin.register(Protocol)
class ProtocolAdmin(RefuseDeletingLogged):
    form = ProtocolForm
    filter_horizontal = ["studies"]
    list_display = [
        "name",
        "complaint",
        "status",
        "latest_version",
        "session_count",
        "completion_rate",
        "average_pain_change",
        "updated_at",
    ]
    list_filter = ["status", "complaint"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ProtocolStepInline, ProtocolVersionInline]
    actions = ["duplicate_as_draft"]
    readonly_fields = ["session_count", "completion_rate", "average_pain_change"]
    fieldsets = [
        (None, {"fields": ["name", "slug", "complaint", "summary", "frequency", "status"]}),
        (
            "Dose and evidence",
            {
                "fields": [
                    ("sessions_per_day", "days_per_week", "weeks"),
                    "as_needed",
                    "dose_note",
                    "evidence",
                    "evidence_summary",
                    "studies",
                ]
            },
        ),
        ("See-a-doctor rule", {"fields": list(DOCTOR_LIMITS)}),
        ("Usage", {"fields": ["session_count", "completion_rate", "average_pain_change"]}),
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        completed = Q(sessions__status="completed")  # GuidedSession.Status.COMPLETED
        return (
            super()
            .get_queryset(request)
            .select_related("complaint")
            .annotate(
                sessions_total=Count("sessions", distinct=True),
                sessions_completed=Count("sessions", filter=completed, distinct=True),
                pain_change=Avg(
                    F("sessions__pain_after") - F("sessions__pain_before"), filter=completed
                ),
                version_number=Count("versions", distinct=True),
            )
        )

    @admin.display(description="Version", ordering="version_number")
    def latest_version(self, protocol: "WithUsage") -> str:
        return f"v{protocol.version_number}" if protocol.version_number else "–"

    @admin.display(description="Sessions", ordering="sessions_total")
    def session_count(self, protocol: "WithUsage") -> int:
        return protocol.sessions_total

    @admin.display(description="Completed")
    def completion_rate(self, protocol: "WithUsage") -> str:
        if not protocol.sessions_total:
            return "–"
        return f"{protocol.sessions_completed / protocol.sessions_total:.0%}"

    @admin.display(description="Average pain change")
    def average_pain_change(self, protocol: "WithUsage") -> str:
        if protocol.pain_change is None:
            return "–"
        return f"{protocol.pain_change:+.1f}"

    def save_related(self, request, form, formsets, change) -> None:
        super().save_related(request, form, formsets, change)
        protocol = form.instance
        latest = protocol.versions.first()
        version = protocol.record_version(user=request.user)
        if version and version != latest:
            self.message_user(
                request, f"Published as version {version.number}: {version.change_message}"
            )

    @admin.action(description="Duplicate as a new draft")
    def duplicate_as_draft(self, request: HttpRequest, queryset: QuerySet) -> None:
        for protocol in queryset.prefetch_related("steps"):
            steps = list(protocol.steps.all())
            copy = Protocol.objects.get(pk=protocol.pk)
            copy.pk = None
            copy.name = f"Copy of {protocol.name}"[:120]
            copy.slug = self._free_slug(f"{protocol.slug}-copy")
            copy.status = Protocol.Status.DRAFT
            copy.save()
            for step in steps:
                step.pk = None
                step.protocol = copy
            ProtocolStep.objects.bulk_create(steps)
        self.message_user(request, f"{queryset.count()} protocol(s) duplicated as drafts.")

    @staticmethod
    def _free_slug(base: str) -> str:
        slug, number = base[:50], 2
        while Protocol.objects.filter(slug=slug).exists():
            slug = f"{base[:45]}-{number}"
            number += 1
        return slug
