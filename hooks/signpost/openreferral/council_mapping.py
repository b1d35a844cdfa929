"""The mapping file a council writes once: its old directory's words -> Signpost's lists.

```yaml
terms:                  # taxonomy terms, keywords, audiences and area names in the feed
  Short Breaks: {categories: [short-breaks]}
  ASD: {needs: [autism]}
  Under 5s: {ages: [0-4]}
  Hollinford: {areas: [north]}
  Messy play: ignore
audience_fields: [pc_targetAudience]    # the feed's own fields that hold audiences or keywords
defaults:               # only where the feed says nothing; each is noted as a default to check
  areas: [north, south, east]
  cost: Ask the service
  how_to_access: Ring or email the service to ask how to join.
```

Every id is checked against `directory/_taxonomy.yml`, and every problem is reported as
`path:line: field: message`.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, Field

from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import load_document
from signpost.directory.model import (
    AreaId,
    CategoryId,
    NeedId,
    Strict,
    Text,
    _taxonomy_id,
    problem,
)
from signpost.directory.taxonomy import Taxonomy

MAPPING_FILE = "import-mapping.yml"
BandId = Annotated[str, _taxonomy_id("age_bands")]


def _ignore(value: object) -> object:
    if value == "ignore":
        return {"ignore": True}
    if isinstance(value, str):
        raise problem(
            f'"{value}" is not understood: write ignore, or what it means, '
            "like {categories: [short-breaks]} or {needs: [autism]}"
        )
    return value


class Target(Strict):
    """What one of the feed's words means in Signpost's lists."""

    ignore: bool = Field(False, description="leave the word out, without a note")
    categories: list[CategoryId] = Field(default_factory=list)
    needs: list[NeedId] = Field(default_factory=list)
    areas: list[AreaId] = Field(default_factory=list)
    ages: list[BandId] = Field(
        default_factory=list, description="age band ids; the service gets their whole range"
    )


class Defaults(Strict):
    """Values for what feeds rarely hold, used only where the feed says nothing."""

    categories: list[CategoryId] = Field(default_factory=list)
    areas: list[AreaId] = Field(default_factory=list)
    ages: list[BandId] = Field(default_factory=list)
    cost: Text | None = None
    how_to_access: Text | None = None


class CouncilMapping(Strict):
    """The whole mapping file."""

    # A list whose lines are all commented out is empty, not missing.
    terms: Annotated[
        dict[str, Annotated[Target, BeforeValidator(_ignore)]],
        BeforeValidator(lambda v: {} if v is None else v),
    ] = Field(default_factory=dict)
    audience_fields: list[Text] = Field(default_factory=list)
    defaults: Defaults = Field(default_factory=Defaults)

    @cached_property
    def _index(self) -> dict[str, Target]:
        return {key.strip().casefold(): target for key, target in self.terms.items()}

    def target(self, word: str | None) -> Target | None:
        """Return what a word of the feed maps to, or None when the file does not say."""
        return self._index.get(word.strip().casefold()) if word else None


def load_mapping(
    file: Path, path: str, taxonomy: Taxonomy | None
) -> tuple[CouncilMapping | None, list[Problem]]:
    """Read and check a mapping file; its ids must be in the taxonomy."""
    doc = load_document(file, path)
    if isinstance(doc, Problem):
        return None, [doc]
    context = {"taxonomy": taxonomy.ids() if taxonomy else None}
    return validate(CouncilMapping, doc, context)


def band_range(taxonomy: Taxonomy | None, bands: list[str]) -> dict[str, int] | None:
    """Return the ages covering every band given, like {"min": 0, "max": 10}."""
    found = [b for b in (taxonomy.age_bands if taxonomy else []) if b.id in bands]
    if not found:
        return None
    return {"min": min(b.min for b in found), "max": max(b.max for b in found)}


def audience_words(record: dict[str, Any], fields: list[str]) -> list[tuple[str, str]]:
    """Return (field, word) for each value of the feed's audience fields, split at , and ;."""
    words = []
    for name in fields:
        value = record.get(name)
        values = value if isinstance(value, list) else [value]
        for item in values:
            if isinstance(item, str):
                words += [(name, w.strip()) for w in item.replace(";", ",").split(",") if w.strip()]
    return words
