import re
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.expressions import Combinable
from django.template.defaultfilters import pluralize
from django.urls import reverse

from points import diagrams, synonyms
from points.codes import compact, parse_code, point_code, point_slug
from points.fragments import CatalogQuerySet
from points.versions import describe_changes, protocol_content


class MeridianQuerySet(CatalogQuerySet):
    def with_code(self, prefix: str) -> "MeridianQuerySet":
        """Meridians a code prefix names: the standard code or an alternative (LV for LR)."""
        return self.filter(
            Q(code__iexact=prefix) | Q(alternative_codes__iregex=rf"(^|\s){prefix}(\s|$)")
        )


class Meridian(models.Model):
    code = models.CharField(
        max_length=6,
        unique=True,
        help_text="Standard code, e.g. ST or LR, or EX-HN for extra points.",
    )
    name = models.CharField(max_length=60)
    alternative_codes = models.CharField(
        max_length=40,
        blank=True,
        help_text="Other codes people use for this meridian, separated by spaces (LV for LR).",
    )
    order = models.PositiveSmallIntegerField(default=0, help_text="Position in lists.")

    objects = MeridianQuerySet.as_manager()

    class Meta:
        ordering = ["order", "code"]

    def __str__(self) -> str:
        return f"{self.code} – {self.name}"


class PointQuerySet(CatalogQuerySet):
    def search(self, query: str) -> "PointQuerySet":
        """Points a search names: by code, name or alias; by a use (or an everyday word for
        one) or body region; by where the point is or a landmark in how to find it. In the
        database's order: `best_first` ranks them."""
        query = " ".join(query.split())
        if not query:
            return self
        matches = _named(query)
        if not parse_code(query):  # "ST 36" also appears in the locations of its neighbours
            terms = synonyms.search_terms(query)
            regions = _regions(terms)
            if regions:
                matches |= Q(region__in=regions)
            for field in _TEXT_FIELDS:
                for term in terms:
                    # A word's start, as _starts_word checks ("arm" is not in "warm"); LIKE, as
                    # SQLite runs a regular expression as a Python call on every row.
                    matches |= Q(**{f"{field}__istartswith": term})
                    matches |= Q(**{f"{field}__icontains": f" {term}"})
        return self.filter(matches)


# Ranked in Python: the same conditions again as CASE WHEN would double the cost of the query.
_TEXT_FIELDS = ("indications", "location", "how_to_find")
NAME, USE, LOCATION, HOW_TO_FIND = range(4)


def best_first(points: Iterable["Point"], query: str) -> list["Point"]:
    """Search results best first: names, then uses and body regions, then where the point is;
    points that match only in how to find them only if nothing nearer matched, since many of
    those texts say "press with your thumb"."""
    query = " ".join(query.split())
    if not query:
        return list(points)
    code_like = parse_code(query) is not None
    terms = synonyms.search_terms(query)
    regions = set(_regions(terms))
    ranked = sorted(
        (
            (NAME if code_like else _rank(point, query, terms, regions), i, point)
            for i, point in enumerate(points)
        ),  # fmt: skip
        key=lambda item: item[:2],
    )
    nearer = [point for rank, _, point in ranked if rank < HOW_TO_FIND]
    return nearer or [point for _, _, point in ranked]


def _rank(point: "Point", query: str, terms: list[str], regions: set[str]) -> int:
    text = query.lower()
    names = [point.pinyin.lower(), point.hanzi]
    if any(text in name or text.replace(" ", "") in name for name in names if name):
        return NAME
    if _starts_word(point.english_name, [text]):
        return NAME
    if point.region in regions or _starts_word(point.indications, terms):
        return USE
    if _starts_word(point.location, terms):
        return LOCATION
    if _starts_word(point.how_to_find, terms):
        return HOW_TO_FIND
    return NAME  # the database matched a code or an alias


def _starts_word(text: str, terms: list[str]) -> bool:
    spaced = f" {text.lower()}"
    return any(f" {term}" in spaced for term in terms)


