"""Complaints with their red flags, and the routines (protocols) for each.

Red flags carry the guidance they rest on (`source`, `source_url`); see points/catalog/safety.py.
"""

from points.catalog.rows import ComplaintRow, ProtocolRow, RedFlagRow

_NHS = "https://www.nhs.uk/conditions/"
_CRISIS = (
    "Call emergency services now if you might act on these thoughts (999 in the UK, 911 in the "
    "US, 112 in the EU), or stay with someone you trust. You can also talk to a crisis line at "
    "any hour: Samaritans 116 123 (UK and Ireland), 988 (US), or NHS 111, option 2, in England. "
    "You do not have to face this alone."
)
_CRISIS_SOURCE = (
    "NHS: Where to get urgent help for mental health",
    "https://www.nhs.uk/nhs-services/mental-health-services/where-to-get-urgent-help-for-mental-health/",
)
_CAUDA_EQUINA: RedFlagRow = {
    "question": (
        "Do you have numbness or tingling around your genitals, back passage or buttocks, new "
        "difficulty starting to pee or controlling your bladder or bowels, pain or numbness in "
        "both legs, or new problems with erections or feeling during sex?"
    ),
    "tier": "emergency",
    "advice": (
        "Call emergency services or go to A&E now. These can mean the nerves at the base of the "
        "spine are being squeezed (cauda equina syndrome), which needs emergency treatment to "
        "prevent lasting damage."
    ),
    "source": "NHS: Cauda equina syndrome",
    "source_url": _NHS + "cauda-equina-syndrome/",
}
_COMPARTMENT: RedFlagRow = {
    "question": (
        "After an injury or hard exercise, is your calf or shin tight and swollen, with pain far "
        "worse than you would expect, even at rest?"
    ),
    "tier": "emergency",
    "advice": (
        "Call emergency services or go to A&E now. Pressure can build up inside the muscle "
        "(compartment syndrome) and cut off its blood supply; it needs treatment within hours."
    ),
    "source": "NHS: Compartment syndrome",
    "source_url": _NHS + "compartment-syndrome/",
}
_PAD = ("NHS: Peripheral arterial disease (PAD)", _NHS + "peripheral-arterial-disease-pad/")
_SUICIDE: RedFlagRow = {
    "question": "Are you having thoughts of harming yourself or ending your life?",
    "tier": "emergency",
    "advice": _CRISIS,
    "source": _CRISIS_SOURCE[0],
    "source_url": _CRISIS_SOURCE[1],
}


def _chest_pain_or_fainting(put_down_to: str) -> RedFlagRow:
    return {
        "question": (
            "Do you have chest pain right now, or have you fainted today or in the last few days?"
        ),
        "tier": "emergency",
        "advice": (
            "Call emergency services now. Chest pain and fainting can be signs of a heart "
            f"problem and should never be put down to {put_down_to}."
        ),
        "source": "NHS: Chest pain",
        "source_url": _NHS + "chest-pain/",
    }


_BACK = ("NHS: Back pain", _NHS + "back-pain/")
_HEADACHE = (
    "NICE CG150: Headaches in over 12s, diagnosis and management",
    "https://www.nice.org.uk/guidance/cg150",
)

