"""Imported text as blocks (paragraphs, headings, lists), written back as Markdown.

Feeds give descriptions as HTML or as plain text with line breaks, "•" bullets and numbered
lines. Both become the same blocks, so the summary can be picked from a real paragraph and the
description written without repeating it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# Zero-width and direction characters: invisible, and they defeat matching and checks.
INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bullets as feeds type them: dot, middle dot, squares, arrows, ticks, dashes, star, plus.
MARKS = "\u2022\u00b7\u25e6\u25aa\u2023\u25cf\u25cb\u25a0\u25a1"
MARKS += "\u27a2\u27a4\u25ba\u2713\u2714\u2013\u2014"
BULLET = re.compile(f"^(\\s*)[{MARKS}*+-]\\s+(\\S.*)$")
NUMBERED = re.compile(r"^(\s*)\d{1,2}[.)]\s+(\S.*)$")
HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
# Headings go below the service page's own: it has h1 for the name, h2 for "What it is".
TOP_HEADING = 3
LAST_HEADING = 4
SENTENCE_END = re.compile("(?<=[.!?])\\s+(?=[\"'\u2018\u201c(]?[A-Z0-9])")


@dataclass
class Block:
    """A paragraph (`p`), heading (`h`, with a level) or list (`list`, with its items)."""

    kind: str
    text: str = ""
    level: int = TOP_HEADING
    # (depth from 0, numbered?, text) per item
    items: list[tuple[int, bool, str]] = field(default_factory=list)


def clean(text: str) -> str:
    """Remove control and zero-width characters; turn other line breaks into newlines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.isascii():  # most text: nothing invisible, nothing to normalise
        return CONTROL.sub("", text.replace("\t", " "))
    text = re.sub("[\u2028\u2029\x85]", "\n", text)
    text = text.replace("\t", " ").replace("\xa0", " ")
    return CONTROL.sub("", INVISIBLE.sub("", unicodedata.normalize("NFC", text)))


def line_blocks(lines: list[str], hard_breaks: bool) -> list[Block]:
    """Group lines into blocks: bullet and numbered lines into lists, the rest into paragraphs.

    With `hard_breaks` (HTML `<br>`) every line is its own paragraph; otherwise a line that
    runs on into the next (no full stop, next starts in lower case) is joined to it.
    """
    blocks: list[Block] = []
    indents: list[int] = []
    for line in (x for x in lines if x.strip()):
        item = BULLET.match(line) or NUMBERED.match(line)
        heading = HEADING.match(line)
        if item:
            numbered = item.re is NUMBERED
            if not blocks or blocks[-1].kind != "list":
                blocks.append(Block("list"))
                indents = []
            depth = _depth(len(item.group(1)), indents)
            blocks[-1].items.append((depth, numbered, _words(item.group(2))))
        elif heading:
            level = min(LAST_HEADING, TOP_HEADING + max(0, len(heading.group(1)) - 2))
            blocks.append(Block("h", _words(heading.group(2)), level))
        elif blocks and not hard_breaks and _runs_on(blocks[-1], line):
            blocks[-1].text += " " + _words(line)
        else:
            blocks.append(Block("p", _words(line)))
    return blocks


def _depth(indent: int, indents: list[int]) -> int:
    while indents and indent < indents[-1]:
        indents.pop()
    if not indents or indent > indents[-1]:
        indents.append(indent)
    return len(indents) - 1


def _runs_on(block: Block, line: str) -> bool:
    return block.kind == "p" and not re.search(r"[.:!?;)]$", block.text) and line[:1].islower()


def _words(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text).strip()


def text_blocks(text: str) -> list[Block]:
    """Return plain (or Markdown) text as blocks, one group of lines between blank lines."""
    blocks: list[Block] = []
    for chunk in re.split(r"\n[ \t]*\n", clean(text)):
        blocks += line_blocks(chunk.split("\n"), hard_breaks=False)
    return blocks


