"""The clinical content review of 2026-12-01 (shared/reviews/clinical-content.md).

Brings a database loaded before the review up to the reviewed catalog (points.seed.apply_review):
unreviewed safety content is replaced, with its sources and the review date; other fields change
only where they still hold the value below (the catalog before the review), so staff edits stay.
A fresh database gets the new safety fields and the shared leg red flags here too.
"""

from django.db import migrations

from points.seed import apply_review

PREVIOUS = {
    "complaints": {
        "knee-pain": {
            "summary": "Stiff, weak or aching knees: points around the kneecap and the outer knee."
        },
        "leg-pain": {
            "summary": "Aching, tired or sore legs: a simple hand routine from "
            "the source article, plus leg points."
        },
    },
    "meridians": {"LR": {"alternative_codes": "LV"}},
    "placements": {
        "KI 7": {"foot-inner": [310, 108], "leg-inner": [212, 600]},
        "SP 11": {"leg-inner": [181, 224]},
    },
    "points": {
        "BL 37": {"indications": "low back pain, leg pain, numbness and weakness in the legs"},
        "BL 38": {"indications": "pain, numbness and cramping behind the knee"},
        "BL 39": {
            "indications": "stiff and painful lower back, lower belly bloating, "
            "difficulty passing urine, cramps and pain in the leg and "
            "foot"
        },
        "BL 40": {
            "indications": "low back pain, leg cramps and weakness, skin rash and "
            "itching, abdominal pain, vomiting, diarrhoea, bedwetting, "
            "difficulty passing urine"
        },
        "BL 55": {"indications": "low back stiffness and pain, leg pain, numbness and weakness"},
        "BL 57": {
            "how_to_find": "Stand and rise onto your toes: an upside-down V appears on "
            "the calf where the muscle meets the Achilles tendon. The "
            "point is at the tip of that V, about halfway between the "
            "crease behind the knee and the heel. Relax the leg and press "
            "where it feels most tender.",
            "indications": "cramps and pain in the low back and legs, leg weakness and "
            "swelling, constipation, haemorrhoids",
        },
        "BL 58": {
            "indications": "headache, dizziness, nosebleeds, low back and leg pain and "
            "weakness, sciatica, haemorrhoids"
        },
        "BL 59": {
            "indications": "headache, heavy head, low back and sacral pain, leg pain, "
            "numbness and weakness, swelling and pain of the outer ankle"
        },
        "BL 60": {
            "indications": "acute low back pain, heel pain and swelling, headache, stiff "
            "neck, dizziness, nosebleeds"
        },
        "BL 61": {"indications": "leg pain, numbness and weakness"},
        "BL 63": {
            "indications": "headache, low back pain, leg pain, numbness and weakness, "
            "outer ankle pain"
        },
        "GB 30": {
            "indications": "low back pain, hip and leg pain, leg weakness, muscle "
            "tension, poor circulation in the legs",
            "technique": "Deep, steady pressure with a knuckle or an elbow, or lie on a "
            "tennis ball placed under the point.",
        },
        "GB 31": {
            "indications": "numbness of the legs",
            "location": "On the outer thigh, in the hollow just behind the iliotibial "
            "band, where the tip of the middle finger rests when standing "
            "with the arms hanging at the sides (traditionally about 7 cun "
            "above the crease behind the knee).",
        },
        "GB 32": {
            "indications": "leg weakness, leg pain and numbness",
            "location": "On the outer thigh, just behind the iliotibial band, 2 cun "
            "below GB 31, between the vastus lateralis and biceps femoris "
            "muscles.",
        },
        "GB 33": {"indications": "knee pain from arthritis, leg weakness, heavy swollen legs"},
        "GB 34": {"indications": "joint pain from arthritis, leg weakness"},
        "GB 39": {
            "how_to_find": "Lay four fingers side by side above the tip of the outer "
            "ankle bone. Above your top finger, press just in front of "
            "the thin bone on the outside of the leg, where it feels most "
            "tender.",
            "indications": "aches in the hands and feet, aching bones",
        },
        "KI 1": {
            "how_to_find": "Curl your toes and a hollow appears on the sole just behind "
            "the ball of the foot. Start at the gap between your first two "
            "toes and run a finger down the sole until it sinks into that "
            "hollow, just beyond the pad of the big toe. Press where it "
            "feels most sore.",
            "indications": "insomnia, palpitations, anxiety, poor memory, hot flushes, "
            "night sweats",
        },
        "KI 10": {"indications": "low back pain, erection problems, vaginal discharge"},
        "KI 3": {"indications": "leg weakness"},
        "KI 6": {
            "how_to_find": "Find the tip of your inner ankle bone and move one "
            "thumb-width straight down into the small hollow below it. "
            "Press where it feels most tender."
        },
        "KI 7": {
            "indications": "numbness of the limbs, swelling, night sweats, diarrhoea, low back pain"
        },
        "SI 3": {
            "identification_note": "Source article 1 does not name this point: it says to "
            "press the most tender hollow in the area under the "
            "little finger, hand palm down. SI 3 Houxi is the "
            "standard point there and is traditionally used for "
            "back and leg pain along the back of the body and for "
            "calming, which fits the article's uses; TE 3 Zhongzhu "
            "(on the back of the hand between the 4th and 5th "
            "metacarpals) or HT 7 Shenmen (on the wrist crease, "
            "little-finger side) are other possible readings. "
            "Whichever is meant, press the most tender spot in "
            "that area, as the article says.",
            "indications": "leg pain, low immunity, low mood, anxiety, neck and back stiffness",
        },
        "SP 10": {
            "indications": "period problems, tiredness and pallor (blood deficiency in "
            "traditional terms)"
        },
        "SP 11": {"indications": "leg pain, reproductive complaints"},
        "SP 4": {"indications": "indigestion, stomach pain, nausea and vomiting, bowel upset"},
        "SP 6": {
            "how_to_find": "Lay four fingers side by side on the inside of your leg with "
            "the lowest finger on the top of the inner ankle bone. Above "
            "your top finger, slide just behind the back edge of the "
            "shinbone and press where it feels most sore.",
            "indications": "stress, insomnia, anxiety, low energy, indigestion, period "
            "problems, urinary and reproductive complaints",
        },
        "SP 8": {"indications": "calf numbness, stomach and bowel complaints"},
        "ST 32": {"indications": "leg weakness, low back pain"},
        "ST 33": {"indications": "leg pain, swelling of the legs"},
        "ST 34": {"indications": "knee weakness, knee pain and stiffness"},
        "ST 35": {"indications": "knee pain, knee numbness, leg weakness and swelling"},
        "ST 36": {
            "how_to_find": "Sit with the knee bent. Put four fingers together flat on "
            "the front of your shin and slide them up until the top "
            "finger meets the lower edge of the kneecap. The point is "
            "level with the lower edge of your little finger, about one "
            "finger-width outside the sharp front edge of the shinbone. "
            "Press where it feels most tender.",
            "indications": "leg pain, leg weakness, low energy, low mood, anxiety, low "
            "immunity, stomach upset, constipation, recovery from "
            "long-term illness",
        },
        "ST 37": {
            "indications": "numbness and pain in the legs, low back pain, stomach and "
            "bowel complaints"
        },
        "ST 38": {
            "indications": "stiff shoulder that makes the arm hard to lift, numbness and "
            "pain in the legs, stomach and bowel complaints"
        },
        "ST 39": {"indications": "leg cramps, leg numbness, leg pain"},
        "ST 41": {
            "how_to_find": "Pull your toes and foot up towards you: two tendons stand "
            "out at the front of the ankle. The point is in the hollow "
            "between them, on the crease at the front of the ankle, level "
            "with the ankle bones. Press where it feels most tender.",
            "location": "On the front of the ankle, in the hollow at the centre of the "
            "ankle crease, level with the tips of the ankle bones, between "
            "the tendons of extensor hallucis longus and extensor digitorum "
            "longus.",
        },
        "ST 42": {"indications": "bloating, foot numbness"},
        "ST 43": {"indications": "stomach pain, night sweats"},
        "ST 44": {"indications": "swollen legs, headache, muscle cramps"},
    },
    "protocols": {},
    "red_flags": {
        "headache": [
            "Did the headache come on suddenly, reaching its worst within a minute "
            "or so (a 'thunderclap'), or is it the worst headache you have ever "
            "had?",
            "Do you have a fever with a stiff neck, a rash, or pain when looking at light?",
            "Do you have weakness or numbness in the face, arm or leg, trouble "
            "speaking, confusion, or loss of vision?",
            "Did the headache start after a blow to the head or a fall?",
            "Are your headaches new and getting steadily worse over days or weeks, "
            "or waking you from sleep?",
        ],
        "insomnia": [
            "Are you having thoughts of harming yourself or ending your life?",
            "Do you have chest pain right now, or have you fainted?",
            "Do you snore loudly and wake gasping or choking, or has someone seen "
            "you stop breathing in your sleep?",
            "Has poor sleep lasted more than a month, or made you nod off at risky "
            "moments, such as while driving?",
        ],
        "knee-pain": [
            "Is your knee hot, red and swollen, and do you have a fever or feel unwell?",
            "After an injury, are you unable to put weight on the leg, or did the "
            "knee swell up quickly?",
            "Is your knee locked, so that you cannot straighten or bend it?",
            "Is the calf below the painful knee swollen, warm or red?",
            "Has the knee pain lasted more than a few weeks, or is it getting "
            "worse despite self-care?",
        ],
        "leg-cramps": [
            "Between cramps, is the calf swollen, warm, red or tender to touch?",
            "Do you also have muscle weakness, or numbness, in the leg?",
            "Did the cramps start after you began a new medicine?",
            "Does your leg hurt when you walk and ease when you stop and rest?",
            "Are the cramps very frequent, lasting more than about 10 minutes, "
            "or waking you most nights?",
        ],
        "leg-pain": [
            "Is one calf swollen, warm, red or painful to touch, more than the other leg?",
            "Do you have leg pain together with breathlessness or chest pain?",
            "Has your leg or foot suddenly become pale, cold or blue?",
            "Did the pain start after a fall or injury, or are you unable to put "
            "weight on the leg?",
            "Do you have numbness around your buttocks, groin or between your "
            "legs, or have you lost control of your bladder or bowels?",
            "Do you have a fever with your leg pain, or an area on the leg that is "
            "hot, red and swollen?",
            "Has your leg pain lasted, or got worse, after a few acupressure sessions?",
        ],
        "low-back-pain": [
            "Do you have numbness around your buttocks, groin or between your "
            "legs, or have you lost control of your bladder or bowels?",
            "Did the back pain start after a major fall, a car accident or another serious injury?",
            "Do you have a fever, or feel generally unwell, along with your back pain?",
            "Do you have new weakness, numbness or tingling in one or both legs?",
            "Have you had cancer, or lost weight without trying, and now have back pain?",
        ],
        "stress-anxiety": [
            "Are you having thoughts of harming yourself or ending your life?",
            "Do you have chest pain right now, or have you fainted?",
            "Is your heart racing or beating irregularly, or are you short "
            "of breath, and it does not settle with rest?",
            "Has worry or low mood made it hard to cope with daily life for more than two weeks?",
            "Are you relying on alcohol or drugs to cope?",
        ],
    },
    "steps": {},
}


def review(apps, schema_editor):
    apply_review(apps, PREVIOUS)


class Migration(migrations.Migration):
    dependencies = [("points", "0009_safety_review_fields")]

    operations = [migrations.RunPython(review, migrations.RunPython.noop)]
