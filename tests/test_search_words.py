"""The search vocabulary: synonyms from the taxonomy and glossary, and the index's words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO
from signpost.directory.load import load_directory
from signpost.directory.taxonomy import Taxonomy
from signpost.plain_english.glossary import Glossary, load_glossary
from signpost.website.search_words import (
    glossary_synonyms,
    page_words,
    taxonomy_synonyms,
    tokens,
    write_words,
)


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    found = load_directory(REPO / "directory").taxonomy
    assert found is not None
    return found


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    found, problems = load_glossary(REPO / "content" / "glossary.yml", "content/glossary.yml")
    assert found is not None, problems
    return found


def test_tokens_drop_case_punctuation_and_small_words() -> None:
    assert tokens("Education, Health and Care plan") == ["education", "health", "care", "plan"]
    assert tokens("a break from caring") == ["break", "caring"]
    assert tokens("Down's syndrome") == ["down's", "syndrome"]


def test_each_also_word_of_a_category_or_need_narrows_to_it(taxonomy: Taxonomy) -> None:
    synonyms = taxonomy_synonyms(taxonomy)
    assert {"words": ["break", "caring"], "filter": ["category", "short-breaks"]} in synonyms
    assert {"words": ["dyspraxia"], "filter": ["named-need", "specific-learning"]} in synonyms
    assert {"words": ["add"], "filter": ["named-need", "adhd"]} in synonyms
    areas = {t.id for t in taxonomy.areas}
    assert not [s for s in synonyms if s["filter"][1] in areas], "only categories and needs"


def test_each_way_of_writing_a_glossary_term_searches_the_others(glossary: Glossary) -> None:
    synonyms = glossary_synonyms(glossary)
    ehcp = next(s for s in synonyms if s["words"] == ["ehcp"])
    assert set(ehcp["search"]) == {"ehc plan", "education health care plan"}
    assert ehcp["keep"] is True
    ot = next(s for s in synonyms if s["words"] == ["ot"])
    assert ot == {"words": ["ot"], "search": ["occupational therapist"], "keep": False}
    written_out = [s for s in synonyms if s["words"] == ["occupational", "therapist"]]
    assert written_out == [], "a two-letter acronym is never searched: it prefix-matches"
    senco = next(s for s in synonyms if s["words"] == ["senco"])
    assert len(senco["search"]) == len(set(senco["search"])), "each search once"


def test_page_words_are_the_indexed_text_only() -> None:
    html = (
        "<nav>Menu words</nav><article><div data-pagefind-body>"
        "<h1>Swimming club</h1><p data-pagefind-ignore>Back to results</p>"
        "<script>var hidden = 1</script><p>Ages 5 to 11</p></div>"
        '<aside class="app-feedback">Was this useful?</aside></article>'
    )
    assert page_words(html) == {"swimming", "club", "ages", "to"}


def test_the_file_holds_synonyms_longest_first_and_words_with_page_counts(
    tmp_path: Path, taxonomy: Taxonomy, glossary: Glossary
) -> None:
    for name, text in (("a", "swimming club"), ("b", "swimming lessons")):
        page = tmp_path / name / "index.html"
        page.parent.mkdir()
        page.write_text(f"<article><div data-pagefind-body><p>{text}</p></div></article>")
    data = json.loads(write_words(tmp_path, taxonomy, glossary).read_text())
    assert data["words"] == {"club": 1, "lessons": 1, "swimming": 2}
    lengths = [len(s["words"]) for s in data["synonyms"]]
    assert lengths == sorted(lengths, reverse=True)
