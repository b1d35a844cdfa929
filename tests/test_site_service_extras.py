"""Service pages of the demo: the Code of Practice answers and "Report something wrong"."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from conftest import Served


def test_answers_are_a_section_that_search_indexes(served_demo: Served) -> None:
    html = served_demo.build.html("services/brook-hill-school/")
    section = html.select_one("section.app-answers")
    assert section is not None
    assert section.h2.get_text() == "Special educational needs: your questions answered"
    questions = [h.get_text() for h in section.select("h3")]
    assert questions[0] == "How do you find out what my child needs?"
    assert len(questions) == 5
    assert section.find_parent(attrs={"data-pagefind-body": True}) is not None
    assert section.find_parent(attrs={"data-pagefind-ignore": True}) is None


def test_a_service_without_answers_has_no_empty_section(served_demo: Served) -> None:
    html = served_demo.build.html("services/send-team/")
    assert html.select_one("section.app-answers") is None


def test_every_service_page_can_report_something_wrong(served_demo: Served) -> None:
    pages = sorted((served_demo.build.site / "services").glob("*/index.html"))
    assert len(pages) == 50
    html = served_demo.build.html("services/ashby-moor-saturday-club/")
    link = html.select_one("a.app-report__link")
    assert link is not None and link.get_text() == "Report something wrong with this service"
    query = parse_qs(urlsplit(link["href"]).query)
    body = query["body"][0]
    assert query["subject"] == ["Something is wrong: Ashby Moor Saturday Club"]
    assert "Address: " in body and "/services/ashby-moor-saturday-club/" in body
    assert "Last checked: 18 October 2026" in body
    for page in pages:
        assert 'class="app-report__link"' in page.read_text(encoding="utf-8"), page
