"""The see-a-doctor rule: from a user's logged sessions, why they should see a doctor."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone

from points.models import Complaint, Protocol
from sessions.models import GuidedSession


@dataclass(frozen=True)
class DoctorReason:
    rule: str
    message: str


@dataclass(frozen=True)
class Thresholds:
    sessions: int
    worsening: int
    severe: int
    days: int

    @classmethod
    def for_protocol(cls, protocol: Protocol | None) -> "Thresholds":
        source = protocol or Protocol()  # a deleted protocol falls back to the defaults
        return cls(
            sessions=max(2, source.doctor_after_sessions),
            worsening=max(1, source.doctor_worsening_points),
            severe=source.doctor_severe_pain,
            days=source.doctor_after_days,
        )


# Enough recent sessions for any sensible "no fall over N sessions" threshold in one query.
RECENT_WINDOW = 10


def doctor_advice(*, user: AbstractBaseUser | int, complaint: Complaint) -> list[DoctorReason]:
    """Why this user should see a doctor about this complaint, from their completed sessions."""
    completed = GuidedSession.objects.completed().filter(user=user, complaint=complaint)
    recent = list(completed.select_related("protocol").order_by("-finished_at")[:RECENT_WINDOW])
    if not recent:
        return []
    latest = recent[0]
    limits = Thresholds.for_protocol(latest.protocol)
    if limits.sessions > RECENT_WINDOW:
        recent = list(completed.order_by("-finished_at")[: limits.sessions])
    recent = recent[: limits.sessions]
    name = complaint.name.lower()
    reasons = []

    worst_now = max(latest.pain_before, latest.pain_after)
    if worst_now >= limits.severe:
        reasons.append(
            DoctorReason(
                "severe",
                f"You logged pain of {worst_now} out of 10 on {_day(latest.finished_at)}. "
                f"Pain of {limits.severe} or more needs a doctor, not self-care.",
            )
        )

    for index, session in enumerate(recent):
        if session.pain_after - session.pain_before >= limits.worsening:
            later = recent[:index]
            if not any(s.pain_after < session.pain_before for s in later):
                reasons.append(
                    DoctorReason(
                        "worse",
                        f"Your pain rose from {session.pain_before} to {session.pain_after} "
                        f"during the session on {_day(session.finished_at)}.",
                    )
                )
            break

    if len(recent) == limits.sessions:
        first, last = recent[-1], recent[0]
        if last.pain_after >= first.pain_before:
            reasons.append(
                DoctorReason(
                    "no_fall",
                    f"Your last {limits.sessions} sessions for {name} brought no fall in pain "
                    f"({first.pain_before} before the first, {last.pain_after} after the last).",
                )
            )

    baseline = (
        completed.filter(finished_at__lte=latest.finished_at - timedelta(days=limits.days))
        .order_by("-finished_at")
        .first()
    )
    if baseline and latest.pain_after >= baseline.pain_before:
        reasons.append(
            DoctorReason(
                "days",
                f"You have logged {name} for more than {limits.days} days "
                f"(since {_day(baseline.finished_at)}) and it has not come down "
                f"({baseline.pain_before} then, {latest.pain_after} now).",
            )
        )
    return reasons


def _day(moment: datetime) -> str:
    return timezone.localtime(moment).strftime("%-d %B %Y")


def summary(*, session: GuidedSession, trend_length: int = 6) -> dict:
    """What a finished session's summary shows: recent trend, doctor reasons, a stop notice."""
    limits = Thresholds.for_protocol(session.protocol)
    trend = list(
        GuidedSession.objects.completed()
        .filter(user_id=session.user_id, complaint_id=session.complaint_id)
        .order_by("-finished_at")[:trend_length]
    )[::-1]
    change = session.pain_change
    return {
        "trend": trend,
        "doctor_reasons": doctor_advice(user=session.user_id, complaint=session.complaint),
        "worsened": change is not None and change >= limits.worsening,
    }


def logged_complaints(*, user: AbstractBaseUser) -> list[Complaint]:
    """The complaints this user has completed at least one session for."""
    return list(
        Complaint.objects.filter(
            pk__in=GuidedSession.objects.completed().filter(user=user).values("complaint")
        )
    )


def doctor_warnings(
    *, user: AbstractBaseUser, complaints: list[Complaint] | None = None
) -> list[tuple[Complaint, list[DoctorReason]]]:
    """The see-a-doctor reasons for every complaint this user has logged."""
    if complaints is None:
        complaints = logged_complaints(user=user)
    warnings = []
    for complaint in complaints:
        reasons = doctor_advice(user=user, complaint=complaint)
        if reasons:
            warnings.append((complaint, reasons))
    return warnings
