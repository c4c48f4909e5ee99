"""Search words that are warning signs: a search for one gets advice to see a doctor, not a point.

The catalog lists no warning sign as a use of a point (points/catalog/__init__.py), so a
search for "urine" or "swollen" would only say "no point matches", as if acupressure were
worth trying. The point list shows this advice instead. Pure data and Python: looking a query
up costs no query.

Each entry's advice is restated from the NHS pages it links to (England's NHS website; 999 is
the UK emergency number, NHS 111 the urgent advice line).
"""

import re
from dataclasses import dataclass

from points.models import RedFlag

Tier = RedFlag.Tier


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class WarningSign:
    words: tuple[str, ...]  # stems or phrases (regular expressions), from the start of a word
    title: str
    advice: str
    tier: Tier  # how urgent the most serious case in the advice is
    sources: tuple[Source, ...]

    def matches(self, query: str) -> bool:
        return any(re.search(rf"\b{word}", query) for word in self.words)

    @property
    def urgency(self) -> str:
        return URGENCY[self.tier]


URGENCY = {
    Tier.EMERGENCY: "Some of these are an emergency",
    Tier.URGENT: "Some of these need care today",
    Tier.DOCTOR: "This needs a doctor's check",
}


def _nhs(title: str, path: str) -> Source:
    return Source(f"NHS: {title}", f"https://www.nhs.uk/{path}/")


CAUDA_EQUINA = _nhs("Cauda equina syndrome", "conditions/cauda-equina-syndrome")
BACK_PAIN = _nhs("Back pain", "conditions/back-pain")
STROKE = _nhs("Symptoms of a stroke", "conditions/stroke/symptoms")

