"""Plan the generated pages: one per service, the listings, and the Find a service page."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from signpost.core.file_memo import FileMemo, remembered
from signpost.directory.load import Directory, Entry
from signpost.directory.taxonomy import Taxonomy
from signpost.website.listings import (
    WAYS,
    Listing,
    build_listings,
    first_letter,
    page_uri,
    page_url,
    split_pages,
)
from signpost.website.search_tags import kind_facet, service_facets
from signpost.website.settings import Council
from signpost.website.views import Card, Link, card, service_view, term_url

FIND_URL = "find/"


@dataclass(frozen=True)
class Group:
    """Cards under one heading of a listing page (a letter in the A to Z)."""

    heading: str | None
    anchor: str | None
    cards: list[Card]


@dataclass(frozen=True)
class Pager:
    """Where a listing page sits among its pages."""

    number: int
    total: int
    previous: str | None
    next: str | None
    pages: list[Link]


@dataclass(frozen=True)
class ListingView:
    """Everything a listing page shows."""

    title: str
    intro: str
    total: int
    groups: list[Group]
    letters: list[Link]
    pager: Pager
    is_a_z: bool


# Pages every build makes besides services and listings.
GLOSSARY_PAGE = "glossary/index.md"
REVIEW_PACK = "easy-read/review-pack.md"


@dataclass(frozen=True)
class Way:
    """One way of browsing on the Find a service page."""

    title: str
    links: list[Link]


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from data rather than written as Markdown."""

    src_uri: str
    title: str
    description: str
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    edit_path: str | None = None


def ways_in(directory: Directory) -> list[Way]:
    """Return every way of browsing with each term's listing link and service count."""
    taxonomy = directory.taxonomy
    if taxonomy is None:
        return []
    by_folder = {
        lst.folder: len(lst.entries) for lst in build_listings(directory.entries, taxonomy)
    }
    ways = []
    for kind, (slug, title) in WAYS.items():
        links = [
            Link(t.label, term_url(kind, t.id), by_folder[f"find/{slug}/{t.id}"])
            for t in taxonomy.terms(kind)
        ]
        ways.append(Way(title, links))
    return ways


def plan_site(
    directory: Directory,
    council: Council,
    today: dt.date,
    memo: FileMemo | None = None,
    root: Path | None = None,
) -> list[GeneratedPage]:
    """Return every generated page of the site.

    With a `memo` (the editors' preview), the view of a service whose file (under `root`) is
    unchanged is made once, not on every save.
    """
    taxonomy = directory.taxonomy
    if taxonomy is None:
        return [_find_page(directory, None), _search_page(), _shortlist_page()]
    pages = [_find_page(directory, taxonomy), _search_page(), _shortlist_page()]
    interval = council.review_interval_days
    depends = (repr(taxonomy), today, interval)
    for entry in directory.entries:
        make = partial(service_view, entry, taxonomy, today, interval)
        view = remembered(memo, "service view", (root or Path()) / entry.path, depends, make)
        pages.append(
            GeneratedPage(
                f"services/{entry.id}.md",
                entry.service.name,
                entry.service.summary,
                "signpost/service.html",
                {"service": view},
                entry.path,
            )
        )
    for listing in build_listings(directory.entries, taxonomy):
        pages += _listing_pages(listing, taxonomy, council.listing_page_size)
    return pages


def site_paths(directory: Directory, council: Council) -> list[str]:
    """Return the docs path of every page `plan_site` makes, without making them (for checks)."""
    paths = ["find/index.md", "search/index.md", "my-shortlist/index.md"]
    taxonomy = directory.taxonomy
    if taxonomy is None:
        return paths
    paths += [f"services/{entry.id}.md" for entry in directory.entries]
    for listing in build_listings(directory.entries, taxonomy):
        count = len(split_pages(listing.entries, council.listing_page_size))
        paths += [page_uri(listing.folder, number) for number in range(1, count + 1)]
    return paths


def _find_page(directory: Directory, taxonomy: Taxonomy | None) -> GeneratedPage:
    facets = service_facets(taxonomy) if taxonomy else []
    return GeneratedPage(
        "find/index.md",
        "Find a service",
        "Find support, activities and advice for children and young people with SEND.",
        "signpost/find.html",
        {"total": len(directory.entries), "facets": facets},
    )


def _search_page() -> GeneratedPage:
    return GeneratedPage(
        "search/index.md",
        "Search",
        "Search the whole Local Offer: services, information pages and easy read pages.",
        "signpost/search.html",
        {"facets": [kind_facet()]},
    )


def _shortlist_page() -> GeneratedPage:
    return GeneratedPage(
        "my-shortlist/index.md",
        "My shortlist",
        "Services you have saved on this device, with their phone numbers, email addresses "
        "and websites, to print or share.",
        "signpost/shortlist.html",
    )


def _listing_pages(listing: Listing, taxonomy: Taxonomy, size: int) -> list[GeneratedPage]:
    chunks = split_pages(listing.entries, size)
    letters = _letters(chunks, listing.folder) if listing.kind == "a-z" else []
    # One list of page links for the whole listing, shared by its pages' pagers.
    links = [Link(str(n), page_url(listing.folder, n)) for n in range(1, len(chunks) + 1)]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        view = ListingView(
            title=listing.title,
            intro=listing.intro,
            total=len(listing.entries),
            groups=_groups(chunk, taxonomy, listing),
            letters=letters,
            pager=_pager(listing.folder, number, links),
            is_a_z=listing.kind == "a-z",
        )
        title = listing.title if number == 1 else f"{listing.title} (page {number})"
        pages.append(
            GeneratedPage(
                page_uri(listing.folder, number),
                title,
                listing.intro,
                "signpost/listing.html",
                {"listing": view},
            )
        )
    return pages


def _groups(chunk: Sequence[Entry], taxonomy: Taxonomy, listing: Listing) -> list[Group]:
    groups: dict[str | None, list[Card]] = {}
    for entry in chunk:
        groups.setdefault(listing.heading_of(entry), []).append(card(entry, taxonomy))
    return [Group(heading, _anchor(heading), cards) for heading, cards in groups.items()]


def _anchor(heading: str | None) -> str | None:
    if heading is None:
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")
    return f"letter-{slug}" if len(heading) <= 3 else slug


def _letters(chunks: Sequence[Sequence[Entry]], folder: str) -> list[Link]:
    seen: dict[str, str] = {}
    for number, chunk in enumerate(chunks, start=1):
        for entry in chunk:
            letter = first_letter(entry.service.name)
            seen.setdefault(letter, f"{page_url(folder, number)}#{_anchor(letter)}")
    return [Link(letter, url) for letter, url in seen.items()]


def _pager(folder: str, number: int, links: list[Link]) -> Pager:
    total = len(links)
    return Pager(
        number=number,
        total=total,
        previous=page_url(folder, number - 1) if number > 1 else None,
        next=page_url(folder, number + 1) if number < total else None,
        pages=links,
    )