def _named(query: str) -> Q:
    """A code in any common spelling, an alias, or a name (pinyin also with spaces: zu san li)."""
    matches = Q(pinyin__icontains=query) | Q(hanzi__icontains=query)
    matches |= Q(english_name__istartswith=query) | Q(english_name__icontains=f" {query}")
    despaced = re.sub(r"[\s'-]", "", query)
    if despaced != query:
        matches |= Q(pinyin__icontains=despaced)
    aliases = Q(text__icontains=query)
    parsed = parse_code(query)
    if parsed:
        aliases |= Q(normalized=compact(query))
        prefix, number = parsed
        matches |= Q(meridian__in=Meridian.objects.with_code(prefix), number=number)
    else:
        matches |= Q(code__icontains=query)
    reference = synonyms.meridian_reference(query)
    if reference:  # "liver 3", "stomach 36"
        name, number = reference
        names = Q(meridian__name__iexact=name) | Q(meridian__name__iexact=name.replace(" ", ""))
        matches |= names & Q(number=number)
    # Aliases in a subquery: a join would list a point once per matching alias.
    return matches | Q(pk__in=PointAlias.objects.filter(aliases).values("point"))


def _regions(terms: list[str]) -> list[str]:
    """The body regions a term names ("leg" is the lower leg, "buttock" the hip)."""
    return [
        value
        for value, label in Point.Region.choices
        if any(
            len(term) > 2 and re.search(rf"\b{re.escape(term)}", label.lower()) for term in terms
        )
    ]


class Point(models.Model):
    class Region(models.TextChoices):
        HAND = "hand", "Hand"
        FOOT = "foot", "Foot"
        ANKLE = "ankle", "Ankle"
        LOWER_LEG = "lower_leg", "Lower leg"
        KNEE = "knee", "Knee"
        THIGH = "thigh", "Thigh"
        HIP = "hip", "Hip and buttock"
        HEAD = "head", "Head and face"
        FOREARM = "forearm", "Forearm and wrist"
        ABDOMEN = "abdomen", "Abdomen"

    # Where the clot question and the "which leg" question apply; the arm's regions for "which arm".
    LEG_REGIONS = frozenset({"foot", "ankle", "lower_leg", "knee", "thigh", "hip"})
    ARM_REGIONS = frozenset({"hand", "forearm"})

    class Identification(models.TextChoices):
        STANDARD = "standard", "Standard point"
        PROBABLE = "probable", "Probable identification"
        UNCERTAIN = "uncertain", "Uncertain identification"

    meridian = models.ForeignKey(Meridian, on_delete=models.PROTECT, related_name="points")
    number = models.PositiveSmallIntegerField(help_text="The point's number on its meridian.")
    code = models.CharField(
        max_length=12, unique=True, editable=False, help_text="Standard code, e.g. ST 36."
    )
    slug = models.SlugField(max_length=20, unique=True, editable=False)
    pinyin = models.CharField("pinyin name", max_length=40)
    hanzi = models.CharField("Chinese characters", max_length=20, blank=True)
    english_name = models.CharField(max_length=80, blank=True)
    region = models.CharField("body region", max_length=12, choices=Region)
    location = models.TextField(help_text="Anatomical location, with distances in cun.")
    how_to_find = models.TextField(help_text="Finding it yourself: finger-widths and landmarks.")
    indications = models.TextField(help_text="What it is used for, comma separated.")
    technique = models.TextField(blank=True, help_text="How to press this point.")
    identification = models.CharField(
        max_length=10,
        choices=Identification,
        default=Identification.STANDARD,
        help_text="How sure we are that the source's description means this standard point.",
    )
    identification_note = models.TextField(blank=True)

    objects = PointQuerySet.as_manager()

    class Meta:
        ordering = ["meridian__order", "number"]
        constraints = [
            models.UniqueConstraint(fields=["meridian", "number"], name="unique_point_per_meridian")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.pinyin}"

    def save(self, *args, **kwargs) -> None:
        self.code = point_code(self.meridian.code, self.number)
        self.slug = point_slug(self.code)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("points:point_detail", args=[self.slug])

    @property
    def indication_list(self) -> list[str]:
        return [item.strip() for item in self.indications.split(",") if item.strip()]


