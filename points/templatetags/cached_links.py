"""`{% cached_url %}` and `{% cached_static %}`: `{% url %}` and `{% static %}` for the addresses
every page's header and every session step show, worked out once per process.

An address depends only on the view name, its arguments, the script prefix and the URLconf (a
static file's, on the storage's manifest), all fixed while a process runs, yet Django's tags work
it out again on every use: with Django's tags the step page cost about 9 % more CPU, the point
list about 20 % (bench/profile_pages.py). Positional arguments that are numbers or strings only,
and no match is an error even with `as`; use `{% url %}` for anything else.
"""

from functools import lru_cache

from django import template
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse

register = template.Library()


@lru_cache(maxsize=4096)
def _reverse(view_name: str, args: tuple, prefix: str, urlconf) -> str:
    return reverse(view_name, args=args, urlconf=urlconf)


@lru_cache(maxsize=64)
def _static(path: str) -> str:
    return static(path)


@register.simple_tag
def cached_url(view_name: str, *args: int | str) -> str:
    """`{% cached_url 'sessions:step' session.pk %}`, or `... as step_url`, as `{% url %}`."""
    return _reverse(view_name, args, get_script_prefix(), get_urlconf())


@register.simple_tag
def cached_static(path: str) -> str:
    """`{% cached_static 'css/app.css' %}`, as `{% static %}`."""
    return _static(path)
