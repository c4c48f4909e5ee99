"""Settings for the benchmark server only: the app's settings plus a bare comparison view."""

from config.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
