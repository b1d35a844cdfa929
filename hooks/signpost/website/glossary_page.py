"""Data for the generated "Words we use" page: every term A to Z, with a jump list."""

from __future__ import annotations

from dataclasses import dataclass

from signpost.plain_english.glossary import Glossary, slug
from signpost.website.listings import first_letter
from signpost.website.views import Link


@dataclass(frozen=True)
class Entry:
    """One term as the glossary page shows it."""

    term: str
    anchor: str
    stands_for: str | None
    meaning: str
    also: list[str]
    related: list[Link]


@dataclass(frozen=True)
class Letter:
    """The terms filed under one letter."""

    letter: str
    anchor: str
    entries: list[Entry]


def glossary_letters(glossary: Glossary) -> list[Letter]:
    """Return the terms grouped by first letter, A to Z."""
    letters: dict[str, list[Entry]] = {}
    for term in sorted(glossary.terms, key=lambda t: t.term.casefold()):
        related = [Link(name, f"#{slug(name)}") for name in term.related]
        entry = Entry(
            term.term, term.anchor, term.stands_for, term.meaning, list(term.also), related
        )
        letters.setdefault(first_letter(term.term), []).append(entry)
    return [
        Letter(letter, f"letter-{slug(letter)}", entries) for letter, entries in letters.items()
    ]
