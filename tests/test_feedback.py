"""The "Was this page useful?" link: an email with the page filled in, or the council's form."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from signpost.website.feedback import feedback_href, report_href

URL = "https://localoffer.example.org/health/?a=1&b=2#top"


def test_email_has_the_page_title_and_address_encoded() -> None:
    href = feedback_href("Health &amp; wellbeing", URL, {"feedback_email": "fb@example.org"})
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == "fb@example.org"
    assert " " not in href and "+" not in href
    query = parse_qs(parts.query)
    assert query["subject"] == ["Feedback about the page: Health & wellbeing"]
    assert query["body"][0].startswith("Page: Health & wellbeing\nAddress: " + URL + "\n")


def test_email_falls_back_to_the_council_email() -> None:
    href = feedback_href("Home", URL, {"email": "hello@example.org", "feedback_email": None})
    assert href.startswith("mailto:hello@example.org?subject=")


def test_a_feedback_form_gets_the_page_address() -> None:
    council = {
        "feedback_form": "https://forms.example.org/local-offer",
        "feedback_email": "x@y.org",
    }
    href = feedback_href("Home", URL, council)
    assert href.startswith("https://forms.example.org/local-offer?page=")
    assert parse_qs(urlsplit(href).query) == {"page": [URL]}


def test_a_form_with_a_query_gets_another_parameter() -> None:
    href = feedback_href("Home", URL, {"feedback_form": "https://forms.example.org/f?id=7"})
    assert parse_qs(urlsplit(href).query) == {"id": ["7"], "page": [URL]}


def test_report_something_wrong_names_the_service_its_address_and_last_check() -> None:
    page = "https://localoffer.example.org/services/riverside/"
    href = report_href("Riverside & Co", page, "14 September 2026", {"email": "a@example.org"})
    parts = urlsplit(href)
    assert parts.scheme == "mailto" and parts.path == "a@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Something is wrong: Riverside & Co"]
    assert query["body"][0].startswith(
        f"Service: Riverside & Co\nAddress: {page}\nLast checked: 14 September 2026\n"
    )


def test_report_something_wrong_uses_the_form_when_there_is_one() -> None:
    council = {"feedback_form": "https://forms.example.org/f?id=7"}
    href = report_href("Riverside", URL, "1 May 2026", council)
    assert parse_qs(urlsplit(href).query) == {
        "id": ["7"],
        "page": [URL],
        "service": ["Riverside"],
        "last_checked": ["1 May 2026"],
        "report": ["wrong"],
    }
