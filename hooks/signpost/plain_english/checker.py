"""Plain English checks: every acronym is in the glossary, and jargon gets a plain alternative."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pydantic import Field

from signpost.core.errors import Problem
from signpost.core.yaml_source import Document
from signpost.core.yaml_text import text_lines
from signpost.directory.model import Strict, Text
from signpost.plain_english.acronyms import find_acronyms
from signpost.plain_english.everyday import is_everyday
from signpost.plain_english.glossary import Glossary

GLOSSARY_FILE = "content/glossary.yml"


# Shorter words in capitals (OK, NO) are left alone: they are usually written so.
EMPHASIS_FROM = 3


class PlainEnglishSettings(Strict):
    """`extra.plain_english` in mkdocs.yml: what is allowed, and what counts as jargon."""

    allowed_acronyms: dict[str, Text] = Field(default_factory=dict)
    jargon: dict[str, Text] = Field(default_factory=dict)
    jargon_fails_build: bool = True


@dataclass
class Usage:
    """Which terms were used where, for the coverage report."""

    pages: dict[str, set[str]] = field(default_factory=dict)

    def add(self, term: str, where: str) -> None:
        """Record that `term` is used in `where`."""
        self.pages.setdefault(term, set()).add(where)


class Checker:
    """Checks lines of text against the glossary and the jargon list."""

    def __init__(self, glossary: Glossary, settings: PlainEnglishSettings) -> None:
        self.settings = settings
        self.known = glossary.by_spelling()
        explained = {s.casefold() for t in glossary.terms for s in t.spellings}
        # A jargon word that the glossary explains is explained wherever it is used.
        self.jargon = {
            w.casefold(): plain
            for w, plain in settings.jargon.items()
            if w.casefold() not in explained
        }
        words = sorted(self.jargon, key=len, reverse=True)
        pattern = "|".join(re.escape(w) for w in words) or r"(?!x)x"
        self.jargon_pattern = re.compile(rf"\b({pattern})(s|es|d|ed|ing)?\b", re.IGNORECASE)

    def problems(
        self, path: str, lines: Iterable[tuple[int, str]], usage: Usage | None = None
    ) -> list[Problem]:
        """Return a problem for each unknown acronym and each jargon word in the lines."""
        found = []
        for line, text in lines:
            for acronym in find_acronyms(text):
                term = self.known.get(acronym.written) or self.known.get(acronym.core)
                if term is not None:
                    if usage is not None:
                        usage.add(term.term, path)
                elif self.shouting(acronym.core):
                    found.append(Problem(path, line, "", _shouting_message(acronym.core)))
                elif self.unknown(acronym.core):
                    message = (
                        f'"{acronym.core}" is not in the glossary: '
                        f"add it to {GLOSSARY_FILE} or write it out in full"
                    )
                    found.append(Problem(path, line, "", message))
            for match in self.jargon_pattern.finditer(text):
                plain = self.jargon[match.group(1).casefold()]
                found.append(
                    Problem(path, line, "", f'"{match.group(0)}" is jargon: say "{plain}" instead')
                )
        return found

    def shouting(self, core: str) -> bool:
        """Return whether a word is an everyday word written in capitals (FREE, PLEASE NOTE).

        Reported as advice, not a problem: imported text and notices use capitals a lot, and
        the page still reads.
        """
        allowed = self.settings.allowed_acronyms
        return len(core) >= EMPHASIS_FROM and core not in allowed and is_everyday(core)

    def unknown(self, core: str) -> bool:
        """Return whether an acronym not in the glossary must be explained (not allowed, not an
        everyday word in capitals like FREE)."""
        return core not in self.settings.allowed_acronyms and not is_everyday(core)


def _shouting_message(word: str) -> str:
    return (
        f'"{word}" is in capitals: avoid capitals for emphasis, they are harder to read; '
        f'write "{word.lower()}" (or **{word.lower()}** if it must stand out). If it is an '
        f"acronym, add it to {GLOSSARY_FILE}"
    )


def is_emphasis(problem: Problem) -> bool:
    """Return whether a problem is about capitals for emphasis (advice: it never fails)."""
    return " is in capitals: avoid capitals for emphasis" in problem.message


def is_jargon(problem: Problem) -> bool:
    """Return whether a problem is about jargon (which may be set not to fail the build)."""
    return " is jargon: " in problem.message


FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`[^`]*`")
LINK_TARGET = re.compile(r"\]\([^)]*\)|\]\[[^\]]*\]|^\s*\[[^\]]+\]:.*$")
HTML_TAG = re.compile(r"<[^>]+>")
URL = re.compile(r"(https?://|mailto:|tel:|sms:)\S+|\S+@\S+\.\w+")
SHOWN_FRONT_MATTER = ("title:", "description:", "lead:")


def _clean(text: str) -> str:
    for pattern in (INLINE_CODE, LINK_TARGET, HTML_TAG, URL):
        text = pattern.sub(" ", text)
    return text


def markdown_lines(source: str) -> Iterator[tuple[int, str]]:
    """Yield the numbered lines of a Markdown page a reader sees, without code, links or tags."""
    lines = source.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in {"---", "..."}), 0)
        for number in range(1, end):
            if lines[number].startswith(SHOWN_FRONT_MATTER) or lines[number].startswith("  "):
                yield number + 1, _clean(lines[number].split(":", 1)[-1])
        start = end + 1
    in_code = False
    for number in range(start, len(lines)):
        if FENCE.match(lines[number]):
            in_code = not in_code
            continue
        if not in_code:
            yield number + 1, _clean(lines[number])


def yaml_lines(doc: Document, source: str, skip_keys: frozenset[str]) -> list[tuple[int, str]]:
    """Return the numbered text lines of a YAML file a reader sees, leaving out `skip_keys`."""
    return [(number, _clean(text)) for number, text in text_lines(doc, source, skip_keys)]