WARNING_SIGNS: tuple[WarningSign, ...] = (
    WarningSign(
        words=("urin", r"pee(s|d|ing)?\b", r"wee(s|ing)?\b", "bladder", "incontinen"),
        title="Problems peeing or controlling your bladder",
        advice=(
            "New trouble starting to pee, leaking pee or losing control of your bladder or "
            "bowels, especially with back pain or numbness around your bottom or genitals, can "
            "mean the nerves at the bottom of the spine are squashed (cauda equina syndrome): "
            "go to A&E or call 999 now. Pain or burning when you pee, needing to pee often, or "
            "leaking that has come on slowly: see a GP, or call NHS 111 if you feel unwell."
        ),
        tier=Tier.EMERGENCY,
        sources=(
            CAUDA_EQUINA,
            _nhs("Urinary tract infections (UTIs)", "conditions/urinary-tract-infections-utis"),
            _nhs("Urinary incontinence", "conditions/urinary-incontinence"),
        ),
    ),
    WarningSign(
        words=("bedwet", "bed wet", "bed-wet", "wetting the bed", "wet the bed", "enuresis"),
        title="Wetting the bed",
        advice=(
            "Wetting the bed as an adult, or a child starting to wet the bed again after being "
            "dry for a long time, needs a GP's check. With back pain or numbness around the "
            "bottom or genitals, go to A&E or call 999."
        ),
        tier=Tier.DOCTOR,
        sources=(
            _nhs("Bedwetting", "conditions/bedwetting"),
            _nhs("Urinary incontinence", "conditions/urinary-incontinence"),
            CAUDA_EQUINA,
        ),
    ),
    WarningSign(
        words=(
            "palpitat",
            "heart racing",
            "racing heart",
            "pounding heart",
            "heart pounding",
            "fluttering",
            "irregular heart",
            "irregular heartbeat",
        ),  # fmt: skip
        title="Palpitations",
        advice=(
            "Palpitations that do not stop, or come with chest pain, shortness of breath, "
            "feeling faint or fainting: call 999 now. Palpitations that keep coming back, last "
            "more than a few minutes, or that you get with a heart condition: see a GP."
        ),
        tier=Tier.EMERGENCY,
        sources=(_nhs("Heart palpitations", "conditions/heart-palpitations"),),
    ),
    WarningSign(
        words=("night sweat", "night-sweat", r"sweats\b"),
        title="Night sweats",
        advice=(
            "Waking up drenched in sweat regularly, or night sweats with a high temperature or "
            "weight loss you cannot explain: see a GP."
        ),
        tier=Tier.DOCTOR,
        sources=(_nhs("Night sweats", "conditions/night-sweats"),),
    ),
    WarningSign(
        words=("swell", "swollen", "oedema", "edema", "puffy"),
        title="Swelling",
        advice=(
            "One swollen, painful leg, with warm, red or darkened skin, can be a blood clot "
            "(DVT): ask for an urgent GP appointment or call NHS 111 today; with shortness of "
            "breath or chest pain, call 999. Swollen feet, ankles or legs that have not gone down "
            "after a few days, or are getting worse: see a GP. A badly swollen knee needs "
            "urgent advice from your GP or NHS 111."
        ),
        tier=Tier.URGENT,
        sources=(
            _nhs("Deep vein thrombosis (DVT)", "conditions/deep-vein-thrombosis-dvt"),
            _nhs("Swollen ankles, feet and legs (oedema)", "conditions/oedema"),
            _nhs("Knee pain", "symptoms/knee-pain"),
        ),
    ),
    WarningSign(
        words=("numb", "tingl", "pins and needles", "loss of feeling", "lost feeling"),
        title="Numbness or tingling",
        advice=(
            "Sudden numbness or weakness of the face, an arm or a leg, especially on one side, "
            "can be a stroke: call 999 now. Numbness around your bottom or genitals, or in both "
            "legs, with back pain: call 999 or go to A&E. Pins and needles or numbness that "
            "lasts or keeps coming back: see a GP."
        ),
        tier=Tier.EMERGENCY,
        sources=(STROKE, BACK_PAIN, _nhs("Pins and needles", "conditions/pins-and-needles")),
    ),
    WarningSign(
        words=("weak", "paralys", "paralyz", "hemipleg", "giving way", "gives way"),
        title="Weakness",
        advice=(
            "Sudden weakness of the face, an arm or a leg can be a stroke: call 999 now. New "
            "weakness in one or both legs with back pain: call 999 or go to A&E. Weakness that "
            "is slowly getting worse over weeks: see a GP. A knee that gives way needs urgent "
            "advice from your GP or NHS 111."
        ),
        tier=Tier.EMERGENCY,
        sources=(
            STROKE,
            BACK_PAIN,
            Source(
                "NICE: Suspected neurological conditions (NG127)",
                "https://www.nice.org.uk/guidance/ng127/chapter/Recommendations",
            ),
            _nhs("Knee pain", "symptoms/knee-pain"),
        ),
    ),
    WarningSign(
        words=("chest", "angina", "heart attack"),
        title="Chest pain",
        advice=(
            "Chest pain that spreads to your arms, back, neck or jaw, makes your chest feel "
            "tight or heavy, comes with shortness of breath, sweating or feeling sick, or lasts "
            "more than 15 minutes: call 999 now. Any other chest pain: call NHS 111 or see a GP."
        ),
        tier=Tier.EMERGENCY,
        sources=(_nhs("Chest pain", "conditions/chest-pain"),),
    ),
    WarningSign(
        words=("breath", "short of air", "wheez"),
        title="Shortness of breath",
        advice=(
            "Sudden shortness of breath, or breathlessness with chest pain, blue or grey lips "
            "or skin, or confusion: call 999 now. Breathlessness that has built up over weeks, "
            "or comes when you lie down or do everyday things: ask for an urgent GP "
            "appointment or call NHS 111."
        ),
        tier=Tier.EMERGENCY,
        sources=(
            _nhs("Shortness of breath", "conditions/shortness-of-breath"),
            _nhs("Heart failure", "conditions/heart-failure"),
        ),
    ),
    WarningSign(
        words=("nosebleed", "nose bleed", "nose-bleed", "epistaxis", "bleeding nose"),
        title="Nosebleeds",
        advice=(
            "Sit down, lean forward and pinch the soft part of your nose, just above the "
            "nostrils, for 10 to 15 minutes. Go to A&E if it is still bleeding after that, the "
            "bleeding is heavy, you are swallowing a lot of blood, it started after a blow to "
            "the head, or you find it hard to breathe. Nosebleeds that keep happening, "
            "especially if you take a blood thinner: see a GP."
        ),
        tier=Tier.URGENT,
        sources=(_nhs("Nosebleed", "conditions/nosebleed"),),
    ),
    WarningSign(
        words=(
            "bleed",
            "blood in",
            "bloody",
            "haemorrhag",
            "hemorrhag",
            "coughing up blood",
            "cough up blood",
            "vomiting blood",
            "blood when",
        ),  # fmt: skip
        title="Bleeding",
        advice=(
            "Vomiting blood, or coughing up more than a little blood: call 999 or go to A&E. "
            "Heavy bleeding from a cut that does not stop when you press on it: go to A&E. "
            "Blood in your pee, blood in your poo or bleeding from your bottom: see a GP."
        ),
        tier=Tier.EMERGENCY,
        sources=(
            _nhs("Vomiting blood", "conditions/vomiting-blood"),
            _nhs("Coughing up blood", "conditions/coughing-up-blood"),
            _nhs("Blood in urine", "conditions/blood-in-urine"),
            _nhs(
                "Bleeding from the bottom (rectal bleeding)",
                "conditions/bleeding-from-the-bottom-rectal-bleeding",
            ),
            _nhs("Cuts and grazes", "conditions/cuts-and-grazes"),
        ),
    ),
    WarningSign(
        words=("discharge",),
        title="Unusual discharge",
        advice=(
            "Discharge from the vagina that has changed colour, smell or texture, or comes with "
            "itching, soreness or bleeding, can be an infection: see a GP or go to a sexual "
            "health clinic. Discharge from an ear, or bloodstained discharge from a nipple: "
            "see a GP."
        ),
        tier=Tier.DOCTOR,
        sources=(
            _nhs("Vaginal discharge", "conditions/vaginal-discharge"),
            _nhs("Ear infections", "conditions/ear-infections"),
            _nhs("Breast lumps", "conditions/breast-lump"),
        ),
    ),
    WarningSign(
        words=(
            "faint",
            "collaps",
            "blackout",
            "black out",
            "blacked out",
            "passed out",
            "pass out",
            "syncope",
        ),  # fmt: skip
        title="Fainting",
        advice=(
            "Call 999 if someone who has fainted does not come round quickly, or "
            "fainted with chest pain, a pounding heartbeat, shortness of breath, or after "
            "hitting their head. If you have fainted and do not know why, or it keeps "
            "happening: see a GP. If you feel faint while pressing a point, stop, and lie down "
            "with your legs raised."
        ),
        tier=Tier.EMERGENCY,
        sources=(_nhs("Fainting", "conditions/fainting"),),
    ),
    WarningSign(
        words=("lump",),
        title="A lump",
        advice=(
            "A lump that is still there after 2 weeks, keeps growing or is hard: see a GP. Do "
            "not press on it."
        ),
        tier=Tier.DOCTOR,
        sources=(_nhs("Lumps", "conditions/lumps"),),
    ),
    WarningSign(
        words=("weight loss", "losing weight", "lose weight", "lost weight"),
        title="Losing weight",
        advice=("Losing weight without trying: see a GP. Acupressure is not a way to lose weight."),
        tier=Tier.DOCTOR,
        sources=(_nhs("Unintentional weight loss", "conditions/unintentional-weight-loss"),),
    ),
    WarningSign(
        words=("fever", "feverish", "high temperature", "temperature", "shivering", "sepsis"),
        title="A high temperature",
        advice=(
            "A high temperature with confusion or slurred speech, a rash that does not fade "
            "when you roll a glass over it, mottled or bluish skin, or difficulty breathing can "
            "be sepsis: call 999 now. A high temperature that does not go away, or that worries "
            "you: call NHS 111 or your GP."
        ),
        tier=Tier.EMERGENCY,
        sources=(
            _nhs("Sepsis", "conditions/sepsis"),
            _nhs("High temperature (fever) in adults", "conditions/fever-in-adults"),
        ),
    ),
    WarningSign(
        words=("anaemi", "anemi", "pallor", r"pale\b"),
        title="Being pale and tired",
        advice=(
            "Being pale, tired and short of breath can be anaemia: see a GP, who can check it "
            "with a blood test."
        ),
        tier=Tier.DOCTOR,
        sources=(_nhs("Iron deficiency anaemia", "conditions/iron-deficiency-anaemia"),),
    ),
    WarningSign(
        words=("circulation", "claudication", "cold feet", "cold foot", "cold leg"),
        title="Poor circulation in the legs",
        advice=(
            "Aching legs when you walk that ease after a few minutes' rest, cold feet, or sores "
            "on the feet or legs that do not heal can mean the legs are not getting enough "
            "blood (peripheral arterial disease): see a GP. Leg pain that goes on even at rest, "
            "a leg that suddenly feels numb or that you cannot move, or symptoms that suddenly "
            "get worse: get urgent advice from your GP or NHS 111 today."
        ),
        tier=Tier.URGENT,
        sources=(
            _nhs("Peripheral arterial disease (PAD)", "conditions/peripheral-arterial-disease-pad"),
        ),
    ),
)


def warnings_for(query: str) -> list[WarningSign]:
    """The warning signs a search names ("blood in urine" names two), in table order."""
    text = " ".join(query.lower().split())
    if not text:
        return []
    return [sign for sign in WARNING_SIGNS if sign.matches(text)]
