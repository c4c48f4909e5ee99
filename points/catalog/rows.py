"""The shape of each kind of catalog row (checked by mypy), one TypedDict per model it loads."""

from typing import NotRequired, TypedDict


class MeridianRow(TypedDict):
    code: str
    name: str
    alternative_codes: str
    order: int


class PointRow(TypedDict):
    code: str  # "ST 36": meridian code and number
    pinyin: str
    hanzi: str
    english_name: str
    region: str
    location: str
    how_to_find: str
    indications: str
    technique: str
    aliases: list[tuple[str, str]]  # (text, where the variant comes from)
    identification: tuple[str, str]  # (standard | probable | uncertain, note)


class ContraindicationRow(TypedDict):
    slug: str
    name: str
    question: str
    scope: str
    action: str
    message: str
    source: str
    source_url: str
    points: list[str]  # point codes
    applies_to_all_points: bool
    advice: NotRequired[str]
    asks_which_limb: NotRequired[bool]
    max_pressure: NotRequired[str]


class RedFlagRow(TypedDict):
    question: str
    tier: str
    advice: str
    source: str
    source_url: str


class ComplaintRow(TypedDict):
    slug: str
    name: str
    summary: str
    order: int
    red_flags: list[RedFlagRow]
    asks_where_it_hurts: NotRequired[bool]
    symptom: NotRequired[str]
    rating_question: NotRequired[str]
    rating_low: NotRequired[str]
    rating_high: NotRequired[str]


class StepRow(TypedDict):
    point: str  # point code
    side: str
    duration_seconds: int
    pressure: str
    motion: str
    fingers: str
    instructions: str


class ProtocolRow(TypedDict):
    slug: str
    name: str
    complaint: str  # complaint slug
    summary: str
    status: str
    frequency: str
    steps: list[StepRow]
