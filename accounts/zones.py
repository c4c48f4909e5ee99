"""The user's time zone: valid names, the choices to pick from, and where a request finds it.

The zone is stored on the user's `Profile` and copied into the Django session at login and
when it changes, so the middleware (`config.middleware.UserTimeZoneMiddleware`) activates it
with no query of its own.
"""

import zoneinfo
from functools import cache

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser, User
from django.contrib.sessions.backends.base import SessionBase

from accounts.models import Profile

SESSION_KEY = "time_zone"
# Areas whose zones are listed first in the choices; the rest (Etc/GMT+5, old aliases such as
# "US/Eastern") come last under "Other".
AREAS = [
    "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe",
    "Indian", "Pacific",
]  # fmt: skip


@cache
def _names() -> frozenset[str]:
    # "localtime" and "Factory" are not places; zoneinfo lists them.
    return frozenset(zoneinfo.available_timezones() - {"localtime", "Factory"})


def is_valid_zone(name: str) -> bool:
    return name in _names()


@cache
def zone_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """The zones grouped by area ("Europe": [("Europe/London", "London"), …]), for a select."""
    groups: dict[str, list[tuple[str, str]]] = {area: [] for area in [*AREAS, "Other"]}
    for name in sorted(_names()):
        area, _, city = name.partition("/")
        if area in groups and city:
            groups[area].append((name, city.replace("_", " ").replace("/", " / ")))
        else:
            groups["Other"].append((name, name.replace("_", " ")))
    return [(area, zones) for area, zones in groups.items() if zones]


def stored_zone(user: AbstractBaseUser | AnonymousUser) -> str:
    """The user's stored zone, "" for none (the site's TIME_ZONE); one query unless the
    profile is already on the user object."""
    profile: Profile | None = getattr(user, "profile", None)  # None: no profile row
    if profile is None or not is_valid_zone(profile.time_zone):
        return ""
    return profile.time_zone


def remember(session: SessionBase, zone: str) -> None:
    """Keep the zone in the session, where the middleware reads it on every request."""
    session[SESSION_KEY] = zone


def take_browser_zone(*, user: User, zone: str) -> Profile | None:
    """Store the zone the browser reported, unless the user fixed one in their settings.
    Returns the profile, or None when the zone was not taken."""
    if not is_valid_zone(zone):
        return None
    profile, _ = Profile.objects.get_or_create(user=user)
    if not profile.time_zone_from_browser:
        return None
    if profile.time_zone != zone:
        profile.time_zone = zone
        profile.save(update_fields=["time_zone"])
    return profile


def remember_at_login(sender, request, user, **kwargs) -> None:
    """On `user_logged_in`: every way of logging in (the login and sign-up forms, the admin's
    login, the test client's force_login) ends here, so a logged-in session always carries
    the zone and the middleware never queries for it."""
    if request is not None and hasattr(request, "session"):
        remember(request.session, stored_zone(user))
