"""Seed catalog: the points, safety content and protocols restated from the source articles,
and the routines tested in trials with the studies that tested them (studies.py; issue 15).

Corrections to the source are commented where they are made.
"""

from points.catalog.acupoints import POINTS
from points.catalog.routines import COMPLAINTS, PROTOCOLS
from points.catalog.rows import MeridianRow
from points.catalog.safety import CONTRAINDICATIONS
from points.catalog.studies import STUDIES

# Sources (see ../shared/seeds/README.md beside the checkout):
#   Article 1 - "Leg Acupressure": the hand routine for leg pain, and finger-width
#               guidance for ST 36, SP 6, LV 3 (= LR 3) and KD 1 (= KI 1).
#   Article 2 - leg points by region (front, side, back of the leg) with locations
#               in cun and indications.
#
# Codes and pinyin follow the WHO standard nomenclature; locations follow the WHO
# Standard Acupuncture Point Locations (2008), except GB 31 and GB 32, which keep the
# traditional locations and say so (see acupoints.py). Everything is restated in plain words.
#
# Indications policy: uses are taken from the articles and rewritten in plain English.
# Left out, each with a comment where it is dropped, because a self-care app must not
# suggest acupressure for them:
# - named diseases that need medical diagnosis and treatment (for example diabetes,
#   anaemia, schizophrenia, epilepsy, psychosis, kidney disease, ulcers, skin infections,
#   hernia, abnormal uterine bleeding, reproductive system disease, bone disease);
# - symptoms that are themselves warning signs, which need a doctor and not acupressure:
#   chest pain, collapse and fainting, drooping eyelid, palpitations, night sweats, new
#   weakness or paralysis of a leg, numbness, swelling of the legs, feet or heel, any problem
#   passing or holding urine (bedwetting included), nosebleeds, unusual discharge, poor
#   circulation, being tired and pale (anaemia), stomach pain with vomiting, poor memory, and
#   new erection problems (with back pain, a sign of cauda equina syndrome);
# - claims of a medical benefit ("low immunity", "recovery from long-term illness").
# A search for such a symptom shows the advice in points/warning_signs.py, not a point.
# "Athlete's foot" in article 2 is a mistranslation of the Chinese "jiao qi" (beriberi:
# weak, heavy, swollen legs); only its harmless part is kept, as "tired and heavy legs".

# The 12 regular meridians in classical order, then the two midline vessels and the groups of
# extra points that the routines tested in trials use (issue 15).
MERIDIANS: list[MeridianRow] = [
    {"code": "LU", "name": "Lung", "alternative_codes": "", "order": 1},
    {"code": "LI", "name": "Large Intestine", "alternative_codes": "", "order": 2},
    {"code": "ST", "name": "Stomach", "alternative_codes": "", "order": 3},
    {"code": "SP", "name": "Spleen", "alternative_codes": "", "order": 4},
    {"code": "HT", "name": "Heart", "alternative_codes": "", "order": 5},
    {"code": "SI", "name": "Small Intestine", "alternative_codes": "", "order": 6},
    {"code": "BL", "name": "Bladder", "alternative_codes": "UB", "order": 7},
    {"code": "KI", "name": "Kidney", "alternative_codes": "KD", "order": 8},
    {"code": "PC", "name": "Pericardium", "alternative_codes": "", "order": 9},
    {"code": "TE", "name": "Triple Energizer", "alternative_codes": "SJ TW", "order": 10},
    {"code": "GB", "name": "Gallbladder", "alternative_codes": "", "order": 11},
    {"code": "LR", "name": "Liver", "alternative_codes": "LV LIV", "order": 12},
    {"code": "GV", "name": "Governor Vessel", "alternative_codes": "DU", "order": 13},
    {"code": "CV", "name": "Conception Vessel", "alternative_codes": "REN", "order": 14},
    # WHO Standard Acupuncture Nomenclature (1991): extra points of the head and neck.
    {
        "code": "EX-HN",
        "name": "Extra points of the head and neck",
        "alternative_codes": "",
        "order": 15,
    },
    # Not a WHO group: "new points of the head and neck" (N-HN) in Deadman's A Manual of
    # Acupuncture, the code the trial summaries give Anmian. Written without the hyphen so that
    # points.codes.parse_code reads it ("NHN 54").
    {
        "code": "NHN",
        "name": "New points of the head and neck (not in the WHO standard)",
        "alternative_codes": "",
        "order": 16,
    },
]

__all__ = ["COMPLAINTS", "CONTRAINDICATIONS", "MERIDIANS", "POINTS", "PROTOCOLS", "STUDIES"]
