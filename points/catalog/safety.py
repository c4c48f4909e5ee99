"""Contraindications: the questions about the user that skip a point or soften the pressure."""

from points.catalog.acupoints import POINTS

# Grouping helpers used below (plain data; no imports needed).
_HAND_POINTS = ["LI 4", "SI 3"]
_LEG_POINTS = [point["code"] for point in POINTS if point["region"] != "hand"]
_FOOT_ANKLE_POINTS = [point["code"] for point in POINTS if point["region"] in ("foot", "ankle")]

CONTRAINDICATIONS = [
    {
        "slug": "pregnancy",
        "name": "Pregnancy",
        "question": "Are you pregnant, or could you be?",
        "scope": "pregnancy",
        "action": "skip",
        "message": (
            "Not advised in pregnancy: pressing this point is traditionally avoided because it "
            "is thought to stimulate the uterus."
        ),
        "source": (
            "Source article 1 (SP 6); standard acupressure safety guidance (LI 4, BL 60; "
            "article 2 lists difficult labour among BL 60's uses)"
        ),
        "points": ["SP 6", "LI 4", "BL 60"],
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
        "message": (
            "Use light pressure only, because you may bruise easily, and stop if you notice any "
            "bruising."
        ),
        "source": "Standard acupressure safety guidance",
        "points": [],
        "applies_to_all_points": True,
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
        "source": "Standard acupressure safety guidance",
        "points": list(_HAND_POINTS),
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
        "source": "Standard acupressure safety guidance",
        "points": list(_LEG_POINTS),
        "applies_to_all_points": False,
    },
    {
        "slug": "reduced-foot-sensation",
        "name": "Diabetes or another condition that reduces feeling in the feet",
        "question": (
            "Do you have diabetes, or another condition that reduces the feeling in your feet?"
        ),
        "scope": "site",
        "action": "caution",
        "message": (
            "Press gently, because you may not be able to judge how hard you are pressing, and "
            "check the skin for marks or damage afterwards."
        ),
        "source": "Standard foot-care safety guidance for people with diabetes or neuropathy",
        "points": list(_FOOT_ANKLE_POINTS),
        "applies_to_all_points": False,
    },
]