class PointAlias(models.Model):
    point = models.ForeignKey(Point, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(
        max_length=40, help_text="Another code or name people (or sources) use, e.g. LV 3."
    )
    normalized = models.CharField(max_length=40, unique=True, editable=False)
    slug = models.SlugField(max_length=50, unique=True, editable=False)
    note = models.CharField(max_length=200, blank=True, help_text="Where this variant comes from.")

    objects = CatalogQuerySet.as_manager()

    class Meta:
        verbose_name_plural = "point aliases"
        ordering = ["text"]

    def __str__(self) -> str:
        return self.text

    def save(self, *args, **kwargs) -> None:
        self.normalized = compact(self.text)
        self.slug = point_slug(self.text)
        super().save(*args, **kwargs)

    def clean(self) -> None:
        normalized = compact(self.text)
        if not normalized:
            raise ValidationError({"text": "Enter letters or digits."})
        others = PointAlias.objects.exclude(pk=self.pk).select_related("point")
        clash = others.filter(normalized=normalized).first()
        if clash:
            message = f"{self.text} is already an alias of {clash.point.code}."
            raise ValidationError({"text": message})


class PointPlacement(models.Model):
    """Where a point is drawn on one body diagram (points/diagrams.py)."""

    point = models.ForeignKey(Point, on_delete=models.CASCADE, related_name="placements")
    diagram = models.CharField(max_length=20, choices=diagrams.CHOICES)
    x = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(1000)],
        help_text="Across the drawing, in drawing units from its left edge (click the preview).",
    )
    y = models.PositiveSmallIntegerField(
        validators=[MaxValueValidator(1000)],
        help_text="Down the drawing, in drawing units from its top edge.",
    )

    objects = CatalogQuerySet.as_manager()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["point", "diagram"], name="unique_point_per_diagram")
        ]

    def __str__(self) -> str:
        return f"{self.point} on {self.get_diagram_display()}"

    def clean(self) -> None:
        drawing = diagrams.DIAGRAMS.get(self.diagram)
        if drawing is None or self.x is None or self.y is None:
            return
        if not drawing.contains(self.x, self.y):
            raise ValidationError(
                f"({self.x}, {self.y}) is outside the outline of {drawing.title.lower()}: "
                "click on the body in the preview to place the point."
            )


class Pressure(models.TextChoices):
    """How hard a step presses, lightest first (a cap compares by this order)."""

    LIGHT = "light", "Light"
    MODERATE = "moderate", "Moderate"
    FIRM = "firm", "Firm"
    DEEP = "deep", "Deep"


class ReviewedContent(models.Model):
    """Safety content that carries its source and who last checked it."""

    source = models.CharField(
        max_length=300, blank=True, help_text="Title of the guidance this comes from."
    )
    source_url = models.URLField(
        "source link", max_length=300, blank=True, help_text="Where a reader can open it."
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        # Editors pick among staff only: the site's users are not theirs to list (or name).
        limit_choices_to={"is_staff": True},
        help_text="Who last checked this against its source (staff only).",
    )
    reviewed_on = models.DateField(null=True, blank=True)

    objects = CatalogQuerySet.as_manager()

    class Meta:
        abstract = True


class Contraindication(ReviewedContent):
    class Scope(models.TextChoices):
        PREGNANCY = "pregnancy", "Pregnancy"
        SITE = "site", "Local skin or site problem"
        SYSTEMIC = "systemic", "Systemic (e.g. blood thinners, clotting disorder)"

    class Action(models.TextChoices):
        SKIP = "skip", "Skip the point"
        CAUTION = "caution", "Caution"
        STOP = "stop", "Stop the session"

    name = models.CharField(max_length=100)
    slug = models.SlugField(unique=True)
    question = models.CharField(
        max_length=200, help_text="The yes/no question asked before a session."
    )
    scope = models.CharField(max_length=10, choices=Scope)
    action = models.CharField(max_length=10, choices=Action)
    message = models.TextField(help_text="What the user is told about an affected point.")
    points = models.ManyToManyField(Point, related_name="contraindications", blank=True)
    applies_to_all_points = models.BooleanField(
        default=False, help_text="Concerns every point, e.g. a bleeding disorder."
    )
    asks_which_limb = models.BooleanField(
        default=False,
        help_text="After a yes, ask which arm or leg it concerns; points on that limb are skipped.",
    )
    max_pressure = models.CharField(
        max_length=10,
        choices=Pressure,
        blank=True,
        help_text="With a yes, no step presses harder than this, and its instructions say so.",
    )
    advice = models.TextField(
        blank=True, help_text="Said once after a yes, whatever the points (e.g. signs of a clot)."
    )
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    @classmethod
    def for_points(cls, points) -> models.QuerySet:
        """Every contraindication that concerns at least one of these points, or any limb."""
        concerns = Q(points__in=points) | Q(applies_to_all_points=True) | Q(asks_which_limb=True)
        return cls.objects.filter(pk__in=cls.objects.filter(concerns).values("pk"))


