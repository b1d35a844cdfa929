"""The "Was this page useful?" link: an email with the page filled in, or the council's form."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from signpost.website.feedback import feedback_href

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
