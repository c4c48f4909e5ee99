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


class StudyRow(TypedDict):
    slug: str
    short_name: str  # how the evidence card names it: "Zick 2016"
    citation: str  # authors, title, journal, year; the DOI where we found it
    design: str
    participants: str  # in whom, how many
    compared_with: str
    tested: str  # the points and the dose
    finding: str  # plain words, with the numbers
    sham_similar: bool  # sham pressure did about as well
    source: str  # the page a reader can open
    source_url: str


class ProtocolRow(TypedDict):
    slug: str
    name: str
    complaint: str  # complaint slug
    summary: str
    status: str
    frequency: str
    evidence: str  # trial | review | traditional (Protocol.Evidence)
    evidence_summary: str
    studies: list[str]  # study slugs
    sessions_per_day: int
    days_per_week: int
    weeks: int
    dose_note: str
    steps: list[StepRow]
    as_needed: NotRequired[bool]  # used when the symptom comes: no plan
