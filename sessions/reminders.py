"""Reminders: .ics calendar files, a weekly event for a routine or a plan's days."""

import uuid
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone

from points.models import Protocol

WEEKDAY_CHOICES = [
    ("MO", "Monday"), ("TU", "Tuesday"), ("WE", "Wednesday"), ("TH", "Thursday"),
    ("FR", "Friday"), ("SA", "Saturday"), ("SU", "Sunday"),
]  # fmt: skip
WEEKDAYS = [code for code, _ in WEEKDAY_CHOICES]
# Event UIDs are UUIDs in this namespace, named by the user's id and the routine's slug: one per
# user and routine, so a calendar that matches events by UID updates the reminder on a new
# download instead of adding a second. A hash: no name, address or health data in it.
UID_NAMESPACE = uuid.UUID("6f0b7a52-3c1e-4d8e-9a57-2b4f1c9e8d31")
NOT_CARE = "Acupressure does not replace medical care."


def event_minutes(seconds: int) -> int:
    """How long a reminder's event lasts: the routine's pressing time and two minutes to get
    ready, at least five."""
    return max(5, round(seconds / 60) + 2)


def reminder_uid(*, user_pk: int, protocol: Protocol) -> str:
    return f"{uuid.uuid5(UID_NAMESPACE, f'{user_pk}/{protocol.slug}')}@acupressure-reminders"


def plan_reminder_uid(*, user_pk: int, plan_pk: int, slot: int) -> str:
    """One per user, plan and session of the day: a new download replaces the plan's events."""
    name = f"{user_pk}/plan/{plan_pk}/{slot}"
    return f"{uuid.uuid5(UID_NAMESPACE, name)}@acupressure-reminders"


def _calendar() -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Acupressure self-care//Reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    return calendar


def _event(
    *,
    uid: str,
    start: datetime,
    minutes: int,
    rrule: dict[str, Any],
    summary: str,
    description: str,
    url: str,
    alert: str,
) -> icalendar.Event:
    """A repeating event that alerts at its start."""
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=minutes))
    event.add("rrule", rrule)
    event.add("summary", summary)
    event.add("description", description)
    event.add("url", url)
    # Without an alarm a calendar may import the event with no alert: no reminder at all.
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(0))
    alarm.add("description", alert)
    event.add_component(alarm)
    return event


def _first_on(days: Iterable[str], since: date) -> date:
    wanted = set(days)
    return next(
        since + timedelta(days=offset)
        for offset in range(7)
        if WEEKDAYS[(since + timedelta(days=offset)).weekday()] in wanted
    )


def reminder_calendar(
    *,
    user_pk: int,
    protocol: Protocol,
    days: list[str],
    at: time,
    zone: str,
    url: str,
    minutes: int,
    today: date | None = None,
) -> bytes:
    """An .ics file with one weekly recurring event on the chosen days, in the user's zone, that
    alerts at its start."""
    tz = ZoneInfo(zone)
    today = today or timezone.localdate(timezone=tz)
    first = _first_on(days, today)
    calendar = _calendar()
    calendar.add_component(
        _event(
            uid=reminder_uid(user_pk=user_pk, protocol=protocol),
            start=datetime.combine(first, at, tzinfo=tz),
            minutes=minutes,
            rrule={"freq": "weekly", "byday": [d for d in WEEKDAYS if d in days]},
            summary=f"Acupressure: {protocol.name}",
            description=f"Time for your {protocol.name.lower()}. Open it here: {url}\n{NOT_CARE}",
            url=url,
            alert=f"Time for your acupressure: {protocol.name}",
        )
    )
    # Zone rules from the first reminder on (the default starts in 1970: a longer file).
    calendar.add_missing_timezones(first_date=first, last_date=date(first.year + 30, 1, 1))
    return calendar.to_ical()


def plan_calendar(
    *,
    user_pk: int,
    plan_pk: int,
    routine_name: str,
    start_date: date,
    end_date: date,
    days: list[str],
    times: list[time],
    zone: str,
    url: str,
    plan_url: str,
    minutes: int,
    today: date | None = None,
) -> bytes:
    """An .ics file for a plan: for each session of the day an event at its time on the chosen
    days, from the plan's first day (or today, if it began already) until its last day, in the
    user's zone, alerting at its start. Empty of events if the plan has ended."""
    tz = ZoneInfo(zone)
    today = today or timezone.localdate(timezone=tz)
    calendar = _calendar()
    since = max(start_date, today)
    first = _first_on(days, since)
    if first > end_date:
        return calendar.to_ical()
    # UNTIL is in UTC when the start has a zone (RFC 5545): the end of the plan's last day.
    until = datetime.combine(end_date, time(23, 59, 59), tzinfo=tz).astimezone(ZoneInfo("UTC"))
    rrule: dict[str, Any] = {"freq": "daily", "until": until}
    if len(set(days)) < 7:
        rrule = {"freq": "weekly", "byday": [d for d in WEEKDAYS if d in days], "until": until}
    for slot, at in enumerate(times, start=1):
        which = f" (session {slot} of {len(times)} today)" if len(times) > 1 else ""
        calendar.add_component(
            _event(
                uid=plan_reminder_uid(user_pk=user_pk, plan_pk=plan_pk, slot=slot),
                start=datetime.combine(first, at, tzinfo=tz),
                minutes=minutes,
                rrule=rrule,
                summary=f"Acupressure plan: {routine_name}{which}",
                description=(
                    f"Time for your {routine_name.lower()}{which}. Start it here: {url}\n"
                    f"Your plan, until {end_date:%-d %b %Y}: {plan_url}\n{NOT_CARE}"
                ),
                url=url,
                alert=f"Time for your acupressure: {routine_name}",
            )
        )
    calendar.add_missing_timezones(first_date=first, last_date=end_date + timedelta(days=1))
    return calendar.to_ical()
