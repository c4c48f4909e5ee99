"""Reminders: an .ics calendar file with a weekly event for a routine."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import icalendar
from django.utils import timezone

from points.models import Protocol

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def reminder_calendar(
    *,
    protocol: Protocol,
    days: list[str],
    at: time,
    zone: str,
    url: str,
    minutes: int,
    today: date | None = None,
) -> bytes:
    """An .ics file with one weekly recurring event on the chosen days, in the user's zone."""
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
    event.add("uid", f"reminder-{protocol.slug}-{'-'.join(days)}-{at:%H%M}@acupressure")
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
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
