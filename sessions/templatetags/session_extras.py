from datetime import datetime

from django import template

from points.models import Complaint
from sessions import doctor, plans
from sessions.models import GuidedSession

register = template.Library()

# What the user's log adds to the catalog's pages (home, complaint, routine): the catalog app
# renders these tags and does not read the log itself. Nothing for visitors who are not signed in.


@register.inclusion_tag("sessions/partials/doctor_warning.html", takes_context=True)
def doctor_warning(context: template.Context, complaint: Complaint) -> dict:
    """The see-a-doctor warning about `complaint` from the signed-in user's log."""
    user = context["request"].user
    return {
        "doctor_reasons": (
            doctor.doctor_advice(user=user, complaint=complaint) if user.is_authenticated else []
        ),
        "complaint_name": complaint.name,
        "complaint_slug": complaint.slug,
    }


@register.inclusion_tag("sessions/partials/doctor_warnings.html", takes_context=True)
def doctor_warnings(context: template.Context) -> dict:
    """A see-a-doctor warning for each complaint in the signed-in user's log that needs one."""
    user = context["request"].user
    return {"doctor_warnings": doctor.doctor_warnings(user=user) if user.is_authenticated else []}


# How many sessions in progress the home page offers to resume.
RESUMABLE = 5


@register.inclusion_tag("sessions/partials/in_progress.html", takes_context=True)
def sessions_in_progress(context: template.Context) -> dict:
    """The signed-in user's sessions in progress, to resume or abandon."""
    user = context["request"].user
    if not user.is_authenticated:
        return {"in_progress": []}
    return {"in_progress": GuidedSession.objects.resumable(user=user, limit=RESUMABLE)}


@register.filter
def epoch_ms(moment: datetime | None) -> str:
    """A datetime as milliseconds since the epoch, for the timer script; empty for None."""
    return "" if moment is None else str(int(moment.timestamp() * 1000))


@register.filter
def signed(number: float | None) -> str:
    """A pain change with its sign: −3, +2, ±0; averages keep one decimal: −1.8."""
    if number is None:
        return ""
    text = f"{number:+.1f}" if isinstance(number, float) else f"{number:+d}"
    return "±0" if text in {"+0", "-0", "+0.0", "-0.0"} else text.replace("-", "−")


@register.filter
def before_after(session: GuidedSession) -> str:
    """A session's ratings as "6 → 3", "6" before it was finished, "" with none."""
    if session.pain_before is None:
        return ""
    if session.pain_after is None:
        return str(session.pain_before)
    return f"{session.pain_before} → {session.pain_after}"


@register.inclusion_tag("sessions/partials/plan_home.html", takes_context=True)
def plans_today(context: template.Context) -> dict:
    """The signed-in user's plans: today's sessions and the week's target, and the check-in or
    review that is due. Three queries, whatever the number of plans and sessions."""
    user = context["request"].user
    if not user.is_authenticated:
        return {"plan_progress": []}
    return {"plan_progress": plans.home_plans(user=user)}


@register.filter
def share(value: float | None) -> str:
    """A share as a whole percentage: 0.714 -> "71 %"; empty for None."""
    return "" if value is None else f"{round(value * 100)} %"


@register.filter
def pressing_time(seconds: int | None) -> str:
    """Seconds in words: 540 -> "9 min", 90 -> "1 min 30 s", 4500 -> "1 h 15 min"."""
    if seconds is None:
        return ""
    minutes, rest = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if minutes:
        return f"{minutes} min {rest} s" if rest else f"{minutes} min"
    return f"{rest} s" if rest else "0 min"