class Complaint(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(unique=True)
    summary = models.CharField(max_length=300)
    asks_where_it_hurts = models.BooleanField(
        default=False,
        help_text="Ask which side and part of the leg hurts before a session (leg complaints).",
    )
    symptom = models.CharField(
        max_length=40,
        default="pain",
        help_text="What the 0–10 rating measures, in the user's words: pain, sleep problems.",
    )
    rating_question = models.CharField(
        max_length=120,
        default="How bad is your pain?",
        help_text="The 0–10 question asked before and after a session.",
    )
    rating_low = models.CharField(
        "what 0 means", max_length=60, default="no pain", help_text="0 is the best."
    )
    rating_high = models.CharField(
        "what 10 means",
        max_length=60,
        default="worst pain imaginable",
        help_text="10 is the worst.",
    )
    order = models.PositiveSmallIntegerField(default=0)

    objects = CatalogQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("points:complaint_detail", args=[self.slug])


class RedFlag(ReviewedContent):
    class Tier(models.TextChoices):
        EMERGENCY = "emergency", "Emergency: call emergency services now"
        URGENT = "urgent", "Urgent: get medical care today"
        DOCTOR = "doctor", "See your doctor"

    complaint = models.ForeignKey(
        Complaint,
        on_delete=models.CASCADE,
        related_name="red_flags",
        null=True,
        blank=True,
        help_text="Leave empty for a question asked before every routine that presses a leg "
        "or foot point (a blood clot in the leg), whatever the complaint.",
    )
    question = models.CharField(max_length=300)
    tier = models.CharField(max_length=10, choices=Tier)
    advice = models.TextField(help_text="What to do, and why.")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.question

    @classmethod
    def asked_for(cls, complaint: Complaint, points: Iterable[Point]) -> models.QuerySet:
        """The complaint's own red flags, and the leg questions if the complaint is about the leg
        or the routine presses a leg or foot point: what the safety check asks before it."""
        condition = Q(complaint=complaint)
        if complaint.asks_where_it_hurts or any(p.region in Point.LEG_REGIONS for p in points):
            condition |= Q(complaint__isnull=True)
        return cls._ordered(condition)

    @classmethod
    def for_complaint(cls, complaint: Complaint) -> models.QuerySet:
        """What the complaint's published routines ask, in one query (asked_for, for all)."""
        shared: Q | Combinable = Q(complaint__isnull=True)
        if not complaint.asks_where_it_hurts:
            presses_leg = ProtocolStep.objects.filter(
                protocol__complaint=complaint, protocol__status=Protocol.Status.PUBLISHED
            ).filter(point__region__in=Point.LEG_REGIONS)
            shared = Q(complaint__isnull=True) & models.Exists(presses_leg)
        return cls._ordered(Q(complaint=complaint) | shared)

    @classmethod
    def _ordered(cls, condition) -> models.QuerySet:
        # The shared questions (no complaint) first: a clot comes before the complaint's own.
        return cls.objects.filter(condition).order_by(
            models.F("complaint").asc(nulls_first=True), "order", "pk"
        )


# The see-a-doctor thresholds staff may set on a protocol: (field, lowest, highest). Checked by
# the form (validators) and by the database (check constraints), so no typo reaches users.
DOCTOR_LIMITS = {
    "doctor_after_sessions": (2, 10),
    "doctor_worsening_points": (1, 5),
    "doctor_severe_pain": (5, 10),
    "doctor_after_days": (3, 90),
    "doctor_window_days": (7, 365),
}
# How often a routine is done, as its studies gave it: (field, lowest, highest).
DOSE_LIMITS = {"sessions_per_day": (1, 3), "days_per_week": (1, 7), "weeks": (1, 26)}


def _limit(name: str, default: int, help_text: str) -> models.PositiveSmallIntegerField:
    """A see-a-doctor threshold or a dose field, kept within its limits."""
    low, high = (DOCTOR_LIMITS | DOSE_LIMITS)[name]
    shown = f"; default {default}" if name in DOCTOR_LIMITS else ""
    return models.PositiveSmallIntegerField(
        default=default,
        validators=[MinValueValidator(low), MaxValueValidator(high)],
        help_text=f"{help_text} From {low} to {high}{shown}.",
    )


class Study(ReviewedContent):
    """A trial or review a routine's evidence card cites, in plain words."""

    slug = models.SlugField(unique=True)
    short_name = models.CharField(max_length=60, help_text="How the card names it: Zick 2016.")
    citation = models.CharField(
        max_length=400, help_text="Authors, title, journal, year; with the DOI if it has one."
    )
    design = models.CharField(
        max_length=120, help_text="What kind of study: a randomised trial, a systematic review."
    )
    participants = models.CharField(
        max_length=300, help_text="In whom, and how many: 270 breast cancer survivors with fatigue."
    )
    compared_with = models.CharField(
        max_length=300, help_text="What the routine was compared with: sham points, usual care."
    )
    tested = models.TextField(help_text="What was tested: the points, the dose, for how long.")
    finding = models.TextField(help_text="What happened, in plain words, with the numbers.")
    sham_similar = models.BooleanField(
        "sham pressure did about as well",
        default=False,
        help_text="Pressing other (sham) points helped about as much: the card says so.",
    )

    class Meta:
        verbose_name_plural = "studies"
        ordering = ["short_name"]

    def __str__(self) -> str:
        return self.short_name


class ProtocolQuerySet(CatalogQuerySet):
    def published(self) -> "ProtocolQuerySet":
        return self.filter(status=Protocol.Status.PUBLISHED)


class Protocol(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    class Evidence(models.TextChoices):
        TRIAL = "trial", "Tested in randomised trials"
        REVIEW = "review", "Tested in trials, summed up in a systematic review"
        TRADITIONAL = "traditional", "Traditional use, not tested in trials"

    name = models.CharField(max_length=120)
    slug = models.SlugField(unique=True)
    complaint = models.ForeignKey(Complaint, on_delete=models.PROTECT, related_name="protocols")
    summary = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    frequency = models.TextField(
        "how often",
        blank=True,
        help_text="How often to use the routine, and when to stop and see a doctor.",
    )
    evidence = models.CharField(
        "evidence grade",
        max_length=12,
        choices=Evidence,
        default=Evidence.TRADITIONAL,
        help_text="Tested in trials only if the studies below tested this routine and dose.",
    )
    evidence_summary = models.TextField(
        blank=True, help_text="What the studies found, in plain words, for the evidence card."
    )
    studies = models.ManyToManyField(Study, blank=True, related_name="protocols")
    sessions_per_day = _limit("sessions_per_day", 1, "Sessions a day.")
    days_per_week = _limit("days_per_week", 7, "Days a week.")
    weeks = _limit("weeks", 4, "How many weeks a plan runs.")
    as_needed = models.BooleanField(
        "used when needed",
        default=False,
        help_text="Used when the symptom comes (nausea), not on a schedule: no plan is offered.",
    )
    dose_note = models.CharField(
        max_length=200,
        blank=True,
        help_text="When in the day or month, if it matters: from 5 days before a period is due.",
    )
    doctor_after_sessions = _limit(
        "doctor_after_sessions",
        3,
        "See a doctor when the pain before the session has not fallen by 2 points over this "
        "many sessions in a row.",
    )
    doctor_worsening_points = _limit(
        "doctor_worsening_points",
        2,
        "Stop and see a doctor when the pain after a session is this much above before.",
    )
    doctor_severe_pain = _limit(
        "doctor_severe_pain", 8, "See a doctor when the pain reaches this level (0–10)."
    )
    doctor_after_days = _limit(
        "doctor_after_days",
        14,
        "See a doctor when the pain before a session has not fallen by 2 points over this "
        "many days.",
    )
    doctor_window_days = _limit(
        "doctor_window_days",
        30,
        "Only sessions in this many past days count: older history never warns today.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProtocolQuerySet.as_manager()

    class Meta:
        ordering = ["complaint__order", "name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(**{f"{name}__gte": low, f"{name}__lte": high}),
                name=f"protocol_{name}_range",
                violation_error_message=f"{name} must be from {low} to {high}.",
            )
            for name, (low, high) in (DOCTOR_LIMITS | DOSE_LIMITS).items()
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("points:protocol_detail", args=[self.slug])

    def clean(self) -> None:
        if self.status == self.Status.PUBLISHED and not self.summary.strip():
            raise ValidationError({"summary": "A published protocol needs a summary."})

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def is_tested(self) -> bool:
        return self.evidence != self.Evidence.TRADITIONAL

    def dose(self, steps: Iterable["ProtocolStep"]) -> str:
        """ "3 minutes per point and side, once a day, for 6 weeks": the routine's dose."""
        steps = list(steps)
        seconds = sorted({step.duration_seconds for step in steps})
        where = "per point and side" if any(s.sides == 2 for s in steps) else "per point"
        parts = []
        if seconds:
            low, high = spoken_seconds(seconds[0]), spoken_seconds(seconds[-1])
            parts.append(f"{low} {where}" if low == high else f"{low} to {high} {where}")
        if self.as_needed:
            return ", ".join([*parts, "when you need it"])
        times = {1: "once a day", 2: "twice a day"}.get(
            self.sessions_per_day, f"{self.sessions_per_day} times a day"
        )
        if self.days_per_week < 7:
            times += f", {self.days_per_week} day{pluralize(self.days_per_week)} a week"
        parts.append(times)
        parts.append(f"for {self.weeks} week{pluralize(self.weeks)}")
        return ", ".join(parts)

    def record_version(self, *, user=None) -> "ProtocolVersion | None":
        """The version users run now; a new one if the published content changed."""
        if not self.is_published:
            return None
        content = protocol_content(self, self.steps.select_related("point"))
        latest = self.versions.first()
        if latest and latest.content == content:
            return latest
        return self.versions.create(
            number=latest.number + 1 if latest else 1,
            content=content,
            change_message=describe_changes(latest.content if latest else None, content),
            created_by=user,
        )


def spoken_seconds(seconds: int) -> str:
    """60 -> "1 minute", 180 -> "3 minutes", 90 -> "1 minute 30 seconds", 45 -> "45 seconds"."""
    minutes, rest = divmod(seconds, 60)
    words = [f"{minutes} minute{pluralize(minutes)}"] if minutes else []
    if rest or not minutes:
        words.append(f"{rest} second{pluralize(rest)}")
    return " ".join(words)


class ProtocolVersion(models.Model):
    """What a published protocol contained at one time; sessions point at the one they ran."""

    protocol = models.ForeignKey(Protocol, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    content = models.JSONField()
    change_message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = CatalogQuerySet.as_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["protocol", "number"], name="unique_protocol_version")
        ]

    def __str__(self) -> str:
        return f"{self.content['name']} v{self.number}"


class ProtocolStep(models.Model):
    class Side(models.TextChoices):
        LEFT = "left", "Left"
        RIGHT = "right", "Right"
        BOTH = "both", "Both sides, left then right"
        MIDLINE = "midline", "On the midline (one point, no side)"

    Pressure = Pressure

    class Motion(models.TextChoices):
        CIRCLES = "circles", "Small circles"
        UP_DOWN = "up_down", "Up and down"
        CIRCLES_OR_UP_DOWN = "circles_or_up_down", "Small circles or up and down"
        STEADY = "steady", "Steady hold"

    protocol = models.ForeignKey(Protocol, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField()
    point = models.ForeignKey(Point, on_delete=models.PROTECT, related_name="protocol_steps")
    side = models.CharField(max_length=7, choices=Side, default=Side.BOTH)
    duration_seconds = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(10), MaxValueValidator(600)],
        help_text="Time on each side, in seconds (10 to 600).",
    )
    pressure = models.CharField(max_length=10, choices=Pressure, default=Pressure.FIRM)
    motion = models.CharField(max_length=20, choices=Motion, default=Motion.CIRCLES)
    fingers = models.CharField(max_length=100, help_text="What to press with, e.g. the thumb.")
    instructions = models.TextField(blank=True)

    objects = CatalogQuerySet.as_manager()

    class Meta:
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["protocol", "order"], name="unique_step_order")
        ]

    def __str__(self) -> str:
        return f"{self.order}. {self.point.code}"

    @property
    def sides(self) -> int:
        return 2 if self.side == self.Side.BOTH else 1

    @property
    def total_seconds(self) -> int:
        return self.duration_seconds * self.sides
