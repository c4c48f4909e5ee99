"""Contraindications (questions about the user that skip a point or soften the pressure) and the
red flags asked before every routine that presses the leg, whatever the complaint.

Each entry carries the guidance it rests on (`source`, `source_url`), shown under "Why". Wording
is our own; it was checked against those pages in the clinical content review of 2026-12-01
(`shared/reviews/clinical-content.md`, M6-M8), which is what `reviewed_on` records.
"""

from datetime import date

from points.catalog.acupoints import POINTS
from points.catalog.rows import ContraindicationRow, RedFlagRow

REVIEWED_ON = date(2026, 12, 1)

# Grouping helpers used below (plain data; no imports needed).
_HAND_POINTS = [point["code"] for point in POINTS if point["region"] == "hand"]
_LEG_REGIONS = ("foot", "ankle", "lower_leg", "knee", "thigh", "hip")  # Point.LEG_REGIONS
_LEG_POINTS = [point["code"] for point in POINTS if point["region"] in _LEG_REGIONS]
_FOOT_ANKLE_POINTS = [point["code"] for point in POINTS if point["region"] in ("foot", "ankle")]
_LOWER_LEG_AND_FOOT_POINTS = [
    point["code"] for point in POINTS if point["region"] in ("foot", "ankle", "lower_leg")
]
# Points away from the limbs (head, wrist and forearm, belly): their own skin question.
_HEAD_WRIST_BELLY_POINTS = [
    point["code"] for point in POINTS if point["region"] in ("head", "forearm", "abdomen")
]
# Points over a pulse: behind the knee (popliteal artery) and the inner thigh (femoral artery);
# the foot and ankle points lie over the foot's pulses.
_OVER_A_PULSE = ["BL 40", "SP 11"]

_NHS_DVT = (
    "NHS: Deep vein thrombosis (DVT)",
    "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/",
)
_UMN_SAFETY = (
    "University of Minnesota, Taking Charge of Your Health: Acupoint therapy safety precautions",
    "https://www.takingcharge.csh.umn.edu/survivorship/safety-precautions",
)

