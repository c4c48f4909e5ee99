from django.conf import settings
from django.db import models


class Profile(models.Model):
    """What the app keeps about a user besides Django's `User`: their time zone."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        help_text="IANA name, e.g. Europe/London; empty means the site's TIME_ZONE.",
    )
    time_zone_from_browser = models.BooleanField(
        default=True, help_text="Take the time zone from the browser at each login."
    )

    def __str__(self) -> str:
        return f"{self.user} ({self.time_zone or 'site time zone'})"
