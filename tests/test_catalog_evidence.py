"""The evidence catalog (issue 15): studies, routines tested in trials, their points, complaints
and doses, and the data migration that brings them into a database loaded before them."""

import re
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from points import catalog
from points.catalog.safety import REVIEWED_ON
from points.codes import parse_code
from points.models import (
    Complaint,
    Contraindication,
    Meridian,
    Point,
    Protocol,
    ProtocolStep,
    RedFlag,
    Study,
)
from points.seed import _fits, load_catalog
from sessions.services import plan_steps, safety_questions

pytestmark = pytest.mark.django_db

# A reader can open the study itself: a DOI, or a PubMed, PMC or Cochrane record.
CITABLE = re.compile(
    r"doi\.org/|doi:10\.|pubmed|ncbi\.nlm\.nih\.gov|pmc\.ncbi|cochranelibrary\.com", re.I
)
SEED_SLUGS = [
    "hand-routine-leg-pain",
    "knee-pain-routine",
    "low-back-pain-routine",
    "leg-cramps-routine",
    "insomnia-routine",
    "stress-anxiety-routine",
    "headache-routine",
]
RELAXING = [("EX-HN 3", "midline"), ("NHN 54", "both"), ("HT 7", "both"), ("SP 6", "both")]
RELAXING += [("LR 3", "both")]


def _steps(slug: str) -> list[tuple[str, str, int]]:
    steps = ProtocolStep.objects.filter(protocol__slug=slug).select_related("point")
    return [(step.point.code, step.side, step.duration_seconds) for step in steps]


def test_every_tested_routine_cites_a_study_a_reader_can_open():
    tested = Protocol.objects.exclude(evidence=Protocol.Evidence.TRADITIONAL)
    assert tested.count() >= 5  # drafts too: staff publish them once the paper is read
    for protocol in tested.prefetch_related("studies"):
        studies = list(protocol.studies.all())
        assert studies, protocol.slug
        assert any(CITABLE.search(s.source_url) or CITABLE.search(s.citation) for s in studies)
        assert protocol.evidence_summary.strip(), protocol.slug


def test_every_study_has_a_source_a_citation_and_the_review_date():
    assert Study.objects.count() == len(catalog.STUDIES)
    for study in Study.objects.all():
        assert study.source_url.startswith("https://"), study.slug
        assert study.citation and study.participants and study.finding, study.slug
        assert re.search(r"\b(19|20)\d\d\b", study.citation), study.slug
        assert study.reviewed_on == REVIEWED_ON


def test_the_sham_results_are_on_the_cards():
    assert set(Study.objects.filter(sham_similar=True).values_list("slug", flat=True)) == {
        "li-2018",
        "zick-2026-metime",
    }
    for slug in ["relaxing-acupressure-fatigue", "relaxing-acupressure-knee"]:
        summary = Protocol.objects.get(slug=slug).evidence_summary
        assert "sham" in summary and "the exact points may matter less" in summary


@pytest.mark.parametrize(
    ("slug", "complaint", "days", "weeks", "study", "published"),
    [
        ("relaxing-acupressure-fatigue", "fatigue", 7, 6, "zick-2016", True),
        # Drafts: Li 2018's seconds per point, and Murphy 2019's point list, were not in any
        # text we could read (a dose or point list that is not verified is not published).
        ("relaxing-acupressure-knee", "knee-pain", 5, 8, "li-2018", False),
        ("relaxing-acupressure-low-back", "low-back-pain", 7, 6, "murphy-2019", False),
    ],
)
def test_relaxing_acupressure_has_the_trial_points_and_dose(
    slug, complaint, days, weeks, study, published
):
    protocol = Protocol.objects.get(slug=slug)
    assert protocol.is_published == published and protocol.complaint.slug == complaint
    assert protocol.evidence == Protocol.Evidence.TRIAL
    assert _steps(slug) == [(code, side, 180) for code, side in RELAXING]
    assert {s.motion for s in protocol.steps.all()} == {ProtocolStep.Motion.CIRCLES}
    assert (protocol.sessions_per_day, protocol.days_per_week, protocol.weeks) == (1, days, weeks)
    assert study in set(protocol.studies.values_list("slug", flat=True))
    assert protocol.versions.exists() == published  # sessions can run it once published


def test_period_pain_routine_follows_blodt_2018():
    protocol = Protocol.objects.get(slug="period-pain-acupressure")
    assert protocol.complaint.slug == "period-pain" and protocol.evidence == "trial"
    assert _steps(protocol.slug) == [
        ("SP 6", "both", 60),
        ("LI 4", "both", 60),
        ("LR 3", "both", 60),
    ]
    assert "5 days before your period" in protocol.dose_note
    assert (protocol.sessions_per_day, protocol.days_per_week, protocol.weeks) == (1, 7, 2)
    assert list(protocol.studies.values_list("slug", flat=True)) == ["blodt-2018"]