CONTRAINDICATIONS: list[ContraindicationRow] = [
    {
        "slug": "pregnancy",
        "name": "Pregnancy",
        "question": "Are you pregnant, or could you be?",
        "scope": "pregnancy",
        "action": "skip",
        "message": (
            "Not advised in pregnancy: this point is traditionally avoided because it is "
            "thought to stimulate the womb. Studies of needling these points have not shown "
            "harm, but we skip it to be safe."
        ),
        "advice": (
            "If you are pregnant, check with your midwife before using acupressure regularly. "
            "Contact your maternity unit straight away about a bad headache, changes in your "
            "sight, sudden swelling of the face, hands or feet, or pain in a calf."
        ),
        "source": (
            "Carr DJ. The safety of obstetric acupuncture: forbidden points revisited. "
            "Acupunct Med 2015;33(5):413-419"
        ),
        "source_url": "https://pmc.ncbi.nlm.nih.gov/articles/PMC4680134/",
        # CV 6 (lower belly): the lower-abdominal points are among the traditionally
        # forbidden ones Carr reviews (see shared/reviews/clinical-content.md, Pregnancy, 20).
        # PC 6 is not skipped: NICE lists wrist (P6) acupressure for sickness in pregnancy.
        "points": ["SP 6", "LI 4", "BL 60", "CV 6"],
        "applies_to_all_points": False,
    },
    {
        "slug": "blood-thinners-bleeding-disorder",
        "name": "Blood thinners or a bleeding or clotting disorder",
        "question": (
            "Do you take blood-thinning medicine, or do you have a bleeding or clotting disorder?"
        ),
        "scope": "systemic",
        "action": "caution",
        "max_pressure": "light",
        "message": (
            "Use light pressure only, because you may bruise easily, and stop if you notice any "
            "bruising."
        ),
        "source": _UMN_SAFETY[0],
        "source_url": _UMN_SAFETY[1],
        "points": [],
        "applies_to_all_points": True,
    },
    {
        "slug": "recent-blood-clot",
        "name": "A blood clot in the last 3 months",
        "question": (
            "Have you had a blood clot (DVT or a clot in the lung) in the last 3 months, or are "
            "you being treated for one?"
        ),
        "scope": "systemic",
        "action": "skip",
        "message": (
            "After a recent blood clot, do not press or massage the legs or feet; the hand "
            "points are fine."
        ),
        "advice": (
            "Get medical help at once if a leg becomes more swollen, painful, warm or red, or if "
            "you become breathless or have chest pain."
        ),
        "source": _NHS_DVT[0],
        "source_url": _NHS_DVT[1],
        "points": list(_LEG_POINTS),
        "applies_to_all_points": False,
    },
    {
        "slug": "recent-surgery",
        "name": "Surgery in the last 6 weeks, or a hip or knee replacement in the last 3 months",
        "question": (
            "Have you had surgery in the last 6 weeks, or a hip or knee replacement in the last "
            "3 months?"
        ),
        "scope": "site",
        "action": "skip",
        "asks_which_limb": True,
        "message": "Do not press on the limb that was operated on until it has healed.",
        "advice": (
            "Surgery raises the risk of a blood clot. Get medical care today if a calf or leg "
            "becomes swollen, painful, warm or red, and call emergency services if you become "
            "breathless or have chest pain."
        ),
        "source": _NHS_DVT[0],
        "source_url": _NHS_DVT[1],
        "points": [],
        "applies_to_all_points": False,
    },
    {
        "slug": "cancer-treatment-lymphoedema",
        "name": "Cancer treatment, cancer in the bones, or lymphoedema",
        "question": (
            "Are you having cancer treatment, do you have cancer in a bone, or do you have "
            "lymphoedema (swelling after lymph nodes were removed or treated)?"
        ),
        "scope": "systemic",
        "action": "caution",
        "asks_which_limb": True,
        "max_pressure": "light",
        "message": (
            "Use light pressure only, and never press on a limb with lymphoedema or where "
            "cancer is in the bone."
        ),
        "advice": (
            "Check with your cancer care team before using acupressure regularly, and tell them "
            "about any new pain in a bone."
        ),
        "source": "NHS: Lymphoedema",
        "source_url": "https://www.nhs.uk/conditions/lymphoedema/",
        "points": [],
        "applies_to_all_points": True,
    },
    {
        "slug": "osteoporosis",
        "name": "Osteoporosis or fragile bones",
        "question": "Do you have osteoporosis (thin, fragile bones)?",
        "scope": "systemic",
        "action": "caution",
        "max_pressure": "moderate",
        "message": (
            "Press with your fingertips only, not a knuckle, elbow or ball, and do not press "
            "hard against the shinbone or any other bone."
        ),
        "source": "NHS: Osteoporosis",
        "source_url": "https://www.nhs.uk/conditions/osteoporosis/",
        "points": [],
        "applies_to_all_points": True,
    },
    {
        "slug": "poor-leg-circulation",
        "name": "Poor circulation in the legs or feet",
        "question": (
            "Do you have poor circulation in your legs or feet (peripheral arterial disease)?"
        ),
        "scope": "systemic",
        "action": "skip",
        "message": (
            "With poor circulation, pressing on the feet or over a pulse can damage skin that "
            "heals slowly."
        ),
        "source": "NHS: Peripheral arterial disease (PAD)",
        "source_url": "https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/",
        "points": sorted(set(_FOOT_ANKLE_POINTS) | set(_OVER_A_PULSE)),
        "applies_to_all_points": False,
    },
    {
        "slug": "recent-injury",
        "name": "A recent sprain, fracture or other injury where you would press",
        "question": (
            "Do you have a recent sprain, broken bone or other injury in an arm or leg you "
            "would press?"
        ),
        "scope": "site",
        "action": "skip",
        "asks_which_limb": True,
        "message": "Do not press on an injured limb: let the injury heal first.",
        "source": "NHS: Sprains and strains",
        "source_url": "https://www.nhs.uk/conditions/sprains-and-strains/",
        "points": [],
        "applies_to_all_points": False,
    },
    {
        "slug": "hand-skin-problem",
        "name": "Broken skin, bruise, rash, infection or swelling on the hands",
        "question": (
            "Do you have broken skin, a bruise, a rash, an infection or swelling on your hands?"
        ),
        "scope": "site",
        "action": "skip",
        "message": (
            "Skip this point until the skin on your hand has healed, because pressing on "
            "damaged, infected or swollen skin can make it worse."
        ),
        "source": _UMN_SAFETY[0],
        "source_url": _UMN_SAFETY[1],
        "points": list(_HAND_POINTS),
        "applies_to_all_points": False,
    },
    {
        "slug": "head-wrist-belly-skin-problem",
        "name": "Broken skin, bruise, rash, infection or swelling on the face, scalp, wrists or belly",
        "question": (
            "Do you have broken skin, a bruise, a rash, an infection or swelling on your face, "
            "scalp, wrists or belly?"
        ),
        "scope": "site",
        "action": "skip",
        "message": (
            "Skip this point until the skin there has healed, because pressing on damaged, "
            "infected or swollen skin can make it worse."
        ),
        "source": _UMN_SAFETY[0],
        "source_url": _UMN_SAFETY[1],
        "points": list(_HEAD_WRIST_BELLY_POINTS),
        "applies_to_all_points": False,
    },
    {
        "slug": "leg-veins-skin-problem",
        "name": "Varicose veins, or broken skin, bruise, rash, infection or swelling on the legs or feet",
        "question": (
            "Do you have varicose veins, or broken skin, a bruise, a rash, an infection or "
            "swelling on your legs or feet?"
        ),
        "scope": "site",
        "action": "skip",
        "message": (
            "Skip this point while you have varicose veins or damaged, infected or swollen skin "
            "on your legs or feet, because pressing there could harm the veins or the skin."
        ),
        "advice": (
            "New swelling of one leg, with pain, warmth or redness, can be a blood clot (DVT): "
            "get medical care today. Swelling of both legs that does not go away also needs a "
            "doctor's check."
        ),
        "source": _NHS_DVT[0],
        "source_url": _NHS_DVT[1],
        "points": list(_LEG_POINTS),
        "applies_to_all_points": False,
    },
    {
        "slug": "reduced-foot-sensation",
        "name": "Diabetes or another condition that reduces feeling in the feet or legs",
        "question": (
            "Do you have diabetes, or another condition that reduces the feeling in your feet "
            "or legs?"
        ),
        "scope": "site",
        "action": "caution",
        "max_pressure": "light",
        "message": (
            "Press gently, because you may not feel how hard you are pressing, and check the "
            "skin for marks or damage afterwards."
        ),
        "source": "NHS: Peripheral neuropathy",
        "source_url": "https://www.nhs.uk/conditions/peripheral-neuropathy/",
        "points": list(_LOWER_LEG_AND_FOOT_POINTS),
        "applies_to_all_points": False,
    },
]

# Asked before every routine that presses a leg or foot point, and before every leg complaint's
# routines (RedFlag with no complaint).
SHARED_RED_FLAGS: list[RedFlagRow] = [
    {
        "question": (
            "Is one calf or leg swollen, warm, red or painful to touch, more than the other leg?"
        ),
        "tier": "urgent",
        "advice": (
            "Get medical care today. A painful, swollen leg on one side can be a blood clot in a "
            "deep vein (DVT), which needs checking the same day. Do not press or massage that "
            "leg meanwhile."
        ),
        "source": _NHS_DVT[0],
        "source_url": _NHS_DVT[1],
    },
]
