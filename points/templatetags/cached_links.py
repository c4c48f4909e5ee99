"""`{% cached_url %}` and `{% cached_static %}`: `{% url %}` and `{% static %}` worked out once
per process, as an address depends only on what is fixed while a process runs (view name,
arguments, script prefix, URLconf, static manifest); Django's tags were a measurable share of the
step page and point list (bench/README.md). Positional number or string arguments only; no match
is an error even with `as`.
"""

from functools import lru_cache

from django import template
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@lru_cache(maxsize=4096)
def _reverse(view_name: str, args: tuple, prefix: str, urlconf) -> str:
    return reverse(view_name, args=args, urlconf=urlconf)


@register.simple_tag
def cached_url(view_name: str, *args: int | str) -> str:
    """`{% cached_url 'sessions:step' session.pk %}`, or `... as step_url`, as `{% url %}`."""
    return _reverse(view_name, args, get_script_prefix(), get_urlconf())


@register.simple_tag
@lru_cache(maxsize=64)
def cached_static(path: str) -> str:
    """`{% cached_static 'css/app.css' %}`, as `{% static %}`."""
    return static(path)
