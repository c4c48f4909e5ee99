"""config/links.py: {% url %} and {% static %} that remember their answers, and stay right."""

import pytest
from django.template import engines
from django.urls import NoReverseMatch, set_script_prefix

from config import links


def render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


@pytest.mark.parametrize(
    "tags",
    [
        "{% url 'points:home' %}",
        "{% url 'points:point_detail' slug %}",
        "{% url 'sessions:step' pk %}",
        "{% url 'points:point_detail' slug=slug %}",  # keyword arguments: not remembered
        "{% url 'sessions:step' pk as step %}[{{ step }}]",
        "{% static 'css/app.css' %}",
        "{% static 'css/app.css' as css %}[{{ css }}]",
    ],
)
def test_the_tags_answer_exactly_as_djangos_do(tags):
    context = {"slug": "li-4", "pk": 7}
    django = render("{% load static %}" + tags, **context)
    assert render("{% load links %}" + tags, **context) == django
    assert render("{% load links %}" + tags, **context) == django  # remembered


def test_a_remembered_url_follows_the_script_prefix():
    assert render("{% load links %}{% url 'points:home' %}") == "/"
    set_script_prefix("/care/")
    try:
        assert render("{% load links %}{% url 'points:home' %}") == "/care/"
    finally:
        set_script_prefix("/")
    assert render("{% load links %}{% url 'points:home' %}") == "/"


def test_urls_are_remembered_per_argument_and_errors_are_not():
    links._reverse.cache_clear()
    render("{% load links %}{% url 'sessions:step' 1 %}{% url 'sessions:step' 2 %}")
    render("{% load links %}{% url 'sessions:step' 1 %}")
    assert links._reverse.cache_info().hits == 1
    assert links._reverse.cache_info().currsize == 2
    with pytest.raises(NoReverseMatch):
        render("{% load links %}{% url 'sessions:step' 'not-a-number' %}")
    assert render("{% load links %}{% url 'no-such-view' as missing %}[{{ missing }}]") == "[]"
