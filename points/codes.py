"""Point codes as people type them: "ST 36", "st36", "lv-3", "UB 40"."""

import re

from django.utils.text import slugify

CODE_RE = re.compile(r"^\s*([A-Za-z]{1,3})\s*[-.]?\s*(\d{1,3})\s*$")


def compact(text: str) -> str:
    """Upper-case letters and digits only, so "lv-3", "LV 3" and "Lv3" compare equal."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def parse_code(text: str) -> tuple[str, int] | None:
    """Split a code-like text into (meridian prefix, number), or None if it is not code-like."""
    match = CODE_RE.match(text)
    if not match:
        return None
    return match.group(1).upper(), int(match.group(2))


def point_code(meridian_code: str, number: int) -> str:
    return f"{meridian_code} {number}"


def point_slug(text: str) -> str:
    return slugify(text)
