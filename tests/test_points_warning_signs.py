"""A search for a warning sign gets advice to see a doctor, never a point; point pages say when."""

import re

import pytest

from points import fragments
from points.models import Point, PointAlias, RedFlag
from points.warning_signs import WARNING_SIGNS, warnings_for
from tests.helpers import codes_listed

pytestmark = pytest.mark.django_db

ADVICE = "This can be a warning sign: see a doctor"
DOCTOR_LINE = "New or worsening weakness, numbness, swelling or bleeding needs a doctor"
BOTTOM_BLEEDING = "Bleeding from the bottom needs a doctor's check"

WARNING_SEARCHES = [
    "urine", "passing urine", "pee", "bladder", "bedwetting", "incontinence", "palpitations",
    "night sweats", "swelling", "swollen ankles", "numbness", "numb feet", "tingling",
    "weakness", "leg weakness", "chest pain", "breathless", "short of breath", "nosebleed",
    "nosebleeds", "bleeding", "blood in urine", "blood in poo", "discharge", "fainting",
    "fainted", "lump", "weight loss", "fever", "high temperature", "poor circulation", "anaemia",
]  # fmt: skip


@pytest.mark.parametrize("query", WARNING_SEARCHES)
def test_a_warning_sign_search_shows_the_advice_and_no_point(client, query):
    response = client.get("/points/", {"q": query})
    html = response.content.decode()
    assert response.status_code == 200
    assert ADVICE in html
    assert codes_listed(response) == []
    assert "No point matches" not in html  # which would read as "try another word"
    assert re.search(r'<a href="https://www\.(nhs\.uk|nice\.org\.uk)/[^"]+"', html)


def test_urine_names_the_emergency_and_what_to_do(client):
    html = client.get("/points/", {"q": "urine"}).content.decode()
    assert "cauda equina syndrome" in html
    assert "go to A&amp;E or call 999 now" in html
    assert 'href="https://www.nhs.uk/conditions/cauda-equina-syndrome/"' in html


def test_a_search_naming_two_warning_signs_shows_both(client):
    html = client.get("/points/", {"q": "blood in urine"}).content.decode()
    assert html.count(ADVICE) == 1
    assert "<h3>Bleeding</h3>" in html and "<h3>Problems peeing" in html


def test_live_search_swaps_in_the_advice(client):
    response = client.get("/points/", {"q": "swollen"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="point-results"')
    assert ADVICE in html and "blood clot (DVT)" in html
    assert codes_listed(response) == []


def test_the_advice_wins_over_the_body_filters(client):
    response = client.get("/points/", {"q": "numbness", "region": "foot"})
    assert ADVICE in response.content.decode()
    assert codes_listed(response) == []


@pytest.mark.parametrize("query", ["cramp", "insomnia", "ST 36", "Zusanli", "LIV 3", "heel"])
def test_ordinary_searches_get_no_warning(client, query):
    response = client.get("/points/", {"q": query})
    assert ADVICE not in response.content.decode()
    assert codes_listed(response)


def test_no_point_code_name_or_alias_reads_as_a_warning_sign():
    names = []
    for point in Point.objects.all():
        names += [point.code, point.pinyin, point.english_name, point.hanzi]
    names += list(PointAlias.objects.values_list("text", flat=True))
    assert [name for name in names if warnings_for(name)] == []


def test_every_warning_sign_says_what_to_do_and_links_its_sources():
    tiers = set(RedFlag.Tier.values)
    for sign in WARNING_SIGNS:
        assert sign.words and sign.title and sign.tier in tiers, sign.title
        assert re.search(r"999|NHS 111|GP|A&E", sign.advice), sign.title
        assert sign.sources, sign.title
        for source in sign.sources:
            assert re.match(r"https://www\.(nhs\.uk|nice\.org\.uk)/\S+$", source.url), source
            assert source.title


def test_an_emergency_word_says_to_call_999():
    for sign in WARNING_SIGNS:
        if sign.tier == RedFlag.Tier.EMERGENCY:
            assert "999" in sign.advice, sign.title


def test_the_advice_costs_no_query_beyond_the_form(client, django_assert_num_queries):
    fragments.version()  # as on any server that has served a page
    # The catalog version and the filter form's meridians, no points (a free-text search is
    # never cached, so every request draws it).
    for _ in range(2):
        with django_assert_num_queries(2):
            assert ADVICE in client.get("/points/?q=urine").content.decode()


# --- Point pages ---


@pytest.mark.parametrize("slug", ["st-36", "bl-40", "ki-1", "si-3", "gb-30"])
def test_every_point_page_says_when_to_see_a_doctor(client, slug):
    html = client.get(f"/points/{slug}/").content.decode()
    uses = html.split('id="uses-title"')[1].split("</section>")[0]
    assert DOCTOR_LINE in uses
    assert "If you feel faint, stop and lie down" in html


def test_all_point_pages_carry_the_see_a_doctor_line(client):
    for slug in Point.objects.values_list("slug", flat=True):
        assert DOCTOR_LINE in client.get(f"/points/{slug}/").content.decode(), slug


@pytest.mark.parametrize("code", ["BL 56", "BL 57", "BL 58"])
def test_haemorrhoid_points_say_bleeding_from_the_bottom_needs_a_doctor(client, code):
    point = Point.objects.get(code=code)
    assert "haemorrhoids" in point.indication_list
    html = client.get(point.get_absolute_url()).content.decode()
    assert BOTTOM_BLEEDING in html
    assert "https://www.nhs.uk/conditions/bleeding-from-the-bottom-rectal-bleeding/" in html


def test_other_points_have_no_haemorrhoid_note(client):
    assert BOTTOM_BLEEDING not in client.get("/points/st-36/").content.decode()
