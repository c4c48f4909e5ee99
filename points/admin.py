from django.contrib import admin

from points.models import (
    Complaint,
    Contraindication,
    Meridian,
    Point,
    PointAlias,
    Protocol,
    ProtocolStep,
    RedFlag,
)


@admin.register(Meridian)
class MeridianAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "alternative_codes", "order"]
    list_editable = ["order"]


class PointAliasInline(admin.TabularInline):
    model = PointAlias
    extra = 0


@admin.register(Point)
class PointAdmin(admin.ModelAdmin):
    list_display = ["code", "pinyin", "english_name", "meridian", "region", "identification"]
    list_filter = ["meridian", "region", "identification"]
    search_fields = ["code", "pinyin", "english_name", "aliases__text", "indications"]
    readonly_fields = ["code", "slug"]
    inlines = [PointAliasInline]
    fieldsets = [
        (
            None,
            {"fields": ["meridian", "number", "code", "slug", "pinyin", "hanzi", "english_name"]},
        ),
        ("Where it is", {"fields": ["region", "location", "how_to_find"]}),
        ("Use", {"fields": ["indications", "technique"]}),
        ("Identification", {"fields": ["identification", "identification_note"]}),
    ]


@admin.register(Contraindication)
class ContraindicationAdmin(admin.ModelAdmin):
    list_display = ["name", "scope", "action", "applies_to_all_points", "order"]
    list_filter = ["scope", "action"]
    search_fields = ["name", "question", "message"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["points"]


class RedFlagInline(admin.StackedInline):
    model = RedFlag
    extra = 0


@admin.register(Complaint)
class ComplaintAdmin(admin.ModelAdmin):
    list_display = ["name", "order"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RedFlagInline]


class ProtocolStepInline(admin.StackedInline):
    model = ProtocolStep
    extra = 0
    autocomplete_fields = ["point"]


@admin.register(Protocol)
class ProtocolAdmin(admin.ModelAdmin):
    list_display = ["name", "complaint", "status", "updated_at"]
    list_filter = ["status", "complaint"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ProtocolStepInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "complaint", "summary", "status"]}),
        (
            "See-a-doctor rule",
            {
                "fields": [
                    "doctor_after_sessions",
                    "doctor_worsening_points",
                    "doctor_severe_pain",
                    "doctor_after_days",
                ]
            },
        ),
    ]
