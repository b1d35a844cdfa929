"""Search in parents' words: the synonyms and the index's own words, for the browser.

Writes `search/words.json`, which assets/javascripts/search.js fetches with the first search:

- `synonyms`: phrases families type and what to search for instead. A phrase from a taxonomy
  term's `also:` list (directory/_taxonomy.yml) narrows to that category or need with a search
  filter, so "a break from caring" finds every short breaks service, whatever words its page
  uses. A glossary term's spellings, `also:` words and what it stands for are searched for one
  another, so "EHCP", "EHC plan" and "education health care plan" find the same pages.
- `words`: every word in the indexed text of the site, with the number of pages using it. The
  browser checks a query's words against it before searching (an unknown word finds nothing,
  and never everything) and suggests the closest words for "Did you mean ...?".

Synonyms are applied to the query, not indexed with each service: measured on the demo, that
keeps every service page and the Pagefind index unchanged, an edited `also:` list needs no
re-index of text, and a filter is exact where Pagefind would prefix-match a short indexed
acronym ("OT" also finds "other").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import Any

from signpost.core.file_memo import FileMemo, remembered
from signpost.directory.districts import DISTRICTS_FILE, browser_table, load_districts
from signpost.directory.taxonomy import Taxonomy
from signpost.plain_english.glossary import Glossary
from signpost.website.search_tags import NAMED_NEED

WORDS_FILE = "search/words.json"
DISTRICTS_OUT = "search/districts.json"
# Words a query may leave out or add: "education health care plan" is "... and care plan".
STOP_WORDS = frozenset(
    "a an and are at by for from in is it my of on or our the to with".split()  # noqa: SIM905
)
WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
BODY = re.compile(
    r"<div data-pagefind-body>(.*?)(?:<aside class=\"app-feedback|</article>)", re.DOTALL
)
IGNORED = re.compile(
    r"<(script|style|template)\b.*?</\1>|<[^>]*data-pagefind-ignore[^>]*>.*?</(?:p|div|aside)>",
    re.DOTALL | re.IGNORECASE,
)
TAG = re.compile(r"<[^>]+>")
FILTER_KINDS = (("categories", "category"), ("needs", NAMED_NEED))


def tokens(text: str) -> list[str]:
    """Return the words of a text as the search compares them: lower case, no stop words."""
    return [w for w in WORD.findall(text.casefold()) if w not in STOP_WORDS]


def taxonomy_synonyms(taxonomy: Taxonomy) -> list[dict[str, Any]]:
    """Return a narrowing filter for each `also:` word of each category and need."""
    found = []
    for kind, name in FILTER_KINDS:
        for term in taxonomy.terms(kind):
            for phrase in term.also:
                found.append({"words": tokens(phrase), "filter": [name, term.id]})
    return found


def glossary_synonyms(glossary: Glossary) -> list[dict[str, Any]]:
    """Return, for each way of writing a glossary term, the other ways to search for too."""
    found = []
    for term in glossary.terms:
        forms = [*term.spellings, *([term.stands_for] if term.stands_for else [])]
        written = [tokens(form) for form in forms]
        for words in written:
            others = list(
                dict.fromkeys(" ".join(w) for w in written if w != words and _searchable(w))
            )
            if others:
                found.append({"words": words, "search": others, "keep": _searchable(words)})
    return found


def _searchable(words: list[str]) -> bool:
    """Tell whether Pagefind can search for these words without prefix-matching noise."""
    return len(" ".join(words)) > 3


def page_words(html: str) -> set[str]:
    """Return the words of the part of a built page that Pagefind indexes."""
    found: set[str] = set()
    for body in BODY.findall(html):
        text = TAG.sub(" ", IGNORED.sub(" ", body))
        found.update(w for w in WORD.findall(text.casefold()) if not w.isdigit())
    return found


def site_words(pages: Iterable[Path], memo: FileMemo | None = None) -> Counter[str]:
    """Count on how many indexed pages each word appears.

    With a `memo` (the editors' preview), the words of a page file that is the same as in the
    last build (the preview moves unchanged pages into the new site) are not read again.
    """
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update(remembered(memo, "page words", page, None, partial(_words_in, page)))
    return counts


def _words_in(page: Path) -> set[str]:
    return page_words(page.read_text(encoding="utf-8"))


def write_words(
    site: Path,
    taxonomy: Taxonomy | None,
    glossary: Glossary | None,
    memo: FileMemo | None = None,
) -> Path:
    """Write the synonyms and the index's words for the browser; return the file."""
    synonyms = taxonomy_synonyms(taxonomy) if taxonomy else []
    synonyms += glossary_synonyms(glossary) if glossary else []
    # Longest phrases first, so "EHC plan" wins over a shorter phrase inside it.
    synonyms.sort(key=lambda s: -len(s["words"]))
    words = site_words(site.rglob("*.html"), memo)
    data = {"synonyms": synonyms, "words": dict(sorted(words.items()))}
    target = site / WORDS_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False), "utf-8")
    return target


def write_districts(site: Path, directory: Path) -> Path:
    """Write the postcode districts table for sorting by distance (empty without the file)."""
    districts, _ = load_districts(directory / DISTRICTS_FILE, DISTRICTS_FILE)  # checks report
    target = site / DISTRICTS_OUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(browser_table(districts), separators=(",", ":")), "utf-8")
    return target
