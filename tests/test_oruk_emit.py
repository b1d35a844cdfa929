"""The importer's fast YAML writer reads back as the data it was given, in the usual layout."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.load import load_directory
from signpost.openreferral.emit import dump, expected
from signpost.openreferral.yaml_out import ORDER


def _reads_back(data: dict[str, object]) -> bool:
    doc = parse_text(dump(data, ORDER), "x.yml")
    return isinstance(doc, Document) and doc.data == {k: expected(v) for k, v in data.items()}


def test_every_demo_service_reads_back_from_the_fast_writer() -> None:
    directory = load_directory(REPO / "directory", today=dt.date(2026, 11, 28))
    for entry in directory.entries:
        data = entry.service.model_dump(exclude_defaults=True, mode="python")
        assert _reads_back(data), entry.path


def test_the_layout_is_the_editors_own() -> None:
    data = {
        "name": "Children's Sensory Play",
        "summary": "Yes",
        "description": "First line.\n\n- one\n- two\n",
        "categories": ["short-breaks"],
        "age": {"min": 0, "max": 4},
        "cost": "£2: a session",
        "contact": {"phone": "01632 960777", "email": "play@example.org"},
        "locations": [{"name": "Hub", "address": "2 Mill Lane", "postcode": "NQ1 2AB"}],
        "languages": ["English", "Welsh, Cymraeg"],
        "last_reviewed": dt.date(2026, 5, 20),
    }
    assert dump(data, ORDER) == (
        "name: Children's Sensory Play\n"
        'summary: "Yes"\n'
        "description: |\n  First line.\n\n  - one\n  - two\n"
        "categories: [short-breaks]\n"
        "age: {min: 0, max: 4}\n"
        'cost: "£2: a session"\n'
        'contact:\n  phone: "01632 960777"\n  email: play@example.org\n'
        "locations:\n  - name: Hub\n    address: 2 Mill Lane\n    postcode: NQ1 2AB\n"
        'languages: [English, "Welsh, Cymraeg"]\n'
        "last_reviewed: 2026-05-20\n"
    )


TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(
    name=TEXT,
    summary=TEXT,
    description=st.lists(TEXT, min_size=1, max_size=4).map("\n".join),
    languages=st.lists(TEXT, max_size=3),
)
def test_any_text_reads_back(
    name: str, summary: str, description: str, languages: list[str]
) -> None:
    data = {"name": name, "summary": summary, "description": description, "languages": languages}
    assert _reads_back(data)


@pytest.mark.parametrize(
    "description", ["0\n ", "  \n  ", "\n  a\nb", "a\n\n\n", " a\nb", "a\n  b\n"]
)
def test_text_over_lines_reads_back(description: str) -> None:
    assert _reads_back({"description": description})


@pytest.mark.parametrize(
    "text", ["true", "null", "1:30", "0123", "2026-01-01", "- x", "a: b", "x #y", "#x", "ok:"]
)
def test_text_that_looks_like_another_value_is_quoted(text: str) -> None:
    assert _reads_back({"name": text})