def test_pregnancy_skips_li_4_and_sp_6_in_period_pain_but_not_pc_6_for_nausea():
    pregnancy = Contraindication.objects.get(slug="pregnancy")
    period = Protocol.objects.get(slug="period-pain-acupressure")
    steps = list(period.steps.select_related("point"))
    _, asked = safety_questions(protocol=period, steps=steps)
    assert pregnancy in asked
    plans, stops = plan_steps(steps=steps, contraindications=asked, yes={pregnancy.pk})
    assert not stops
    assert [(p.step.point.code, p.skipped) for p in plans] == [
        ("SP 6", True),
        ("LI 4", True),
        ("LR 3", False),
    ]

    nausea = Protocol.objects.get(slug="pc6-nausea")
    assert nausea.evidence == Protocol.Evidence.REVIEW
    assert _steps(nausea.slug) == [("PC 6", "both", 300)]
    _, asked = safety_questions(protocol=nausea)
    assert pregnancy not in asked
    assert "pregnancy" in nausea.evidence_summary and "NICE" in nausea.evidence_summary
    assert "CV 6" in set(pregnancy.points.values_list("code", flat=True))


@pytest.mark.parametrize("slug", ["fatigue", "period-pain", "nausea"])
def test_new_complaints_have_sourced_red_flags_in_every_tier(slug):
    complaint = Complaint.objects.get(slug=slug)
    flags = list(complaint.red_flags.all())
    assert len(flags) >= 5
    for flag in flags:
        assert flag.question.endswith("?") and flag.advice, flag.question
        assert flag.source and flag.source_url.startswith("https://www.nhs.uk/"), flag.question
        assert flag.reviewed_on == REVIEWED_ON
    assert {flag.tier for flag in flags} == {"emergency", "urgent", "doctor"}
    assert complaint.protocols.published().exists()


@pytest.mark.parametrize(
    ("slug", "words"),
    [
        ("nausea", ["blood in your vomit", "head", "dehydration", "pregnant"]),
        ("period-pain", ["ectopic", "pregnant", "heavy"]),
    ],
)
def test_red_flags_name_the_dangers_nhs_lists(slug, words):
    text = " ".join(
        f"{f.question} {f.advice}" for f in RedFlag.objects.filter(complaint__slug=slug)
    ).lower()
    for word in words:
        assert word in text, word


def test_every_point_code_parses_and_its_meridian_exists():
    codes = set(Meridian.objects.values_list("code", flat=True))
    assert {"GV", "CV", "EX-HN"} <= codes
    for point in Point.objects.select_related("meridian"):
        assert parse_code(point.code) == (point.meridian.code, point.number), point.code
        assert point.meridian.code in codes


def test_new_points_say_where_they_are_and_how_sure_we_are():
    for code in ["EX-HN 3", "NHN 54", "GV 20", "HT 7", "PC 6", "CV 6"]:
        point = Point.objects.get(code=code)
        assert point.location, code
        assert point.how_to_find and point.technique and point.indication_list, code
    anmian = Point.objects.get(code="NHN 54")
    assert "Not in the WHO standard list" in anmian.identification_note
    assert "N-HN-54" in anmian.identification_note
    assert "EX-HN 3" in Point.objects.get(code="EX-HN 3").identification_note
    assert Point.objects.get(code="PC 6").region == Point.Region.FOREARM
    # WHO 2008 distances, in cun.
    assert "2 cun above the palmar wrist crease" in Point.objects.get(code="PC 6").location
    assert "5 cun behind the front hairline" in Point.objects.get(code="GV 20").location
    assert "1.5 cun below the centre of the navel" in Point.objects.get(code="CV 6").location


def test_midline_points_are_pressed_once():
    for step in ProtocolStep.objects.filter(point__code__in=["EX-HN 3", "GV 20", "CV 6"]):
        assert step.side == ProtocolStep.Side.MIDLINE, step


def test_seed_routines_say_they_are_traditional_and_state_a_dose():
    for slug in SEED_SLUGS:
        protocol = Protocol.objects.get(slug=slug)
        assert protocol.evidence == Protocol.Evidence.TRADITIONAL
        assert protocol.evidence_summary.startswith("Traditional use, not tested in trials.")
        assert not protocol.studies.exists()
        assert (protocol.sessions_per_day, protocol.days_per_week, protocol.weeks) == (1, 7, 2)
        assert "2 weeks" in protocol.frequency
        for step in protocol.steps.all():
            assert "a few minutes" not in step.instructions, (slug, step.order)


def test_every_catalog_row_fits_the_current_models():
    """A row too long for its field would be skipped by load_catalog, never loaded."""
    rows = [(Meridian, catalog.MERIDIANS), (Point, catalog.POINTS), (Study, catalog.STUDIES)]
    rows += [(Complaint, catalog.COMPLAINTS), (Protocol, catalog.PROTOCOLS)]
    rows += [(Contraindication, catalog.CONTRAINDICATIONS)]
    for model, model_rows in rows:
        for row in model_rows:
            assert _fits(model, row), (model.__name__, row.get("slug") or row.get("code"))
    for protocol_row in catalog.PROTOCOLS:
        for step in protocol_row["steps"]:
            assert _fits(ProtocolStep, step), protocol_row["slug"]
    assert Protocol.objects.count() == len(catalog.PROTOCOLS)
    assert Point.objects.count() == len(catalog.POINTS)


