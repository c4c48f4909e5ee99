"""Page basics the web-quality review measured: titles, descriptions, robots.txt, what loads."""

import re

import pytest

from tests.helpers import html

pytestmark = pytest.mark.django_db

PUBLIC = [
    "/",
    "/complaints/leg-pain/",
    "/protocols/hand-routine-leg-pain/",
    "/points/",
    "/points/li-4/",
    "/points/map/",
    "/accounts/login/",
    "/accounts/signup/",
]
DIAGRAMS_CSS = re.compile(r'href="/static/css/diagrams[^"]*\.css"')


def title(page: str) -> str:
    match = re.search(r"<title>\s*(.*?)\s*</title>", page, re.S)
    assert match, "no title"
    return match.group(1)


def test_every_page_has_its_own_title_and_a_description(client):
    titles = []
    for url in PUBLIC:
        page = html(client.get(url))
        titles.append(title(page))
        assert re.search(r'<meta name="description" content="[^"]{40,}">', page), url
    assert len(set(titles)) == len(titles), titles


def test_diagram_styles_load_only_where_a_diagram_is_drawn(client):
    for url in ["/", "/complaints/leg-pain/", "/accounts/login/"]:
        assert not DIAGRAMS_CSS.search(html(client.get(url))), url
    for url in ["/points/li-4/", "/points/map/", "/protocols/hand-routine-leg-pain/"]:
        page = html(client.get(url))
        assert "<svg" in page and DIAGRAMS_CSS.search(page), url


def test_robots_txt_keeps_search_engines_out_of_the_log(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /sessions/" in text and "Disallow: /accounts/" in text


def test_the_session_page_title_names_where_the_session_is(client_in, session, user):
    url = f"/sessions/{session.pk}/"
    assert title(html(client_in.get(url))).startswith("Step 1 of 2, left hand · Hand routine")
    page = html(
        client_in.post(f"{url}step/", {"position": 0, "action": "next"}, HTTP_HX_REQUEST="true")
    )
    assert title(page).startswith("Step 1 of 2, right hand")  # htmx takes the swapped title
    from sessions import services

    services.session_abandon(session_id=session.pk, user=user)
    assert title(html(client_in.get(url))).startswith("Abandoned · Hand routine")


def test_html_is_compressed_when_the_browser_accepts_it(client):
    page = client.get("/points/", headers={"Accept-Encoding": "gzip"})
    assert page["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in page["Vary"]
    assert "Content-Encoding" not in client.get("/points/")  # a client that cannot decode it


def test_the_report_table_scrolls_inside_its_box(client_in, logged):
    logged(6, 3, days_ago=1)
    page = html(client_in.get("/sessions/report/"))
    assert re.search(
        r'<div class="table-scroll"><table class="trend report-table report-sessions">\s*'
        r"<caption>Sessions, newest first",
        page,
    )
