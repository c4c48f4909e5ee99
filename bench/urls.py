"""The app's URLs plus /bench/bare/, the yardstick the speed benchmark divides by.

Only the benchmark server (bench/settings.py) loads this; the app never serves the bare view.
"""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import engines
from django.urls import path

from config.urls import urlpatterns as app_urlpatterns
from points.models import Point

BARE = engines["django"].from_string(
    "<!doctype html><title>Points</title><ul>"
    "{% for point in points %}<li>{{ point.slug }} {{ point.pinyin }}</li>{% endfor %}</ul>"
)


def bare(request: HttpRequest) -> HttpResponse:
    """Read 52 rows and render them: the least a catalog page can do."""
    return HttpResponse(BARE.render({"points": Point.objects.order_by("pk")[:52]}, request))


def chrome(request: HttpRequest) -> HttpResponse:
    """base.html with no content: what every page pays for its header, footer and assets."""
    return render(request, "base.html")


urlpatterns = [
    path("bench/bare/", bare),
    path("bench/chrome/", chrome),
    *app_urlpatterns,
]
