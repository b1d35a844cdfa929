"""Easy read rules: short sentences, one idea each, a picture beside each idea, no acronyms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import textstat  # type: ignore[import-untyped]
from pydantic import Field

from signpost.core.errors import Problem
from signpost.directory.model import Strict, Text
from signpost.plain_english.acronyms import find_acronyms

PICTURE = re.compile(r"^:[a-z0-9_-]+:\s*")
LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
THIS_MEANS = re.compile(r"\b(this|that|it) means\b", re.IGNORECASE)


class EasyReadSettings(Strict):
    """`extra.easy_read` in mkdocs.yml: the easy read rules a council uses."""

    max_words: int = Field(default=15, ge=5, le=40)
    max_sentences: int = Field(default=3, ge=1, le=10)
    min_reading_ease: float = Field(default=70, ge=0, le=120)
    hard_words: dict[str, Text] = Field(default_factory=dict)


@dataclass(frozen=True)
class Idea:
    """One paragraph of an easy read page: its first line, text and whether it has a picture."""

    line: int
    lines: list[str]
    has_picture: bool

    @property
    def text(self) -> str:
        """Return the words of the idea, without the picture or link addresses."""
        return LINK.sub(r"\1", PICTURE.sub("", " ".join(s.strip() for s in self.lines)))


@dataclass
class EasyReadRules:
    """Checks ideas against the settings, the glossary's phrases and acronyms."""

    settings: EasyReadSettings
    glossary_phrases: list[str] = field(default_factory=list)
    icons: Path | None = None  # the folder of icon sets, to check that each picture exists

    def __post_init__(self) -> None:
        phrases = sorted(self.glossary_phrases, key=len, reverse=True)
        words = sorted(self.settings.hard_words, key=len, reverse=True)
        self._glossary = _words_pattern(phrases)
        self._hard = _words_pattern(words)
        self._hard_words = {w.casefold(): plain for w, plain in self.settings.hard_words.items()}

    def check(self, path: str, ideas: Iterable[Idea], *, pictures: bool = True) -> list[Problem]:
        """Return every rule an easy read text breaks, one problem per offending sentence."""
        problems: list[Problem] = []
        ideas = list(ideas)
        for idea in ideas:
            problems += self._check_idea(path, idea, pictures)
        text = " ".join(idea.text for idea in ideas)
        if pictures and text.strip():
            problems += self._reading_ease(path, text)
        return problems

    def _check_idea(self, path: str, idea: Idea, pictures: bool) -> list[Problem]:
        found = []
        sentences = split_sentences(idea.text)
        if pictures and not idea.has_picture:
            found.append(Problem(path, idea.line, "idea without a picture", sentences[0]))
        elif pictures and (missing := self._missing_icon(idea)):
            rule = f'picture "{missing}" is not an icon: pick one from the Material icons'
            found.append(Problem(path, idea.line, rule, sentences[0]))
        if len(sentences) > self.settings.max_sentences:
            rule = (
                f"more than {self.settings.max_sentences} sentences in one idea ({len(sentences)})"
            )
            found.append(Problem(path, idea.line, rule, sentences[0]))
        for sentence in sentences:
            line = idea.line + _line_offset(idea.lines, sentence)
            found += [
                Problem(path, line, rule, sentence) for rule in self._sentence_rules(sentence, idea)
            ]
        return found

    def _missing_icon(self, idea: Idea) -> str | None:
        """Return the shortcode of a picture that is not a bundled icon, like ":material-bsu:"."""
        shortcode = PICTURE.match(idea.lines[0].strip())
        if self.icons is None or shortcode is None:
            return None
        name = shortcode.group(0).strip().strip(":")
        parts = name.split("-")
        depth = 2 if parts[0] == "fontawesome" else 1  # fontawesome-solid-bus: solid/bus.svg
        icon = self.icons.joinpath(*parts[:depth], "-".join(parts[depth:]) + ".svg")
        return None if icon.is_file() else f":{name}:"

    def _sentence_rules(self, sentence: str, idea: Idea) -> Iterator[str]:
        words = len(sentence.split())
        if words > self.settings.max_words:
            yield f"sentence longer than {self.settings.max_words} words ({words})"
        for acronym in find_acronyms(sentence):
            yield f'acronym "{acronym.core}": write the words out in full'
        for match in self._glossary.finditer(sentence):
            if not _explained(match.group(0), idea.text):
                word = match.group(0)
                yield (
                    f'glossary word "{word}" without its plain meaning: '
                    'say what it means, like "This means ..."'
                )
        for match in self._hard.finditer(sentence):
            plain = self._hard_words[match.group(1).casefold()]
            yield f'hard word "{match.group(0)}": say "{plain}"'

    def _reading_ease(self, path: str, text: str) -> list[Problem]:
        score = float(textstat.flesch_reading_ease(text))
        if score >= self.settings.min_reading_ease:
            return []
        rule = f"reading ease {score:.0f} is below {self.settings.min_reading_ease:.0f}"
        return [Problem(path, 1, rule, "use shorter sentences and shorter words across the page")]

    def reading_ease(self, ideas: Iterable[Idea]) -> float:
        """Return the Flesch reading ease of the ideas together."""
        return float(textstat.flesch_reading_ease(" ".join(idea.text for idea in ideas)))


def _explained(word: str, text: str) -> bool:
    """Return whether an idea says what a word means: "X is ..." or "This means ..."."""
    defined = re.search(rf"\b{re.escape(word)}\s+(is|are|means)\b", text, re.IGNORECASE)
    return bool(defined or THIS_MEANS.search(text))


def _words_pattern(words: list[str]) -> re.Pattern[str]:
    choices = "|".join(re.escape(w) for w in words) or r"(?!x)x"
    return re.compile(rf"\b({choices})(?:s|es|d|ed|ing)?\b", re.IGNORECASE)


def _line_offset(lines: list[str], sentence: str) -> int:
    start = sentence[:20]
    return next((i for i, line in enumerate(lines) if start in LINK.sub(r"\1", line)), 0)


def split_sentences(text: str) -> list[str]:
    """Split text into sentences at full stops, question marks and exclamation marks."""
    return [s.strip() for s in SENTENCE_END.split(text.strip()) if s.strip()] or [text.strip()]


def page_ideas(source: str) -> list[Idea]:
    """Return the ideas of an easy read Markdown page: paragraphs that are not headings."""
    lines = source.splitlines()
    start = 0
    if lines and lines[0].strip() == "---":
        start = next((i + 1 for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), 0)
    return _paragraphs(lines, start, skip_headings=True)


def text_ideas(text: str, first_line: int) -> list[Idea]:
    """Return the ideas (paragraphs) of an easy read field; `first_line` is its first line."""
    return [
        Idea(i.line + first_line - 1, i.lines, i.has_picture)
        for i in _paragraphs(text.splitlines(), 0)
    ]


def _paragraphs(lines: list[str], start: int, skip_headings: bool = False) -> list[Idea]:
    ideas: list[Idea] = []
    current: list[str] = []
    first = 0
    for number in range(start, len(lines) + 1):
        line = lines[number] if number < len(lines) else ""
        if line.strip() and not (skip_headings and line.lstrip().startswith("#")):
            if not current:
                first = number + 1
            current.append(line)
            continue
        if current:
            ideas.append(Idea(first, current, bool(PICTURE.match(current[0].strip()))))
            current = []
    return ideas
