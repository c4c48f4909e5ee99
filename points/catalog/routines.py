"""Complaints with their red flags, and the routines (protocols) for each.

Red flags carry the guidance they rest on (`source`, `source_url`); see points/catalog/safety.py.
"""

from points.catalog.rows import ComplaintRow, ProtocolRow, RedFlagRow, StepRow

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
_FATIGUE = ("NHS: Tiredness and fatigue", _NHS + "tiredness-and-fatigue/")
_ECTOPIC = ("NHS: Ectopic pregnancy", _NHS + "ectopic-pregnancy/")
_PERIOD_PAIN = ("NHS: Period pain", _NHS + "period-pain/")
_VOMITING = ("NHS: Vomiting in adults", _NHS + "vomiting-adults/")


def _traditional(topic: str) -> str:
    """The evidence card of a seed routine: traditional use, honestly labelled."""
    return (
        f"Traditional use, not tested in trials. These are points traditional acupressure "
        f"teaching uses for {topic}, restated from two acupressure articles. No trial has "
        f"tested this routine, its points or its timings, so we cannot say how well it works. "
        f"The minutes per point and the 2-week plan are a sensible default, not a trial dose."
    )


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
    {
        "slug": "fatigue",
        "name": "Fatigue",
        "symptom": "tiredness",
        "rating_question": "How tired have you felt?",
        "rating_low": "not tired at all",
        "rating_high": "as tired as you can imagine",
        "summary": (
            "Lasting tiredness, for example after cancer treatment: a relaxing routine on the "
            "head, wrists and feet that was tested in randomised trials."
        ),
        "order": 8,
        "red_flags": [
            _SUICIDE,
            _chest_pain_or_fainting("tiredness"),
            {
                "question": (
                    "Are you having cancer treatment such as chemotherapy, and do you have a high "
                    "temperature or suddenly feel unwell?"
                ),
                "tier": "urgent",
                "advice": (
                    "Call your cancer team's 24-hour helpline now. During treatment an infection "
                    "can become serious quickly and needs checking straight away."
                ),
                "source": "NHS: Chemotherapy, side effects",
                "source_url": _NHS + "chemotherapy/side-effects/",
            },
            {
                "question": (
                    "Are you tired and have you also lost weight without trying, or noticed a "
                    "change in your mood?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor, who can look for a cause; you can "
                    "still use the routine meanwhile."
                ),
                "source": _FATIGUE[0],
                "source_url": _FATIGUE[1],
            },
            {
                "question": (
                    "Have you been told that you snore, gasp, snort or choke in your sleep?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. This can be sleep apnoea, a "
                    "treatable cause of daytime tiredness."
                ),
                "source": _FATIGUE[0],
                "source_url": _FATIGUE[1],
            },
            {
                "question": (
                    "Have you felt tired for a few weeks without knowing why, or is it getting in "
                    "the way of daily life?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Blood tests can check for causes such "
                    "as anaemia, diabetes or a thyroid problem."
                ),
                "source": _FATIGUE[0],
                "source_url": _FATIGUE[1],
            },
        ],
    },
    {
        "slug": "period-pain",
        "name": "Period pain",
        "summary": (
            "Cramping pain before and during a period: three points on the legs, hands and feet, "
            "tested in a randomised trial with an app."
        ),
        "order": 9,
        "red_flags": [
            {
                "question": (
                    "Do you have sudden, severe pain in your tummy, unlike your usual period "
                    "pain, or do you feel very dizzy, faint or look very pale?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. This can be a burst ectopic pregnancy (a "
                    "pregnancy outside the womb), even before a pregnancy test is positive."
                ),
                "source": _ECTOPIC[0],
                "source_url": _ECTOPIC[1],
            },
            {
                "question": (
                    "Could you be pregnant (a missed or late period), and do you have pain low "
                    "down on one side, bleeding or a brown watery discharge, or pain in the tip "
                    "of your shoulder?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical advice today (your doctor, an early pregnancy unit, or NHS 111 "
                    "in England). These can be signs of an ectopic pregnancy, which needs "
                    "checking straight away. Do not use this routine meanwhile."
                ),
                "source": _ECTOPIC[0],
                "source_url": _ECTOPIC[1],
            },
            {
                "question": (
                    "Do you have a high temperature, or an unusual or bad-smelling discharge, "
                    "with pain low in your tummy?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. This can be an infection of the womb or tubes "
                    "(pelvic inflammatory disease), which needs antibiotics soon to prevent "
                    "lasting damage."
                ),
                "source": "NHS: Pelvic inflammatory disease",
                "source_url": _NHS + "pelvic-inflammatory-disease-pid/",
            },
            {
                "question": (
                    "Has your period pain changed, suddenly got worse, or is it so bad that it "
                    "stops you doing everyday things?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Pain like this can come from a "
                    "condition such as endometriosis, which has its own treatments; you can "
                    "still use the routine meanwhile."
                ),
                "source": _PERIOD_PAIN[0],
                "source_url": _PERIOD_PAIN[1],
            },
            {
                "question": (
                    "Are your periods very heavy: changing a pad or tampon every 1 to 2 hours, "
                    "passing clots bigger than about 2.5 cm, or bleeding for more than 7 days?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Heavy periods can be treated, and "
                    "they can cause anaemia, which a blood test can check."
                ),
                "source": "NHS: Heavy periods",
                "source_url": _NHS + "heavy-periods/",
            },
            {
                "question": "Do you bleed between periods or after sex, or have pain during sex?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor, so that the cause can be checked."
                ),
                "source": _PERIOD_PAIN[0],
                "source_url": _PERIOD_PAIN[1],
            },
        ],
    },
    {
        "slug": "nausea",
        "name": "Nausea",
        "symptom": "nausea",
        "rating_question": "How sick (nauseous) have you felt?",
        "rating_low": "not sick at all",
        "rating_high": "as sick as you can imagine",
        "summary": (
            "Feeling sick, for example after an operation, when travelling or in early "
            "pregnancy: the PC 6 point on the inner wrist, as a sickness wristband presses it."
        ),
        "order": 10,
        "red_flags": [
            {
                "question": (
                    "Is there blood in your vomit, or something that looks like coffee grounds?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services or go to A&E now. This can be bleeding in the "
                    "stomach or gullet."
                ),
                "source": _VOMITING[0],
                "source_url": _VOMITING[1],
            },
            {
                "question": (
                    "Do you have sudden, severe tummy pain, or severe chest pain, with the "
                    "sickness?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. Sickness with severe pain can be appendicitis, "
                    "a blocked bowel or a heart problem."
                ),
                "source": _VOMITING[0],
                "source_url": _VOMITING[1],
            },
            {
                "question": (
                    "Do you have a stiff neck and a high temperature, or a sudden, severe "
                    "headache unlike any you have had before?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. These can be signs of meningitis or bleeding "
                    "around the brain."
                ),
                "source": _VOMITING[0],
                "source_url": _VOMITING[1],
            },
            {
                "question": (
                    "Have you been sick since a blow to the head, or might you have swallowed "
                    "something poisonous?"
                ),
                "tier": "emergency",
                "advice": (
                    "Go to A&E or call emergency services now. Being sick after a head injury "
                    "can mean bleeding inside the head; a poison needs treatment straight away."
                ),
                "source": "NHS: Head injury and concussion",
                "source_url": _NHS + "head-injury-and-concussion/",
            },
            {
                "question": (
                    "Are you unable to keep any fluids down, passing little or no pee, or feeling "
                    "confused, or is your heart racing?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. These are signs of severe dehydration, which can "
                    "need fluids through a drip."
                ),
                "source": _VOMITING[0],
                "source_url": _VOMITING[1],
            },
            {
                "question": "Is your vomit green?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. Green vomit is bile and can mean the bowel is blocked."
                ),
                "source": _VOMITING[0],
                "source_url": _VOMITING[1],
            },
            {
                "question": (
                    "Do you have diabetes and keep being sick, especially if you take insulin?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today, and follow your sick-day rules. Vomiting can upset "
                    "your blood sugar quickly."
                ),
                "source": _VOMITING[0],
                "source_url": _VOMITING[1],
            },
            {
                "question": (
                    "Are you pregnant and unable to keep food or drink down for 24 hours, with "
                    "very dark pee or no pee for 8 hours, or feeling weak, dizzy or faint?"
                ),
                "tier": "urgent",
                "advice": (
                    "Call your midwife, doctor or maternity unit now. This can be severe "
                    "pregnancy sickness (hyperemesis gravidarum), which can need treatment in "
                    "hospital."
                ),
                "source": "NHS: Severe vomiting in pregnancy (hyperemesis gravidarum)",
                "source_url": _NHS + "severe-vomiting-in-pregnancy/",
            },
            {
                "question": (
                    "Have you been sick again and again for more than 2 days, lost a lot of "
                    "weight, or does the sickness keep coming back?"
                ),
                "tier": "doctor",
                "advice": ("Book an appointment with your doctor, so that the cause can be found."),
                "source": _VOMITING[0],
                "source_url": _VOMITING[1],
            },
        ],
    },
]

