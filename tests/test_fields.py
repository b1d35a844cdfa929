from __future__ import annotations

import pytest
from signpost.core import fields


@pytest.mark.parametrize(
    "number", ["01632 960123", "07700 900123", "0808 157 0123", "+44 1632 960000"]
)
def test_demo_and_real_shaped_phone_numbers_pass(number: str) -> None:
    assert fields.phone_problem(number) is None


@pytest.mark.parametrize(
    ("number", "words"),
    [
        ("03000 005 1213", "wrong number of digits"),
        ("1234", "wrong number of digits"),
        ("call us", "is not a phone number"),
    ],
)
def test_bad_phone_numbers_are_explained(number: str, words: str) -> None:
    assert words in (fields.phone_problem(number) or "")


def test_tel_and_sms_links_use_international_format() -> None:
    assert fields.tel_uri("01632 960123") == "tel:+441632960123"
    assert fields.sms_uri("07700 900123") == "sms:+447700900123"


def test_email_checks_shape_without_network() -> None:
    assert fields.email_problem("hello@example.org") is None
    assert "not an email address" in (fields.email_problem("hello@") or "")


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org", True),
        ("http://example.org/a?b=c", True),
        ("example.org", False),
        ("javascript:alert(1)", False),
        ("https://localhost", False),
        ("https://exa mple.org", False),
    ],
)
def test_website_addresses(url: str, ok: bool) -> None:
    assert (fields.url_problem(url) is None) == ok


@pytest.mark.parametrize(
    ("given", "normal"),
    [
        ("nq1 2ab", "NQ1 2AB"),
        ("NQ12AB", "NQ1 2AB"),
        ("SW1A 1AA", "SW1A 1AA"),
        ("M1 1AE", "M1 1AE"),
        ("NQ1", None),
        ("12345", None),
        ("NQ1 2AC", None),
    ],
)
def test_postcodes_are_checked_and_tidied(given: str, normal: str | None) -> None:
    assert fields.normal_postcode(given) == normal
