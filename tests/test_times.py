from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError
from signpost.directory.times import Session, clock_words, session_words, when_tags
from signpost.website.times_view import times_table


def session(**changes: Any) -> Session:
    data: dict[str, Any] = {"days": ["saturday"], "opens": "10:00", "closes": "13:00"}
    data.update(changes)
    return Session.model_validate(data)


def problem(**changes: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        session(**changes)
    return caught.value.errors()[0]["msg"]


def test_day_words_expand_into_week_order_without_repeats() -> None:
    assert session(days=["friday", "weekdays"]).days == [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
    ]
    assert session(days="weekends").days == ["saturday", "sunday"]
    assert session(days=["Sunday", "MONDAY"]).days == ["monday", "sunday"]


def test_a_wrong_day_says_which_words_work() -> None:
    assert '"satday" is not a day: use monday to sunday' in problem(days=["satday"])
    with pytest.raises(ValidationError) as caught:
        session(days=[])
    assert caught.value.errors()[0]["type"] == "too_short"


def test_times_use_the_24_hour_clock() -> None:
    assert session(opens="9:30").opens == "09:30"
    assert '"9am" is not a time: use the 24-hour clock' in problem(opens="9am")
    assert '"25:00" is not a time' in problem(closes="25:00")
    assert 'in quotes, like "09:00"' in problem(opens=9)


def test_closing_must_follow_opening() -> None:
    assert "closes must be later than opens" in problem(opens="13:00", closes="10:00")


def test_every_other_week_needs_a_date_it_runs() -> None:
    assert "give starting" in problem(every_other_week=True)
    assert session(every_other_week=True, starting=dt.date(2026, 9, 9)).every_other_week


def test_until_is_not_before_starting() -> None:
    assert "until must be on or after starting" in problem(
        starting=dt.date(2026, 9, 9), until=dt.date(2026, 9, 1)
    )


def test_weeks_take_three_words_only() -> None:
    assert session(weeks="term-time").weeks == "term-time"
    with pytest.raises(ValidationError) as caught:
        session(weeks="termtime")
    assert caught.value.errors()[0]["loc"] == ("weeks",)


def test_unknown_keys_are_errors() -> None:
    with pytest.raises(ValidationError) as caught:
        session(open="10:00")
    assert caught.value.errors()[0]["type"] == "extra_forbidden"


def test_clock_words_read_as_people_say_them() -> None:
    assert clock_words("09:00") == "9am"
    assert clock_words("09:30") == "9:30am"
    assert clock_words("12:00") == "midday"
    assert clock_words("13:15") == "1:15pm"
    assert clock_words("00:00") == "12am"


def test_session_words_name_weeks_fortnights_and_notes() -> None:
    assert session_words(session(weeks="term-time")) == "10am to 1pm, term time only"
    fortnight = session(every_other_week=True, starting=dt.date(2026, 9, 9), note="online too")
    assert (
        session_words(fortnight)
        == "10am to 1pm, every other week from 9 September 2026, online too"
    )


def test_when_tags_follow_days_hours_and_weeks() -> None:
    assert when_tags([session()]) == ["weekends", "school-holidays"]
    assert when_tags([session(days=["weekdays"], closes="19:00", weeks="term-time")]) == [
        "weekdays",
        "evenings",
    ]
    assert when_tags([]) == []


def test_the_table_has_every_day_and_says_closed() -> None:
    table = times_table(
        [session(), session(days=["saturday"], opens="14:00", closes="16:00")], "Opening times"
    )
    assert table is not None
    rows = {row.day: row.hours for row in table.rows}
    assert list(rows) == [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    assert rows["monday"] == []
    assert rows["saturday"] == ["10am to 1pm", "2pm to 4pm"]
    assert '"days":["saturday"]' in table.data
    assert times_table([], "Opening times") is None
