"""Plan the participation pages and files: events, local areas, the feed and calendars."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from signpost.directory.load import Directory
from signpost.participation.calendar_files import calendar_file
from signpost.participation.feed import FeedInfo, atom_feed
from signpost.participation.load import Participation
from signpost.participation.views import (
    AREAS_URL,
    STATUS_LABELS,
    UPCOMING_ICS,
    AreaView,
    EventView,
    ThemeGroup,
    area_views,
    event_view,
    theme_groups,
    upcoming,
)
from signpost.website.pages import GeneratedPage

YOU_SAID_PAGE = "you-said-we-did.md"
YOU_SAID_URL = "you-said-we-did/"
FEED = "you-said-we-did/feed.xml"
MADE_WITH = "made-with-families.md"
# Not index.md: with navigation.indexes, Material would make an index page its section's link.
EVENTS_PAGE = "have-your-say/events.md"
AREAS_PAGE = "have-your-say/areas.md"
DEFAULT_YOU_SAID = """---
title: You said, we did
---

# You said, we did

What children, young people and families told us about the Local Offer, and what we did.
"""


@dataclass(frozen=True)
class YouSaidPage:
    """What the "You said, we did" template adds after the page's own text."""

    groups: list[ThemeGroup] = field(default_factory=list)
    statuses: dict[str, str] = field(default_factory=dict)
    total: int = 0
    feed: str | None = None


@dataclass
class Plan:
    """Every participation page, and every other file (feed, calendars) with its bytes."""

    pages: list[GeneratedPage] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    you_said: YouSaidPage = field(default_factory=YouSaidPage)


def plan_participation(
    participation: Participation,
    directory: Directory,
    site_url: str,
    council_name: str,
    today: dt.date,
) -> Plan:
    """Return the pages and files made from participation/ and the directory."""
    plan = Plan()
    _plan_you_said(plan, participation, site_url, council_name)
    plan.pages.append(
        _page(
            MADE_WITH,
            "Made with families",
            "The groups of parents, carers and young people who helped write this website "
            "and its services, and what each one helped make.",
            "signpost/made-with-families.html",
            {},
        )
    )
    taxonomy = directory.taxonomy
    if taxonomy is not None:
        coming = [event_view(r, taxonomy) for r in upcoming(participation.events, today)]
        everything = [event_view(r, taxonomy) for r in participation.events]
        plan.files.update(_calendars(everything, coming, site_url, council_name, today))
        areas = area_views(participation, directory.entries, taxonomy, today)
        plan.pages += _event_and_area_pages(coming, areas)
    return plan


def _plan_you_said(
    plan: Plan, participation: Participation, site_url: str, council_name: str
) -> None:
    groups = theme_groups(participation)
    plan.you_said = YouSaidPage(
        groups, STATUS_LABELS, sum(len(g.entries) for g in groups), FEED if site_url else None
    )
    if site_url:
        title = f"You said, we did: {council_name}"
        info = FeedInfo(title, council_name, site_url + YOU_SAID_URL, site_url + FEED)
        plan.files[FEED] = atom_feed(info, [v for g in groups for v in g.entries])


def _calendars(
    everything: list[EventView],
    coming: list[EventView],
    site_url: str,
    council_name: str,
    today: dt.date,
) -> dict[str, bytes]:
    """Return a calendar file per event (past ones too, so saved links keep working)."""
    stamp = dt.datetime.combine(today, dt.time(), dt.UTC)
    files = {v.calendar: calendar_file([v], site_url, stamp, v.title) for v in everything}
    files[UPCOMING_ICS] = calendar_file(coming, site_url, stamp, f"{council_name} events")
    return files


def whats_on_filters(coming: list[EventView], areas: list[AreaView]) -> dict[str, Any]:
    """Return the choices of the What's on filters: each area, and each month with events."""
    months = sorted({(e.date.strftime("%Y-%m"), f"{e.date:%B %Y}") for e in coming})
    return {"areas": [(a.id, a.label) for a in areas], "months": months}


def _event_and_area_pages(coming: list[EventView], areas: list[AreaView]) -> list[GeneratedPage]:
    pages = [
        _page(
            EVENTS_PAGE,
            "What's on",
            "Activities, holiday clubs, fun days and training for families, and meetings where "
            "families and young people can have their say about support in their area.",
            "signpost/events.html",
            {
                "events": coming,
                "calendar": UPCOMING_ICS,
                "filters": whats_on_filters(coming, areas),
            },
        ),
        _page(
            AREAS_PAGE,
            "Your local area",
            "Services, local partnerships and events in each part of the county.",
            "signpost/areas.html",
            {"areas": areas},
        ),
    ]
    for area in areas:
        pages.append(
            _page(
                f"{AREAS_URL}{area.id}.md",
                area.label,
                f"Services, the local partnership and events in {area.label}.",
                "signpost/area.html",
                {"area": area},
                f"participation/localities/{area.id}.yml" if area.partnership else None,
            )
        )
    return pages


def edit_url(edit_uri: str, docs: str, source: str | None) -> str | None:
    """Point "Edit this page" at a data file, when edit_uri is a full address ending in docs/."""
    base = edit_uri.rstrip("/")
    if source is None or "://" not in base or not base.endswith(docs):
        return None
    return base.removesuffix(docs) + source


def nav_paths(nav: object) -> set[str]:
    """Return every page path listed in mkdocs.yml's `nav`, however deeply nested."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return {path for value in nav.values() for path in nav_paths(value)}
    if isinstance(nav, list):
        return {path for item in nav for path in nav_paths(item)}
    return set()


def _page(
    src_uri: str,
    title: str,
    description: str,
    template: str,
    context: dict[str, object],
    edit_path: str | None = None,
) -> GeneratedPage:
    return GeneratedPage(src_uri, title, description, template, dict(context), edit_path)
