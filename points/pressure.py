"""A step's pressure under a cap: a caution that calls for lighter pressure changes the step's
pressure and rewords its instructions, so the step never says "firm" when the user was told
"light"."""

import re

from points.models import Pressure

# Phrases first, then single words; each replacement keeps a capital first letter.
_REWORDING: dict[str, list[tuple[str, str]]] = {
    Pressure.LIGHT: [
        ("strong and achy but not painful", "gentle and comfortable"),
        ("firm but not painful", "gentle and comfortable"),
        ("deeply", "gently"),
        ("firmly", "gently"),
        ("deep", "light"),
        ("firm", "light"),
        ("strong", "gentle"),
    ],
    Pressure.MODERATE: [
        ("strong and achy but not painful", "achy but comfortable"),
        ("firm but not painful", "steady but never hard"),
        ("deeply", "steadily"),
        ("firmly", "steadily"),
        ("deep", "moderate"),
        ("firm", "moderate"),
    ],
}


def _keep_case(replacement: str):
    def replace(match: re.Match) -> str:
        return replacement[0].upper() + replacement[1:] if match[0][0].isupper() else replacement

    return replace


def soften(text: str, cap: str) -> str:
    """`text` with every word for harder pressure than `cap` replaced by one that fits it."""
    for phrase, replacement in _REWORDING.get(cap, []):
        text = re.sub(rf"\b{phrase}\b", _keep_case(replacement), text, flags=re.IGNORECASE)
    return text


_ORDER = list(Pressure.values)  # lightest first


def capped(pressure: str, cap: str) -> str:
    """`pressure`, or `cap` if that is lighter (no cap: `pressure`)."""
    return cap if cap and _ORDER.index(cap) < _ORDER.index(pressure) else pressure


def lightest(caps) -> str:
    """The lightest of these caps ('' for none)."""
    return min((cap for cap in caps if cap), key=_ORDER.index, default="")