COMPLAINTS: list[ComplaintRow] = [
    {
        "slug": "leg-pain",
        "asks_where_it_hurts": True,
        "name": "Leg pain",
        "summary": "Aching, tired or sore legs: a simple routine of two points on the hands.",
        "order": 1,
        "red_flags": [
            {
                "question": (
                    "Do you have leg pain together with breathlessness, chest pain or coughing "
                    "up blood?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. A blood clot may have travelled to the lungs, "
                    "which is life-threatening."
                ),
                "source": "NHS: Pulmonary embolism",
                "source_url": _NHS + "pulmonary-embolism/",
            },
            {
                "question": "Has your leg or foot suddenly become pale, cold, blue or numb?",
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. The blood supply to the leg may be blocked, "
                    "and the leg can be saved only with fast treatment."
                ),
                "source": _PAD[0],
                "source_url": _PAD[1],
            },
            _COMPARTMENT,
            _CAUDA_EQUINA,
            {
                "question": (
                    "Do you feel very unwell, confused or unusually drowsy, or is your skin "
                    "mottled, blue or very pale?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. These can be signs of sepsis, a reaction to "
                    "an infection that needs treatment straight away."
                ),
                "source": "NHS: Sepsis",
                "source_url": _NHS + "sepsis/",
            },
            {
                "question": (
                    "Did the pain start after a fall or injury, or can you not put weight on "
                    "the leg?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. You may have a broken bone or a torn muscle or "
                    "ligament that needs to be examined."
                ),
                "source": "NHS: Broken leg",
                "source_url": _NHS + "broken-leg/",
            },
            {
                "question": (
                    "Do you have a fever with your leg pain, or an area on the leg that is hot, "
                    "red or swollen?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. This may be an infection of the skin, a bone or a "
                    "joint, which needs prompt treatment."
                ),
                "source": "NHS: Cellulitis",
                "source_url": _NHS + "cellulitis/",
            },
            {
                "question": (
                    "Are your foot or toes painful at rest or at night, easing when you hang the "
                    "leg down, or do you have sores or dark, blackened skin on the foot?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. The arteries to the foot may be badly narrowed, "
                    "and the foot needs urgent treatment to keep its blood supply."
                ),
                "source": _PAD[0],
                "source_url": _PAD[1],
            },
            {
                "question": "Have you ever had cancer, and is this a new pain in a bone?",
                "tier": "urgent",
                "advice": (
                    "Contact your cancer team's helpline or get medical care today. New bone "
                    "pain after cancer needs checking in case the cancer has spread to the bone."
                ),
                "source": "NICE NG234: Spinal metastases and metastatic spinal cord compression",
                "source_url": "https://www.nice.org.uk/guidance/ng234",
            },
            {
                "question": (
                    "Has your leg pain lasted, or got worse, after a few acupressure sessions?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Pain that persists or worsens needs a "
                    "check for an underlying cause; acupressure does not replace medical care."
                ),
                "source": "NHS: Sciatica",
                "source_url": _NHS + "sciatica/",
            },
        ],
    },
    {
        "slug": "knee-pain",
        "asks_where_it_hurts": True,
        "name": "Knee pain",
        "summary": "Stiff or aching knees: points around the kneecap and the outer knee.",
        "order": 2,
        "red_flags": [
            {
                "question": "Is your knee suddenly hot, red or swollen (with or without a fever)?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A hot, swollen joint can be an infection, which can "
                    "damage the knee within days, or gout; both need prompt treatment, even "
                    "without a fever."
                ),
                "source": "NHS: Septic arthritis",
                "source_url": _NHS + "septic-arthritis/",
            },
            {
                "question": (
                    "After an injury, can you not put weight on the leg, or did the knee swell "
                    "up quickly?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. You may have a broken bone or a torn ligament that "
                    "needs to be examined."
                ),
                "source": "NHS: Knee pain",
                "source_url": "https://www.nhs.uk/symptoms/knee-pain/",
            },
            {
                "question": "Is your knee locked, so that you cannot straighten or bend it?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A torn cartilage or a loose piece inside the joint "
                    "can lock the knee and needs to be checked."
                ),
                "source": "NHS: Knee pain",
                "source_url": "https://www.nhs.uk/symptoms/knee-pain/",
            },
            {
                "question": (
                    "Has the knee pain lasted more than a few weeks, or is it getting worse "
                    "despite self-care?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor to find the cause and the right treatment."
                ),
                "source": "NHS: Knee pain",
                "source_url": "https://www.nhs.uk/symptoms/knee-pain/",
            },
        ],
    },
    {
        "slug": "low-back-pain",
        "asks_where_it_hurts": True,
        "name": "Low back pain",
        "summary": "Stiffness and aching in the lower back: points on the back of the leg and the buttock.",
        "order": 3,
        "red_flags": [
            _CAUDA_EQUINA,
            {
                "question": (
                    "Do you have chest pain with your back pain, or did severe or tearing back "
                    "pain come on suddenly, with belly pain or feeling faint?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. This can be a tear or leak in the body's main "
                    "artery (an aortic aneurysm or dissection), which is life-threatening."
                ),
                "source": "NHS: Abdominal aortic aneurysm",
                "source_url": _NHS + "abdominal-aortic-aneurysm/",
            },
            {
                "question": (
                    "Did the back pain start after a major fall, a car accident or another "
                    "serious injury?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A bone in the spine may be broken and needs to be checked."
                ),
                "source": _BACK[0],
                "source_url": _BACK[1],
            },
            {
                "question": (
                    "Did the pain start after a minor fall, lifting or a cough, and are you over "
                    "50, or do you have osteoporosis or take steroid tablets?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. With thin bones, a small strain can break a bone in "
                    "the spine, and it needs to be checked."
                ),
                "source": "NHS: Osteoporosis",
                "source_url": _NHS + "osteoporosis/",
            },
            {
                "question": "Have you ever had cancer, and do you now have new back pain?",
                "tier": "urgent",
                "advice": (
                    "Contact your cancer team's helpline or get medical care today, and call "
                    "emergency services if your legs become weak or numb. Back pain after cancer "
                    "can mean the cancer has spread to the spine, which needs assessment within "
                    "24 hours."
                ),
                "source": "NICE NG234: Spinal metastases and metastatic spinal cord compression",
                "source_url": "https://www.nice.org.uk/guidance/ng234",
            },
            {
                "question": "Do you have a fever, or feel generally unwell, along with your back pain?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. Back pain with fever can be a sign of an infection "
                    "of the spine or kidneys."
                ),
                "source": _BACK[0],
                "source_url": _BACK[1],
            },
            {
                "question": "Do you have new weakness, numbness or tingling in one or both legs?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A nerve may be trapped, and it should be assessed "
                    "before the weakness gets worse."
                ),
                "source": _BACK[0],
                "source_url": _BACK[1],
            },
            {
                "question": "Is there a new swelling, lump or change in shape in your back?",
                "tier": "urgent",
                "advice": "Get medical care today, so that the cause can be found.",
                "source": _BACK[0],
                "source_url": _BACK[1],
            },
            {
                "question": (
                    "Is the pain constant, worse at night or when lying down, and not eased by "
                    "rest or changing position?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor soon. Pain like this is less likely to "
                    "come from muscles and joints and should be checked."
                ),
                "source": "NICE NG59: Low back pain and sciatica in over 16s",
                "source_url": "https://www.nice.org.uk/guidance/ng59",
            },
            {
                "question": "Have you lost weight without trying?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor soon, so that serious causes of the "
                    "pain can be ruled out."
                ),
                "source": _BACK[0],
                "source_url": _BACK[1],
            },
        ],
    },
    {
        "slug": "leg-cramps",
        "asks_where_it_hurts": True,
        "name": "Leg cramps",
        "summary": "Calf and leg cramps: calf and shin points to use between cramps, after stretching.",
        "order": 4,
        "red_flags": [
            _COMPARTMENT,
            {
                "question": (
                    "After muscle pain, very hard exercise or starting a statin, is your pee dark "
                    "brown or cola-coloured?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. Damaged muscle can release a protein that harms the "
                    "kidneys (rhabdomyolysis); it needs a blood test and treatment."
                ),
                "source": "Mayo Clinic: Rhabdomyolysis and statins",
                "source_url": (
                    "https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/"
                    "expert-answers/rhabdomyolysis/faq-20057817"
                ),
            },
            {
                "question": "Do you also have muscle weakness, or numbness, in the leg?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Cramps with weakness or numbness can "
                    "come from a nerve or muscle problem that should be checked."
                ),
                "source": "NHS: Leg cramps",
                "source_url": _NHS + "leg-cramps/",
            },
            {
                "question": "Did the cramps start after you began a new medicine?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor or ask your pharmacist. Some medicines "
                    "cause cramps, and the dose or medicine may need changing. Do not stop a "
                    "medicine on your own."
                ),
                "source": "NHS: Leg cramps",
                "source_url": _NHS + "leg-cramps/",
            },
            {
                "question": "Does your leg hurt when you walk and ease when you stop and rest?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. This pattern can be a sign of "
                    "narrowed arteries in the legs."
                ),
                "source": _PAD[0],
                "source_url": _PAD[1],
            },
            {
                "question": (
                    "Are the cramps very frequent, lasting more than about 10 minutes, or "
                    "waking you most nights?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor to look for a cause, such as a "
                    "problem with your blood salts or thyroid."
                ),
                "source": "NHS: Leg cramps",
                "source_url": _NHS + "leg-cramps/",
            },
        ],
    },
    {
        "slug": "insomnia",
        "name": "Insomnia",
        "symptom": "sleep problems",
        "rating_question": "How badly is your sleep troubled?",
        "rating_low": "sleeping well",
        "rating_high": "hardly sleeping at all",
        "summary": "Trouble falling or staying asleep: calming points on the feet and ankles to use at bedtime.",
        "order": 5,
        "red_flags": [
            _SUICIDE,
            _chest_pain_or_fainting("poor sleep"),
            {
                "question": (
                    "Do you snore loudly and wake gasping or choking, or has someone seen you stop "
                    "breathing in your sleep?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. This can be sleep apnoea, which is "
                    "treatable and affects the heart and daytime safety."
                ),
                "source": "NHS: Sleep apnoea",
                "source_url": _NHS + "sleep-apnoea/",
            },
            {
                "question": (
                    "Has poor sleep lasted more than 3 months, or made you nod off at risky "
                    "moments, such as while driving?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Long-lasting insomnia has effective "
                    "treatments, and daytime sleepiness can be dangerous."
                ),
                "source": "NHS: Insomnia",
                "source_url": _NHS + "insomnia/",
            },
        ],
    },
    {
        "slug": "stress-anxiety",
        "name": "Stress and anxiety",
        "symptom": "tension",
        "rating_question": "How tense or anxious do you feel?",
        "rating_low": "calm",
        "rating_high": "extremely tense or anxious",
        "summary": "Feeling tense, worried or on edge: grounding points on the feet and legs.",
        "order": 6,
        "red_flags": [
            _SUICIDE,
            _chest_pain_or_fainting("anxiety"),
            {
                "question": (
                    "Is your heart racing or beating irregularly, or are you short of breath, "
                    "and it does not settle with rest?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. These symptoms can come from the heart, lungs or "
                    "thyroid as well as from anxiety, and need checking."
                ),
                "source": "NHS: Heart palpitations",
                "source_url": _NHS + "heart-palpitations/",
            },
            {
                "question": (
                    "Has worry or low mood made it hard to cope with daily life for more than two weeks?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Talking therapies and other "
                    "treatments work well, and acupressure can be used alongside them."
                ),
                "source": "NHS: Generalised anxiety disorder in adults",
                "source_url": (
                    "https://www.nhs.uk/mental-health/conditions/generalised-anxiety-disorder/overview/"
                ),
            },
            {
                "question": "Are you relying on alcohol or drugs to cope?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor, who can offer confidential support."
                ),
                "source": "NHS: Alcohol support",
                "source_url": "https://www.nhs.uk/live-well/alcohol-advice/alcohol-support/",
            },
        ],
    },
    {
        "slug": "headache",
        "name": "Headache",
        "summary": "Tension-type and everyday headaches: hand and foot points far from the head.",
        "order": 7,
        "red_flags": [
            {
                "question": (
                    "Did the headache come on suddenly, reaching its worst within about 5 "
                    "minutes (a 'thunderclap'), or is it the worst headache you have ever had?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. A sudden severe headache can be a sign of "
                    "bleeding in or around the brain."
                ),
                "source": _HEADACHE[0],
                "source_url": _HEADACHE[1],
            },
            {
                "question": (
                    "Do you have a fever with a stiff neck, a rash, or pain when looking at light?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. These can be signs of meningitis, which needs "
                    "immediate treatment."
                ),
                "source": "NHS: Meningitis",
                "source_url": _NHS + "meningitis/",
            },
            {
                "question": (
                    "Do you have weakness or numbness in the face, arm or leg, trouble speaking, "
                    "confusion, or loss of vision?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. These can be signs of a stroke, and every "
                    "minute counts."
                ),
                "source": "NHS: Stroke",
                "source_url": _NHS + "stroke/",
            },
            {
                "question": (
                    "Is one eye red and painful, with blurred vision or coloured rings (haloes) "
                    "around lights?"
                ),
                "tier": "emergency",
                "advice": (
                    "Go to A&E or call emergency services now. This can be acute glaucoma, "
                    "which can damage your sight within hours."
                ),
                "source": "NHS: Glaucoma",
                "source_url": _NHS + "glaucoma/",
            },
            {
                "question": (
                    "Are you over 50 with a new headache and any of these: a tender scalp or "
                    "temples, jaw pain when chewing, or blurred or double vision?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today, and call emergency services if you lose any vision. "
                    "This can be giant cell arteritis, which needs treatment the same day to "
                    "protect your sight."
                ),
                "source": "NHS: Giant cell arteritis",
                "source_url": _NHS + "giant-cell-arteritis/",
            },
            {
                "question": (
                    "Are you 20 or more weeks pregnant, or did you give birth in the last 6 weeks, "
                    "and have a headache with vision problems or sudden swelling of the face, "
                    "hands or feet?"
                ),
                "tier": "urgent",
                "advice": (
                    "Call your maternity unit or midwife now. These can be signs of "
                    "pre-eclampsia, which needs checking straight away."
                ),
                "source": "NHS: Pre-eclampsia",
                "source_url": _NHS + "pre-eclampsia/",
            },
            {
                "question": "Did the headache start after a blow to the head or a fall?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today, and call emergency services if you vomit, become "
                    "drowsy or confused, or the headache gets worse. There may be bleeding "
                    "inside the head."
                ),
                "source": "NHS: Head injury and concussion",
                "source_url": _NHS + "head-injury-and-concussion/",
            },
            {
                "question": (
                    "Do other people you live with have headaches too, or does yours ease when "
                    "you are away from home?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get into fresh air, and get medical care today. This can be carbon monoxide "
                    "poisoning from a faulty boiler, fire or stove: have it checked before you "
                    "use it again (in the UK, the gas emergency line is 0800 111 999)."
                ),
                "source": "NHS: Carbon monoxide poisoning",
                "source_url": _NHS + "carbon-monoxide-poisoning/",
            },
            {
                "question": (
                    "Is the headache worse when you cough, strain or lie down, or does it come "
                    "with vomiting?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A headache like this can come from raised pressure "
                    "inside the head and needs checking."
                ),
                "source": _HEADACHE[0],
                "source_url": _HEADACHE[1],
            },
            {
                "question": (
                    "Do you have cancer, or a weakened immune system (for example HIV or "
                    "medicines that suppress it), and is this a new headache?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today, or contact your specialist team. A new headache "
                    "needs checking sooner when the immune system is weak or after cancer."
                ),
                "source": _HEADACHE[0],
                "source_url": _HEADACHE[1],
            },
            {
                "question": (
                    "Are your headaches new and getting steadily worse over days or weeks, or "
                    "waking you from sleep?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor soon so the cause can be checked."
                ),
                "source": "NHS: Headaches",
                "source_url": _NHS + "headaches/",
            },
            {
                "question": "Do you take painkillers for headaches on 15 or more days a month?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Taking painkillers this often can "
                    "itself cause daily headaches (medication-overuse headache); do not stop "
                    "strong medicines suddenly without advice."
                ),
                "source": _HEADACHE[0],
                "source_url": _HEADACHE[1],
            },
        ],
    },
]

