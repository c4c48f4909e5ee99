"""Reminders: an .ics calendar file with a weekly event for a routine."""

import uuid
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone

from points.models import Protocol

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# Event UIDs are UUIDs in this namespace, named by the user's id and the routine's slug: one per
# user and routine, so a calendar that matches events by UID updates the reminder on a new
# download instead of adding a second. A hash: no name, address or health data in it.
UID_NAMESPACE = uuid.UUID("6f0b7a52-3c1e-4d8e-9a57-2b4f1c9e8d31")


def reminder_uid(*, user_pk: int, protocol: Protocol) -> str:
    return f"{uuid.uuid5(UID_NAMESPACE, f'{user_pk}/{protocol.slug}')}@acupressure-reminders"


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
    first = next(
        today + timedelta(days=offset)
        for offset in range(7)
        if WEEKDAYS[(today + timedelta(days=offset)).weekday()] in days
    )
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Acupressure self-care//Reminders//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    event.add("uid", reminder_uid(user_pk=user_pk, protocol=protocol))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", datetime.combine(first, at, tzinfo=tz))
    event.add("duration", timedelta(minutes=minutes))
    event.add("rrule", {"freq": "weekly", "byday": [d for d in WEEKDAYS if d in days]})
    event.add("summary", f"Acupressure: {protocol.name}")
    event.add(
        "description",
        f"Time for your {protocol.name.lower()}. Open it here: {url}\n"
        "Acupressure does not replace medical care.",
    )
    event.add("url", url)
    # Without an alarm a calendar may import the event with no alert: no reminder at all.
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(0))
    alarm.add("description", f"Time for your acupressure: {protocol.name}")
    event.add_component(alarm)
    calendar.add_component(event)
    # Zone rules from the first reminder on (the default starts in 1970: a longer file).
    calendar.add_missing_timezones(first_date=first, last_date=date(first.year + 30, 1, 1))
    return calendar.to_ical()
