"""What the search index knows about a page: its kind, and a service's filter values.

Pagefind reads these from `data-pagefind-*` attributes in the built HTML. Filter values are
taxonomy ids, so a search address such as `find/?need=autism&age=7` stays the same when a
label is reworded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from signpost.directory.districts import ANYWHERE, district_of
from signpost.directory.model import Service
from signpost.directory.taxonomy import Taxonomy
from signpost.directory.times import WHEN_OPTIONS, Session, when_tags

SERVICE = "service"
PAGE = "page"
EASY_READ = "easy-read"
KIND_LABELS = {SERVICE: "Service", PAGE: "Information", EASY_READ: "Easy read"}

# Pages that only lead to other pages (and the home page, "") would crowd out real answers.
NOT_INDEXED = ("find/", "search/", "my-shortlist/", "easy-read/review-pack/", "404")

NAMED_NEED = "named-need"
DISTRICT = "district"
FREE = re.compile(r"^\s*free\b", re.IGNORECASE)


def is_free(cost: str) -> bool:
    """Tell whether a service's cost says it is free, as "Free" or "Free, but trips cost £5"."""
    return bool(FREE.match(cost))


def page_kind(url: str) -> str | None:
    """Return what kind of page a site address is for search, or None to leave it out."""
    if url == "" or url.startswith(NOT_INDEXED):
        return None
    if url.startswith("services/"):
        return SERVICE
    if url.startswith("easy-read/"):
        return EASY_READ
    return PAGE


def service_filters(service: Service, taxonomy: Taxonomy) -> list[tuple[str, str]]:
    """Return a service's (filter, value) pairs: category, need, area, age in years and cost.

    A service that lists no needs is for any need, so it matches every need filter; a service
    for ages 5 to 11 matches an age of 5, 6, ... or 11.
    """
    needs = service.needs or [term.id for term in taxonomy.terms("needs")]
    pairs = [("category", c) for c in service.categories]
    pairs += [("need", n) for n in needs]
    # Only the needs a service names: what a search for "dyspraxia" narrows to.
    pairs += [(NAMED_NEED, n) for n in service.needs]
    pairs += [("area", a) for a in service.areas]
    pairs += [("age", str(year)) for year in range(service.age.min, service.age.max + 1)]
    if is_free(service.cost):
        pairs.append(("cost", "free"))
    # Where its places are, for sorting by distance; no places means anywhere in the area.
    places = {district_of(place.postcode) for place in service.locations}
    pairs += [(DISTRICT, d) for d in sorted(filter(None, places))] or [(DISTRICT, ANYWHERE)]
    pairs += [("when", tag) for tag in when_tags(all_sessions(service))]
    return pairs


def all_sessions(service: Service) -> list[Session]:
    """Return the sessions of a service and of its places (not its phone line)."""
    return [*service.times, *(s for place in service.locations for s in place.times)]


@dataclass(frozen=True)
class Option:
    """One tick box in a search filter: the value in the address and the words beside it."""

    value: str
    label: str


@dataclass(frozen=True)
class Facet:
    """A group of tick boxes that narrows search results, such as "Need"."""

    name: str
    legend: str
    options: list[Option]


FACETS = (
    ("need", "needs", "Need"),
    ("category", "categories", "What it is for"),
    ("area", "areas", "Area"),
)


def service_facets(taxonomy: Taxonomy) -> list[Facet]:
    """Return the filters of the Find a service page, in the order families use them."""
    facets = [
        Facet(name, legend, [Option(t.id, t.label) for t in taxonomy.terms(kind)])
        for name, kind, legend in FACETS
    ]
    return [*facets, when_facet()]


def when_facet() -> Facet:
    """Return the "When" filter: services whose opening times, given as data, match."""
    return Facet("when", "When", [Option(value, label) for value, label in WHEN_OPTIONS])


def kind_facet() -> Facet:
    """Return the filter of the site search page: services, information or easy read."""
    return Facet("type", "Show", [Option(k, f"{label} pages") for k, label in KIND_LABELS.items()])
