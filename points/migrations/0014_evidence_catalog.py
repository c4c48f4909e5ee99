"""The evidence catalog of issue 15: studies, routines tested in trials, their points and
complaints, and a stated dose and an honest evidence grade on the seed routines.

1. points.seed.load_catalog creates what is missing (meridians, points, the new complaints with
   their red flags, the new safety entry, studies, routines and their studies), then places the
   points on the diagrams that have them (points.seed.load_placements).
2. points.seed.apply_evidence_catalog sets the new fields (evidence, dose, rating words) where
   they still hold their default, and the seed routines' "how often" text and the hand
   routine's step texts where they still read as below (PREVIOUS), so staff edits stay; the
   new points join the skip lists the catalog names them in (pregnancy: CV 6).
3. Every published routine without a version gets its first one, and a seed routine whose
   steps changed gets a new one, as an edit in the admin would (points.seed).
"""

from django.db import migrations

from points.seed import (
    apply_evidence_catalog,
    load_catalog,
    load_placements,
    record_changed_versions,
    record_first_versions,
)

NEW_POINTS = ["EX-HN 3", "NHN 54", "GV 20", "HT 7", "PC 6", "CV 6"]

# The catalog's values before this migration, where it changed them.
PREVIOUS = {
    "complaints": {},
    "protocols": {
        "hand-routine-leg-pain": {
            "frequency": "Once or twice a day at most. Stop if it "
            "hurts, bruises, makes you feel faint, "
            "or causes numbness or tingling. If your "
            "leg pain is no better after 3 sessions "
            "or 2 weeks, or it gets worse, see a "
            "doctor."
        },
        "headache-routine": {
            "frequency": "When a headache starts, once or twice a day "
            "at most. Stop if it hurts, bruises, makes "
            "you feel faint, or causes numbness or "
            "tingling. If headaches keep coming back, or "
            "you need painkillers on many days, see a "
            "doctor."
        },
        "insomnia-routine": {
            "frequency": "Once a day, in bed before sleep. Stop if it "
            "hurts, bruises, makes you feel faint, or "
            "causes numbness or tingling. If your sleep "
            "is no better after 2 weeks, see a doctor."
        },
        "knee-pain-routine": {
            "frequency": "Once or twice a day at most. Stop if it "
            "hurts, bruises, makes you feel faint, or "
            "causes numbness or tingling. If your knee "
            "is no better after 3 sessions or 2 weeks, "
            "or it gets worse, see a doctor."
        },
        "leg-cramps-routine": {
            "frequency": "Between cramps, once or twice a day at "
            "most; stretch a cramp out first. Stop if "
            "it hurts, bruises, makes you feel faint, "
            "or causes numbness or tingling. If the "
            "cramps are no better after 2 weeks, see a "
            "doctor."
        },
        "low-back-pain-routine": {
            "frequency": "Once or twice a day at most, and keep "
            "moving between sessions. Stop if it "
            "hurts, bruises, makes you feel faint, "
            "or causes numbness or tingling. If your "
            "back is no better after 3 sessions or 2 "
            "weeks, or it gets worse, see a doctor."
        },
        "stress-anxiety-routine": {
            "frequency": "Once or twice a day at most, when you "
            "feel tense. Stop if it hurts, bruises, "
            "makes you feel faint, or causes "
            "numbness or tingling. If you feel no "
            "better after 2 weeks, or worse, see a "
            "doctor."
        },
    },
    "steps": {
        "hand-routine-leg-pain 1": {
            "instructions": "Rest one hand palm down and find the "
            "hollow on the back of the hand where "
            "the thumb and index-finger bones meet. "
            "Press deeply with one or two "
            "fingertips of the other hand, moving "
            "in small circles or up and down for a "
            "few minutes; it should feel strong and "
            "achy but not painful."
        },
        "hand-routine-leg-pain 2": {
            "instructions": "Keep the hand palm down and move to "
            "the little-finger edge, just behind "
            "the knuckle of the little finger. Feel "
            "for the hollow that is most tender and "
            "press deeply there, with circles or "
            "up-and-down movements, for a few "
            "minutes; firm but not painful."
        },
    },
}


def load_evidence_catalog(apps, schema_editor):
    load_catalog(apps)
    apply_evidence_catalog(apps, PREVIOUS, NEW_POINTS)
    load_placements(apps)
    record_first_versions(apps)
    record_changed_versions(apps, sorted(PREVIOUS["protocols"]))


class Migration(migrations.Migration):
    dependencies = [("points", "0013_evidence_and_dose")]

    operations = [migrations.RunPython(load_evidence_catalog, migrations.RunPython.noop)]
