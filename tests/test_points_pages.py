import re

import pytest
from django.contrib.auth.models import User

from points import fragments
from points.models import Point, Protocol

pytestmark = pytest.mark.django_db

CARE_NOTE = "not a replacement for medical care"


def codes_listed(response) -> list[str]:
    return re.findall(r'<span class="code">([A-Z-]{2,6} \d+)</span>', response.content.decode())


def test_home_starts_from_the_complaint_with_the_medical_care_note(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "What is bothering you?" in response.content.decode()
    assert CARE_NOTE in response.content.decode()
    for name in ["Leg pain", "Knee pain", "Insomnia", "Headache"]:
        assert name in response.content.decode()


def test_complaint_page_shows_red_flags_before_its_routines(client):
    response = client.get("/complaints/leg-pain/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Hand routine for leg pain" in html
    assert "Emergency: call emergency services now" in html
    assert html.index("Get medical help instead") < html.index("Hand routine for leg pain")


def test_complaint_page_hides_draft_routines(client):
    Protocol.objects.filter(slug="hand-routine-leg-pain").update(status="draft")
    response = client.get("/complaints/leg-pain/")
    assert "Hand routine for leg pain" not in response.content.decode()


def test_point_list_shows_every_point_with_code_and_name(client):
    response = client.get("/points/")
    html = response.content.decode()
    assert response.status_code == 200
    assert len(codes_listed(response)) == Point.objects.count()
    assert "Zusanli" in html and "Taichong" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lv3", ["LR 3"]),
        ("LV 3", ["LR 3"]),
        ("LIV 3", ["LR 3"]),
        ("Liv 3", ["LR 3"]),
        ("liv3", ["LR 3"]),
        ("kd1", ["KI 1"]),
        ("ub-40", ["BL 40"]),
        ("st36", ["ST 36"]),
        ("ST 36", ["ST 36"]),
        ("bl 49", ["BL 40"]),
        ("Zusanli", ["ST 36"]),
        ("xinggu", ["ST 43"]),
    ],
)
def test_search_finds_points_by_code_alias_or_name(client, query, expected):
    assert codes_listed(client.get("/points/", {"q": query})) == expected


@pytest.mark.parametrize(
    ("query", "some_expected"),
    [("cramp", {"ST 39", "BL 57"}), ("insomnia", {"SP 6", "KI 1", "BL 62"})],
)
def test_search_finds_points_by_indication(client, query, some_expected):
    found = set(codes_listed(client.get("/points/", {"q": query})))
    assert some_expected <= found
    assert len(found) < 52


def test_search_with_no_match_says_so(client):
    response = client.get("/points/", {"q": "zzzz"})
    assert codes_listed(response) == []
    assert "No point matches" in response.content.decode()


def test_filters_by_meridian_and_region(client):
    gallbladder = codes_listed(client.get("/points/", {"meridian": "GB"}))
    assert gallbladder and all(code.startswith("GB ") for code in gallbladder)
    assert len(gallbladder) == 8
    assert sorted(codes_listed(client.get("/points/", {"region": "hand"}))) == ["LI 4", "SI 3"]
    assert codes_listed(client.get("/points/", {"meridian": "KI", "region": "foot"})) == ["KI 1"]


