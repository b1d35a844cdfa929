"""Plain data for templates: Python makes the data, Jinja makes the HTML."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from markupsafe import Markup

from signpost.core import fields
from signpost.core.render import render_markdown
from signpost.directory.load import Entry
from signpost.directory.model import Service
from signpost.directory.taxonomy import Taxonomy
from signpost.website.listings import WAYS
from signpost.website.search_tags import service_filters
from signpost.website.times_view import TimesTable, times_table


@dataclass(frozen=True)
class Link:
    """A link: what it says and where it goes (site-relative or absolute)."""

    text: str
    url: str
    count: int | None = None


@dataclass(frozen=True)
class Card:
    """A short summary of a service for listings."""

    name: str
    url: str
    summary: str
    ages: str
    areas: str
    cost: str
    id: str = ""


@dataclass(frozen=True)
class Place:
    """Where a service happens and how accessible it is."""

    name: str
    address: str
    postcode: str
    features: list[str]
    times: TimesTable | None = None


@dataclass(frozen=True)
class ServiceView:
    """Everything a service page shows, in the order families read it."""

    id: str
    name: str
    organisation: str
    summary: str
    description: Markup
    easy_read: Markup | None
    ages: str
    needs: list[Link]
    areas: list[Link]
    categories: list[Link]
    how_to_access: str
    cost: str
    opening_times: str | None
    places: list[Place]
    contacts: list[Link]
    languages: list[str]
    coproduced_with: list[str]
    last_reviewed: dt.date
    review_due: bool
    source: str = field(default="")
    search_filters: list[tuple[str, str]] = field(default_factory=list)
    # Only `mkdocs serve` shows drafts: the page says so.
    draft: bool = False
    times: TimesTable | None = None
    phone_times: TimesTable | None = None
    local_offer: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass(frozen=True)
class Review:
    """When a page was last checked, and whether that was longer ago than the interval."""

    last_reviewed: dt.date
    due: bool


def review(last_reviewed: dt.date, today: dt.date, interval: int) -> Review:
    """Say when a page was last checked and whether it is due for another check."""
    return Review(last_reviewed, (today - last_reviewed).days > interval)


def ages(low: int, high: int) -> str:
    """Write an age range the way a parent would say it."""
    if low == high:
        return f"Age {low}"
    if low == 0:
        return f"From birth to {high}"
    return f"Aged {low} to {high}"


def term_url(kind: str, term_id: str) -> str:
    """Return the address of the listing for one term."""
    return f"find/{WAYS[kind][0]}/{term_id}/"


def service_url(service_id: str) -> str:
    """Return the address of a service page."""
    return f"services/{service_id}/"


def _links(kind: str, ids: list[str], taxonomy: Taxonomy) -> list[Link]:
    return [Link(taxonomy.label(kind, i), term_url(kind, i)) for i in ids]


def contact_links(entry: Entry) -> list[Link]:
    """Return one-tap links to phone, text, email and website, as a family would use them."""
    contact = entry.service.contact
    links = []
    if contact.phone:
        links.append(Link(f"Call {contact.phone}", fields.tel_uri(contact.phone)))
    if contact.text:
        links.append(Link(f"Text {contact.text}", fields.sms_uri(contact.text)))
    if contact.email:
        links.append(Link(f"Email {contact.email}", f"mailto:{contact.email}"))
    if contact.website:
        links.append(Link("Visit their website", contact.website))
    return links


def card(entry: Entry, taxonomy: Taxonomy) -> Card:
    """Make the listing card of a service."""
    service = entry.service
    areas = ", ".join(taxonomy.label("areas", a) for a in service.areas)
    return Card(
        service.name,
        service_url(entry.id),
        service.summary,
        ages(service.age.min, service.age.max),
        areas,
        service.cost,
        entry.id,
    )


def service_view(entry: Entry, taxonomy: Taxonomy, today: dt.date, interval: int) -> ServiceView:
    """Make the data for a service page."""
    s = entry.service
    places = [
        Place(
            p.name,
            p.address,
            p.postcode,
            [taxonomy.label("accessibility", f) for f in p.accessibility],
            times_table(p.times, f"Opening times at {p.name}"),
        )
        for p in s.locations
    ]
    return ServiceView(
        id=entry.id,
        name=s.name,
        organisation=s.organisation,
        summary=s.summary,
        description=render_markdown(s.description),
        easy_read=render_markdown(s.easy_read) if s.easy_read else None,
        ages=ages(s.age.min, s.age.max),
        needs=_links("needs", s.needs, taxonomy),
        areas=_links("areas", s.areas, taxonomy),
        categories=_links("categories", s.categories, taxonomy),
        how_to_access=s.how_to_access,
        cost=s.cost,
        opening_times=s.opening_times,
        places=places,
        contacts=contact_links(entry),
        languages=list(s.languages),
        coproduced_with=list(s.coproduced_with),
        last_reviewed=s.last_reviewed,
        review_due=review(s.last_reviewed, today, interval).due,
        source=entry.path,
        search_filters=service_filters(s, taxonomy),
        draft=s.status == "draft",
        times=times_table(s.times, "Opening times"),
        phone_times=times_table(s.phone_times, "When the phone line answers"),
        local_offer=answers(s),
    )


def answers(s: Service) -> list[tuple[str, list[str]]]:
    """Return each Code of Practice question answered, with its answer's paragraphs."""
    if s.local_offer is None:
        return []
    return [
        (q, [p.strip() for p in a.split("\n\n") if p.strip()]) for q, a in s.local_offer.answered()
    ]
