"""Outcome measures in a plan: the weekly check-in (PEG for pain, otherwise one 0-10 rating in
the complaint's own words), what changed over the plan, and the end-of-plan suggestion.

Sources (each shown where the measure is shown):
- PEG: Krebs EE, Lorenz KA, Bair MJ, et al. J Gen Intern Med 2009;24(6):733-738,
  doi:10.1007/s11606-009-0981-1, https://pubmed.ncbi.nlm.nih.gov/19418100/ . Three 0-10 items
  (pain on average, interference with enjoyment of life, with general activity, all over the
  past week); the score is their mean.
- A meaningful fall: IMMPACT (Dworkin RH, Turk DC, Wyrwich KW, et al. J Pain 2008;9(2):105-121,
  doi:10.1016/j.jpain.2007.09.005) counts a fall of at least 30 % in a 0-10 pain rating as a
  moderately important improvement. Applying it to the PEG mean is our choice, not the paper's.
- PGIC: the 7-point Patient Global Impression of Change, adapted from the Clinical Global
  Impression of Improvement (Guy W. ECDEU Assessment Manual for Psychopharmacology, revised
  1976); in the public domain (NINDS Common Data Elements).
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from points.models import Complaint
from sessions.models import PGIC_CHOICES, CheckIn, GuidedSession, Plan, on_local_days
from sessions.plans import last_day, week_number


@dataclass(frozen=True)
class Source:
    short: str
    citation: str
    url: str


PEG_SOURCE = Source(
    short="Krebs 2009",
    citation="Krebs EE, Lorenz KA, Bair MJ, et al. Development and initial validation of the "
    "PEG, a three-item scale assessing pain intensity and interference. J Gen Intern Med. "
    "2009;24(6):733-738. doi:10.1007/s11606-009-0981-1",
    url="https://pubmed.ncbi.nlm.nih.gov/19418100/",
)
IMMPACT_SOURCE = Source(
    short="IMMPACT 2008",
    citation="Dworkin RH, Turk DC, Wyrwich KW, et al. Interpreting the clinical importance of "
    "treatment outcomes in chronic pain clinical trials: IMMPACT recommendations. J Pain. "
    "2008;9(2):105-121. doi:10.1016/j.jpain.2007.09.005",
    url="https://doi.org/10.1016/j.jpain.2007.09.005",
)
PGIC_SOURCE = Source(
    short="Guy 1976",
    citation="Guy W. ECDEU Assessment Manual for Psychopharmacology, revised 1976 (the Clinical "
    "Global Impression of Improvement, which the patient's version is adapted from)",
    url="https://archive.org/details/ecdeuassessmentm1933guyw",
)
# Where the PGIC is listed as public domain, with its seven points.
PGIC_PUBLIC_DOMAIN_URL = (
    "https://www.commondataelements.ninds.nih.gov/report-viewer/25166/"
    "Patient%20Global%20Impression%20of%20Change%20Scale"
)


@dataclass(frozen=True)
class Item:
    field: str
    question: str
    low: str  # what 0 means
    high: str  # what 10 means


# The PEG's three items as published (Krebs 2009, figure 1), in order.
PEG_ITEMS = (
    Item(
        "pain_average",
        "What number best describes your pain on average in the past week?",
        "No pain",
        "Pain as bad as you can imagine",
    ),
    Item(
        "enjoyment",
        "What number best describes how, during the past week, pain has interfered with your "
        "enjoyment of life?",
        "Does not interfere",
        "Completely interferes",
    ),
    Item(
        "activity",
        "What number best describes how, during the past week, pain has interfered with your "
        "general activity?",
        "Does not interfere",
        "Completely interferes",
    ),
)
PEG_FIELDS = tuple(item.field for item in PEG_ITEMS)
# IMMPACT 2008: a fall of at least 30 % is a moderately important improvement.
MEANINGFUL_FALL = 0.30
# PGIC answers that mean worse (5 "Minimally worse" to 7 "Very much worse") and improved (1-3).
PGIC_WORSE = (5, 6, 7)
PGIC_IMPROVED = (1, 2, 3)
PGIC_LABELS = dict(PGIC_CHOICES)
# Below this share of the sessions due, the review says the result says little about the routine.
LOW_ADHERENCE = 0.5


def uses_peg(complaint: Complaint) -> bool:
    """Pain complaints take the PEG; sleep, tension and the like take one rating."""
    return (complaint.symptom or "").strip().lower() == "pain"


def kind_for(complaint: Complaint) -> str:
    return CheckIn.Kind.PEG if uses_peg(complaint) else CheckIn.Kind.RATING


def peg_score(*, pain_average: int, enjoyment: int, activity: int) -> float:
    """The PEG score: the mean of its three 0-10 items (Krebs 2009)."""
    answers = (pain_average, enjoyment, activity)
    if any(not 0 <= answer <= 10 for answer in answers):
        raise ValueError(f"PEG items are 0-10, not {answers}.")
    return sum(answers) / 3


def record_check_in(
    *, plan: Plan, week: int, kind: str, answers: dict[str, int], now: datetime | None = None
) -> tuple[CheckIn, bool]:
    """Save the plan's check-in for `week`, creating it or changing the one already there (one
    row per week, whatever the posts). Returns the check-in and whether it was new."""
    now = now or timezone.now()
    if kind == CheckIn.Kind.PEG:
        values: dict = {name: answers[name] for name in PEG_FIELDS} | {"rating": None}
        values["score"] = peg_score(**{name: answers[name] for name in PEG_FIELDS})
    else:
        rating = answers["rating"]
        if not 0 <= rating <= 10:
            raise ValueError(f"A rating is 0-10, not {rating}.")
        values = dict.fromkeys(PEG_FIELDS) | {"rating": rating, "score": float(rating)}
    values |= {"kind": kind, "answered_at": now}
    try:
        with transaction.atomic():
            return CheckIn.objects.update_or_create(plan=plan, week=week, defaults=values)
    except IntegrityError:
        # Two posts raced to create the week's row: the other one won, so change it.
        CheckIn.objects.filter(plan=plan, week=week).update(**values)
        return CheckIn.objects.get(plan=plan, week=week), False


# --- The review ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """A score at the start of the plan and at its end."""

    first: float
    last: float
    first_week: int
    last_week: int

    @property
    def fell(self) -> bool:
        return self.last < self.first

    @property
    def percent(self) -> int | None:
        """The fall as a percentage of the first score (negative when it rose)."""
        if self.first == 0:
            return None
        return round((self.first - self.last) / self.first * 100)

    @property
    def rise_percent(self) -> int | None:
        percent = self.percent
        return None if percent is None else -percent

    @property
    def fell_meaningfully(self) -> bool:
        return fell_meaningfully(self.first, self.last)


def fell_meaningfully(first: float, last: float) -> bool:
    """Whether a score fell by MEANINGFUL_FALL (30 %) or more of where it started."""
    return first > 0 and last <= first * (1 - MEANINGFUL_FALL) + 1e-9


def score_change(check_ins: list[CheckIn]) -> Change | None:
    """The first against the last weekly score, when two weeks were answered."""
    ordered = sorted(check_ins, key=lambda c: c.week)
    if len(ordered) < 2:
        return None
    first, last = ordered[0], ordered[-1]
    return Change(first.score, last.score, first.week, last.week)


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "doctor", "keep_going" or "try_another"
    title: str
    reasons: tuple[str, ...]


def suggestion(
    *,
    complaint: Complaint,
    kind: str,
    doctor_reasons: list,
    pgic: int | None,
    change: Change | None,
    before: Change | None = None,
    session_share: float | None = None,
) -> Suggestion | None:
    """What to do after the plan. A doctor comes first whenever the see-a-doctor rule has
    reasons, the user says they are worse, or the pain score did not fall; otherwise keep going
    if they are better, or try another routine. None until the PGIC is answered, unless it is
    a doctor. `change` is the weekly score's, `before` the sessions' ratings before (first week
    against last), which stand in for a pain score when no two weeks were answered."""
    name = complaint.name.lower()
    why: list[str] = []
    if doctor_reasons:
        why.append("Your log shows a reason to see a doctor (above).")
    if pgic in PGIC_WORSE:
        why.append(f"You said your {name} is {PGIC_LABELS[pgic].lower()} since the plan began.")
    if kind == CheckIn.Kind.PEG and change is not None and not change.fell:
        why.append(
            f"Your PEG pain score did not fall: {change.first:.1f} in week {change.first_week}, "
            f"{change.last:.1f} in week {change.last_week}."
        )
    elif kind == CheckIn.Kind.PEG and change is None and before is not None and not before.fell:
        why.append(
            f"Your pain before sessions did not fall: {before.first:.1f} on average in week "
            f"{before.first_week}, {before.last:.1f} in week {before.last_week}."
        )
    if why:
        return Suggestion("doctor", f"Talk to a doctor about your {name}", tuple(why))
    if pgic is None:
        return None
    note: tuple[str, ...] = ()
    if session_share is not None and session_share < LOW_ADHERENCE:
        note = (
            f"You did {round(session_share * 100)} % of the sessions due, so the change says "
            "little about the routine itself.",
        )
    if pgic in PGIC_IMPROVED and (change is None or change.fell):
        return Suggestion(
            "keep_going",
            "Keep going",
            (
                f"You said your {name} is {PGIC_LABELS[pgic].lower()}. If it helps, you can "
                "follow the routine again as a new plan.",
                *note,
            ),
        )
    because = f"You said: {PGIC_LABELS[pgic].lower()}."
    if change is not None and not change.fell:
        because += f" Your weekly score did not fall ({change.first:g} to {change.last:g})."
    return Suggestion(
        "try_another",
        "Try another routine",
        (because, "Another routine for the same complaint may suit you better.", *note),
    )


def record_review(*, plan: Plan, pgic: int, now: datetime | None = None) -> Plan:
    """Save the end-of-plan answer; reviewed_at keeps the first time it was given."""
    if pgic not in PGIC_LABELS:
        raise ValueError(f"PGIC is 1-7, not {pgic}.")
    now = now or timezone.now()
    Plan.objects.filter(pk=plan.pk).update(pgic=pgic)
    Plan.objects.filter(pk=plan.pk, reviewed_at=None).update(reviewed_at=now)
    plan.refresh_from_db(fields=["pgic", "reviewed_at"])
    return plan


def before_change(plan: Plan) -> Change | None:
    """The average rating before the plan's completed sessions in its first week with sessions
    against its last one (None with fewer than two such weeks). One query."""
    rows = GuidedSession.objects.filter(
        user_id=plan.user_id,
        protocol_id=plan.protocol_id,
        status=GuidedSession.Status.COMPLETED,
        pain_before__isnull=False,
        **on_local_days("started_at", plan.start_date, last_day(plan)),
    ).values_list("started_at", "pain_before")
    by_week: dict[int, list[int]] = {}
    for started_at, before in rows:
        if before is None:
            continue
        by_week.setdefault(week_number(plan, timezone.localdate(started_at)), []).append(before)
    if len(by_week) < 2:
        return None
    first, last = min(by_week), max(by_week)
    return Change(
        sum(by_week[first]) / len(by_week[first]),
        sum(by_week[last]) / len(by_week[last]),
        first,
        last,
    )