def test_an_unknown_filter_value_is_reported_and_the_other_filters_still_apply(client):
    response = client.get("/points/", {"meridian": "XX", "region": "hand"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert sorted(codes_listed(response)) == ["LI 4", "SI 3"]


def test_htmx_search_answers_with_the_results_fragment_only(client):
    response = client.get("/points/", {"q": "lv3"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="point-results"')
    assert "<html" not in html
    assert codes_listed(response) == ["LR 3"]
    assert "HX-Request" in response.headers["Vary"]


def test_htmx_history_restore_gets_the_whole_page(client):
    response = client.get(
        "/points/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"}
    )
    assert "<html" in response.content.decode()


def test_point_page_has_code_and_name_in_title_and_heading(client):
    response = client.get("/points/st-36/")
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r"<title>ST 36 Zusanli\b", html)
    assert "<h1>ST 36 Zusanli</h1>" in html
    assert "How to find it" in html
    used_by = html.split("Routines that use it")[1].split("</section>")[0]
    assert ">Calming routine for stress and anxiety</a>" in used_by  # ST 36 is its second step
    assert "No published routine uses this point yet." not in used_by


def test_point_page_shows_cautions_before_anything_to_act_on(client):
    html = client.get("/points/sp-6/").content.decode()
    assert "Pregnancy" in html
    assert html.index("Cautions") < html.index("How to find it")


def test_point_page_lists_the_published_routines_that_use_it(client):
    html = client.get("/points/li-4/").content.decode()
    assert "Hand routine for leg pain" in html
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    protocol.status = Protocol.Status.DRAFT
    protocol.save()  # as the admin does: the cached page is out of date at once
    html = client.get("/points/li-4/").content.decode()
    assert "Hand routine for leg pain" not in html


def test_uncertain_identification_is_explained_on_the_point_page(client):
    html = client.get("/points/si-3/").content.decode()
    assert "Probable identification" in html


@pytest.mark.parametrize(
    ("slug", "target"),
    [("lv-3", "/points/lr-3/"), ("liv-3", "/points/lr-3/"), ("kd-1", "/points/ki-1/"),
     ("ub-57", "/points/bl-57/"), ("sp-35", "/points/gb-35/"), ("xinggu", "/points/st-43/")],
)  # fmt: skip
def test_alias_slugs_redirect_to_the_canonical_point_page(client, slug, target):
    response = client.get(f"/points/{slug}/")
    assert response.status_code == 301
    assert response.headers["Location"] == target


@pytest.mark.parametrize("slug", ["st-99", "nothing-here", "lr-4"])
def test_unknown_point_gets_a_friendly_404(client, slug):
    response = client.get(f"/points/{slug}/")
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()
    assert 'name="q"' in response.content.decode()


def test_protocol_page_lists_steps_timing_cautions_and_red_flags(client):
    response = client.get("/protocols/hand-routine-leg-pain/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("LI 4 Hegu") < html.index("SI 3 Houxi")
    step = Protocol.objects.get(slug="hand-routine-leg-pain").steps.first()
    minutes, seconds = divmod(step.duration_seconds, 60)
    assert f"{minutes}:{seconds:02d} each side" in html
    assert "Both sides, left then right" in html
    assert "Deep" in html and "Small circles or up and down" in html
    assert "Get medical help instead" in html
    assert "Are you pregnant" in html
    assert re.search(r"Concerns[^)]*LI 4 Hegu", html)
    assert html.index("Cautions for this routine") < html.index("<h2>Steps</h2>")


def test_protocol_page_shows_the_total_time(client):
    protocol = Protocol.objects.get(slug="hand-routine-leg-pain")
    total = sum(step.total_seconds for step in protocol.steps.all())
    minutes, seconds = divmod(total, 60)
    html = client.get(protocol.get_absolute_url()).content.decode()
    assert f"about {minutes}:{seconds:02d} in all" in html


def test_draft_protocols_are_hidden_from_the_public_but_previewable_by_staff(client):
    Protocol.objects.filter(slug="hand-routine-leg-pain").update(status="draft")
    assert client.get("/protocols/hand-routine-leg-pain/").status_code == 404
    staff = User.objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)
    response = client.get("/protocols/hand-routine-leg-pain/")
    assert response.status_code == 200
    assert "Draft: only staff can see this routine." in response.content.decode()


def test_unknown_protocol_is_a_404(client):
    assert client.get("/protocols/no-such-routine/").status_code == 404


def test_pages_need_no_inline_script_or_style(client):
    for url in ["/", "/complaints/leg-pain/", "/points/", "/points/st-36/",
                "/protocols/hand-routine-leg-pain/", "/points/missing/"]:  # fmt: skip
        html = client.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), url
        assert " style=" not in html and "<style" not in html, url


@pytest.mark.parametrize(
    ("url", "queries"),
    [("/", 2), ("/complaints/leg-pain/", 3), ("/points/map/", 2)],
)
def test_catalog_page_queries_do_not_grow_with_the_number_of_points(
    client, django_assert_num_queries, more_points, url, queries
):
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
    before = Point.objects.count()
    more_points(30)
    assert Point.objects.count() == before + 30
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    ("url", "drawn", "cached"),
    [
        # Drawn: the catalog version and the page's own queries; cached: the version alone.
        ("/points/", 4, 1),
        # A free-text search is never kept (it would fill the cache with one entry per query).
        ("/points/?q=cramp", 4, 4),
        ("/points/?meridian=ST", 5, 1),
        ("/points/?region=hand", 5, 1),
        # The point or routine itself (its title, a 404) is read on every request.
        ("/points/st-36/", 6, 2),
        ("/protocols/hand-routine-leg-pain/", 8, 2),  # with the studies of its evidence card
    ],
)
def test_cached_catalog_page_queries_do_not_grow_with_the_number_of_points(
    client, django_assert_num_queries, more_points, url, drawn, cached
):
    fragments.version()  # as on any server that has served a page
    with django_assert_num_queries(drawn):
        assert client.get(url).status_code == 200
    with django_assert_num_queries(cached):
        assert client.get(url).status_code == 200
    before = Point.objects.count()
    more_points(30)  # saved like admin edits: the catalog has a new version
    assert Point.objects.count() == before + 30
    with django_assert_num_queries(drawn):
        assert client.get(url).status_code == 200
    with django_assert_num_queries(cached):
        assert client.get(url).status_code == 200