PROTOCOLS: list[ProtocolRow] = [
    {
        # Follows source article 1: hand palm down; first the web between thumb and index
        # finger (LI 4), then the most tender hollow under the little finger (SI 3); deep
        # pressure with one or two fingers, rotating or up-and-down, a few minutes each (the
        # steps give 2 minutes a side; their texts say "until the timer ends", not "a few minutes").
        "slug": "hand-routine-leg-pain",
        "name": "Hand routine for leg pain",
        "complaint": "leg-pain",
        "summary": (
            "Two hand points, pressed in turn on each hand: the web between thumb and index "
            "finger, then the tender hollow under the little finger."
        ),
        "status": "published",
        "frequency": "Once a day, every day for 2 weeks; twice a day at most. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your leg pain is no better after 3 sessions or 2 weeks, or it gets worse, see a doctor.",
        "evidence": "traditional",
        "evidence_summary": _traditional("leg pain"),
        "studies": [],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": "",
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
                    "the other hand, moving in small circles or up and down until the timer ends; "
                    "it should feel strong and achy but not painful."
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
                    "press deeply there, with circles or up-and-down movements, until the timer "
                    "ends; firm but not painful."
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
        "frequency": "Once a day, every day for 2 weeks; twice a day at most. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your knee is no better after 3 sessions or 2 weeks, or it gets worse, see a doctor.",
        "evidence": "traditional",
        "evidence_summary": _traditional("knee pain"),
        "studies": [],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": "",
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
        "frequency": "Once a day, every day for 2 weeks (twice a day at most), and keep moving between sessions. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your back is no better after 3 sessions or 2 weeks, or it gets worse, see a doctor.",
        "evidence": "traditional",
        "evidence_summary": _traditional("low back pain"),
        "studies": [],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": "",
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
        "frequency": "Once a day between cramps, every day for 2 weeks (twice a day at most); stretch a cramp out first. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If the cramps are no better after 2 weeks, see a doctor.",
        "evidence": "traditional",
        "evidence_summary": _traditional("leg cramps"),
        "studies": [],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": "Between cramps, after stretching out any cramp",
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
        "frequency": "Once a day, in bed before sleep, every night for 2 weeks. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If your sleep is no better after 2 weeks, see a doctor.",
        "evidence": "traditional",
        "evidence_summary": _traditional("sleep"),
        "studies": [],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": "In bed, just before sleep",
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
        "frequency": "Once a day for 2 weeks, or when you feel tense; twice a day at most. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If you feel no better after 2 weeks, or worse, see a doctor.",
        "evidence": "traditional",
        "evidence_summary": _traditional("stress and worry"),
        "studies": [],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": "",
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
        "frequency": "When a headache starts, or once a day for 2 weeks as a plan; twice a day at most. Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If headaches keep coming back, or you need painkillers on many days, see a doctor.",
        "evidence": "traditional",
        "evidence_summary": _traditional("headache"),
        "studies": [],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": "When a headache starts",
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


# ----------------------------------------------------------------------
# Routines tested in trials (issue 15). Points, seconds per point and side, and the course are
# those the studies in points/catalog/studies.py gave; where a detail comes from a sister
# study rather than the study itself, the dose note says so.
# ----------------------------------------------------------------------
_STOP = (
    "Stop if it hurts, bruises, makes you feel faint, or causes numbness or tingling. If you "
    "are no better after the plan, or worse at any time, see a doctor."
)
_SHAM_SIMILAR = (
    "In the trials that also had a sham group, pressing other spots helped about as much: "
    "regular practice helped; the exact points may matter less."
)


def _relaxing_steps() -> list[StepRow]:
    """The Michigan relaxing routine: 9 point-sides, 3 minutes each, small circles."""

    def circles(point: str, side: str, fingers: str, instructions: str) -> StepRow:
        return {
            "point": point,
            "side": side,
            "duration_seconds": 180,
            "pressure": "moderate",
            "motion": "circles",
            "fingers": fingers,
            "instructions": instructions,
        }

    return [
        circles(
            "EX-HN 3",
            "midline",
            "Middle fingertip",
            (
                "Sit or lie comfortably and close your eyes. Press the hollow between your "
                "eyebrows and make small slow circles, firm enough to feel but never painful."
            ),
        ),
        circles(
            "NHN 54",
            "both",
            "Middle fingertip",
            (
                "Behind the ear, halfway between the hollow behind the earlobe and the hollow "
                "under the back of the skull, press into the soft muscle with small circles."
            ),
        ),
        circles(
            "HT 7",
            "both",
            "Thumb of the other hand",
            (
                "Palm up: press the small hollow at the little-finger end of the wrist crease, "
                "just beside the tendon, with small circles. Press more gently if you feel a "
                "pulse."
            ),
        ),
        circles(
            "SP 6",
            "both",
            "Thumb",
            (
                "Four finger-widths above the inner ankle bone, just behind the edge of the "
                "shinbone, press with small circles; achy is fine, painful is too much. Skip "
                "this point if you are or could be pregnant."
            ),
        ),
        circles(
            "LR 3",
            "both",
            "Thumb or index finger",
            (
                "With the foot flat, slide a finger up from the web between the big toe and "
                "second toe to the hollow where the two foot bones meet, and circle there."
            ),
        ),
    ]


def _relaxing(
    slug: str,
    complaint: str,
    studies: list[str],
    summary: str,
    days: int,
    weeks: int,
    note: str,
    status: str = "published",
) -> ProtocolRow:
    """The relaxing routine for one complaint, citing the studies that tested it there.

    A row whose trial's dose or point list we could not read in full is loaded as a draft:
    staff publish it once someone has checked the paper (its dose_note says what is missing).
    """
    return {
        "slug": slug,
        "name": "Relaxing acupressure",
        "complaint": complaint,
        "summary": (
            "Nine presses of 3 minutes each, about 27 minutes: between the eyebrows, behind "
            "the ears, on the wrists, above the inner ankles and on the tops of the feet."
        ),
        "status": status,
        "frequency": (
            f"Once a day, {'every day' if days == 7 else f'{days} days a week'}, for {weeks} "
            f"weeks, as in the trial. {_STOP}"
        ),
        "evidence": "trial",
        "evidence_summary": summary,
        "studies": studies,
        "sessions_per_day": 1,
        "days_per_week": days,
        "weeks": weeks,
        "dose_note": note,
        "steps": _relaxing_steps(),
    }


EVIDENCE_PROTOCOLS: list[ProtocolRow] = [
    _relaxing(
        "relaxing-acupressure-fatigue",
        "fatigue",
        ["zick-2016", "zick-2026-metime"],
        (
            "Tested in randomised trials of women with lasting tiredness after cancer "
            "treatment. In 270 breast cancer survivors (Zick 2016), 66% of those who did this "
            "routine daily for 6 weeks had normal tiredness levels afterwards, against 31% with "
            "usual care, and their sleep improved too. In 171 ovarian cancer survivors taught by "
            "an app (Zick 2026), 58% reached normal levels against 18% with usual care, but "
            "pressing sham spots did nearly as well (51%). " + _SHAM_SIMILAR
        ),
        7,
        6,
        "About 27 minutes a day, every day, as in both trials.",
    ),
    _relaxing(
        "relaxing-acupressure-knee",
        "knee-pain",
        ["li-2018"],
        (
            "Tested in a randomised trial of 150 older adults with knee osteoarthritis (Li "
            "2018). After 8 weeks, those who pressed these points had less knee pain and moved "
            "better than those with usual care, but those who pressed sham spots improved just "
            "as much. " + _SHAM_SIMILAR + " It does not replace exercise or your doctor's "
            "treatment for the knee."
        ),
        5,
        8,
        (
            "Days and weeks as in the knee trial. Its report we could read gives no time per "
            "point: the 3 minutes come from the same team's fatigue trials."
        ),
        # Draft: the seconds per point in Li 2018 were not found in a text we could read.
        "draft",
    ),
    _relaxing(
        "relaxing-acupressure-low-back",
        "low-back-pain",
        ["murphy-2019"],
        (
            "Tested in a small randomised pilot trial of 67 adults with long-lasting low back "
            "pain (Murphy 2019). After 6 weeks of daily practice, pain had fallen by about a "
            "third, more than with usual care. There was no sham group, and a larger trial is "
            "still needed."
        ),
        7,
        6,
        (
            "About 27 minutes a day, as in the trial. Its relaxing point list is still to be "
            "checked against the paper."
        ),
        # Draft: no text we could read lists Murphy 2019's relaxing points (only its dose).
        "draft",
    ),
    {
        "slug": "period-pain-acupressure",
        "name": "Period pain acupressure",
        "complaint": "period-pain",
        "summary": (
            "Three points pressed for 1 minute on each side: above the inner ankle, the web of "
            "the hand and the top of the foot, daily around your period."
        ),
        "status": "published",
        "frequency": (
            "Once a day at the same time, from 5 days before your period is due until it ends, "
            f"as in the trial. {_STOP}"
        ),
        "evidence": "trial",
        "evidence_summary": (
            "Tested in a randomised trial of 221 young women with strong period pain, using an "
            "app with reminders and a timer (Blödt 2018). After 3 cycles, pain halved or better "
            "for 37% of those pressing these points, and after 6 cycles for 58%, against 25% "
            "with usual care. There was no sham group, so some of the benefit may come from "
            "the regular routine itself. A few women had more pain or bruising at first."
        ),
        "studies": ["blodt-2018"],
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 2,
        "dose_note": (
            "From 5 days before your period is due until it ends. The trial counted cycles: a "
            "2-week plan started 5 days before a period covers one cycle; start a new one each "
            "cycle."
        ),
        "steps": [
            {
                "point": "SP 6",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "steady",
                "fingers": "Thumb",
                "instructions": (
                    "Four finger-widths above the inner ankle bone, just behind the shinbone, "
                    "press steadily with your thumb; you should feel it, but it should not hurt. "
                    "Skip this point if you are or could be pregnant."
                ),
            },
            {
                "point": "LI 4",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "steady",
                "fingers": "Thumb of the other hand",
                "instructions": (
                    "Press the highest spot of the muscle in the web between thumb and index "
                    "finger, angled towards the index-finger bone. Skip this point if you are "
                    "or could be pregnant."
                ),
            },
            {
                "point": "LR 3",
                "side": "both",
                "duration_seconds": 60,
                "pressure": "moderate",
                "motion": "steady",
                "fingers": "Thumb or index finger",
                "instructions": (
                    "On the top of the foot, slide up from the web between the big toe and "
                    "second toe to the hollow where the bones meet, and press steadily there."
                ),
            },
        ],
    },
    # Dose: North Bristol NHS Trust, anaesthesia patient information ("press firmly ... relief
    # within ten to thirty seconds, sometimes ... up to five minutes"):
    # https://www.nbt.nhs.uk/our-services/a-z-services/anaesthetics/anaesthesia-patient-information
    # Pregnancy: NICE lists P6 (wrist) acupressure for nausea and vomiting in pregnancy
    # (antenatal care 2008, and for hyperemesis in NG201 2021):
    # https://www.nice.org.uk/news/articles/nice-recommends-treatment-options-for-severe-pregnancy-sickness
    {
        "slug": "pc6-nausea",
        "name": "PC 6 for nausea",
        "complaint": "nausea",
        "summary": (
            "One point on the inner forearm, three finger-widths above the wrist crease between "
            "the two tendons, pressed on each wrist when you feel sick."
        ),
        "status": "published",
        "frequency": (
            "When you feel sick, or before something that usually makes you sick, such as a "
            "journey. Stop if the fingers tingle or go numb, or if it hurts. If the sickness "
            "lasts more than 2 days, or you cannot keep fluids down, see a doctor."
        ),
        "evidence": "review",
        "evidence_summary": (
            "A Cochrane review of trials in people having operations (Lee 2015) found that "
            "stimulating PC 6 cut nausea afterwards by about a third compared with sham "
            "treatment, and vomiting by about two fifths, but rated the evidence low quality; "
            "most trials used wristbands, needles or electrical stimulation rather than your "
            "own thumb. For sickness in pregnancy, NICE lists wrist (P6) acupressure among the "
            "things that can help, so this point is not skipped in pregnancy."
        ),
        "studies": ["lee-2015-cochrane"],
        "as_needed": True,
        "sessions_per_day": 1,
        "days_per_week": 7,
        "weeks": 1,
        "dose_note": (
            "When you feel sick: up to 5 minutes on each wrist, as North Bristol NHS Trust's "
            "anaesthetists advise; it often eases within half a minute."
        ),
        "steps": [
            {
                "point": "PC 6",
                "side": "both",
                "duration_seconds": 300,
                "pressure": "firm",
                "motion": "steady",
                "fingers": "Thumb, with a finger behind the wrist",
                "instructions": (
                    "Palm up, find the spot three finger-widths above the wrist crease, between "
                    "the two tendons in the middle of the forearm. Press it firmly with your "
                    "thumb, a finger behind the wrist, and breathe slowly. You can stop as soon "
                    "as the sickness eases; ease off if your fingers tingle."
                ),
            },
        ],
    },
]

PROTOCOLS += EVIDENCE_PROTOCOLS
