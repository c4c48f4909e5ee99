"""The reviewed safety content: red flags and contraindications with sources, the tiers the
clinical review asked for, the pages that show them, and the migration that brings an older
database up to them."""

import pytest
from django.apps import apps

from points.catalog import COMPLAINTS, CONTRAINDICATIONS, routines, safety
from points.models import Complaint, Contraindication, Point, Protocol, ProtocolStep, RedFlag
from points.seed import apply_review

pytestmark = pytest.mark.django_db

CATALOG_FLAGS = [flag for c in COMPLAINTS for flag in c["red_flags"]] + safety.SHARED_RED_FLAGS


def tier_of(fragment: str, complaint: str | None = None) -> str:
    flags = RedFlag.objects.filter(question__icontains=fragment)
    if complaint:
        flags = flags.filter(complaint__slug=complaint)
    return flags.get().tier


def test_every_red_flag_and_contraindication_has_a_source_a_reader_can_open():
    entries = list(RedFlag.objects.all()) + list(Contraindication.objects.all())
    assert len(entries) == len(CATALOG_FLAGS) + len(CONTRAINDICATIONS)
    for entry in entries:
        assert entry.source and entry.source_url.startswith("https://"), entry
        assert entry.reviewed_on == safety.REVIEWED_ON, entry
        assert "standard acupressure safety guidance" not in entry.source.lower()


@pytest.mark.parametrize(
    ("fragment", "complaint", "tier"),
    [
        ("Have you ever had cancer, and do you now have new back pain", "low-back-pain", "urgent"),
        ("new difficulty starting to pee", "low-back-pain", "emergency"),
        ("new difficulty starting to pee", "leg-pain", "emergency"),
        ("tearing back pain", "low-back-pain", "emergency"),
        ("minor fall, lifting or a cough", "low-back-pain", "urgent"),
        ("worse at night or when lying down", "low-back-pain", "doctor"),
        ("lost weight without trying", "low-back-pain", "doctor"),
        ("jaw pain when chewing", "headache", "urgent"),
        ("20 or more weeks pregnant", "headache", "urgent"),
        ("within about 5 minutes", "headache", "emergency"),
        ("coloured rings (haloes)", "headache", "emergency"),
        ("other people you live with", "headache", "urgent"),
        ("suddenly hot, red or swollen (with or without a fever)", "knee-pain", "urgent"),
        ("tight and swollen, with pain far worse", "leg-pain", "emergency"),
        ("tight and swollen, with pain far worse", "leg-cramps", "emergency"),
        ("painful at rest or at night", "leg-pain", "urgent"),
        ("cola-coloured", "leg-cramps", "urgent"),
        ("mottled", "leg-pain", "emergency"),
        ("coughing up blood", "leg-pain", "emergency"),
        ("fainted today or in the last few days", "insomnia", "emergency"),
        ("fainted today or in the last few days", "stress-anxiety", "emergency"),
    ],
)
def test_the_red_flags_the_review_asked_for_are_there_with_their_tier(fragment, complaint, tier):
    assert tier_of(fragment, complaint) == tier


def test_the_old_wordings_are_gone():
    questions = " ".join(RedFlag.objects.values_list("question", flat=True))
    assert "within a minute or so" not in questions
    assert "hot, red and swollen, and do you have a fever" not in questions
    assert "or have you fainted?" not in questions
    assert not RedFlag.objects.filter(question__icontains="cancer, or lost weight").exists()


def test_crisis_advice_gives_real_numbers():
    for flag in RedFlag.objects.filter(question__icontains="harming yourself"):
        for number in ["999", "911", "112", "116 123", "988", "111"]:
            assert number in flag.advice


def test_the_clot_question_is_one_shared_entry_asked_by_every_leg_routine():
    shared = RedFlag.objects.get(complaint=None)
    assert shared.tier == "urgent" and "calf or leg" in shared.question
    # No complaint asks it a second time in its own words.
    assert (
        not RedFlag.objects.filter(complaint__isnull=False, question__icontains="calf")
        .filter(question__icontains="swollen, warm")
        .exists()
    )
    for complaint in Complaint.objects.all():
        on_the_leg = complaint.asks_where_it_hurts or (
            ProtocolStep.objects.filter(
                protocol__complaint=complaint, point__region__in=Point.LEG_REGIONS
            ).exists()
        )
        assert on_the_leg == (complaint.slug != "nausea")  # PC 6 for nausea: the wrist only
        assert (shared in RedFlag.for_complaint(complaint)) == on_the_leg, complaint.slug
    headache = Complaint.objects.get(slug="headache")
    ProtocolStep.objects.filter(protocol__complaint=headache).exclude(point__region="hand").delete()
    assert shared not in RedFlag.for_complaint(headache)  # hand points only: not asked


