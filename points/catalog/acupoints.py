"""The seed points: codes, names, WHO 2008 locations, finding them yourself, traditional uses.

A use that is itself a warning sign (see the policy in points/catalog/__init__.py) is left out
with a comment; its search finds the advice in points/warning_signs.py instead.
"""

from points.catalog.rows import PointRow

_MISPRINT = "Misprint in source article 2"
_UB_NOTE = "Older Bladder code (UB = urinary bladder), used in source article 2"

POINTS: list[PointRow] = [
    # ------------------------------------------------------------------
    # Stomach meridian: front of the thigh, knee, shin and top of the foot
    # ------------------------------------------------------------------
    {
        "code": "ST 32",
        "pinyin": "Futu",
        "hanzi": "伏兔",
        "english_name": "Crouching Rabbit",
        "region": "thigh",
        "location": (
            "On the front-outer thigh, on the line from the outer end of the top edge of the "
            "kneecap to the anterior superior iliac spine (the bony point at the front of the "
            "hip), 6 cun above the top of the kneecap."
        ),
        "how_to_find": (
            "Sit with the leg relaxed. Lay four fingers side by side just above the outer top "
            "corner of your kneecap, then another four fingers above those. The point is at "
            "that height on the fleshy front-outer thigh, in line with the bony point at the "
            "front of your hip. Press around there for the spot that feels most tender."
        ),
        # Source also lists chest pain; left out because chest pain needs medical assessment.
        # Its "paralysis of lower limbs" is restated as tired, heavy legs: new weakness in a leg
        # is a warning sign (stroke, nerve compression), not a use.
        "indications": "tired and heavy legs, low back pain",
        "technique": "Firm pressure with the thumb or the knuckle of a bent finger, sitting down.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 33",
        "pinyin": "Yinshi",
        "hanzi": "阴市",
        "english_name": "Yin Market",
        "region": "thigh",
        "location": (
            "On the front-outer thigh, 3 cun above the top of the kneecap, just outside the "
            "rectus femoris tendon, on the line from the outer top corner of the kneecap to "
            "the anterior superior iliac spine (halfway between ST 32 and the kneecap)."
        ),
        "how_to_find": (
            "Sit with the knee bent. Lay four fingers side by side above the outer top corner "
            "of your kneecap; the point is just above your top finger, in line with the outer "
            "edge of the kneecap. Press where it feels most tender."
        ),
        # Source also lists diabetes; left out (not a self-care indication). Its "edema" is
        # restated as tired, heavy legs: swollen legs can be a clot or heart, kidney or liver
        # disease (NHS, https://www.nhs.uk/conditions/oedema/).
        "indications": "leg pain, tired and heavy legs",
        "technique": "Firm pressure with the thumb, knee bent and the thigh relaxed.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 34",
        "pinyin": "Liangqiu",
        "hanzi": "梁丘",
        "english_name": "Ridge Mound",
        "region": "thigh",
        "location": (
            "On the front-outer thigh, 2 cun above the top of the kneecap, between the vastus "
            "lateralis muscle and the outer edge of the rectus femoris tendon (1 cun below ST 33)."
        ),
        "how_to_find": (
            "Sit with the knee bent and tighten your thigh so the muscles stand out. Lay three "
            "fingers (index, middle and ring) side by side above the outer top corner of the "
            "kneecap; just above them, find the groove between the firm tendon and the outer "
            "thigh muscle. Press where it feels most tender."
        ),
        # Source: "paralysis of knee"; a knee that gives way needs urgent advice (NHS,
        # https://www.nhs.uk/symptoms/knee-pain/), so only pain and stiffness are kept.
        "indications": "knee pain and stiffness",
        "technique": "Firm pressure with the thumb into the groove, then relax the thigh.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 35",
        "pinyin": "Dubi",
        "hanzi": "犊鼻",
        "english_name": "Calf's Nose",
        "region": "knee",
        "location": (
            "On the front of the knee, in the hollow just outside the patellar ligament, below "
            "the kneecap; easiest to feel with the knee bent."
        ),
        "how_to_find": (
            "Sit with your knee bent at about a right angle. Below the kneecap you can feel a "
            "thick band (the kneecap tendon) with a soft hollow on each side, the 'eyes' of the "
            "knee. The point is in the outer hollow. Press where it feels most tender."
        ),
        # Source: knee numbness and pain, edema, "athlete's foot" (jiao qi). Numbness and
        # swelling are left out (warning signs); jiao qi is restated as tired, heavy legs.
        "indications": "knee pain, tired and heavy legs",
        "technique": (
            "Moderate pressure with a fingertip angled slightly in under the kneecap; "
            "never press hard on a swollen knee."
        ),
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 36",
        "pinyin": "Zusanli",
        "hanzi": "足三里",
        "english_name": "Leg Three Miles",
        "region": "lower_leg",
        # Source: article 1 prints this point's description without its heading; the
        # location "3 cun below ST 35" identifies it as ST 36.
        "location": (
            "On the front of the lower leg, 3 cun below ST 35 on the line from ST 35 to ST 41, "
            "about one finger-width outside the front crest of the tibia, on the tibialis "
            "anterior muscle."
        ),
        # ST 35 is the outer "eye" of the knee, below the kneecap's edge: measuring from the
        # kneecap itself lands about half a cun too high, so the top finger goes in the hollow.
        "how_to_find": (
            "Sit with the knee bent. Find the soft hollow just below the kneecap on the outer "
            "side of its tendon (the outer 'eye' of the knee). Lay four fingers together flat "
            "down the front of your shin, the top edge of your index finger in that hollow. "
            "The point is level with the lower edge of your little finger, about one "
            "finger-width outside the sharp front edge of the shinbone. Press where it feels "
            "most tender."
        ),
        # Source (article 1) also lists "low immunity", and article 2 "various chronic
        # diseases"; both left out, as they suggest a medical benefit. Article 2's paralysis
        # and jiao qi are restated as tired, heavy legs.
        "indications": (
            "leg pain, tired and heavy legs, low energy, low mood, anxiety, stomach upset, "
            "constipation"
        ),
        "technique": "Firm pressure with the thumb, with small circles, sitting with the knee bent.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 37",
        "pinyin": "Shangjuxu",
        "hanzi": "上巨虚",
        "english_name": "Upper Great Void",
        "region": "lower_leg",
        "location": (
            "On the front of the lower leg, 6 cun below ST 35 (3 cun below ST 36), about one "
            "finger-width outside the front crest of the tibia."
        ),
        "how_to_find": (
            "Find ST 36 first, then lay four fingers side by side below it and go straight down "
            "the shin to just below your little finger, staying about one finger-width outside "
            "the shin's sharp front edge. Press where it feels most tender."
        ),
        # Source also lists numbness of the limbs; left out (numbness that lasts or keeps
        # coming back needs a GP: NHS, https://www.nhs.uk/conditions/pins-and-needles/).
        "indications": "leg pain, low back pain, stomach and bowel complaints",
        "technique": "Firm thumb pressure on the muscle beside the shinbone.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 38",
        "pinyin": "Tiaokou",
        "hanzi": "条口",
        "english_name": "Line Opening",
        "region": "lower_leg",
        "location": (
            "On the front of the lower leg, 8 cun below ST 35, about one finger-width outside "
            "the front crest of the tibia; this is halfway between ST 35 and the prominence of "
            "the outer ankle bone."
        ),
        "how_to_find": (
            "Find the spot halfway down the shin between the hollow below the outer edge of the "
            "kneecap and the outer ankle bone. Stay about one finger-width outside the shin's "
            "front edge and press where it feels most tender."
        ),
        # Source also lists numbness in the lower limbs; left out, as for ST 37.
        "indications": (
            "stiff shoulder that makes the arm hard to lift, leg pain, stomach and bowel complaints"
        ),
        "technique": "Firm thumb pressure; some people move the stiff shoulder gently while it is pressed.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 39",
        "pinyin": "Xiajuxu",
        "hanzi": "下巨虚",
        "english_name": "Lower Great Void",
        "region": "lower_leg",
        # Source: article 2's list prints "ST 39( Fenglong)" and "ST 40( Xiajuxu)" (names
        # swapped); its captions and locations are correct: ST 39 Xiajuxu is 9 cun below ST 35.
        "location": (
            "On the front of the lower leg, 9 cun below ST 35 (1 cun below ST 38), about one "
            "finger-width outside the front crest of the tibia."
        ),
        "how_to_find": (
            "Find ST 38 halfway down the shin, then move one thumb-width further down, still "
            "about one finger-width outside the shin's front edge. Press where it feels most tender."
        ),
        # Source also lists numbness; left out, as for ST 37.
        "indications": "leg cramps, leg pain",
        "technique": "Firm thumb pressure with small circles.",
        "aliases": [
            (
                "ST 39 Fenglong",
                _MISPRINT + ": its point list gives ST 39 the name of ST 40 (Fenglong)",
            ),
        ],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 40",
        "pinyin": "Fenglong",
        "hanzi": "丰隆",
        "english_name": "Abundant Bulge",
        "region": "lower_leg",
        # Source: article 2's list prints "ST 40( Xiajuxu)"; Xiajuxu is ST 39.
        "location": (
            "On the front-outer lower leg, 8 cun above the prominence of the outer ankle bone "
            "(8 cun below ST 35), at the outer edge of the tibialis anterior muscle: level with "
            "ST 38 and one finger-width outside it, about two finger-widths from the front "
            "crest of the tibia."
        ),
        "how_to_find": (
            "Find ST 38 halfway down the shin. At the same height, move one more finger-width "
            "outwards, so you are about two finger-widths from the shin's front edge, at the "
            "outer border of the shin muscle. Press where it feels most tender."
        ),
        # Source also lists anaemia; left out (needs medical diagnosis).
        "indications": "sciatica",
        "technique": "Firm thumb pressure, sitting with the leg relaxed.",
        "aliases": [
            (
                "ST 40 Xiajuxu",
                _MISPRINT + ": its point list gives ST 40 the name of ST 39 (Xiajuxu)",
            ),
        ],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 41",
        "pinyin": "Jiexi",
        "hanzi": "解溪",
        "english_name": "Stream Divide",
        "region": "ankle",
        # Source: article 2 misspells "extensor digitorum longus" ("longs").
        "location": (
            "On the front of the ankle, in the hollow at the centre of the ankle crease, level "
            "with the prominence of the outer ankle bone, between the tendons of extensor "
            "hallucis longus and extensor digitorum longus."
        ),
        # The two ankle bones sit at different heights, so one of them is the level.
        "how_to_find": (
            "Pull your toes and foot up towards you: two tendons stand out at the front of the "
            "ankle. The point is in the hollow between them, on the crease at the front of the "
            "ankle, level with the most prominent point of the outer ankle bone. Press where it "
            "feels most tender."
        ),
        "indications": "foot pain, dizziness, headache, constipation",
        "technique": "Moderate fingertip pressure with the foot relaxed.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 42",
        "pinyin": "Chongyang",
        "hanzi": "冲阳",
        "english_name": "Surging Yang",
        "region": "foot",
        # Source: article 2's list spells the name "Chong Yang" (two words), and its location
        # reads "between the 2nd and 3rd metatarsals and the cuneiform"; the point is where the
        # base of the 2nd metatarsal meets the intermediate cuneiform, as written here.
        "location": (
            "On the top of the foot, at the highest point of the instep, where the base of the "
            "2nd metatarsal bone meets the intermediate cuneiform bone, over the pulse of the "
            "dorsalis pedis artery."
        ),
        "how_to_find": (
            "From ST 41 at the front of the ankle, move about two finger-widths towards the "
            "toes to the highest point of the instep, in line with the second toe. You can "
            "often feel a pulse there. Press where it feels most tender."
        ),
        # Source also lists foot numbness; left out, as for ST 37.
        "indications": "bloating",
        "technique": "Light to moderate pressure; if you feel the pulse, press just beside it.",
        "aliases": [("Chong Yang", _MISPRINT + ": the name written as two words")],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 43",
        "pinyin": "Xiangu",
        "hanzi": "陷谷",
        "english_name": "Sunken Valley",
        "region": "foot",
        # Source: article 2's list prints the name as "Xinggu"; its caption has it right.
        # Its location ("distal to the junction of the 2nd and 3rd metatarsals") is an older
        # wording; WHO 2008 places the point just behind the 2nd toe's knuckle.
        "location": (
            "On the top of the foot, between the 2nd and 3rd metatarsal bones, in the hollow "
            "just behind the joint at the base of the second toe."
        ),
        "how_to_find": (
            "Run a finger up the groove between the bones of the second and third toes, "
            "starting at the web. Just behind the knuckle at the base of the second toe the "
            "finger sinks into a hollow. Press where it feels most tender."
        ),
        # Source also lists night sweats; left out (drenching night sweats need a GP: NHS,
        # https://www.nhs.uk/conditions/night-sweats/).
        "indications": "stomach discomfort",
        "technique": "Moderate fingertip pressure with small circles.",
        "aliases": [("Xinggu", _MISPRINT + ": misspelling of Xiangu")],
        "identification": ("standard", ""),
    },
    {
        "code": "ST 44",
        "pinyin": "Neiting",
        "hanzi": "内庭",
        "english_name": "Inner Courtyard",
        "region": "foot",
        "location": (
            "On the top of the foot, between the 2nd and 3rd toes, just behind the edge of the "
            "web, where the skin of the top of the foot meets the skin of the sole."
        ),
        "how_to_find": (
            "Find the web between your second and third toes and move just behind its edge on "
            "the top of the foot, about half a thumb-width. Press where it feels most tender."
        ),
        # Source: its location reads "between the 2nd and 3rd metatarsal bones"; the point is
        # between the 2nd and 3rd toes, at the web, as written here. Source also lists
        # swollen legs; left out (see ST 33).
        "indications": "headache, muscle cramps",
        "technique": "Moderate pressure with a fingertip or the tip of the thumb.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    # ------------------------------------------------------------------
    # Spleen meridian: inner foot, inner shin and inner thigh
    # ------------------------------------------------------------------
    {
        "code": "SP 4",
        "pinyin": "Gongsun",
        "hanzi": "公孙",
        "english_name": "Grandfather Grandson",
        "region": "foot",
        "location": (
            "On the inner edge of the foot, in the hollow in front of and below the base of the "
            "1st metatarsal bone, where the skin of the sole meets the skin of the top of the foot."
        ),
        "how_to_find": (
            "Run a finger along the inner edge of your foot from the big-toe joint towards the "
            "heel. Roughly halfway along the foot the long bone behind the big toe ends in a "
            "small bump; the point is in the hollow just in front of and below that bump, on "
            "the line where the paler sole skin begins. Press where it feels most tender."
        ),
        # Source also lists schizophrenia and named stomach/bowel diseases; restated as symptoms.
        # Vomiting is left out: stomach pain with vomiting can be an emergency.
        "indications": "indigestion, stomach pain, feeling sick, bowel upset",
        "technique": "Firm thumb pressure, pressing slightly up towards the bone.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "SP 6",
        "pinyin": "Sanyinjiao",
        "hanzi": "三阴交",
        "english_name": "Three Yin Intersection",
        "region": "lower_leg",
        # Source: article 2 misspells "malleolus" ("malleoulus") here.
        "location": (
            "On the inner side of the lower leg, 3 cun above the prominence of the inner ankle "
            "bone, just behind the inner (back) edge of the tibia."
        ),
        # WHO measures from the prominence (the centre) of the ankle bone, not its top.
        "how_to_find": (
            "Lay four fingers side by side up the inside of your leg, the edge of your little "
            "finger on the most prominent point of the inner ankle bone. The point is just "
            "above your index finger, just behind the back edge of the shinbone. Press where "
            "it feels most sore."
        ),
        # Source (article 2) also lists prostatitis and reproductive system diseases; left
        # out (they need a diagnosis), as are urinary complaints.
        "indications": "stress, insomnia, anxiety, low energy, indigestion, period problems",
        "technique": "Moderate to firm thumb pressure against the back edge of the shinbone. Skip during pregnancy.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "SP 7",
        "pinyin": "Lougu",
        "hanzi": "漏谷",
        "english_name": "Leaking Valley",
        "region": "lower_leg",
        "location": (
            "On the inner side of the lower leg, 6 cun above the prominence of the inner ankle "
            "bone (3 cun above SP 6), just behind the inner edge of the tibia."
        ),
        "how_to_find": (
            "Find SP 6, then lay another four fingers above it, keeping just behind the back "
            "edge of the shinbone. Press where it feels most tender."
        ),
        # Source also lists myelopathy (spinal cord disease); left out.
        "indications": "calf pain, nervous exhaustion",
        "technique": "Moderate to firm thumb pressure against the edge of the shinbone.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "SP 8",
        "pinyin": "Diji",
        "hanzi": "地机",
        "english_name": "Earth Pivot",
        "region": "lower_leg",
        "location": (
            "On the inner side of the lower leg, 3 cun below SP 9, just behind the inner edge of "
            "the tibia, on the line from SP 9 to the inner ankle bone."
        ),
        "how_to_find": (
            "Find SP 9 in the hollow under the knee on the inside of the leg, then lay four "
            "fingers below it and press just below your little finger, behind the back edge of "
            "the shinbone, where it feels most tender."
        ),
        # Source also lists calf numbness; left out, as for ST 37.
        "indications": "stomach and bowel complaints",
        "technique": "Firm thumb pressure against the edge of the shinbone.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "SP 9",
        "pinyin": "Yinlingquan",
        "hanzi": "阴陵泉",
        "english_name": "Yin Mound Spring",
        "region": "knee",
        "location": (
            "On the inner side of the leg just below the knee, in the hollow between the lower "
            "edge of the medial condyle of the tibia and the inner edge of the tibia."
        ),
        "how_to_find": (
            "Run your thumb up the inner edge of your shinbone towards the knee. Where the bone "
            "curves outwards to form the knee, your thumb stops in a hollow under that bulge. "
            "Press there, where it feels most tender."
        ),
        # Source also lists diabetes; left out.
        "indications": "low back pain",
        "technique": "Firm thumb pressure, pushing up under the bone.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "SP 10",
        "pinyin": "Xuehai",
        "hanzi": "血海",
        "english_name": "Sea of Blood",
        "region": "thigh",
        "location": (
            "On the front-inner thigh, with the knee bent, 2 cun above the inner end of the top "
            "edge of the kneecap, on the bulge of the vastus medialis muscle."
        ),
        "how_to_find": (
            "Sit with the knee bent. Lay three fingers (index, middle and ring) side by side "
            "above the inner top corner of your kneecap; the point is just above them on the "
            "soft bulge of the inner thigh muscle. Press where it feels most tender."
        ),
        # Source also lists "blood deficiency"; left out: being tired and pale can be anaemia,
        # which needs a blood test (NHS, https://www.nhs.uk/conditions/iron-deficiency-anaemia/).
        "indications": "period problems",
        "technique": "Firm thumb pressure with small circles.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "SP 11",
        "pinyin": "Jimen",
        "hanzi": "箕门",
        "english_name": "Winnowing Gate",
        "region": "thigh",
        # Source: article 2 gives the traditional "6 cun above SP 10"; WHO 2008 puts the point
        # a third of the way down the line from SP 12 (groin) to the top of the kneecap (the
        # placement is drawn there). That is where sartorius crosses adductor longus, at the
        # lower tip of the femoral triangle, over the artery (StatPearls, Medial Thigh Muscles,
        # https://www.statpearls.com/ArticleLibrary/viewarticle/32251).
        "location": (
            "On the inner thigh, one third of the way down the line from SP 12 in the groin "
            "crease to the inner end of the top edge of the kneecap, between the sartorius and "
            "adductor longus muscles, over the femoral artery (traditionally 6 cun above SP 10)."
        ),
        "how_to_find": (
            "Sitting, find the point about a third of the way from the groin crease down to the "
            "top of the kneecap, in the groove on the inner thigh between the long strap-like "
            "muscle crossing the thigh and the inner-thigh muscles. You may feel a pulse there; "
            "move slightly off it and press where it feels most tender."
        ),
        # Source also lists reproductive system disease; left out (it needs a diagnosis).
        "indications": "leg pain",
        "technique": "Light to moderate pressure only; never press hard on the pulse of the large artery here.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    # ------------------------------------------------------------------
    # Gallbladder meridian: buttock, outer thigh and outer lower leg
    # ------------------------------------------------------------------
    {
        "code": "GB 30",
        "pinyin": "Huantiao",
        "hanzi": "环跳",
        "english_name": "Jumping Circle",
        "region": "hip",
        "location": (
            "In the buttock, one third of the way along the line from the prominence of the "
            "greater trochanter to the sacral hiatus (GV 2); easiest to find lying on the side "
            "with the thigh bent."
        ),
        "how_to_find": (
            "Lie on your side with the upper leg bent. Find the bony bump at the side of your hip "
            "and the top of the cleft between the buttocks. The point is one third of the way "
            "from the hip bump towards the cleft, in the thick buttock muscle. Press where it "
            "feels most tender."
        ),
        # Source: hemiplegia and "invigorating blood circulation"; left out. Weakness of a leg
        # is a warning sign, and poor circulation in the legs needs a GP (NHS,
        # https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/).
        "indications": "low back pain, hip and leg pain, muscle tension",
        # The sciatic nerve runs beneath this point: no elbow, and pain or tingling shooting
        # down the leg means the nerve is being pressed.
        "technique": (
            "Firm pressure with a knuckle, or lie on a tennis ball placed under the point. "
            "Ease off at once if pain or tingling shoots down the leg."
        ),
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "GB 31",
        "pinyin": "Fengshi",
        "hanzi": "风市",
        "english_name": "Wind Market",
        "region": "thigh",
        # GB 31 and GB 32 use the traditional locations, labelled as such, with the drawing at
        # the same spots: GB 31 at the middle fingertip, 7 cun above the knee crease, and GB 32
        # 2 cun below it (article 2; Deadman, A Manual of Acupuncture, and Chinese Acupuncture
        # and Moxibustion, both quoted at
        # https://www.sacredlotus.com/go/acupuncture/point/gb-31-feng-shi-wind-market and
        # http://www.sacredlotus.com/go/acupuncture/point/gb-32-zhong-du-central-river).
        # WHO 2008 is said to measure GB 32 as 7 cun above the crease instead, which would put
        # GB 31 higher; that wording could not be checked against the book, so it is not used.
        "location": (
            "Traditional location: on the outer thigh, in the hollow just behind the iliotibial "
            "band, where the tip of the middle finger rests when standing with the arms hanging "
            "at the sides, about 7 cun above the crease behind the knee."
        ),
        "how_to_find": (
            "Stand up straight with your arms hanging loosely at your sides. Where the tip of "
            "your middle finger touches the outer thigh, press into the slight groove just "
            "behind the firm band that runs down the side of the thigh, where it feels most tender."
        ),
        # Source lists only numbness of the lower limbs; left out, as for ST 37. The uses given
        # are the standard texts' (sacredlotus, GB-31, above): thigh and low back pain, itching.
        "indications": "aching thigh and low back, itchy skin",
        "technique": "Firm pressure with the fingertips or a knuckle; tapping the area also works.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "GB 32",
        "pinyin": "Zhongdu",
        "hanzi": "中渎",
        "english_name": "Middle Ditch",
        "region": "thigh",
        # Source: article 2 gives the traditional "5 cun above the popliteal crease, 2 cun below
        # GB 31", which is used here, labelled (see GB 31 for the sources and the WHO note).
        "location": (
            "Traditional location: on the outer thigh, just behind the iliotibial band, 5 cun "
            "above the crease behind the knee and 2 cun below GB 31, between the vastus "
            "lateralis and biceps femoris muscles."
        ),
        "how_to_find": (
            "Find GB 31 with your arm hanging, then move three finger-widths straight down, "
            "staying just behind the firm band at the side of the thigh. Press where it feels "
            "most tender."
        ),
        # Source: hemiplegia, paralysis, lower limb disease; restated as the standard texts'
        # aching thigh and knee (sacredlotus, GB-32, see GB 31).
        "indications": "aching thigh and knee, leg pain",
        "technique": "Firm pressure with the fingertips or a knuckle.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "GB 33",
        "pinyin": "Xiyangguan",
        "hanzi": "膝阳关",
        "english_name": "Knee Yang Gate",
        "region": "knee",
        "location": (
            "On the outer side of the knee, in the hollow between the biceps femoris tendon and "
            "the iliotibial band, behind and above the lateral epicondyle of the femur (about "
            "3 cun above GB 34)."
        ),
        "how_to_find": (
            "Bend the knee slightly. On the outer side of the knee feel the bony bump of the "
            "thighbone just above the joint; the point is in the hollow just above and behind "
            "it, between the firm band at the side of the thigh and the hamstring tendon. Press "
            "where it feels most tender."
        ),
        # Source: knee arthritis, lower limb paralysis and jiao qi; the last two restated.
        "indications": "knee pain from arthritis, tired and heavy legs",
        "technique": "Moderate fingertip pressure with small circles.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "GB 34",
        "pinyin": "Yanglingquan",
        "hanzi": "阳陵泉",
        "english_name": "Yang Mound Spring",
        "region": "knee",
        "location": (
            "On the outer side of the leg just below the knee, in the hollow in front of and "
            "below the head of the fibula."
        ),
        "how_to_find": (
            "Find the round knob of bone on the outer side of the leg just below the knee (the "
            "top of the thin outer leg bone). The point is in the hollow just in front of and "
            "below that knob. Press where it feels most tender."
        ),
        # Source: hemiplegia (restated) and arthritis.
        "indications": "joint pain from arthritis, tired and heavy legs",
        "technique": "Firm thumb pressure, sitting with the knee bent.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "GB 35",
        "pinyin": "Yangjiao",
        "hanzi": "阳交",
        "english_name": "Yang Intersection",
        "region": "lower_leg",
        # Source: article 2's list prints "SP 35(Yangjiao)"; Yangjiao is on the Gallbladder
        # meridian (the Spleen meridian has only 21 points).
        "location": (
            "On the outer side of the lower leg, 7 cun above the prominence of the outer ankle "
            "bone, just behind the fibula (level with GB 36 and BL 58)."
        ),
        "how_to_find": (
            "Find the spot halfway between the outer ankle bone and the outer end of the crease "
            "behind the knee, then move one thumb-width down. Press just behind the thin bone on "
            "the outside of the leg, where it feels most tender."
        ),
        "indications": "calf pain, neck pain",
        "technique": "Firm thumb pressure against the back edge of the bone.",
        "aliases": [("SP 35", _MISPRINT + ": wrong meridian prefix for Yangjiao")],
        "identification": ("standard", ""),
    },
    {
        "code": "GB 38",
        "pinyin": "Yangfu",
        "hanzi": "阳辅",
        "english_name": "Yang Assistance",
        "region": "lower_leg",
        # Source: article 2 misspells "peroneus" ("peroneous") here.
        "location": (
            "On the outer side of the lower leg, 4 cun above the prominence of the outer ankle "
            "bone, just in front of the fibula, between extensor digitorum longus and peroneus brevis."
        ),
        "how_to_find": (
            "Lay four fingers side by side above the outer ankle bone, then add one thumb-width. "
            "Press just in front of the thin bone on the outside of the leg, where it feels most tender."
        ),
        "indications": "low back pain, leg pain",
        "technique": "Firm thumb pressure.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "GB 39",
        "pinyin": "Xuanzhong",
        "hanzi": "悬钟",
        "english_name": "Suspended Bell",
        "region": "lower_leg",
        # Source: article 2 places this point behind the fibula (an older description).
        # WHO 2008 places it in FRONT of the fibula, which is used here.
        "location": (
            "On the outer side of the lower leg, 3 cun above the prominence of the outer ankle "
            "bone, just in front of the fibula."
        ),
        # WHO measures from the prominence of the ankle bone, not its tip.
        "how_to_find": (
            "Lay four fingers side by side up the outside of your leg, the edge of your little "
            "finger on the most prominent point of the outer ankle bone. Just above your index "
            "finger, press just in front of the thin bone on the outside of the leg, where it "
            "feels most tender."
        ),
        # Source also lists "bone disease"; left out: bone pain that lasts or comes at night
        # needs a doctor.
        "indications": "aches in the hands and feet",
        "technique": "Firm thumb pressure.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    # ------------------------------------------------------------------
    # Kidney meridian: sole, inner ankle, inner calf and inner knee
    # ------------------------------------------------------------------
    {
        "code": "KI 1",
        "pinyin": "Yongquan",
        "hanzi": "涌泉",
        "english_name": "Gushing Spring",
        "region": "foot",
        # Source: article 1 writes "Kidney (KD, KI) 1"; KD is an older code for the Kidney meridian.
        "location": (
            "On the sole, in the deepest hollow that forms when the toes are curled, about one "
            "third of the way from the base of the 2nd and 3rd toes to the back of the heel."
        ),
        # Source: article 1's finding tip starts "between the big toe and the second toe",
        # which contradicts its own location (the 2nd and 3rd toes) and lands one foot bone
        # too far towards the big toe; the location is followed here.
        "how_to_find": (
            "Sit with the foot across the other knee and curl your toes: a hollow appears in "
            "the sole just behind the ball of the foot. It is in line with the web between "
            "your second and third toes, about a third of the way from the base of those toes "
            "to the back of the heel. Press where it feels most sore."
        ),
        # Source also lists palpitations and night sweats, which need a doctor (NHS,
        # https://www.nhs.uk/conditions/heart-palpitations/ and
        # https://www.nhs.uk/conditions/night-sweats/), and poor memory, which does too.
        "indications": "insomnia, restlessness, anxiety, hot flushes",
        "technique": "Firm thumb pressure, sitting with the foot across the other knee; good before sleep.",
        "aliases": [("KD 1", "Older Kidney code used by source article 1")],
        "identification": ("standard", ""),
    },
    {
        "code": "KI 3",
        "pinyin": "Taixi",
        "hanzi": "太溪",
        "english_name": "Great Ravine",
        "region": "ankle",
        "location": (
            "On the inner back of the ankle, in the hollow between the prominence of the inner "
            "ankle bone and the Achilles tendon."
        ),
        "how_to_find": (
            "Find the most prominent point of your inner ankle bone and the Achilles tendon "
            "behind it. The point is in the hollow midway between them. Press where it feels "
            "most tender."
        ),
        # Source: its location reads "midway between the tip of the medial malleolus and the
        # attachment of the achilles tendon", which taken literally is the heel insertion; WHO
        # puts it level with the prominence of the ankle bone, as written here. Its "paralysis"
        # is restated as tired, heavy legs.
        "indications": "tired and heavy legs",
        "technique": "Moderate pressure with the thumb or a fingertip; the area is sensitive.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "KI 6",
        "pinyin": "Zhaohai",
        "hanzi": "照海",
        "english_name": "Shining Sea",
        "region": "ankle",
        "location": (
            "On the inner side of the foot, 1 cun below the prominence of the inner ankle bone, "
            "in the hollow beneath it."
        ),
        # WHO measures 1 cun from the prominence: starting from the lower tip lands on the
        # ridge of the heel bone, too low.
        "how_to_find": (
            "Find the most prominent point of your inner ankle bone and move one thumb-width "
            "straight down, into the small hollow just under the lower edge of the bone. Press "
            "where it feels most tender."
        ),
        # Source also lists kidney disease; left out.
        "indications": "general leg complaints",
        "technique": "Moderate fingertip pressure, pressing slightly upwards under the ankle bone.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "KI 7",
        "pinyin": "Fuliu",
        "hanzi": "复溜",
        "english_name": "Recover Flow",
        "region": "lower_leg",
        # Source: article 2 prints the reference point as "KIĀ 3"; it means KI 3.
        "location": (
            "On the inner back of the lower leg, 2 cun above the prominence of the inner ankle "
            "bone (2 cun above KI 3), just in front of the Achilles tendon."
        ),
        "how_to_find": (
            "Find KI 3 between the inner ankle bone and the Achilles tendon, then move three "
            "finger-widths straight up, keeping just in front of the tendon. Press where it "
            "feels most tender."
        ),
        # Source also lists "collapse" (an emergency sign), numbness, swelling and night
        # sweats; all left out (see ST 37, ST 33 and ST 43).
        "indications": "low back pain, loose stools",
        "technique": "Moderate thumb pressure in front of the tendon.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "KI 9",
        "pinyin": "Zhubin",
        "hanzi": "筑宾",
        "english_name": "Guest House",
        "region": "lower_leg",
        "location": (
            "On the inner back of the lower leg, 5 cun above the prominence of the inner ankle "
            "bone (on the line from KI 3 to KI 10), between the soleus muscle and the Achilles "
            "tendon, at the lower end of the calf muscle."
        ),
        "how_to_find": (
            "From the inner ankle bone, lay four fingers side by side up the back of the leg, "
            "then about three finger-widths more. The point is where the calf muscle tapers into "
            "the Achilles tendon. Press where it feels most tender."
        ),
        # Source gives no indications for KI 9; standard texts support local calf use.
        "indications": "calf pain, tension in the lower leg",
        "technique": "Moderate thumb pressure, with the calf relaxed.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "KI 10",
        "pinyin": "Yingu",
        "hanzi": "阴谷",
        "english_name": "Yin Valley",
        "region": "knee",
        # Source: article 2 misspells "semitendinosus" ("semitendinosis") here, and its
        # paragraph has no "Location:" label.
        "location": (
            "At the inner back of the knee, in the crease behind the knee, just lateral to the "
            "semitendinosus tendon (traditionally described as between the semitendinosus and "
            "semimembranosus tendons)."
        ),
        "how_to_find": (
            "Sit with the knee slightly bent. At the inner end of the crease behind the knee you "
            "can feel a firm cord-like tendon; the point is in the crease right beside it, on "
            "the side towards the middle of the knee. Press where it feels most tender."
        ),
        # Source: low back pain, impotence, vaginal discharge. Unusual discharge needs testing
        # (NHS, https://www.nhs.uk/conditions/vaginal-discharge/), and new erection problems
        # with back pain are a sign of cauda equina syndrome
        # (https://www.nhs.uk/conditions/cauda-equina-syndrome/); both left out. Aching knee:
        # modern indications at https://chinese-medical-database.com/nwh-app/public/acupoint/show/202.
        "indications": "low back pain, aching knee",
        "technique": "Moderate fingertip pressure with the knee slightly bent.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    # ------------------------------------------------------------------
    # Bladder meridian: back of the thigh and calf, outer ankle and outer foot
    # ------------------------------------------------------------------
    {
        "code": "BL 36",
        "pinyin": "Chengfu",
        "hanzi": "承扶",
        "english_name": "Hold and Support",
        "region": "hip",
        "location": "At the midpoint of the gluteal fold, the crease under the buttock.",
        "how_to_find": (
            "Find the crease where the buttock meets the back of the thigh. The point is at the "
            "middle of that crease. Press where it feels most tender."
        ),
        "indications": "pain in the low back, buttock and thigh",
        "technique": "Firm pressure with a knuckle, or sit on a tennis ball placed under the point.",
        "aliases": [("UB 36", _UB_NOTE)],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 37",
        "pinyin": "Yinmen",
        "hanzi": "殷门",
        "english_name": "Gate of Abundance",
        "region": "thigh",
        "location": (
            "On the back of the thigh, 6 cun below BL 36 on the line from BL 36 to BL 40, "
            "between the biceps femoris and semitendinosus muscles."
        ),
        "how_to_find": (
            "From the middle of the crease under the buttock, lay four fingers side by side "
            "twice, going straight down the middle of the back of the thigh, into the groove "
            "between the hamstring muscles. Press where it feels most tender."
        ),
        # Source: lumbar pain, pain, numbness and weakness of the lower extremities; numbness
        # and weakness left out (warning signs), restated as tired, heavy legs.
        "indications": "low back pain, leg pain, tired and heavy legs",
        "technique": "Firm pressure with the fingertips or a knuckle, or sit on a ball.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 38",
        "pinyin": "Fuxi",
        "hanzi": "浮郄",
        "english_name": "Floating Cleft",
        "region": "knee",
        # Source: article 2 reads "at the lateral end of the popliteal crease, 1 cun above
        # UB 39", which contradicts itself (the first half is BL 39's location); the point is
        # 1 cun above the crease, as written here.
        "location": (
            "At the outer back of the knee, 1 cun above the crease behind the knee (above BL 39), "
            "just inside the biceps femoris tendon."
        ),
        "how_to_find": (
            "Bend the knee slightly and feel the firm tendon at the outer edge of the back of "
            "the knee. Find BL 39 where this tendon crosses the crease, then move one thumb-width "
            "up, staying just inside the tendon. Press where it feels most tender."
        ),
        # Source also lists numbness; left out, as for ST 37.
        "indications": "pain and cramping behind the knee",
        "technique": "Moderate fingertip pressure; the back of the knee is sensitive.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 39",
        "pinyin": "Weiyang",
        "hanzi": "委阳",
        "english_name": "Bend Yang",
        "region": "knee",
        "location": (
            "At the outer back of the knee, on the crease behind the knee, just inside the "
            "biceps femoris tendon."
        ),
        "how_to_find": (
            "Bend the knee slightly. At the outer end of the crease behind the knee, press just "
            "inside the firm tendon you can feel there, where it feels most tender."
        ),
        # Source also lists fainting, lower belly distension and difficulty passing urine; left
        # out: trouble peeing with back pain is a sign of cauda equina syndrome, an emergency
        # (NHS, https://www.nhs.uk/conditions/cauda-equina-syndrome/).
        "indications": "stiff and painful lower back, cramps and pain in the leg and foot",
        "technique": "Moderate fingertip pressure.",
        "aliases": [("UB 39", _UB_NOTE)],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 40",
        "pinyin": "Weizhong",
        "hanzi": "委中",
        "english_name": "Bend Middle",
        "region": "knee",
        # Source: article 2's list prints "BL 49(Weizhong)"; Weizhong is BL 40 (BL 49 is
        # Yishe, on the back). The heading further down has it right.
        "location": "At the back of the knee, at the midpoint of the crease behind the knee.",
        "how_to_find": (
            "Sit or lie with the knee slightly bent. The point is in the middle of the crease "
            "behind the knee, halfway between the tendons on either side. Press gently where it "
            "feels most tender."
        ),
        # Source also lists boils, carbuncles and erysipelas (skin infections); left out. Also
        # left out: weakness, bedwetting and difficulty passing urine (with back pain, signs of
        # cauda equina syndrome: https://www.nhs.uk/conditions/cauda-equina-syndrome/), and
        # abdominal pain with vomiting and diarrhoea, which can be an emergency.
        "indications": "low back pain, leg cramps, skin rash and itching",
        "technique": (
            "Light to moderate steady pressure only: a large artery and nerve run under this "
            "point. Do not press if the back of the knee is swollen or has visible veins."
        ),
        "aliases": [
            ("BL 49", _MISPRINT + ": wrong number for Weizhong (BL 49 is Yishe, on the back)"),
            ("UB 40", _UB_NOTE),
        ],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 55",
        "pinyin": "Heyang",
        "hanzi": "合阳",
        "english_name": "Yang Union",
        "region": "lower_leg",
        "location": (
            "On the back of the lower leg, 2 cun below the crease behind the knee (below BL 40, "
            "on the line to BL 57), between the two heads of the gastrocnemius muscle."
        ),
        "how_to_find": (
            "From the middle of the crease behind the knee, move three finger-widths straight "
            "down into the groove between the two halves of the calf muscle. Press where it "
            "feels most tender."
        ),
        # Source also lists hernia and abnormal uterine bleeding; left out, as are numbness and
        # weakness (restated as tired, heavy legs).
        "indications": "low back stiffness and pain, leg pain, tired and heavy legs",
        "technique": "Moderate thumb pressure with the calf relaxed.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 56",
        "pinyin": "Chengjin",
        "hanzi": "承筋",
        "english_name": "Sinew Support",
        "region": "lower_leg",
        "location": (
            "On the back of the lower leg, 5 cun below the crease behind the knee, between the "
            "two bellies of the gastrocnemius muscle, at the fullest part of the calf."
        ),
        "how_to_find": (
            "From the middle of the crease behind the knee, lay four fingers side by side down "
            "the calf, then about three finger-widths more. The point is in the middle of the "
            "calf where the muscle is fullest. Press where it feels most tender."
        ),
        "indications": "cramps and pain in the low back and legs, haemorrhoids",
        "technique": "Firm thumb pressure with the calf relaxed, for example lying face down or sitting with the leg up.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 57",
        "pinyin": "Chengshan",
        "hanzi": "承山",
        "english_name": "Mountain Support",
        "region": "lower_leg",
        # Source: article 2's location is garbled ("below of m. gastrocnemius"); the point is
        # where the two bellies of the muscle meet the tendon, as written here.
        "location": (
            "On the back of the lower leg, roughly midway between BL 40 and BL 60, at the point "
            "where the two bellies of the gastrocnemius muscle join the Achilles tendon; a "
            "pointed hollow appears there when the heel is lifted."
        ),
        # Rising onto the toes is a fall risk for older or unsteady people.
        "how_to_find": (
            "Stand holding on to a chair or a wall and rise onto your toes: an upside-down V "
            "appears on the calf where the muscle meets the Achilles tendon. The point is at "
            "the tip of that V, about halfway between the crease behind the knee and the heel. "
            "Relax the leg and press where it feels most tender."
        ),
        # Source: beriberi (jiao qi) is restated as tired, heavy legs, without the swelling.
        "indications": (
            "cramps and pain in the low back and legs, tired and heavy legs, constipation, "
            "haemorrhoids"
        ),
        "technique": "Firm thumb pressure with the calf relaxed; press up towards the knee.",
        "aliases": [("UB 57", _UB_NOTE)],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 58",
        "pinyin": "Feiyang",
        "hanzi": "飞扬",
        "english_name": "Taking Flight",
        "region": "lower_leg",
        "location": (
            "On the outer back of the lower leg, between the lower edge of the outer head of the "
            "gastrocnemius and the Achilles tendon, level with a point 7 cun above BL 60 (about "
            "1 cun below and outside BL 57)."
        ),
        "how_to_find": (
            "Find BL 57 at the tip of the calf's V, then move one thumb-width down and outwards "
            "to the lower edge of the outer calf muscle. Press where it feels most tender."
        ),
        # Source also lists nosebleeds; left out (first aid, and a doctor for frequent ones:
        # NHS, https://www.nhs.uk/conditions/nosebleed/). Weakness is restated.
        "indications": (
            "headache, dizziness, low back and leg pain, tired and heavy legs, sciatica, "
            "haemorrhoids"
        ),
        "technique": "Firm thumb pressure.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 59",
        "pinyin": "Fuyang",
        "hanzi": "跗阳",
        "english_name": "Instep Yang",
        "region": "lower_leg",
        # Source: article 2's heading for this point reads "BL 59(Feiyang)"; the location
        # (3 cun above BL 60) is BL 59, whose name is Fuyang. Feiyang is BL 58.
        "location": (
            "On the outer back of the lower leg, 3 cun above BL 60, between the fibula and the "
            "Achilles tendon."
        ),
        "how_to_find": (
            "From the hollow between the outer ankle bone and the Achilles tendon (BL 60), lay "
            "four fingers side by side straight up the leg. Above your top finger, press between "
            "the tendon and the back of the thin outer leg bone, where it feels most tender."
        ),
        # Source also lists numbness, weakness and swelling; left out (see ST 37, ST 32, ST 33).
        "indications": (
            "headache, heavy head, low back and sacral pain, leg pain, tired and heavy legs, "
            "outer ankle pain"
        ),
        "technique": "Moderate to firm thumb pressure.",
        "aliases": [("BL 59 Feiyang", _MISPRINT + ": BL 59 given the name of BL 58 (Feiyang)")],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 60",
        "pinyin": "Kunlun",
        "hanzi": "昆仑",
        "english_name": "Kunlun Mountains",
        "region": "ankle",
        "location": (
            "On the outer back of the ankle, in the hollow between the prominence of the outer "
            "ankle bone and the Achilles tendon."
        ),
        "how_to_find": (
            "Find the most prominent point of your outer ankle bone and the Achilles tendon "
            "behind it. The point is in the hollow midway between them. Press where it feels "
            "most tender."
        ),
        # Source also lists difficult labour (the reason it is avoided in pregnancy) and
        # infantile convulsions; both left out, as are heel swelling and nosebleeds (see ST 33
        # and BL 58).
        "indications": "acute low back pain, heel pain, headache, stiff neck, dizziness",
        "technique": "Moderate pressure with the thumb, or pinch gently with thumb and finger. Skip during pregnancy.",
        "aliases": [("UB 60", _UB_NOTE)],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 61",
        "pinyin": "Pucan",
        "hanzi": "仆参",
        "english_name": "Subservient Visitor",
        "region": "foot",
        # Source: article 2's list spells the name "Puscan"; its heading has Pucan. Its
        # indications start with a stray comma.
        "location": (
            "On the outer side of the heel, directly below BL 60, on the outer surface of the "
            "heel bone, where the skin of the side of the foot meets the thicker sole skin."
        ),
        "how_to_find": (
            "From BL 60 behind the outer ankle bone, move about two finger-widths straight down "
            "onto the outer side of the heel bone, to the line where the sole skin begins. Press "
            "where it feels most tender."
        ),
        # Source: pain, numbness and weakness; numbness and weakness restated as for BL 37.
        "indications": "leg pain, tired and heavy legs",
        "technique": "Moderate thumb pressure.",
        "aliases": [("Puscan", _MISPRINT + ": misspelling of Pucan")],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 62",
        "pinyin": "Shenmai",
        "hanzi": "申脉",
        "english_name": "Extending Vessel",
        "region": "ankle",
        "location": (
            "On the outer side of the foot, directly below the prominence of the outer ankle "
            "bone, in the hollow between its lower edge and the heel bone."
        ),
        "how_to_find": (
            "Find the tip of your outer ankle bone and slide a finger straight down into the "
            "small hollow just below it. Press where it feels most tender."
        ),
        # Source also lists epilepsy, psychosis and drooping eyelid; left out.
        "indications": "insomnia, headache, stiff neck, low back and leg pain",
        "technique": "Moderate fingertip pressure, pressing slightly upwards under the ankle bone.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 63",
        "pinyin": "Jinmen",
        "hanzi": "金门",
        "english_name": "Metal Gate",
        "region": "foot",
        "location": (
            "On the outer side of the foot, below the front edge of the outer ankle bone, behind "
            "the tuberosity of the 5th metatarsal bone, in the hollow below the cuboid bone."
        ),
        "how_to_find": (
            "Run a finger along the outer edge of your foot from the heel towards the little toe "
            "until you meet a bony bump about halfway along. The point is in the hollow just "
            "behind that bump, below the front of the ankle bone. Press where it feels most tender."
        ),
        # Source also lists psychosis, epilepsy and infantile convulsions; left out.
        # Numbness and weakness restated as for BL 37.
        "indications": "headache, low back pain, leg pain, tired and heavy legs, outer ankle pain",
        "technique": "Moderate to firm thumb pressure.",
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "BL 64",
        "pinyin": "Jinggu",
        "hanzi": "京骨",
        "english_name": "Capital Bone",
        "region": "foot",
        # Source: article 2's heading spells the name "Jingu"; the standard name is Jinggu.
        "location": (
            "On the outer side of the foot, just in front of and below the tuberosity of the 5th "
            "metatarsal bone, where the skin of the side of the foot meets the sole skin."
        ),
        "how_to_find": (
            "Find the bony bump halfway along the outer edge of your foot. The point is just in "
            "front of and below it, where the sole skin begins. Press where it feels most tender."
        ),
        # Source also lists "nebula" (clouding of the eye); left out.
        "indications": "headache, stiff neck, low back and leg pain",
        "technique": "Moderate to firm thumb pressure.",
        "aliases": [("Jingu", _MISPRINT + ": misspelling of Jinggu")],
        "identification": ("standard", ""),
    },
    # ------------------------------------------------------------------
    # Liver, Large Intestine and Small Intestine points (article 1)
    # ------------------------------------------------------------------
    {
        "code": "LR 3",
        "pinyin": "Taichong",
        "hanzi": "太冲",
        "english_name": "Great Surge",
        "region": "foot",
        # Source: article 1 writes "Liver (LV) 3"; LV is an older Liver code, WHO uses LR.
        "location": (
            "On the top of the foot, between the 1st and 2nd metatarsal bones, in the hollow "
            "just in front of where the bases of the two bones meet, over the dorsalis pedis artery."
        ),
        "how_to_find": (
            "Put a finger in the groove between your big toe and second toe and slide it up the "
            "top of the foot towards the ankle. It stops in a hollow where the two foot bones "
            "come together. Press there, where it feels most sore."
        ),
        "indications": "anger, irritability, stress, headache, period pain, anxiety",
        "technique": "Firm pressure with the thumb or index finger, angled slightly towards the second toe bone.",
        "aliases": [("LV 3", "Older Liver code used by source article 1")],
        "identification": ("standard", ""),
    },
    {
        "code": "LI 4",
        "pinyin": "Hegu",
        "hanzi": "合谷",
        "english_name": "Joining Valley",
        "region": "hand",
        # Source: article 1 describes this point without naming it (the hollow where the thumb
        # and index-finger bones meet, hand palm down); it is the standard location of LI 4.
        "location": (
            "On the back of the hand, between the 1st and 2nd metacarpal bones, beside the "
            "middle of the 2nd metacarpal on its thumb side."
        ),
        "how_to_find": (
            "Rest the hand palm down. On the back of the hand, find where the bones of the thumb "
            "and index finger meet; the point is in the hollow on the index-finger side of the "
            "web, about halfway along the index-finger bone. Press where it feels most tender."
        ),
        "indications": "leg pain, headache, cold and flu symptoms",
        "technique": (
            "Deep pressure with the thumb or one or two fingertips of the other hand, angled "
            "towards the index-finger bone. Not in pregnancy."
        ),
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "SI 3",
        "pinyin": "Houxi",
        "hanzi": "后溪",
        "english_name": "Back Stream",
        "region": "hand",
        "location": (
            "On the little-finger edge of the hand, in the hollow just behind the knuckle of the "
            "little finger (the 5th metacarpophalangeal joint), where the palm skin meets the "
            "skin of the back of the hand; the end of the crease made by a loose fist."
        ),
        "how_to_find": (
            "Make a loose fist: the crease by the little-finger knuckle ends on the outer edge of "
            "the hand. With the hand resting palm down, press along that edge just behind the "
            "knuckle and stop at the hollow that feels most tender."
        ),
        # Source (article 1) also says "immune system issues"; left out, as it suggests a
        # medical benefit.
        "indications": "leg pain, low mood, anxiety, neck and back stiffness",
        "technique": "Deep pressure with one or two fingertips of the other hand, with the hand resting palm down.",
        "aliases": [],
        "identification": (
            "probable",
            "Source article 1 does not name this point: it says to press the most tender hollow "
            "in the area under the little finger, hand palm down. SI 3 Houxi is the standard "
            "point there and is traditionally used for back and leg pain along the back of the "
            "body and for calming, which fits the article's uses. Other possible readings: "
            "HT 8 Shaofu, on the palm where the tip of the little finger rests when you make a "
            "fist; TE 3 Zhongzhu, on the back of the hand between the 4th and 5th metacarpals; "
            "and the extra point Yaotongdian (EX-UE 7), also between the 4th and 5th "
            "metacarpals, used for sudden low back pain. Whichever is meant, press the most "
            "tender spot in that area, as the article says.",
        ),
    },
]

# ----------------------------------------------------------------------
# Points of the routines tested in trials (issue 15): head, wrist and belly. Locations follow
# the WHO Standard Acupuncture Point Locations (2008); Anmian is not a WHO point and says so.
# Uses are the traditional ones, restated; none is a warning sign.
# ----------------------------------------------------------------------
_WHO_1991 = "WHO Standard Acupuncture Nomenclature (1991), extra points of the head and neck"
_DEADMAN = "Code in Deadman's A Manual of Acupuncture, used in the trial summaries"

EVIDENCE_POINTS: list[PointRow] = [
    {
        "code": "EX-HN 3",
        "pinyin": "Yintang",
        "hanzi": "印堂",
        "english_name": "Hall of Impression",
        "region": "head",
        "location": (
            "On the forehead, on the midline, in the hollow midway between the inner ends of "
            "the two eyebrows."
        ),
        "how_to_find": (
            "Look in a mirror and put a fingertip between your eyebrows, level with their inner "
            "ends. There is a slight hollow just above the top of the nose; that is the point."
        ),
        "indications": "trouble sleeping, restlessness, headache, a blocked nose",
        "technique": (
            "Gentle pressure with the middle fingertip in small slow circles, eyes closed. Keep "
            "away from the eyes, and skip it over a cut, spot or rash."
        ),
        "aliases": [("M-HN-3", _DEADMAN)],
        "identification": (
            "standard",
            "An extra point, not on one of the twelve meridians: the WHO standard nomenclature "
            "of 1991 lists it as EX-HN 3. The trials write it Yintang, or M-HN-3.",
        ),
    },
    {
        "code": "NHN 54",
        "pinyin": "Anmian",
        "hanzi": "安眠",
        "english_name": "Peaceful Sleep",
        "region": "head",
        "location": (
            "Behind the ear, midway between TE 17 Yifeng (the hollow behind the earlobe) and "
            "GB 20 Fengchi (the hollow below the base of the skull, between the two large neck "
            "muscles), just behind the bony bump behind the ear."
        ),
        "how_to_find": (
            "Put a fingertip in the hollow just behind your earlobe, then slide it backwards "
            "towards the hollow under the back of the skull beside the neck muscles. Anmian is "
            "halfway between the two, behind the bony bump behind the ear. Press where it feels "
            "slightly tender."
        ),
        "indications": "trouble sleeping, restlessness",
        "technique": (
            "Gentle to moderate pressure with the middle fingertip in small circles, one side "
            "at a time. Press the muscle, not the bony bump, and never press on the front of the "
            "neck."
        ),
        "aliases": [("N-HN-54", _DEADMAN)],
        "identification": (
            "probable",
            "Not in the WHO standard list: Anmian is a newer extra point that the WHO "
            "nomenclature (1991) and the WHO locations (2008) do not include, so it has no WHO "
            "code. We use the code the trial summaries give it, N-HN-54 from Deadman's A Manual "
            "of Acupuncture, written NHN 54 here. Books place it slightly differently behind "
            "the ear; the midpoint between TE 17 and GB 20 is the most common.",
        ),
    },
    {
        "code": "GV 20",
        "pinyin": "Baihui",
        "hanzi": "百会",
        "english_name": "Hundred Meetings",
        "region": "head",
        "location": (
            "On the top of the head, on the midline, 5 cun behind the front hairline; when the "
            "ears are folded forward, it is midway on the line joining their tips."
        ),
        "how_to_find": (
            "Put your thumbs on the tops of your ears and reach your fingers up over your head. "
            "Where the middle fingers meet on the centre line of the scalp there is a small "
            "soft hollow; that is the point."
        ),
        "indications": "headache, trouble sleeping, feeling low in energy",
        "technique": (
            "Gentle pressure or light tapping with the fingertips. Skip it over a cut or a bump "
            "on the head."
        ),
        "aliases": [],
        "identification": ("standard", ""),
    },
    {
        "code": "HT 7",
        "pinyin": "Shenmen",
        "hanzi": "神门",
        "english_name": "Spirit Gate",
        "region": "forearm",
        "location": (
            "On the palm side of the wrist, at the little-finger end of the wrist crease, in "
            "the hollow just beside the flexor carpi ulnaris tendon, on the side towards the "
            "middle of the wrist."
        ),
        "how_to_find": (
            "Turn your palm up and follow the little-finger edge of the hand down to the wrist "
            "crease. Bend the wrist a little: a firm cord (a tendon) stands out there. The "
            "point is in the small hollow on the crease, just on the thumb side of that cord."
        ),
        "indications": "trouble sleeping, anxiety, restlessness",
        "technique": (
            "Moderate pressure with the thumb tip of the other hand, in small circles. A pulse "
            "runs just beside the point: if you feel it beating under your thumb, move a little "
            "towards the tendon and press more gently."
        ),
        "aliases": [("HE 7", "Older Heart code"), ("H 7", "Older Heart code")],
        "identification": ("standard", ""),
    },
    {
        "code": "PC 6",
        "pinyin": "Neiguan",
        "hanzi": "内关",
        "english_name": "Inner Pass",
        "region": "forearm",
        "location": (
            "On the palm side of the forearm, 2 cun above the palmar wrist crease, between the "
            "tendons of the palmaris longus and the flexor carpi radialis."
        ),
        "how_to_find": (
            "Turn your palm up and lay three fingers of the other hand across the wrist, the "
            "ring finger on the wrist crease. Make a loose fist and bend the wrist slightly: "
            "two tendons stand out in the middle of the forearm. The point is between them, at "
            "the elbow-side edge of your index finger."
        ),
        # Trials and NICE: nausea after surgery and in pregnancy (see studies.py and safety.py).
        "indications": "nausea, travel sickness, morning sickness, an upset stomach, trouble sleeping",
        "technique": (
            "Firm, steady pressure with the thumb between the two tendons. A nerve runs under "
            "the point: if the fingers tingle or go numb, ease off. A sickness wristband presses "
            "the same spot."
        ),
        "aliases": [("P 6", "Older Pericardium code")],
        "identification": ("standard", ""),
    },
    {
        "code": "CV 6",
        "pinyin": "Qihai",
        "hanzi": "气海",
        "english_name": "Sea of Qi",
        "region": "abdomen",
        "location": ("On the lower belly, on the midline, 1.5 cun below the centre of the navel."),
        "how_to_find": (
            "Lie on your back. Put your index and middle fingers side by side on the midline "
            "just below your navel: the point is under the lower edge of the middle finger."
        ),
        "indications": "tiredness, period pain, lower belly discomfort",
        "technique": (
            "Gentle pressure with two or three fingertips while breathing slowly into the belly. "
            "Do not press here if you are or could be pregnant, after surgery on the belly, or "
            "if the belly is painful or tender to touch."
        ),
        "aliases": [],
        "identification": ("standard", ""),
    },
]

POINTS += EVIDENCE_POINTS
