"""Everyday words for what the catalog says: a search for "sleep" finds the insomnia points.

Each entry maps plain words people type to words the catalog itself uses (its uses, body
regions and landmarks), so a search finds only what the catalog already says: an entry adds no
use to any point. No entry names a warning sign (tests/test_points_search.py checks): a search
for one is answered by points/warning_signs.py, never by a point. Pure data and Python: looking
a query up costs no query.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Synonym:
    words: tuple[str, ...]  # what people type: whole words or phrases, lower case
    means: tuple[str, ...]  # words the catalog uses for it

    def matches(self, text: str) -> bool:
        return any(re.search(rf"\b{re.escape(word)}(s|es|ing|ed)?\b", text) for word in self.words)


SYNONYMS: tuple[Synonym, ...] = (
    # Uses, in the words of the catalog's indications.
    Synonym(
        ("sleep", "sleepless", "sleeplessness", "cannot sleep", "can't sleep", "wakeful"),
        ("insomnia",),
    ),
    Synonym(("anxious", "worry", "worried", "nervous", "nerves", "on edge"), ("anxiety",)),
    Synonym(("stressed", "tense", "uptight"), ("stress", "tension")),
    Synonym(("tiredness", "fatigue", "fatigued", "exhausted", "worn out"), ("low energy",)),
    Synonym(("sad", "unhappy", "feeling down"), ("low mood",)),
    Synonym(("angry", "irritable", "grumpy", "short-tempered"), ("anger", "irritability")),
    Synonym(("fidgety",), ("restlessness",)),
    Synonym(("headache", "head ache", "sore head"), ("headache", "heavy head")),
    Synonym(("dizzy", "giddy", "woozy"), ("dizziness",)),
    Synonym(("nausea", "nauseous", "queasy", "travel sick", "car sick"), ("feeling sick",)),
    Synonym(
        ("tummy", "belly", "tummy ache", "belly ache", "stomach ache", "upset stomach"),
        ("stomach",),
    ),
    Synonym(("bloated", "gassy"), ("bloating",)),
    Synonym(("constipated",), ("constipation",)),
    Synonym(("diarrhoea", "diarrhea", "runny tummy"), ("loose stools", "bowel upset")),
    Synonym(("piles", "hemorrhoid"), ("haemorrhoids",)),
    Synonym(("flu", "common cold", "sniffles", "runny nose", "blocked nose"), ("cold and flu",)),
    Synonym(("itch", "itchy"), ("itch",)),
    Synonym(("hot flash", "hot flashes", "menopause", "menopausal"), ("hot flushes",)),
    Synonym(("menstrual", "menstruation", "time of the month"), ("period",)),
    Synonym(("backache", "back ache", "sore back", "bad back", "lumbago"), ("low back",)),
    Synonym(("leg ache", "aching legs", "achy legs", "sore legs"), ("leg pain", "aching")),
    Synonym(("charley horse", "charlie horse", "spasm", "muscle spasm"), ("cramp",)),
    Synonym(("osteoarthritis", "arthritic", "joint ache"), ("arthritis", "joint pain")),
    Synonym(("neck ache", "sore neck", "crick"), ("neck",)),
    # Body parts and landmarks, in the words of the locations and how-to-find texts.
    Synonym(("feet",), ("foot",)),
    Synonym(("knee cap", "patella"), ("kneecap",)),
    Synonym(
        ("back of the knee", "behind the knee", "knee pit", "hollow of the knee"),
        ("crease behind the knee", "back of the knee"),
    ),
    Synonym(("shin", "shin bone", "shinbone", "tibia"), ("shinbone", "shin", "lower leg")),
    Synonym(("calves",), ("calf",)),
    Synonym(("bum", "butt", "glutes", "backside"), ("buttock",)),
    Synonym(("bottom of the foot", "underside of the foot"), ("sole",)),
    Synonym(("top of the foot",), ("instep", "top of the foot")),
    Synonym(("forefinger", "pointer finger"), ("index finger",)),
    Synonym(("pinky", "pinkie", "small finger"), ("little finger",)),
    Synonym(("anklebone", "malleolus"), ("ankle bone",)),
    Synonym(("heel cord", "heel tendon"), ("achilles",)),
    Synonym(("thigh bone", "femur"), ("thigh",)),
)

# Meridian names as people write them, for searches like "gall bladder 34".
MERIDIAN_SPELLINGS = {
    "gall bladder": "gallbladder",
    "urinary bladder": "bladder",
    "triple energiser": "triple energizer",
    "triple burner": "triple energizer",
    "san jiao": "triple energizer",
}

_MERIDIAN_REFERENCE = re.compile(r"^([a-z][a-z ]*?)\s*(?:meridian|channel)?\s*-?\s*(\d{1,3})$")


def normalize(query: str) -> str:
    """Lower case, single spaces, straight apostrophes."""
    return " ".join(query.lower().replace("\u2019", "'").split())


def search_terms(query: str) -> list[str]:
    """What a search looks for: the query, its singular, and the catalog words it stands for."""
    text = normalize(query)
    if not text:
        return []
    terms = [text]
    if len(text) > 3 and text.endswith("s") and not text.endswith("ss"):
        terms.append(text[:-1])  # knees, toes, thumbs
    for synonym in SYNONYMS:
        if synonym.matches(text):
            terms += synonym.means
    return list(dict.fromkeys(terms))


def meridian_reference(query: str) -> tuple[str, int] | None:
    """("liver", 3) for "Liver 3" or "liver meridian 3": a meridian's name and a point number."""
    match = _MERIDIAN_REFERENCE.match(normalize(query))
    if not match:
        return None
    name = match.group(1).strip()
    return MERIDIAN_SPELLINGS.get(name, name), int(match.group(2))


def everyday_words() -> list[str]:
    """The single words of the table, for "did you mean" (sleep for "sleap")."""
    return [word for synonym in SYNONYMS for word in synonym.words if " " not in word]