def test_the_new_contraindications_do_what_the_review_asked():
    by_slug = {c.slug: c for c in Contraindication.objects.prefetch_related("points")}
    leg = set(Point.objects.filter(region__in=Point.LEG_REGIONS).values_list("code", flat=True))
    assert {p.code for p in by_slug["recent-blood-clot"].points.all()} == leg
    assert by_slug["recent-surgery"].asks_which_limb and by_slug["recent-injury"].asks_which_limb
    assert by_slug["cancer-treatment-lymphoedema"].max_pressure == "light"
    assert by_slug["osteoporosis"].max_pressure == "moderate"
    assert by_slug["blood-thinners-bleeding-disorder"].max_pressure == "light"
    circulation = {p.code for p in by_slug["poor-leg-circulation"].points.all()}
    assert {"LR 3", "KI 1", "BL 40", "SP 11"} <= circulation and "ST 36" not in circulation
    sensation = {p.code for p in by_slug["reduced-foot-sensation"].points.all()}
    assert {"SP 6", "ST 36", "KI 1"} <= sensation  # the lower leg too, not only the feet
    assert "blood clot" in by_slug["leg-veins-skin-problem"].advice


def test_every_routine_says_how_often(client):
    for protocol in Protocol.objects.published():
        assert protocol.frequency and "see a doctor" in protocol.frequency
        page = client.get(protocol.get_absolute_url()).content.decode()
        assert "How often:" in page


def test_the_routine_page_shows_each_sources_link_under_why(client):
    page = client.get("/protocols/insomnia-routine/").content.decode()
    shared = RedFlag.objects.get(complaint=None)
    assert shared.question in page  # SP 6 and KI 1 are on the leg
    assert f'href="{shared.source_url}"' in page
    assert 'href="https://pmc.ncbi.nlm.nih.gov/articles/PMC4680134/"' in page  # pregnancy
    assert "Acupressure does not replace medical care." in page


def test_the_complaint_page_lists_what_its_routines_ask(client):
    page = client.get("/complaints/stress-anxiety/").content.decode()
    assert RedFlag.objects.get(complaint=None).question in page
    assert "Source:" in page


def test_symptom_ratings_speak_the_complaints_words():
    stress = Complaint.objects.get(slug="stress-anxiety")
    assert stress.rating_question == "How tense or anxious do you feel?"
    assert (stress.rating_low, stress.rating_high) == ("calm", "extremely tense or anxious")
    assert Complaint.objects.get(slug="leg-pain").rating_question == "How bad is your pain?"


# --- The review migration on a database loaded before the review -------------------------------


def previous():
    from importlib import import_module

    return import_module("points.migrations.0010_clinical_review").PREVIOUS


def test_the_review_replaces_unreviewed_safety_content_and_keeps_signed_off_entries():
    back = RedFlag.objects.get(question__icontains="Have you ever had cancer, and do you now")
    old_question = "Have you had cancer, or lost weight without trying, and now have back pain?"
    assert old_question in previous()["red_flags"]["low-back-pain"]
    back.delete()
    RedFlag.objects.create(
        complaint=back.complaint, question=old_question, tier="doctor", advice=""
    )
    reviewed = RedFlag.objects.filter(complaint__slug="knee-pain").first()
    reviewed.advice = "Staff wording, signed off."
    reviewed.reviewed_on = "2026-12-02"
    reviewed.save()
    Contraindication.objects.filter(slug="pregnancy").update(
        reviewed_on=None, source="Standard acupressure safety guidance", source_url=""
    )
    apply_review(apps, previous())
    assert not RedFlag.objects.filter(question=old_question).exists()
    assert tier_of("Have you ever had cancer, and do you now have new back pain") == "urgent"
    reviewed.refresh_from_db()
    assert reviewed.advice == "Staff wording, signed off."
    assert Contraindication.objects.get(slug="pregnancy").source_url.startswith("https://")
    assert RedFlag.objects.count() == len(CATALOG_FLAGS)  # nothing doubled


def test_the_review_corrects_fields_still_as_loaded_and_keeps_staff_edits():
    protocol = Protocol.objects.get(slug="insomnia-routine")
    Protocol.objects.filter(pk=protocol.pk).update(frequency="")
    leg = Complaint.objects.get(slug="leg-pain")
    old_summary = previous()["complaints"]["leg-pain"]["summary"]
    Complaint.objects.filter(pk=leg.pk).update(summary=old_summary)
    knee = Complaint.objects.get(slug="knee-pain")
    Complaint.objects.filter(pk=knee.pk).update(summary="Written by our staff.")
    apply_review(apps, previous())
    protocol.refresh_from_db()
    leg.refresh_from_db()
    knee.refresh_from_db()
    seed = next(data for data in routines.PROTOCOLS if data["slug"] == protocol.slug)
    assert protocol.frequency == seed["frequency"]
    assert leg.summary == COMPLAINTS[0]["summary"]
    assert knee.summary == "Written by our staff."
