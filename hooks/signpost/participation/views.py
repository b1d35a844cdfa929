"""Plain data for the participation pages: "You said, we did", events and local areas."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from signpost.directory.load import Entry
from signpost.directory.taxonomy import Taxonomy
from signpost.participation.load import Participation, Record
from signpost.participation.model import KIND_LABELS, Event, Partnership, Themes, YouSaid
from signpost.website.views import Card, Link, ages, card, term_url

STATUS_LABELS = {
    "done": "Done",
    "in-progress": "We are working on it",
    "not-possible": "We cannot do this",
}
EVENTS_URL = "have-your-say/events/"
AREAS_URL = "have-your-say/areas/"
UPCOMING_ICS = f"{EVENTS_URL}upcoming.ics"
AREA_SAMPLE = 6


@dataclass(frozen=True)
class SaidView:
    """One "You said, we did" entry as the page shows it."""

    id: str
    said: str
    in_their_words: bool
    said_by: str
    said_on: dt.date
    theme: str
    theme_label: str
    we_did: str
    status: str
    status_label: str
    why: str | None
    replied_on: dt.date


@dataclass(frozen=True)
class ThemeGroup:
    """The entries of one theme, newest first."""

    id: str
    label: str
    description: str
    entries: list[SaidView]


@dataclass(frozen=True)
class EventView:
    """One event, with everything a family needs to decide whether to go."""

    id: str
    title: str
    date: dt.date
    start: str
    end: str
    area: Link
    place_name: str
    address: str
    postcode: str
    features: list[str]
    what_it_is_for: str
    who_will_be_there: str
    what_to_expect: str
    how_to_book: str
    calendar: str
    url: str
    area_id: str = ""
    kind: str = "have-your-say"
    kind_label: str = "Have your say"
    who_it_is_for: str | None = None
    ages: str | None = None
    age_min: int = 0
    age_max: int = 25
    cost: str | None = None


@dataclass(frozen=True)
class AreaView:
    """A local area: its services, its partnership and its upcoming events."""

    id: str
    label: str
    description: str
    services: int
    sample: list[Card]
    listing: str
    partnership: Partnership | None
    events: list[EventView]


def said_view(record: Record[YouSaid], themes: Themes) -> SaidView:
    """Make the page data of one entry."""
    s = record.item
    return SaidView(
        id=record.id,
        said=s.said,
        in_their_words=s.in_their_words,
        said_by=s.said_by,
        said_on=s.said_on,
        theme=s.theme,
        theme_label=themes.label(s.theme),
        we_did=s.we_did,
        status=s.status,
        status_label=STATUS_LABELS[s.status],
        why=s.why,
        replied_on=s.replied_on,
    )


def theme_groups(participation: Participation) -> list[ThemeGroup]:
    """Group the entries by theme, in the themes file's order, each group newest first."""
    themes = participation.themes
    if themes is None:
        return []
    views = [said_view(r, themes) for r in participation.said]
    groups = [
        ThemeGroup(t.id, t.label, t.description, [v for v in views if v.theme == t.id])
        for t in themes.themes
    ]
    return [g for g in groups if g.entries]


def event_url(event_id: str) -> str:
    """Return the address of an event on the events page."""
    return f"{EVENTS_URL}#{event_id}"


def calendar_url(event_id: str) -> str:
    """Return the address of an event's calendar file."""
    return f"{EVENTS_URL}{event_id}.ics"


def area_url(area_id: str) -> str:
    """Return the address of a local area's page."""
    return f"{AREAS_URL}{area_id}/"


def event_view(record: Record[Event], taxonomy: Taxonomy) -> EventView:
    """Make the page data of one event."""
    e = record.item
    return EventView(
        id=record.id,
        title=e.title,
        date=e.date,
        start=e.start,
        end=e.end,
        area=Link(taxonomy.label("areas", e.area), area_url(e.area)),
        place_name=e.place.name,
        address=e.place.address,
        postcode=e.place.postcode,
        features=[taxonomy.label("accessibility", f) for f in e.place.accessibility],
        what_it_is_for=e.what_it_is_for,
        who_will_be_there=e.who_will_be_there,
        what_to_expect=e.what_to_expect,
        how_to_book=e.how_to_book,
        calendar=calendar_url(record.id),
        url=event_url(record.id),
        area_id=e.area,
        kind=e.kind,
        kind_label=KIND_LABELS[e.kind],
        who_it_is_for=e.who_it_is_for,
        ages=ages(e.age.min, e.age.max) if e.age else None,
        age_min=e.age.min if e.age else 0,
        age_max=e.age.max if e.age else 25,
        cost=e.cost,
    )


def upcoming(events: list[Record[Event]], today: dt.date) -> list[Record[Event]]:
    """Return the events on or after `today`, soonest first."""
    return [r for r in events if r.item.date >= today]


def area_views(
    participation: Participation, entries: list[Entry], taxonomy: Taxonomy, today: dt.date
) -> list[AreaView]:
    """Make the page data of every area in the taxonomy."""
    coming = [event_view(r, taxonomy) for r in upcoming(participation.events, today)]
    views = []
    for term in taxonomy.areas:
        local = [e for e in entries if term.id in e.service.areas]
        # Services only in this area first: countywide ones are on every area's page.
        nearby = sorted(local, key=lambda e: len(e.service.areas))
        record = participation.partnerships.get(term.id)
        views.append(
            AreaView(
                id=term.id,
                label=term.label,
                description=term.description,
                services=len(local),
                sample=[card(e, taxonomy) for e in nearby[:AREA_SAMPLE]],
                listing=term_url("areas", term.id),
                partnership=record.item if record else None,
                events=[v for v in coming if v.area.url == area_url(term.id)],
            )
        )
    return views
