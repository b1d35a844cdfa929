from __future__ import annotations

import datetime as dt

from signpost.filters import FILTERS, count_of, iso_date, join_words, long_date


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
