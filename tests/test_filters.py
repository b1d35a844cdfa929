from __future__ import annotations

import datetime as dt

from signpost.website.filters import (
    FILTERS,
    clock,
    count_of,
    day_date,
    iso_date,
    join_words,
    long_date,
    month_year,
)


def test_long_date_reads_naturally() -> None:
    assert long_date(dt.date(2026, 9, 4)) == "4 September 2026"


def test_iso_date() -> None:
    assert iso_date(dt.date(2026, 9, 4)) == "2026-09-04"


def test_count_of_uses_the_right_word() -> None:
    assert count_of(1, "service") == "1 service"
    assert count_of(0, "service") == "0 services"
    assert count_of(2, "child", "children") == "2 children"


def test_join_words() -> None:
    assert join_words([]) == ""
    assert join_words(["English"]) == "English"
    assert join_words(["English", "Polish", "Urdu"]) == "English, Polish and Urdu"


def test_every_filter_has_a_docstring() -> None:
    assert all(f.__doc__ for f in FILTERS.values())


def test_day_date_and_month_year() -> None:
    assert day_date(dt.date(2026, 12, 9)) == "Wednesday 9 December 2026"
    assert month_year(dt.date(2026, 12, 9)) == "December 2026"


def test_clock_says_times_as_people_do() -> None:
    assert [clock(t) for t in ("09:30", "12:00", "12:15", "18:00", "00:00")] == [
        "9:30am",
        "midday",
        "12:15pm",
        "6pm",
        "12am",
    ]
