"""Imported text reads as it did on the council's old site: golden HTML -> Markdown cases.

Each `tests/fixtures/oruk/text/<case>.html` (or `.txt`) is a description as a feed gives it;
`<case>.md` beside it is the summary, any places found, and the description written.
Run with UPDATE_GOLDEN=1 to rewrite the expected files (then read every change).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from signpost.openreferral.html import html_to_markdown
from signpost.openreferral.mapping import map_service
from signpost.openreferral.prose import clean, first_sentence, summary_problem, text_blocks
from signpost.openreferral.read import Reader, Record

TEXT = Path(__file__).parent / "fixtures" / "oruk" / "text"
CASES = sorted(p for p in TEXT.iterdir() if p.suffix in {".html", ".txt"})


def _imported(description: str) -> str:
    record = Record("in.json", "", {"name": "A service", "description": description})
    item = map_service(record, Reader(record), None)
    assert item is not None
    why = [line for line in item.todo if line.startswith("summary:")]
    lines = [f"summary: {item.data.get('summary') or '(none) ' + ' '.join(why)}"]
    lines += [f"place: {address} | {postcode}" for address, postcode in item.places]
    return "\n".join([*lines, "---", item.data.get("description", "")])


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_imported_text_matches_the_golden_markdown(case: Path) -> None:
    got = _imported(case.read_text(encoding="utf-8"))
    expected = case.with_suffix(".md")
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(got, encoding="utf-8")
    assert got == expected.read_text(encoding="utf-8")


def test_every_case_has_its_expected_markdown() -> None:
    assert len(CASES) >= 15
    assert all(case.with_suffix(".md").is_file() for case in CASES)


def test_the_description_never_repeats_the_summary() -> None:
    for case in CASES:
        got = _imported(case.read_text(encoding="utf-8"))
        summary = got.split("\n", 1)[0].removeprefix("summary: ")
        description = got.split("---\n", 1)[1]
        assert summary.startswith("(none)") or summary not in description, case.name


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("Services include:", "a lead-in to what follows, not a sentence"),
        ("Who is it for?", "a question, not a sentence saying what the service is"),
        ("Youth club.", "only 2 words"),
        ("Short Breaks Information Hub For Families", "a heading, not a sentence"),
        ("We run a club for disabled children.", None),
        ("Play sessions for disabled children on Saturdays", None),
    ],
)
def test_a_summary_is_a_real_sentence(sentence: str, why: str | None) -> None:
    assert summary_problem(sentence, 30) == why


def test_control_and_zero_width_characters_are_removed() -> None:
    assert clean("a\x03b\u200bc\ufeffd\u202ee\x00f\r\ng\u2028h") == "abcdef\ng\nh"


def test_first_sentence_does_not_split_inside_numbers_or_lower_case() -> None:
    assert first_sentence("Open 9.30 to 12. Ring first.") == "Open 9.30 to 12."
    assert first_sentence("See e.g. our leaflet. Then ring.") == "See e.g. our leaflet."


def test_plain_text_hard_wrapped_lines_stay_one_paragraph() -> None:
    blocks = text_blocks("We run a club for\nchildren aged 5 to 11.\nRing to book.")
    assert [b.text for b in blocks] == ["We run a club for children aged 5 to 11.", "Ring to book."]


def test_html_becomes_markdown_with_unsafe_parts_removed() -> None:
    html = (
        "<h2>About</h2><p>We <b>help</b> families&nbsp;&amp; carers.</p>"
        '<ol><li>Ring us</li><li>Visit <a href="https://example.org">our site</a></li></ol>'
        '<p><a href="javascript:alert(1)">Click</a><script>alert(2)</script><br>Bye</p>'
    )
    assert html_to_markdown(html) == (
        "### About\n\nWe help families & carers.\n\n1. Ring us\n"
        "2. Visit [our site](https://example.org)\n\nClick\n\nBye"
    )
