"""Explain glossary terms where readers meet them: the first use on each page links to the
glossary, and an acronym also shows what it stands for, in words anyone can see and tap.

Works on the page's HTML with a fast tokenizer (no full parse), so thousands of pages stay quick.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from signpost.plain_english.acronyms import core_of
from signpost.plain_english.glossary import Glossary, Term

TAG = re.compile(r"<[^>]*>")
# Text inside these is left alone: no links inside links, headings or buttons; code stays code.
SKIP_TAG = re.compile(
    r"<(/?)(a|abbr|button|code|h[1-6]|kbd|label|pre|samp|script|select|style|svg|textarea|title)"
    r"(?=[\s>/])[^>]*>",
    re.IGNORECASE,
)
Trie = dict[str, "Trie"]
# Where Material's page content starts and ends: only the content is explained.
START = '<article class="md-content__inner'
END = "</main>"


class MissingMarkersError(ValueError):
    """The page has no content markers: the theme's markup is not what Signpost expects."""


@dataclass(frozen=True)
class TermLink:
    """What the term-link component shows: where it links, the words, what they stand for."""

    href: str
    text: Markup
    stands_for: str | None


def plain_link(link: TermLink) -> str:
    """Write a term link without templates (for tests and tools outside a build)."""
    html = f'<a class="app-term" href="{escape(link.href)}">{link.text}</a>'
    if link.stands_for:
        html += f' <span class="app-term__expansion">({escape(link.stands_for)})</span>'
    return html


@dataclass
class Explainer:
    """Finds glossary terms in HTML text and marks up the first use of each on a page.

    `render` writes one term link; the build renders the council-overridable template
    overrides/signpost/components/term-link/macro.html.
    """

    glossary: Glossary
    render: Callable[[TermLink], str] = plain_link
    pattern: re.Pattern[str] = field(init=False)
    lookup: dict[str, Term] = field(init=False)
    exact: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.lookup = {}
        self.exact = {}
        for term in self.glossary.terms:
            # What an acronym stands for is a way of writing it too.
            written_out = [term.stands_for] if term.stands_for else []
            for spelling in [*term.spellings, *written_out]:
                self.lookup.setdefault(spelling.casefold(), term)
                if term.is_acronym and spelling.isupper():
                    self.exact[spelling.casefold()] = spelling
        words = _trie_pattern(sorted(self.lookup)) or "(?!x)x"
        # Searched in lower case: much faster than a case-insensitive pattern.
        self.pattern = re.compile(rf"\b(?:{words})(?:s|'s)?(?![\w&-])")

    def term_for(self, written: str) -> Term | None:
        """Return the term a matched word belongs to; acronyms must be in capitals."""
        key = written.casefold()
        for candidate, trimmed in (
            (key, written),
            (key[:-2], written[:-2]),
            (key[:-1], written[:-1]),
        ):
            if candidate in self.lookup and (
                candidate not in self.exact or self.exact[candidate] == trimmed
            ):
                return self.lookup[candidate]
        return None

    def explain(self, html: str, glossary_url: str) -> tuple[str, set[str]]:
        """Return the page with first uses explained, and every term used on it."""
        start, end = html.find(START), html.rfind(END)
        if start < 0 or end < start:
            raise MissingMarkersError(
                f"the page has no {START}...{END}: mkdocs-material's page markup has changed, "
                "so update START and END in signpost/plain_english/explain.py"
            )
        body, used = self._explain_region(html[start:end], glossary_url)
        return html[:start] + body + html[end:], used

    def _explain_region(self, region: str, glossary_url: str) -> tuple[str, set[str]]:
        used: set[str] = set()
        explained: set[str] = set()
        out: list[str] = []
        done = 0
        skipping: list[str] = []
        tags = SKIP_TAG.finditer(region)
        tag = next(tags, None)
        lowered = region.lower()
        if len(lowered) != len(region):  # a rare letter changed length in lower case
            return region, used
        for match in self.pattern.finditer(lowered):
            at = match.start()
            if at and region[at - 1] in "&-":
                continue  # part of a longer word, like pre-SENCO
            while tag is not None and tag.start() < at:
                _track(tag, skipping)
                tag = next(tags, None)
            if region.rfind("<", 0, at) > region.rfind(">", 0, at):
                continue  # inside a tag's attributes
            written = region[at : match.end()]
            term = self.term_for(written)
            if term is None:
                continue
            used.add(term.term)
            if skipping or term.term in explained:
                continue
            explained.add(term.term)
            out += [region[done:at], self._markup(term, written, at, region, glossary_url)]
            done = match.end()
        out.append(region[done:])
        return "".join(out), used

    def _markup(self, term: Term, written: str, at: int, region: str, glossary_url: str) -> str:
        is_acronym = core_of(written.removesuffix("'s")) is not None
        expand = (
            term.stands_for
            and is_acronym
            and not _already_expanded(term.stands_for, region, at, at + len(written))
        )
        href = f"{glossary_url}#{term.anchor}"
        return self.render(TermLink(href, Markup(written), term.stands_for if expand else None))


def _already_expanded(stands_for: str, region: str, start: int, end: int) -> bool:
    before = TAG.sub("", region[max(0, start - 400) : start]).casefold()
    after = TAG.sub("", region[end : end + 40]).lstrip()
    return stands_for.casefold() in before or after.startswith("(")


def _track(tag: re.Match[str], skipping: list[str]) -> None:
    name = tag.group(2).lower()
    if tag.group(1):
        if name in skipping:
            del skipping[len(skipping) - 1 - skipping[::-1].index(name)]
    elif not tag.group(0).endswith("/>"):
        skipping.append(name)


def _trie_pattern(words: list[str]) -> str:
    """Return a regex matching any of `words`, shaped as a trie so matching stays fast."""
    trie: Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_node(trie)


def _trie_node(node: Trie) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
