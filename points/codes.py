"""Point codes as people type them: "ST 36", "st36", "lv-3", "UB 40", "EX-HN 3"."""

import re

from django.utils.text import slugify

CODE_RE = re.compile(r"^\s*([A-Za-z]{1,3})\s*[-.]?\s*(\d{1,3})\s*$")
# Extra points, grouped by body part: EX-HN 3 (head and neck), EX-UE 1, typed "ex-hn3", "EXHN 3".
EXTRA_RE = re.compile(r"^\s*EX\s*[-.]?\s*([A-Za-z]{1,2})\s*[-.]?\s*(\d{1,3})\s*$", re.I)


def compact(text: str) -> str:
    """Upper-case letters and digits only, so "lv-3", "LV 3" and "Lv3" compare equal."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def parse_code(text: str) -> tuple[str, int] | None:
    """Split a code-like text into (meridian prefix, number), or None if it is not code-like."""
    extra = EXTRA_RE.match(text)
    if extra:
        return f"EX-{extra.group(1).upper()}", int(extra.group(2))
    match = CODE_RE.match(text)
    if not match:
        return None
    return match.group(1).upper(), int(match.group(2))


def point_code(meridian_code: str, number: int) -> str:
    return f"{meridian_code} {number}"


def point_slug(text: str) -> str:
    return slugify(text)
