"""Group services into the listings families browse: A to Z, category, need, area, age."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from signpost.directory.load import Entry
from signpost.directory.taxonomy import Taxonomy, Term

# How each way of browsing appears in addresses and headings.
WAYS = {
    "categories": ("category", "What it is for"),
    "needs": ("need", "Need"),
    "areas": ("area", "Area"),
    "age_bands": ("age", "Age"),
}


@dataclass(frozen=True)
class Listing:
    """One list of services, before it is split into pages."""

    kind: str
    term: Term | None
    title: str
    intro: str
    folder: str
    entries: Sequence[Entry]
    heading_of: Callable[[Entry], str | None] = lambda entry: None


def _members(kind: str, taxonomy: Taxonomy, entries: Sequence[Entry]) -> dict[str, list[Entry]]:
    """Return the services under each term of one way of browsing, in the order given."""
    found: dict[str, list[Entry]] = {term.id: [] for term in taxonomy.terms(kind)}
    if kind == "age_bands":
        for band in taxonomy.age_bands:
            found[band.id] = [
                e for e in entries if band.overlaps(e.service.age.min, e.service.age.max)
            ]
        return found
    for entry in entries:  # one pass over the services, not one per term
        for term_id in dict.fromkeys(getattr(entry.service, kind)):
            if term_id in found:
                found[term_id].append(entry)
    return found


def _need_listing(term: Term, specific: list[Entry], general: list[Entry]) -> Listing:
    """List services for this need first, then services open to any need (they list none)."""
    return Listing(
        "needs",
        term,
        term.label,
        term.description,
        f"find/need/{term.id}",
        specific + general,
        lambda e: "Services for this need" if e.service.needs else "Services for any need",
    )


def build_listings(entries: Sequence[Entry], taxonomy: Taxonomy) -> list[Listing]:
    """Return the A to Z listing and one listing for every term of every way of browsing."""
    listings = [
        Listing(
            "a-z",
            None,
            "All services A to Z",
            "Every service in the Local Offer, in alphabetical order.",
            "find/a-z",
            entries,
            lambda entry: first_letter(entry.service.name),
        )
    ]
    general = [e for e in entries if not e.service.needs]
    for kind, (slug, _) in WAYS.items():
        members = _members(kind, taxonomy, entries)
        for term in taxonomy.terms(kind):
            if kind == "needs":
                listings.append(_need_listing(term, members[term.id], general))
                continue
            listing = Listing(
                kind,
                term,
                term.label,
                term.description,
                f"find/{slug}/{term.id}",
                members[term.id],
            )
            listings.append(listing)
    return listings


def page_uri(folder: str, number: int) -> str:
    """Return the source path of page `number` (from 1) of a listing."""
    return f"{folder}/index.md" if number == 1 else f"{folder}/page-{number}.md"


def page_url(folder: str, number: int) -> str:
    """Return the site address of page `number` of a listing."""
    return f"{folder}/" if number == 1 else f"{folder}/page-{number}/"


def split_pages(entries: Sequence[Entry], size: int) -> list[Sequence[Entry]]:
    """Split entries into pages of `size`; an empty listing still has one page."""
    return [entries[i : i + size] for i in range(0, len(entries), size)] or [[]]


def first_letter(name: str) -> str:
    """Return the letter a name is filed under in the A to Z (digits under '0-9')."""
    initial = name.strip()[:1].upper()
    return initial if initial.isalpha() else "0-9"
