"""Read a record's taxonomy terms, keywords, audiences and areas into Signpost's lists.

A word is matched first to `directory/_taxonomy.yml` (by id or label), then to the
council's mapping file; a word neither knows is listed for the editor, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.council_mapping import (
    CouncilMapping,
    Target,
    audience_words,
    band_range,
)
from signpost.openreferral.export import OUR_TAXONOMY, TERM_KINDS
from signpost.openreferral.places import match_term, unknown_term
from signpost.openreferral.read import Imported, Reader

LISTS = ("categories", "needs", "areas")


@dataclass
class Found:
    """The ids found for one service, and the age bands its words name."""

    ids: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in LISTS})
    bands: list[str] = field(default_factory=list)

    def add(self, kind: str, term_id: str) -> None:
        """Add an id once."""
        if term_id not in self.ids[kind]:
            self.ids[kind].append(term_id)

    def add_target(self, target: Target) -> None:
        """Add everything a mapping file's entry names."""
        for kind in LISTS:
            for term_id in getattr(target, kind):
                self.add(kind, term_id)
        self.bands += [b for b in target.ages if b not in self.bands]


@dataclass(frozen=True)
class Words:
    """What matching needs: the taxonomy and the council's mapping file (either may be None)."""

    taxonomy: Taxonomy | None
    council: CouncilMapping | None = None

    def match(self, found: Found, kinds: tuple[str, ...], words: list[str | None]) -> bool:
        """Add what the words mean to `found`; return False when nothing knows them."""
        match = match_term(self.taxonomy, kinds, words)
        if match is not None:
            found.add(*match)
            return True
        for word in words:
            target = self.council.target(word) if self.council else None
            if target is not None:
                found.add_target(target)
                return True
        return False


def read_terms(r: dict[str, Any], reader: Reader, here: str, out: Imported, words: Words) -> None:
    """Set categories, needs, areas (and age, from audiences) from the record's words."""
    found = Found()
    for where, attribute in reader.objects(r, "attributes", here):
        term = reader.object(attribute, "taxonomy_term", where)
        kind = reader.text(term, "taxonomy", f"{where}.taxonomy_term") or ""
        if kind == OUR_TAXONOMY:
            continue
        said = [reader.text(term, key, f"{where}.taxonomy_term") for key in ("term", "name")]
        kinds = TERM_KINDS if kind not in TERM_KINDS else (kind,)
        if not words.match(found, kinds, said):
            out.unknown_terms.append(unknown_term(said, kind))
    for where, area in reader.objects(r, "service_areas", here):
        said = [reader.text(area, key, where) for key in ("extent", "name", "service_area")]
        if not words.match(found, ("areas",), said):
            out.unknown_terms.append(unknown_term(said[1:], "service area"))
    fields = words.council.audience_fields if words.council else []
    for name, word in audience_words(r, fields):
        if not words.match(found, TERM_KINDS, [word]):
            out.unknown_terms.append(unknown_term([word], name))
    for kind, ids in found.ids.items():
        if ids:
            out.data[kind] = ids
    _ages(found, out, words)


def _ages(found: Found, out: Imported, words: Words) -> None:
    """Ages from the feed's own numbers win; the age bands its words name come next."""
    if "age" in out.data or not found.bands:
        return
    if age := band_range(words.taxonomy, found.bands):
        out.data["age"] = age


def apply_defaults(out: Imported, words: Words) -> None:
    """Fill what the feed said nothing about from the mapping file's defaults, noting each."""
    defaults = words.council.defaults if words.council else None
    if defaults is None:
        return
    values: dict[str, Any] = {
        "categories": defaults.categories or None,
        "areas": defaults.areas or None,
        "age": band_range(words.taxonomy, defaults.ages),
        "cost": defaults.cost,
        "how_to_access": defaults.how_to_access,
    }
    for key, value in values.items():
        if value is not None and key not in out.data:
            out.data[key] = value
            out.check.append(
                f"{key}: the council's default from the mapping file, as the feed said "
                "nothing: check it with the service"
            )
