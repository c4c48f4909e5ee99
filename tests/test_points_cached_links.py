"""{% cached_url %} and {% cached_static %} answer as {% url %} and {% static %} do, and follow
the script prefix."""

import pytest
from django.template import engines
from django.urls import NoReverseMatch, set_script_prefix


def render(source: str, **context) -> str:
    return engines["django"].from_string("{% load cached_links static %}" + source).render(context)


@pytest.mark.parametrize(
    ("django", "cached"),
    [
        ("{% url 'points:home' %}", "{% cached_url 'points:home' %}"),
        ("{% url 'points:point_detail' slug %}", "{% cached_url 'points:point_detail' slug %}"),
        ("{% url 'sessions:step' pk %}", "{% cached_url 'sessions:step' pk %}"),
        (
            "{% url 'sessions:step' pk as step %}[{{ step }}]",
            "{% cached_url 'sessions:step' pk as step %}[{{ step }}]",
        ),
        ("{% static 'css/app.css' %}", "{% cached_static 'css/app.css' %}"),
    ],
)
def test_the_cached_tags_answer_as_djangos_do(django, cached):
    context = {"slug": "li-4", "pk": 7}
    expected = render(django, **context)
    assert render(cached, **context) == expected
    assert render(cached, **context) == expected  # remembered


def test_a_cached_url_follows_the_script_prefix():
    assert render("{% cached_url 'points:home' %}") == "/"
    set_script_prefix("/care/")
    try:
        assert render("{% cached_url 'points:home' %}") == "/care/"
    finally:
        set_script_prefix("/")
    assert render("{% cached_url 'points:home' %}") == "/"


def test_a_url_that_does_not_match_is_an_error_every_time():
    for _ in range(2):
        with pytest.raises(NoReverseMatch):
            render("{% cached_url 'sessions:step' 'not-a-number' %}")


def test_no_template_library_reuses_the_name_of_one_of_djangos_tags():
    """Which `{% url %}` a template gets must not depend on its `{% load %}` line."""
    engine = engines["django"].engine
    libraries = engine.template_libraries
    djangos = [*engine.template_builtins]
    djangos += [
        libraries[name] for name, path in engine.libraries.items() if path.startswith("django.")
    ]
    taken = {name for library in djangos for name in [*library.tags, *library.filters]}
    for name, path in engine.libraries.items():
        if not path.startswith("django."):
            assert not {*libraries[name].tags, *libraries[name].filters} & taken, path
