"""The glossary: every term the site explains, read from content/glossary.yml."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, field_validator

from signpost.core.errors import Problem
from signpost.core.suggest import did_you_mean
from signpost.core.validation import validate
from signpost.core.yaml_source import Document, load_document
from signpost.directory.model import Strict, Text, problem
from signpost.plain_english.acronyms import core_of, find_acronyms

MAX_SENTENCES = 2


def slug(text: str) -> str:
    """Return the anchor of a term on the glossary page."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class Term(Strict):
    """A word or acronym and its plain-English meaning."""

    term: Text
    stands_for: Text | None = None
    meaning: Text
    also: list[Text] = Field(default_factory=list)
    related: list[Text] = Field(default_factory=list)

    @field_validator("meaning")
    @classmethod
    def _short(cls, value: str) -> str:
        sentences = len(re.findall(r"[.!?](\s|$)", value))
        if sentences > MAX_SENTENCES:
            raise problem(f"has {sentences} sentences: explain it in one or two short sentences")
        return value

    @property
    def anchor(self) -> str:
        """Return the id of this term's entry on the glossary page."""
        return slug(self.term)

    @property
    def spellings(self) -> list[str]:
        """Return the term and its other spellings."""
        return [self.term, *self.also]

    @property
    def is_acronym(self) -> bool:
        """Return whether the term is written as an acronym, like EHCP."""
        return core_of(self.term) is not None


class Glossary(Strict):
    """Every term, each explained once."""

    terms: list[Term] = Field(min_length=1)

    def by_spelling(self) -> dict[str, Term]:
        """Map every spelling (and the core of each acronym spelling) to its term."""
        found: dict[str, Term] = {}
        for term in self.terms:
            for spelling in term.spellings:
                found[spelling] = term
                core = core_of(spelling)
                if core:
                    found[core] = term
        for term in self.terms:
            # An acronym inside a longer spelling ("EHC" in "EHC plan") is explained by it.
            for spelling in term.spellings:
                for acronym in find_acronyms(spelling):
                    found.setdefault(acronym.core, term)
        return found


def load_glossary(file: Path, path: str) -> tuple[Glossary | None, list[Problem]]:
    """Read the glossary, or return every problem in it."""
    if not file.is_file():
        return None, [
            Problem(path, 1, "", "the glossary file is missing: create it with a terms: list")
        ]
    doc = load_document(file, path)
    if isinstance(doc, Problem):
        return None, [doc]
    glossary, problems = validate(Glossary, doc)
    if glossary is None:
        return None, problems
    problems = _cross_check(glossary, doc)
    return (None if problems else glossary), problems


def _cross_check(glossary: Glossary, doc: Document) -> list[Problem]:
    """Check that each spelling belongs to one term and related terms exist."""
    problems = []
    owner: dict[str, str] = {}
    names = [t.term for t in glossary.terms]
    for index, term in enumerate(glossary.terms):
        for spelling in term.spellings:
            first = owner.setdefault(spelling.casefold(), term.term)
            if first != term.term:
                line = doc.line_of(["terms", index, "also"])
                message = (
                    f'"{spelling}" is already a spelling of "{first}": '
                    "each spelling may belong to one term"
                )
                problems.append(Problem(doc.path, line, f"terms[{index + 1}].also", message))
        for other in term.related:
            if other not in names:
                line = doc.line_of(["terms", index, "related"])
                hint = did_you_mean(other, names)
                problems.append(
                    Problem(
                        doc.path,
                        line,
                        f"terms[{index + 1}].related",
                        f'"{other}" is not a term in the glossary: {hint}',
                    )
                )
    return problems
