"""The point search finds everyday words: body parts, uses, spaced pinyin, meridian names."""

import re

import pytest

from points import fragments
from points.models import Point
from points.synonyms import SYNONYMS
from points.warning_signs import warnings_for
from tests.helpers import codes_listed

pytestmark = pytest.mark.django_db

ADVICE = "This can be a warning sign: see a doctor"


def search(client, query: str) -> list[str]:
    return codes_listed(client.get("/points/", {"q": query}))


@pytest.mark.parametrize(
    ("query", "some_expected"),
    [
        ("knee", {"GB 34", "BL 40", "ST 35", "KI 10"}),  # the knee region, not only its uses
        ("knees", {"GB 34", "BL 40"}),
        ("thumb", {"LI 4"}),  # where the point is
        ("big toe", {"LR 3", "SP 4"}),  # how to find it
        ("heel", {"BL 60", "BL 61"}),
        ("back of the knee", {"BL 40", "BL 39"}),
        ("shin", {"ST 36", "ST 39"}),
        ("feet", {"KI 1", "LR 3"}),
        ("bum", {"GB 30", "BL 36"}),
    ],
)
def test_search_finds_points_by_body_part_or_landmark(client, query, some_expected):
    found = search(client, query)
    assert some_expected <= set(found)
    assert len(found) < 52


def test_a_landmark_in_the_location_comes_before_one_in_how_to_find_it(client):
    # "thumb" is where LI 4 is; the other points only say "press with your thumb".
    assert search(client, "thumb") == ["LI 4"]


def test_points_in_the_region_or_used_for_it_come_before_points_measured_from_it(client):
    found = search(client, "knee")
    knee_region = Point.objects.filter(region="knee").values_list("code", flat=True)
    assert "ST 32" in found  # on the thigh, measured from the kneecap: listed, but after
    assert all(found.index(code) < found.index("ST 32") for code in knee_region)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sleep", {"SP 6", "KI 1", "BL 62", "HT 7", "PC 6", "GV 20"}),
        ("can't sleep", {"SP 6", "KI 1", "BL 62"}),
        ("trouble sleeping", {"SP 6", "KI 1", "BL 62", "HT 7", "PC 6", "GV 20"}),
    ],
)
def test_everyday_words_find_the_points_for_that_use(client, query, expected):
    assert set(search(client, query)) == expected


def test_a_synonym_search_shows_no_warning(client):
    html = client.get("/points/", {"q": "tummy ache"}).content.decode()
    assert ADVICE not in html
    assert "ST 36" in codes_listed(client.get("/points/", {"q": "tummy ache"}))


def test_no_synonym_is_a_warning_sign():
    words = [word for synonym in SYNONYMS for word in synonym.words + synonym.means]
    assert [word for word in words if warnings_for(word)] == []


def test_a_warning_sign_still_gets_the_advice_and_no_point_with_everyday_words_around(client):
    response = client.get("/points/", {"q": "numb feet"})
    assert ADVICE in response.content.decode()
    assert codes_listed(response) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zu san li", ["ST 36"]),
        ("Zu San Li", ["ST 36"]),
        ("tai chong", ["LR 3"]),
        ("liver 3", ["LR 3"]),
        ("Liver meridian 3", ["LR 3"]),
        ("stomach 36", ["ST 36"]),
        ("large intestine 4", ["LI 4"]),
        ("gall bladder 34", ["GB 34"]),
        ("kidney 1", ["KI 1"]),
    ],
)
def test_search_finds_spaced_pinyin_and_meridian_names_with_numbers(client, query, expected):
    assert search(client, query) == expected


def test_bladder_with_a_number_is_the_point_not_a_bladder_warning(client):
    response = client.get("/points/", {"q": "bladder 40"})
    assert codes_listed(response) == ["BL 40"]
    assert ADVICE not in response.content.decode()
    assert ADVICE in client.get("/points/", {"q": "bladder"}).content.decode()


@pytest.mark.parametrize(
    ("query", "suggestion"),
    [("zusnli", "Zusanli"), ("taichng", "Taichong"), ("insomina", "insomnia"), ("sleap", "sleep")],
)
def test_a_misspelling_gets_a_did_you_mean_link_that_finds_points(client, query, suggestion):
    response = client.get("/points/", {"q": query})
    html = response.content.decode()
    assert codes_listed(response) == []
    link = re.search(r'Did you mean <a href="([^"]+)">([^<]+)</a>\?', html)
    assert link and link.group(2) == suggestion
    assert codes_listed(client.get(link.group(1)))


def test_the_live_search_offers_the_correction_too(client):
    response = client.get("/points/", {"q": "zusnli"}, headers={"HX-Request": "true"})
    assert "Did you mean" in response.content.decode()


def test_nonsense_gets_no_suggestion(client):
    html = client.get("/points/", {"q": "qqqqxx"}).content.decode()
    assert "No point matches" in html
    assert "Did you mean" not in html


def test_search_query_counts_do_not_grow_with_the_number_of_points(
    client, django_assert_num_queries, more_points
):
    fragments.version()
    # The catalog version, the meridians (for the form), the points and their aliases.
    with django_assert_num_queries(4):
        assert search(client, "big toe")
    # No match: no aliases; the words for "did you mean" are read once per catalog version.
    with django_assert_num_queries(4):
        assert "Did you mean" in client.get("/points/", {"q": "zusnli"}).content.decode()
    with django_assert_num_queries(3):
        assert "Did you mean" in client.get("/points/", {"q": "taichng"}).content.decode()
    more_points(30)
    with django_assert_num_queries(4):
        assert search(client, "zu san li") == ["ST 36"]
    with django_assert_num_queries(4):
        assert "Did you mean" in client.get("/points/", {"q": "zusnli"}).content.decode()
