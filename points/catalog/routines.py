"""Complaints with their red flags, and the routines (protocols) for each."""

COMPLAINTS = [
    {
        "slug": "leg-pain",
        "asks_where_it_hurts": True,
        "name": "Leg pain",
        "summary": "Aching, tired or sore legs: a simple hand routine from the source article, plus leg points.",
        "order": 1,
        "red_flags": [
            {
                "question": (
                    "Is one calf swollen, warm, red or painful to touch, more than the other leg?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. These can be signs of a blood clot in a deep vein "
                    "(DVT), which needs same-day assessment. Do not press or massage the leg meanwhile."
                ),
            },
            {
                "question": ("Do you have leg pain together with breathlessness or chest pain?"),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. A blood clot may have travelled to the lungs, "
                    "which is life-threatening."
                ),
            },
            {
                "question": "Has your leg or foot suddenly become pale, cold or blue?",
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. The blood supply to the leg may be blocked, "
                    "and the leg can be saved only with fast treatment."
                ),
            },
            {
                "question": (
                    "Did the pain start after a fall or injury, or are you unable to put weight "
                    "on the leg?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. You may have a broken bone or a torn muscle or "
                    "ligament that needs to be examined."
                ),
            },
            {
                "question": (
                    "Do you have numbness around your buttocks, groin or between your legs, or "
                    "have you lost control of your bladder or bowels?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. This can mean the nerves at the base of the "
                    "spine are being squeezed (cauda equina syndrome), which needs emergency "
                    "treatment to prevent lasting damage."
                ),
            },
            {
                "question": (
                    "Do you have a fever with your leg pain, or an area on the leg that is hot, "
                    "red and swollen?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. This may be an infection of the skin, bone or a "
                    "joint, which needs prompt treatment."
                ),
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
            },
        ],
    },
    {
        "slug": "knee-pain",
        "asks_where_it_hurts": True,
        "name": "Knee pain",
        "summary": "Stiff, weak or aching knees: points around the kneecap and the outer knee.",
        "order": 2,
        "red_flags": [
            {
                "question": "Is your knee hot, red and swollen, and do you have a fever or feel unwell?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. An infected joint can damage the knee quickly and "
                    "needs prompt treatment."
                ),
            },
            {
                "question": (
                    "After an injury, are you unable to put weight on the leg, or did the knee "
                    "swell up quickly?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. You may have a broken bone or a torn ligament that "
                    "needs to be examined."
                ),
            },
            {
                "question": "Is your knee locked, so that you cannot straighten or bend it?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A torn cartilage or a loose piece inside the joint "
                    "can lock the knee and needs to be checked."
                ),
            },
            {
                "question": "Is the calf below the painful knee swollen, warm or red?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. This can be a sign of a blood clot in a deep vein "
                    "(DVT). Do not press or massage the leg meanwhile."
                ),
            },
            {
                "question": (
                    "Has the knee pain lasted more than a few weeks, or is it getting worse despite self-care?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor to find the cause and the right treatment."
                ),
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
            {
                "question": (
                    "Do you have numbness around your buttocks, groin or between your legs, or "
                    "have you lost control of your bladder or bowels?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. This can mean the nerves at the base of the "
                    "spine are being squeezed (cauda equina syndrome), which needs emergency treatment."
                ),
            },
            {
                "question": (
                    "Did the back pain start after a major fall, a car accident or another serious injury?"
                ),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A bone in the spine may be broken and needs to be checked."
                ),
            },
            {
                "question": "Do you have a fever, or feel generally unwell, along with your back pain?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today. Back pain with fever can be a sign of an infection "
                    "of the spine or kidneys."
                ),
            },
            {
                "question": ("Do you have new weakness, numbness or tingling in one or both legs?"),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. A nerve may be trapped, and it should be assessed "
                    "before the weakness gets worse."
                ),
            },
            {
                "question": (
                    "Have you had cancer, or lost weight without trying, and now have back pain?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor soon, so that serious causes of the "
                    "pain can be ruled out."
                ),
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
            {
                "question": ("Between cramps, is the calf swollen, warm, red or tender to touch?"),
                "tier": "urgent",
                "advice": (
                    "Get medical care today. This can be a blood clot in a deep vein (DVT) "
                    "rather than a cramp. Do not press or massage the calf meanwhile."
                ),
            },
            {
                "question": "Do you also have muscle weakness, or numbness, in the leg?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Cramps with weakness or numbness can "
                    "come from a nerve or muscle problem that should be checked."
                ),
            },
            {
                "question": "Did the cramps start after you began a new medicine?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor or ask your pharmacist. Some medicines "
                    "cause cramps, and the dose or medicine may need changing. Do not stop a "
                    "medicine on your own."
                ),
            },
            {
                "question": "Does your leg hurt when you walk and ease when you stop and rest?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. This pattern can be a sign of "
                    "narrowed arteries in the legs."
                ),
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
            },
        ],
    },
    {
        "slug": "insomnia",
        "name": "Insomnia",
        "summary": "Trouble falling or staying asleep: calming points on the feet and ankles to use at bedtime.",
        "order": 5,
        "red_flags": [
            {
                "question": "Are you having thoughts of harming yourself or ending your life?",
                "tier": "emergency",
                "advice": (
                    "Contact emergency services or a crisis line now, or tell someone you trust "
                    "and ask them to stay with you. You do not have to face this alone."
                ),
            },
            {
                "question": "Do you have chest pain right now, or have you fainted?",
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. Chest pain and fainting can be signs of a heart "
                    "problem and should never be put down to poor sleep or stress."
                ),
            },
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
            },
            {
                "question": (
                    "Has poor sleep lasted more than a month, or made you nod off at risky moments, "
                    "such as while driving?"
                ),
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor. Long-lasting insomnia has effective "
                    "treatments, and daytime sleepiness can be dangerous."
                ),
            },
        ],
    },
    {
        "slug": "stress-anxiety",
        "name": "Stress and anxiety",
        "summary": "Feeling tense, worried or on edge: grounding points on the feet and legs.",
        "order": 6,
        "red_flags": [
            {
                "question": "Are you having thoughts of harming yourself or ending your life?",
                "tier": "emergency",
                "advice": (
                    "Contact emergency services or a crisis line now, or tell someone you trust "
                    "and ask them to stay with you. You do not have to face this alone."
                ),
            },
            {
                "question": "Do you have chest pain right now, or have you fainted?",
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. Chest pain and fainting can be signs of a heart "
                    "problem and should never be put down to anxiety."
                ),
            },
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
            },
            {
                "question": "Are you relying on alcohol or drugs to cope?",
                "tier": "doctor",
                "advice": (
                    "Book an appointment with your doctor, who can offer confidential support."
                ),
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
                    "Did the headache come on suddenly, reaching its worst within a minute or so "
                    "(a 'thunderclap'), or is it the worst headache you have ever had?"
                ),
                "tier": "emergency",
                "advice": (
                    "Call emergency services now. A sudden severe headache can be a sign of "
                    "bleeding in or around the brain."
                ),
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
            },
            {
                "question": "Did the headache start after a blow to the head or a fall?",
                "tier": "urgent",
                "advice": (
                    "Get medical care today, and call emergency services if you vomit, become "
                    "drowsy or confused, or the headache gets worse. There may be bleeding "
                    "inside the head."
                ),
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
            },
        ],
    },
]

PROTOCOLS = [
    {
        # Follows source article 1: hand palm down; first the web between thumb and index
        # finger (LI 4), then the most tender hollow under the little finger (SI 3); deep
        # pressure with one or two fingers, rotating or up-and-down, a few minutes each.
        "slug": "hand-routine-leg-pain",
        "name": "Hand routine for leg pain",
        "complaint": "leg-pain",
        "summary": (
            "Two hand points, pressed in turn on each hand, as described in the source article: "
            "the web between thumb and index finger, then the tender hollow under the little finger."
        ),
        "status": "published",
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
