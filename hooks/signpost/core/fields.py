"""Checks for single values an editor types: phone numbers, emails, links, postcodes."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from signpost.core.characters import invisible_problem, mixed_script_problem

POSTCODE = re.compile(
    r"^(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPS-UW]? ?[0-9][ABD-HJLNP-UW-Z]{2})$",
    re.IGNORECASE,
)
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


# Word and other word processors turn typed quotes into these.
CURLY_QUOTES = {"\u201c": "\u201d", "\u2018": "\u2019", "\u201e": "\u201c"}


def curly_quotes_problem(value: str) -> str | None:
    """Say how to fix a value wrapped in curly quotes, which word processors put in."""
    text = value.strip()
    if len(text) > 1 and CURLY_QUOTES.get(text[0]) == text[-1]:
        inner = text[1:-1]
        return (
            f"is in curly quotes ({text[0]}{text[-1]}), which word processors put in: "
            f'use straight quotes, like "{inner}", or none'
        )
    return None


def phone_problem(value: str) -> str | None:
    """Say what is wrong with a UK phone number, or None if it looks right."""
    if hidden := invisible_problem(value):
        return hidden
    try:
        number = phonenumbers.parse(value, "GB")
    except phonenumbers.NumberParseException:
        return f'"{value}" is not a phone number: write it like "01632 960123"'
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return f'"{value}" has the wrong number of digits for a UK phone number: check it'
    return None


def tel_uri(value: str) -> str:
    """Return a tel: link target for a phone number."""
    number = phonenumbers.parse(value, "GB")
    return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def sms_uri(value: str) -> str:
    """Return an sms: link target for a mobile number."""
    return "sms:" + tel_uri(value).removeprefix("tel:")


def email_problem(value: str) -> str | None:
    """Say what is wrong with an email address, or None if it looks right."""
    if hidden := invisible_problem(value):
        return hidden
    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as error:
        return f'"{value}" is not an email address ({error}): write it like "hello@example.org"'
    return mixed_script_problem(_readable_host(value.rpartition("@")[2]), value)


def url_problem(value: str) -> str | None:
    """Say what is wrong with a website address, or None if it looks right."""
    if hidden := invisible_problem(value):
        return hidden
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"}:
        return f'"{value}" must start with https:// (or http://), like "https://example.org"'
    host = parts.hostname or ""
    if "." not in host or " " in value:
        return f'"{value}" is not a website address: write it like "https://example.org/page"'
    return mixed_script_problem(_readable_host(host), value)


def _readable_host(host: str) -> str:
    """Return a domain as readers see it: xn-- parts (punycode) turned back into letters."""
    try:
        return host.encode("ascii").decode("idna")
    except UnicodeError:
        return host


def normal_postcode(value: str) -> str | None:
    """Return the postcode in capitals with one space, or None if it is not a UK postcode."""
    squashed = re.sub(r"\s+", "", value).upper()
    if not POSTCODE.match(squashed):
        return None
    return f"{squashed[:-3]} {squashed[-3:]}"