PROTOCOLS: list[ProtocolRow] = [
    {
        # Follows source article 1: hand palm down; first the web between thumb and index
        # finger (LI 4), then the most tender hollow under the little finger (SI 3); deep
        # pressure with one or two fingers, rotating or up-and-down, a few minutes each.
        "slug": "hand-routine-leg-pain",
        "name": "Hand routine for leg pain",
        "complaint": "leg-pain",
        "summary": (
            "Two hand points, pressed in turn on each hand: the web between thumb and index "
            "finger, then the tender hollow under the little finger."
        ),
        "status": "published",
        "frequency": "Once or twice a day at most. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your leg pain is no better after 3 sessions or 2 weeks, or it gets worse, see a doctor.",
        "steps": [
            {
                "point": "LI 4",
                "side": "both",
                "duration_seconds": 120,
                "pressure": "deep",
                "motion": "circles_or_up_down",
                "fingers": "One or two fingertips of the other hand",
                "instructions": (
                    "Rest one hand palm down and find the hollow on the back of the hand where the "
                    "thumb and index-finger bones meet. Press deeply with one or two fingertips of "
                    "the other hand, moving in small circles or up and down for a few minutes; it "
                    "should feel strong and achy but not painful."
                ),
            },
            {
                "point": "SI 3",
                "side": "both",
                "duration_seconds": 120,
                "pressure": "deep",
                "motion": "circles_or_up_down",
                "fingers": "One or two fingertips of the other hand",
                "instructions": (
                    "Keep the hand palm down and move to the little-finger edge, just behind the "
                    "knuckle of the little finger. Feel for the hollow that is most tender and "
                    "press deeply there, with circles or up-and-down movements, for a few minutes; "
                    "firm but not painful."
                ),
            },
        ],
    },
    {
        "slug": "knee-pain-routine",
        "name": "Knee routine",
        "complaint": "knee-pain",
        "summary": "Four points around the knee: the outer knee 'eye', above the kneecap and on the outer knee.",
        "status": "published",
        "frequency": "Once or twice a day at most. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your knee is no better after 3 sessions or 2 weeks, or it gets worse, see a doctor.",
        "steps": [
            {
                "point": "ST 35",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Index or middle fingertip",
                "instructions": (
                    "Sit with the knee bent at about a right angle. Press into the hollow just "
                    "below the kneecap on the outer side of the kneecap tendon and make small "
                    "circles; it should feel firm but not painful."
                ),
            },
            {
                "point": "ST 34",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Stay seated. Three finger-widths above the outer top corner of the kneecap, "
                    "press your thumb into the groove beside the thigh tendon and make slow "
                    "circles, firm but not painful."
                ),
            },
            {
                "point": "GB 33",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Index and middle fingertips",
                "instructions": (
                    "With the knee slightly bent, find the hollow on the outer knee just above and "
                    "behind the bony bump of the thighbone. Press and circle gently; you should "
                    "feel a dull ache, not sharp pain."
                ),
            },
            {
                "point": "GB 34",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Find the round knob of bone on the outer leg just below the knee and press "
                    "into the hollow in front of and below it. Hold firm pressure with small "
                    "circles, firm but not painful."
                ),
            },
        ],
    },
    {
        "slug": "low-back-pain-routine",
        "name": "Low back routine",
        "complaint": "low-back-pain",
        "summary": "Points down the back of the leg that are traditionally used for low back pain, from buttock to ankle.",
        "status": "published",
        "frequency": "Once or twice a day at most, and keep moving between sessions. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your back is no better after 3 sessions or 2 weeks, or it gets worse, see a doctor.",
        "steps": [
            {
                "point": "GB 30",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "steady",
                "fingers": "A knuckle, or a tennis ball under the buttock",
                "instructions": (
                    "Lie on your side with the upper leg bent, or lie on your back with a tennis "
                    "ball under the buttock. Press steadily into the point one third of the way "
                    "from the hip bump towards the cleft of the buttocks; firm but not painful."
                ),
            },
            {
                "point": "BL 40",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "light",
                "motion": "steady",
                "fingers": "Middle fingertip",
                "instructions": (
                    "Sit with the knee slightly bent and reach behind it to the middle of the "
                    "knee crease. Hold gentle, steady pressure only, because a large artery runs "
                    "here; it should feel comfortable."
                ),
            },
            {
                "point": "BL 57",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Sitting with the leg relaxed, press the tip of the upside-down V on the calf, "
                    "halfway between the knee crease and the heel. Press up towards the knee with "
                    "small circles, firm but not painful."
                ),
            },
            {
                "point": "BL 60",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Thumb, or thumb and index finger pinching gently",
                "instructions": (
                    "Press the hollow between the outer ankle bone and the Achilles tendon with "
                    "small circles. It should feel firm but not painful."
                ),
            },
        ],
    },
    {
        "slug": "leg-cramps-routine",
        "name": "Leg cramp routine",
        "complaint": "leg-cramps",
        "summary": (
            "Calf and shin points for easing cramp-prone legs; use them between cramps or after "
            "an acute cramp has been stretched out."
        ),
        "status": "published",
        "frequency": "Between cramps, once or twice a day at most; stretch a cramp out first. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If the cramps are no better after 2 weeks, see a doctor.",
        "steps": [
            {
                "point": "BL 57",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "steady",
                "fingers": "Thumb",
                "instructions": (
                    "If a cramp is happening, first stretch it by pulling the toes towards you. "
                    "Then, with the calf relaxed, press steadily at the tip of the upside-down V "
                    "halfway down the calf; firm but not painful."
                ),
            },
            {
                "point": "BL 56",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Move up to the fullest part of the calf, in the groove between the two halves "
                    "of the muscle. Circle slowly with moderate pressure until the muscle softens."
                ),
            },
            {
                "point": "ST 39",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Sitting, find the spot one thumb-width below halfway down the shin, one "
                    "finger-width outside the shinbone. Press with small circles, firm but not painful."
                ),
            },
            {
                "point": "ST 44",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Index fingertip or tip of the thumb",
                "instructions": (
                    "Finish on the top of the foot, just behind the web between the second and "
                    "third toes. Press with small circles; it should feel tender but not painful."
                ),
            },
        ],
    },
    {
        "slug": "insomnia-routine",
        "name": "Bedtime routine for sleep",
        "complaint": "insomnia",
        "summary": "Three calming points on the ankle, shin and sole, done slowly in bed before sleep.",
        "status": "published",
        "frequency": "Once a day, in bed before sleep. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your sleep is no better after 2 weeks, see a doctor.",
        "steps": [
            {
                "point": "BL 62",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "steady",
                "fingers": "Index or middle fingertip",
                "instructions": (
                    "Sit in bed with one foot drawn up. Press into the small hollow just below the "
                    "outer ankle bone and hold steadily while breathing slowly; firm but not painful."
                ),
            },
            {
                "point": "SP 6",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Four finger-widths above the inner ankle bone, press just behind the edge of "
                    "the shinbone with slow circles. It should feel achy but comfortable. Skip this "
                    "point if you are or could be pregnant."
                ),
            },
            {
                "point": "KI 1",
                "side": "both",
                "duration_seconds": 120,
                "pressure": "firm",
                "motion": "steady",
                "fingers": "Thumb",
                "instructions": (
                    "With the foot resting on the opposite knee, press the hollow on the sole just "
                    "behind the ball of the foot. Hold steady, firm pressure while breathing out "
                    "slowly, then lie down."
                ),
            },
        ],
    },
    {
        "slug": "stress-anxiety-routine",
        "name": "Calming routine for stress and anxiety",
        "complaint": "stress-anxiety",
        "summary": "Four grounding points on the foot and leg, pressed slowly with calm breathing.",
        "status": "published",
        "frequency": "Once or twice a day at most, when you feel tense. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If you feel no better after 2 weeks, or worse, see a doctor.",
        "steps": [
            {
                "point": "LR 3",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb or index finger",
                "instructions": (
                    "Sit comfortably with the foot flat. Slide a finger up between the big toe and "
                    "second toe into the hollow where the bones meet, and press with slow circles; "
                    "firm but not painful."
                ),
            },
            {
                "point": "ST 36",
                "side": "both",
                "duration_seconds": 120,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Four finger-widths below the kneecap and one finger-width outside the "
                    "shinbone, press with slow circles while breathing steadily. It should feel "
                    "achy but comfortable."
                ),
            },
            {
                "point": "SP 6",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Four finger-widths above the inner ankle bone, just behind the shinbone, press "
                    "with gentle circles. Skip this point if you are or could be pregnant."
                ),
            },
            {
                "point": "KI 1",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "moderate",
                "motion": "steady",
                "fingers": "Thumb",
                "instructions": (
                    "Rest the foot on the opposite knee and press the hollow on the sole just behind "
                    "the ball of the foot. Hold steadily while breathing out slowly."
                ),
            },
        ],
    },
    {
        "slug": "headache-routine",
        "name": "Headache routine",
        "complaint": "headache",
        "summary": "Hand and foot points traditionally used for headache, pressed away from the sore head.",
        "status": "published",
        "frequency": "When a headache starts, once or twice a day at most. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If headaches keep coming back, or you need painkillers on many days, see a doctor.",
        "steps": [
            {
                "point": "LI 4",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb of the other hand",
                "instructions": (
                    "Rest the hand palm down and press the hollow in the web between thumb and "
                    "index finger, angled towards the index-finger bone, with small circles. Firm "
                    "but not painful; skip it if you are or could be pregnant."
                ),
            },
            {
                "point": "LR 3",
                "side": "both",
                "duration_seconds": 90,
                "pressure": "firm",
                "motion": "circles",
                "fingers": "Thumb or index finger",
                "instructions": (
                    "Sit with the foot flat and press the hollow between the big-toe and "
                    "second-toe bones, where they meet on the top of the foot. Circle slowly, "
                    "firm but not painful."
                ),
            },
            {
                "point": "BL 60",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Thumb",
                "instructions": (
                    "Press the hollow between the outer ankle bone and the Achilles tendon with "
                    "small circles. Skip this point if you are or could be pregnant."
                ),
            },
            {
                "point": "ST 44",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "circles",
                "fingers": "Index fingertip",
                "instructions": (
                    "Finish just behind the web between the second and third toes on the top of "
                    "the foot. Press with small circles; tender is fine, painful is too much."
                ),
            },
        ],
    },
]
