"""The taxonomy: categories, needs, areas, accessibility features and age bands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field, field_validator

from signpost.core.errors import Problem
from signpost.core.fields import ID
from signpost.core.validation import validate
from signpost.core.yaml_source import load_document
from signpost.directory.model import Name, Strict, Text, problem

KINDS = ("categories", "needs", "areas", "accessibility", "age_bands")


def _id(value: str) -> str:
    if not ID.match(value):
        raise problem(f'"{value}" should use only lowercase letters, digits and hyphens')
    return value


class Term(Strict):
    """One thing services can be sorted by."""

    id: Annotated[str, AfterValidator(_id)]
    label: Name
    description: Text
    also: list[Text] = Field(
        default_factory=list,
        description="Other words families search with: other names, acronyms, conditions.",
        examples=[["a break from caring", "respite"]],
    )


class AgeBand(Term):
    """A range of ages families browse by."""

    min: int = Field(ge=0, le=25)
    max: int = Field(ge=0, le=25)

    def overlaps(self, low: int, high: int) -> bool:
        """Return whether a service for ages low to high serves anyone in this band."""
        return low <= self.max and high >= self.min


class Taxonomy(Strict):
    """Every list of terms, each defined once."""

    categories: list[Term] = Field(min_length=1)
    needs: list[Term] = Field(min_length=1)
    areas: list[Term] = Field(min_length=1)
    accessibility: list[Term] = Field(min_length=1)
    age_bands: list[AgeBand] = Field(min_length=1)

    @field_validator(*KINDS)
    @classmethod
    def _unique(cls, terms: list[Term]) -> list[Term]:
        ids = [term.id for term in terms]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            raise problem(
                f'the id "{repeated[0]}" is used more than once: each id must be different'
            )
        return terms

    def terms(self, kind: str) -> list[Term]:
        """Return the terms of one kind, in the order the editor wrote them."""
        terms: list[Term] = getattr(self, kind)
        return terms

    def ids(self) -> dict[str, set[str]]:
        """Return the set of ids of each kind, for checking service entries."""
        return {kind: {term.id for term in self.terms(kind)} for kind in KINDS}

    def label(self, kind: str, term_id: str) -> str:
        """Return the label shown to families for an id."""
        return next((t.label for t in self.terms(kind) if t.id == term_id), term_id)


def load_taxonomy(file: Path, path: str) -> tuple[Taxonomy | None, list[Problem]]:
    """Read the taxonomy file, or return every problem in it."""
    if not file.is_file():
        return None, [Problem(path, 1, "", "the taxonomy file is missing: create it")]
    doc = load_document(file, path)
    if isinstance(doc, Problem):
        return None, [doc]
    return validate(Taxonomy, doc)
