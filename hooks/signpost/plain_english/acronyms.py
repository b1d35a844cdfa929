"""Find acronyms in text: two or more capitals, mixed case forms like SENCo, and plurals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A word made of letters (and & as in "A&E") with at least two capitals, not touching digits,
# so postcodes never match. The look-ahead keeps ordinary words out of Python entirely.
WORD = re.compile(r"(?<![\w&])(?=[a-z&]*[A-Z][a-z&]*[A-Z])[A-Za-z][A-Za-z&]*(?:'s)?(?![\w&])")
ALL_CAPS = re.compile(r"^[A-Z][A-Z&]+$")
# SENCo, SENDCo, BSc (capitals then one small letter), and PfA (capital, small, capitals).
MIXED = re.compile(r"^(?:[A-Z]{2,}[a-z][A-Z]*|[A-Z][a-z][A-Z]+)$")


@dataclass(frozen=True)
class Acronym:
    """An acronym as written, what it is filed under, and where it starts in the text."""

    written: str
    core: str
    start: int


def core_of(word: str) -> str | None:
    """Return the acronym a word is (without plural or possessive), or None if it is not one."""
    base = word.removesuffix("'s")
    if base.endswith("s") and ALL_CAPS.match(base[:-1]):
        base = base[:-1]
    if sum(c.isupper() for c in base) < 2:
        return None
    return base if ALL_CAPS.match(base) or MIXED.match(base) else None


def find_acronyms(text: str) -> Iterator[Acronym]:
    """Yield each acronym in `text`, in order."""
    for match in WORD.finditer(text):
        core = core_of(match.group(0))
        if core:
            yield Acronym(match.group(0), core, match.start())
