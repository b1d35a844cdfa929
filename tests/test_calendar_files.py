"""Calendar files for events, read back with the icalendar package."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar
from signpost.participation.calendar_files import calendar_file
from signpost.participation.views import EventView
from signpost.website.views import Link

SITE = "https://localoffer.example.org/"
STAMP = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
LONDON = ZoneInfo("Europe/London")


def event(event_id: str, day: dt.date) -> EventView:
    return EventView(
        id=event_id,
        title="Winter get-together, with pizza; games",
        date=day,
        start="17:00",
        end="19:30",
        area=Link("North Testshire", "have-your-say/areas/north/"),
        place_name="Youth Centre",
        address="2 Mill Lane, Testtown",
        postcode="NQ1 2AB",
        features=["Step-free access"],
        what_it_is_for="To plan next year.",
        who_will_be_there="Young people and youth workers.",
        what_to_expect="Pizza and games.",
        how_to_book="Text us.",
        calendar=f"have-your-say/events/{event_id}.ics",
        url=f"have-your-say/events/#{event_id}",
    )


def test_one_event_in_london_time_with_every_field() -> None:
    text = calendar_file([event("winter", dt.date(2026, 12, 9))], SITE, STAMP, "Winter")
    calendar = Calendar.from_ical(text)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    (found,) = calendar.walk("VEVENT")
    assert str(found["UID"]) == "winter@localoffer.example.org"
    assert found.decoded("DTSTAMP") == STAMP
    start, end = found.decoded("DTSTART"), found.decoded("DTEND")
    assert start == dt.datetime(2026, 12, 9, 17, 0, tzinfo=LONDON)
    assert end == dt.datetime(2026, 12, 9, 19, 30, tzinfo=LONDON)
    assert found["DTSTART"].params["TZID"] == "Europe/London"
    assert str(found["SUMMARY"]) == "Winter get-together, with pizza; games"
    assert str(found["LOCATION"]) == "Youth Centre, 2 Mill Lane, Testtown, NQ1 2AB"
    assert "Who will be there: Young people and youth workers." in str(found["DESCRIPTION"])
    assert str(found["URL"]) == SITE + "have-your-say/events/#winter"


def test_summer_times_are_british_summer_time() -> None:
    text = calendar_file([event("summer", dt.date(2027, 6, 10))], SITE, STAMP, "Summer")
    (found,) = Calendar.from_ical(text).walk("VEVENT")
    assert found.decoded("DTSTART").utcoffset() == dt.timedelta(hours=1)


def test_several_events_and_a_stable_uid() -> None:
    views = [event("a", dt.date(2026, 12, 9)), event("b", dt.date(2027, 1, 20))]
    first = calendar_file(views, SITE, STAMP, "All")
    again = calendar_file(views, SITE, STAMP, "All")
    assert first == again
    uids = [str(e["UID"]) for e in Calendar.from_ical(first).walk("VEVENT")]
    assert uids == ["a@localoffer.example.org", "b@localoffer.example.org"]


def test_no_events_is_an_empty_calendar() -> None:
    calendar = Calendar.from_ical(calendar_file([], SITE, STAMP, "None"))
    assert calendar.walk("VEVENT") == []
