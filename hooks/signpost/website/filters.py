"""Small Jinja filters for Signpost templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from signpost.core.fields import sms_uri, tel_uri
from signpost.website.feedback import feedback_href, report_href


def long_date(value: dt.date) -> str:
    """Write a date as people read it: 14 September 2026."""
    return f"{value.day} {value:%B %Y}"


def iso_date(value: dt.date) -> str:
    """Write a date for machines, as in a <time datetime> attribute."""
    return value.isoformat()


def day_date(value: dt.date) -> str:
    """Write a date with its weekday, as on an invitation: Wednesday 9 December 2026."""
    return f"{value:%A} {value.day} {value:%B %Y}"


def month_year(value: dt.date) -> str:
    """Write the month of a date: September 2026."""
    return f"{value:%B %Y}"


def clock(value: str) -> str:
    """Write a 24-hour time ("18:30") the way people say it: 6:30pm."""
    hours, minutes = (int(part) for part in value.split(":"))
    suffix = "am" if hours < 12 else "pm"
    hour = hours % 12 or 12
    if hours == 12 and minutes == 0:
        return "midday"
    return f"{hour}{suffix}" if minutes == 0 else f"{hour}:{minutes:02d}{suffix}"


def count_of(number: int, singular: str, plural: str | None = None) -> str:
    """Write a count with the right word: 1 service, 2 services."""
    word = singular if number == 1 else (plural or f"{singular}s")
    return f"{number} {word}"


def join_words(items: list[str]) -> str:
    """Join words as a sentence would: a, b and c."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


FILTERS: dict[str, Callable[..., Any]] = {
    "long_date": long_date,
    "iso_date": iso_date,
    "count_of": count_of,
    "join_words": join_words,
    "tel_uri": tel_uri,
    "sms_uri": sms_uri,
    "feedback_href": feedback_href,
    "report_href": report_href,
    "day_date": day_date,
    "month_year": month_year,
    "clock": clock,
}
