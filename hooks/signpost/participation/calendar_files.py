"""iCalendar files for events, so families can add them to their phone's calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from signpost.participation.views import EventView

LONDON = ZoneInfo("Europe/London")
PRODUCT = "-//Signpost//Local Offer events//EN"


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes), LONDON)


def event_description(view: EventView) -> str:
    """Return what a family needs to know, as plain text for the calendar entry."""
    return "\n\n".join(
        [
            f"What it is for: {view.what_it_is_for}",
            f"Who will be there: {view.who_will_be_there}",
            f"What to expect: {view.what_to_expect}",
            f"How to book: {view.how_to_book}",
        ]
    )


def calendar_event(view: EventView, site_url: str, stamp: dt.datetime) -> CalendarEvent:
    """Make one calendar entry; its UID depends only on the event id and the site's host."""
    event = CalendarEvent()
    event.add("uid", f"{view.id}@{urlsplit(site_url).hostname or 'localoffer'}")
    event.add("dtstamp", stamp)
    event.add("dtstart", _at(view.date, view.start))
    event.add("dtend", _at(view.date, view.end))
    event.add("summary", view.title)
    event.add("location", f"{view.place_name}, {view.address}, {view.postcode}")
    event.add("description", event_description(view))
    event.add("url", site_url + view.url)
    return event


def calendar_file(
    views: Sequence[EventView], site_url: str, stamp: dt.datetime, name: str
) -> bytes:
    """Return an .ics file holding `views`, with the Europe/London time zone included."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for view in views:
        calendar.add_component(calendar_event(view, site_url, stamp))
    # Only the years the events need, not Python's default of 1970 to 2038.
    if views:
        days = [view.date for view in views]
        calendar.add_missing_timezones(
            first_date=dt.date(min(days).year, 1, 1), last_date=dt.date(max(days).year + 1, 1, 1)
        )
    text: bytes = calendar.to_ical()
    return text
