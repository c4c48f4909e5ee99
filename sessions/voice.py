"""What the hands-free voice says on a step, built from the step's own snapshot (so staff edits
and the cautions that apply to this user reach the voice). The browser speaks these texts with
the Web Speech API at the moments the timer reaches (static/js/session.js)."""

import math

from points.models import spoken_seconds
from sessions.models import GET_READY_SECONDS, SessionStep

# About how fast a browser voice speaks at rate 1 (150 words a minute).
WORDS_PER_SECOND = 2.5
# The longest "next up" pause hands-free leaves before a new point's get-ready.
MAX_NEXT_UP_SECONDS = 30
# What intro() reads of a step.
INTRO_FIELDS = ("pk", "point_code", "point_name", "point_region", "side", "how_to_find", "caution")


def intro(step: SessionStep, *, first_side: bool) -> str:
    """Which point on which side; on a point's first side also how to find it and its caution."""
    text = f"{step.side_label}. {step.point_code}, {step.point_name}."
    if first_side:
        text += f" {step.how_to_find}"
        if step.caution:
            text += f" Caution: {step.caution}"
    return text


def next_up_seconds(step: SessionStep) -> int:
    """The pause before `step`'s get-ready when hands-free moves on to it as a new point: long
    enough to say where it is (the get-ready covers the first seconds)."""
    words = len(intro(step, first_side=True).split())
    return min(MAX_NEXT_UP_SECONDS, max(0, math.ceil(words / WORDS_PER_SECOND) - GET_READY_SECONDS))


def cues(step: SessionStep, following: SessionStep | None, *, first_side: bool) -> dict[str, str]:
    """The texts for one side: `intro` as it comes up, `start` when pressing begins, `half`,
    `ten` (10 seconds left) and `end` (what comes next), keyed as the script expects."""
    if following is None:
        end = "Time is up."  # the finish form then asks how it is now
    elif following.point_code == step.point_code:
        end = f"Time is up. Switch to the {following.side_label.lower()}."
    else:
        end = f"Time is up. Next point: {following.point_code}, {following.point_name}."
    half_left = step.duration_seconds - step.duration_seconds // 2
    return {
        "intro": intro(step, first_side=first_side),
        "start": f"Start pressing: {step.pressure.lower()} pressure, "
        f"{spoken_seconds(step.duration_seconds)}.",
        "half": f"Halfway: {spoken_seconds(half_left)} left.",
        "ten": "10 seconds left.",
        "end": end,
    }
