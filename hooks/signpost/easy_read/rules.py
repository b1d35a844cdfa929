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
from signpost.easy_read.pictures import LIBRARY_FILE, PictureLibrary
from signpost.plain_english.acronyms import find_acronyms

PICTURE = re.compile(r"^:[a-z0-9_-]+:\s*")
LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
# A link to the adult "Words we use" page: glossary/, glossary/index.md or ../glossary/#ehcp.
GLOSSARY_LINK = re.compile(r"(^|/)glossary(/index\.md|\.md|/)?(#.*)?$")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
THIS_MEANS = re.compile(r"\b(this|that|it) means\b", re.IGNORECASE)


THIRD_PERSON = {
    "your child": 'say "you"',
    "your child's": 'say "your"',
    "your son": 'say "you"',
    "your daughter": 'say "you"',
}


class EasyReadSettings(Strict):
    """`extra.easy_read` in mkdocs.yml: the easy read rules a council uses."""

    max_words: int = Field(default=15, ge=5, le=40)
    max_sentences: int = Field(default=2, ge=1, le=10, description="Sentences beside a picture.")
    min_reading_ease: float = Field(default=70, ge=0, le=120)
    hard_words: dict[str, Text] = Field(default_factory=dict)
    third_person: dict[str, Text] = Field(
        default_factory=lambda: dict(THIRD_PERSON),
        description="Phrases that talk about the reader instead of to them, and what to say.",
    )
    parents_line: Text = Field(
        default="Parents and carers:",
        description="How an idea for parents starts; it may talk about their child.",
    )
    picture_library: Text | None = Field(
        default=None,
        description="The folder of the picture library, like pictures; unset: Material icons.",
    )


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

    @property
    def picture(self) -> str | None:
        """Return the picture's shortcode, like ":picture-plan:", or None."""
        found = PICTURE.match(self.lines[0].strip())
        return found.group(0).strip() if found else None

    def links(self) -> Iterator[tuple[int, str, str]]:
        """Yield the line, words and address of each Markdown link in the idea."""
        for offset, line in enumerate(self.lines):
            for match in LINK.finditer(line):
                yield self.line + offset, match.group(1), match.group(2)


@dataclass
class EasyReadRules:
    """Checks ideas against the settings, the glossary's phrases and acronyms."""

    settings: EasyReadSettings
    glossary_phrases: list[str] = field(default_factory=list)
    icons: Path | None = None  # the folder of icon sets, to check that each picture exists
    library: PictureLibrary | None = None  # when set, every picture must come from it

    def __post_init__(self) -> None:
        phrases = sorted(self.glossary_phrases, key=len, reverse=True)
        words = sorted(self.settings.hard_words, key=len, reverse=True)
        self._glossary = _words_pattern(phrases)
        self._hard = _words_pattern(words)
        self._hard_words = {w.casefold(): plain for w, plain in self.settings.hard_words.items()}
        third = sorted(self.settings.third_person, key=len, reverse=True)
        choices = "|".join(re.escape(p) for p in third) or r"(?!x)x"
        self._third = re.compile(rf"\b({choices})(?![\w'])", re.IGNORECASE)
        self._third_person = {p.casefold(): say for p, say in self.settings.third_person.items()}

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
        elif pictures and (rule := self._picture_rule(idea)):
            found.append(Problem(path, idea.line, rule, sentences[0]))
        for line, words, address in idea.links():
            if GLOSSARY_LINK.search(address.split("?")[0]):
                rule = (
                    f'link to the "Words we use" page for "{words}": '
                    f'explain the word here instead, like "{words} means ..."'
                )
                said = next((x for x in sentences if words in x), sentences[0])
                found.append(Problem(path, line, rule, said))
        if len(sentences) > self.settings.max_sentences:
            rule = (
                f"more than {self.settings.max_sentences} sentences in one idea ({len(sentences)})"
            )
            found.append(Problem(path, idea.line, rule, sentences[0]))
        # Service summaries speak to whoever the service is for (a baby group, to parents),
        # so only easy read pages, which are for young people, must speak to them.
        for_parents = not pictures or idea.text.startswith(self.settings.parents_line)
        for sentence in sentences:
            line = idea.line + _line_offset(idea.lines, sentence)
            rules = list(self._sentence_rules(sentence, idea))
            rules += [] if for_parents else list(self._third_person_rules(sentence))
            found += [Problem(path, line, rule, sentence) for rule in rules]
        return found

    def _third_person_rules(self, sentence: str) -> Iterator[str]:
        for match in self._third.finditer(sentence.replace("\u2019", "'")):
            say = self._third_person[match.group(1).casefold()]
            yield (
                f'talks about "{match.group(1)}": speak to the young person, {say}; '
                f'put a line for parents in its own idea starting "{self.settings.parents_line}"'
            )

    def _picture_rule(self, idea: Idea) -> str | None:
        """Return what is wrong with an idea's picture: not in the library, or not an icon."""
        if self.library is None:
            missing = self._missing_icon(idea)
            return (
                f'picture "{missing}" is not an icon: pick one from the Material icons'
                if missing
                else None
            )
        shortcode = idea.picture or ""
        if self.library.get(shortcode):
            return None
        hint = self.library.suggestion(shortcode, idea.text)
        where = f"{self.library.folder.name}/{LIBRARY_FILE}"
        return f'picture "{shortcode}" is not in the picture library ({where}): {hint}'

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
