"""Credit for co-production: who each page and service was made with."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.load import Entry
from signpost.directory.model import Text
from signpost.easy_read.sign_off import split_front_matter
from signpost.plain_english.glossary import slug
from signpost.website.views import Link, service_url


class PageCredit(BaseModel):
    """The part of a page's front matter that credits the people it was written with."""

    model_config = ConfigDict(extra="ignore", strict=True, frozen=True)

    coproduced_with: list[Text] = []


@dataclass(frozen=True)
class Partner:
    """A group families and the council work with, and what it helped make."""

    name: str
    anchor: str
    pages: list[Link]
    services: list[Link]


def page_credit(source: str, path: str) -> tuple[list[str], list[Problem]]:
    """Read `coproduced_with` from a Markdown page's front matter, with any problems in it."""
    front, _ = split_front_matter(source)
    if not front:
        return [], []
    doc = parse_text("".join(front), path)
    if not isinstance(doc, Document) or not isinstance(doc.data, dict):
        return [], []  # MkDocs and the easy read checks report broken front matter
    credit, problems = validate(PageCredit, doc)
    # The front matter starts on line 2, after its opening ---.
    moved = [Problem(p.path, p.line + 1, p.field, p.message) for p in problems]
    return (list(credit.coproduced_with) if credit else []), moved


def service_credits(entries: Iterable[Entry]) -> list[tuple[str, Link]]:
    """Return (partner, link to the service) for every partner each service names."""
    return [
        (name, Link(entry.service.name, service_url(entry.id)))
        for entry in entries
        for name in entry.service.coproduced_with
    ]


def partners(
    pages: Iterable[tuple[str, Link]], services: Iterable[tuple[str, Link]]
) -> list[Partner]:
    """Gather (partner, link) pairs into one entry per partner, A to Z."""
    found: dict[str, tuple[list[Link], list[Link]]] = {}
    for name, link in pages:
        found.setdefault(name, ([], []))[0].append(link)
    for name, link in services:
        found.setdefault(name, ([], []))[1].append(link)
    return [
        Partner(name, partner_anchor(name), sorted(p, key=_text), sorted(s, key=_text))
        for name, (p, s) in sorted(found.items(), key=lambda item: item[0].casefold())
    ]


def partner_anchor(name: str) -> str:
    """Return the anchor of a partner on the "Made with families" page."""
    return slug(name)


def _text(link: Link) -> str:
    return link.text.casefold()