def to_markdown(blocks: list[Block]) -> str:
    """Write blocks as Markdown: a blank line between blocks, nested lists by four spaces."""
    out = []
    for block in blocks:
        if block.kind == "h":
            out.append(f"{'#' * block.level} {block.text}")
        elif block.kind == "list":
            out.append("\n".join(_items(block.items)))
        elif block.text:
            out.append(block.text)
    return "\n\n".join(x for x in out if x.strip())


def _items(items: list[tuple[int, bool, str]]) -> list[str]:
    counters: dict[int, int] = {}
    lines = []
    for depth, numbered, text in items:
        counters = {d: n for d, n in counters.items() if d <= depth}
        counters[depth] = counters.get(depth, 0) + 1
        marker = f"{counters[depth]}." if numbered else "-"
        lines.append(f"{'    ' * depth}{marker} {text}")
    return lines


SUMMARY_MIN_WORDS = 5


def first_sentence(text: str) -> str:
    """Return the first sentence of a paragraph."""
    return SENTENCE_END.split(text, maxsplit=1)[0].strip()


def summary_problem(sentence: str, most: int) -> str | None:
    """Say why a sentence cannot be a service's summary, or None if it can."""
    words = len(sentence.split())
    if sentence.endswith(":"):
        return "a lead-in to what follows, not a sentence"
    if sentence.endswith("?"):
        return "a question, not a sentence saying what the service is"
    if words < SUMMARY_MIN_WORDS:
        return f"only {words} word{'s' if words != 1 else ''}"
    if words > most:
        return f"{words} words long (at most {most})"
    capitals = sum(w[:1].isupper() for w in sentence.split())
    if not sentence.endswith((".", "!")) and capitals * 2 > words:
        return "a heading, not a sentence"
    return None


def split_summary(blocks: list[Block], most: int) -> tuple[str | None, list[Block], str]:
    """Take the summary from the first paragraph, so the description does not repeat it.

    Headings, and paragraphs that are only a title or a question, are passed over; a list
    or a lead-in ("Services include:") stops the search. Return the summary (or None and
    why not) and the blocks left for the description.
    """
    first_why = ""
    for index, block in enumerate(blocks):
        if block.kind == "list":
            break
        if block.kind != "p":
            continue
        sentence = first_sentence(block.text)
        why = summary_problem(sentence, most)
        if not why:
            rest = block.text[len(sentence) :].strip()
            left = [*blocks[:index], *([Block("p", rest)] if rest else []), *blocks[index + 1 :]]
            return sentence, _without_empty_headings(left), ""
        shown = sentence if len(sentence) <= 60 else sentence[:57] + "..."
        first_why = first_why or f'the description starts with "{shown}", {why}'
        title_like = why.startswith(("a heading", "a question", "only"))
        if sentence != block.text or not title_like:
            break
    return None, blocks, first_why or "the description does not start with a sentence"


def _without_empty_headings(blocks: list[Block]) -> list[Block]:
    """Drop a heading left with nothing under it (its paragraph became the summary)."""
    kept = []
    for n, block in enumerate(blocks):
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        empty = after is None or (after.kind == "h" and after.level <= block.level)
        if not (block.kind == "h" and empty):
            kept.append(block)
    return kept


POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\b")
ADDRESS_LINE = 60


def places(blocks: list[Block]) -> list[tuple[str, str]]:
    """Return (address, postcode) for each postcode written in the text, for an editor to confirm.

    The address is the text before the postcode on its line, or the short lines above it.
    """
    lines = [b.text for b in blocks if b.kind != "list"]
    lines += [text for b in blocks for _, _, text in b.items]
    found: list[tuple[str, str]] = []
    for n, line in enumerate(lines):
        for match in POSTCODE.finditer(line):
            before = line[: match.start()].strip(" ,")
            if not before:
                above = [
                    x for x in lines[max(0, n - 3) : n] if len(x) <= ADDRESS_LINE and x[-1] != ":"
                ]
                before = ", ".join(x.strip(" ,.") for x in above)
            address = re.split(r"(?i)\b(?:address|at|visit us at|find us at)\s*:?\s+", before)
            postcode = match.group(1)
            if postcode not in {p for _, p in found}:
                found.append((address[-1].strip(" ,.:"), postcode))
    return found
