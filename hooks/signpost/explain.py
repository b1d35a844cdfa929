"""Explain glossary terms where readers meet them: the first use on each page links to the
glossary, and an acronym also shows what it stands for, in words anyone can see and tap.

Works on the page's HTML with a fast tokenizer (no full parse), so thousands of pages stay quick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import escape

from signpost.acronyms import core_of
from signpost.glossary import Glossary, Term

TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"^</?\s*([a-zA-Z0-9]+)")
# Text inside these is left alone: no links inside links, headings or buttons; code stays code.
SKIP = {
    "a",
    "abbr",
    "button",
    "code",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "kbd",
    "label",
    "pre",
    "samp",
    "script",
    "select",
    "style",
    "svg",
    "textarea",
    "title",
}
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}
START = '<article class="md-content__inner'
END = "</main>"


@dataclass
class Explainer:
    """Finds glossary terms in HTML text and marks up the first use of each on a page."""

    glossary: Glossary
    pattern: re.Pattern[str] = field(init=False)
    lookup: dict[str, Term] = field(init=False)

    def __post_init__(self) -> None:
        self.lookup = {}
        parts: list[tuple[int, str]] = []
        for term in self.glossary.terms:
            # What an acronym stands for is a way of writing it too, and the longest wins.
            written_out = [term.stands_for] if term.stands_for else []
            for spelling in [*term.spellings, *written_out]:
                self.lookup.setdefault(spelling.casefold(), term)
                text = re.escape(spelling)
                exact = term.is_acronym and spelling.isupper()
                parts.append((len(spelling), f"{text}(?:s|'s)?" if exact else f"(?i:{text}s?)"))
        # Longest first, so "EHC plan" wins over "EHC" where both could match.
        choices = "|".join(part for _, part in sorted(parts, key=lambda p: -p[0])) or "(?!x)x"
        self.pattern = re.compile(rf"(?<![\w&-])(?:{choices})(?![\w&-])")

    def term_for(self, written: str) -> Term | None:
        """Return the term a matched word belongs to."""
        key = written.casefold()
        for candidate in (key, key.removesuffix("'s"), key.removesuffix("s")):
            if candidate in self.lookup:
                return self.lookup[candidate]
        return None

    def explain(self, html: str, glossary_url: str) -> tuple[str, set[str]]:
        """Return the page with first uses explained, and every term used on it."""
        start, end = html.find(START), html.rfind(END)
        if start < 0 or end < start:
            return html, set()
        body, used = self._explain_region(html[start:end], glossary_url)
        return html[:start] + body + html[end:], used

    def _explain_region(self, region: str, glossary_url: str) -> tuple[str, set[str]]:
        used: set[str] = set()
        explained: set[str] = set()
        seen_text: list[str] = []
        skipping: list[str] = []
        out = []
        for piece in TAG.split(region):
            if piece.startswith("<"):
                _track(piece, skipping)
                out.append(piece)
                continue
            out.append(
                self._explain_text(piece, bool(skipping), glossary_url, used, explained, seen_text)
            )
            seen_text.append(piece.casefold())
        return "".join(out), used

    def _explain_text(
        self,
        text: str,
        skipping: bool,
        glossary_url: str,
        used: set[str],
        explained: set[str],
        seen_text: list[str],
    ) -> str:
        def replace(match: re.Match[str]) -> str:
            written = match.group(0)
            term = self.term_for(written)
            if term is None:
                return written
            used.add(term.term)
            if skipping or term.term in explained:
                return written
            explained.add(term.term)
            link = f'<a class="app-term" href="{glossary_url}#{term.anchor}">{written}</a>'
            expand = term.stands_for and core_of(written.removesuffix("'s")) is not None
            if expand and not _already_expanded(str(term.stands_for), text, match, seen_text):
                link += f' <span class="app-term__expansion">({escape(term.stands_for)})</span>'
            return link

        return self.pattern.sub(replace, text)


def _already_expanded(stands_for: str, text: str, match: re.Match[str], seen: list[str]) -> bool:
    before = text[: match.start()].casefold()
    after = text[match.end() :].lstrip()
    wanted = stands_for.casefold()
    return wanted in before or wanted in "".join(seen[-20:]) or after.startswith("(")


def _track(tag: str, skipping: list[str]) -> None:
    name_match = TAG_NAME.match(tag)
    if name_match is None or tag.startswith("<!"):
        return
    name = name_match.group(1).lower()
    if name not in SKIP or name in VOID or tag.endswith("/>"):
        return
    if tag.startswith("</"):
        if name in skipping:
            del skipping[len(skipping) - 1 - skipping[::-1].index(name)]
    else:
        skipping.append(name)