NEW_PROTOCOLS = [
    "relaxing-acupressure-fatigue",
    "relaxing-acupressure-knee",
    "relaxing-acupressure-low-back",
    "period-pain-acupressure",
    "pc6-nausea",
]
NEW_POINTS = ["EX-HN 3", "NHN 54", "GV 20", "HT 7", "PC 6", "CV 6"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_migration_0014_loads_the_evidence_catalog_into_a_database_at_0013():
    # A transactional test before this one (the browser tests) may have emptied the tables.
    load_catalog(django_apps)
    for protocol in Protocol.objects.published():
        protocol.record_version()
    executor = MigrationExecutor(connection)
    executor.migrate([("points", "0013_evidence_and_dose")])
    old = executor.loader.project_state([("points", "0013_evidence_and_dose")]).apps

    # Make the database look as it was before the evidence catalog: no new rows, and the seed
    # routines with the defaults 0013 gave them and their earlier texts.
    previous = import_module("points.migrations.0014_evidence_catalog").PREVIOUS
    Old = {name: old.get_model("points", name) for name in ["Protocol", "ProtocolStep"]}
    old.get_model("points", "ProtocolVersion").objects.filter(
        protocol__slug__in=NEW_PROTOCOLS
    ).delete()
    Old["ProtocolStep"].objects.filter(protocol__slug__in=NEW_PROTOCOLS).delete()
    Old["Protocol"].objects.filter(slug__in=NEW_PROTOCOLS).delete()
    old.get_model("points", "Complaint").objects.filter(
        slug__in=["fatigue", "period-pain", "nausea"]
    ).delete()
    old.get_model("points", "Contraindication").objects.filter(
        slug="head-wrist-belly-skin-problem"
    ).delete()
    old.get_model("points", "Contraindication").objects.get(slug="pregnancy").points.remove(
        *old.get_model("points", "Point").objects.filter(code="CV 6")
    )
    old.get_model("points", "PointPlacement").objects.filter(point__code__in=NEW_POINTS).delete()
    old.get_model("points", "PointAlias").objects.filter(point__code__in=NEW_POINTS).delete()
    old.get_model("points", "Point").objects.filter(code__in=NEW_POINTS).delete()
    old.get_model("points", "Meridian").objects.filter(
        code__in=["GV", "CV", "EX-HN", "NHN"]
    ).delete()
    old.get_model("points", "Study").objects.all().delete()
    Old["Protocol"].objects.filter(slug__in=SEED_SLUGS).update(
        evidence="traditional", evidence_summary="", weeks=4, dose_note=""
    )
    for slug, fields in previous["protocols"].items():
        Old["Protocol"].objects.filter(slug=slug).update(**fields)
    for key, fields in previous["steps"].items():
        slug, order = key.rsplit(" ", 1)
        Old["ProtocolStep"].objects.filter(protocol__slug=slug, order=int(order)).update(**fields)
        version = old.get_model("points", "ProtocolVersion").objects.get(protocol__slug=slug)
        version.content["steps"][int(order) - 1].update(fields)  # what users ran then
        version.save()
    # A staff edit to a seed routine's dose survives the migration.
    Old["Protocol"].objects.filter(slug="insomnia-routine").update(weeks=3)
    hand = Old["Protocol"].objects.get(slug="hand-routine-leg-pain")
    versions_before = hand.versions.count()

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert set(NEW_PROTOCOLS) <= set(Protocol.objects.values_list("slug", flat=True))
    assert set(NEW_POINTS) <= set(Point.objects.values_list("code", flat=True))
    assert Study.objects.count() == len(catalog.STUDIES)
    for slug in NEW_PROTOCOLS:
        protocol = Protocol.objects.get(slug=slug)
        assert protocol.versions.count() == int(protocol.is_published), slug
        assert protocol.studies.exists(), slug
    fatigue = Protocol.objects.get(slug="relaxing-acupressure-fatigue")
    assert _steps(fatigue.slug) == [(code, side, 180) for code, side in RELAXING]
    assert Complaint.objects.get(slug="nausea").red_flags.count() >= 5
    assert "CV 6" in set(
        Contraindication.objects.get(slug="pregnancy").points.values_list("code", flat=True)
    )
    skin = Contraindication.objects.get(slug="head-wrist-belly-skin-problem")
    assert set(skin.points.values_list("code", flat=True)) == set(NEW_POINTS)

    hand = Protocol.objects.get(slug="hand-routine-leg-pain")
    assert hand.evidence_summary.startswith("Traditional use") and hand.weeks == 2
    assert "2 weeks" in hand.frequency
    assert all("a few minutes" not in s.instructions for s in hand.steps.all())
    assert hand.versions.count() == versions_before + 1  # the step texts changed
    assert Protocol.objects.get(slug="insomnia-routine").weeks == 3  # staff edit kept
