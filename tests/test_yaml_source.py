from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from signpost.core.errors import Problem
from signpost.core.yaml_source import (
    Document,
    LineList,
    LineMap,
    _parse_slowly,
    load_document,
    parse_text,
)

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/service.schema.json\n"

TEXT = """# a comment
name: Club
contact:
  phone: "01632 960123"
locations:
  - name: Hall
  - name: Centre
    postcode: NQ1 2AB
"""


def test_line_of_finds_nested_keys_and_list_items() -> None:
    doc = parse_text(TEXT, "x.yml")
    assert isinstance(doc, Document)
    assert doc.line_of(["name"]) == 2
    assert doc.line_of(["contact", "phone"]) == 4
    assert doc.line_of(["locations", 1, "postcode"]) == 8


def test_line_of_a_missing_key_falls_back_to_its_parent() -> None:
    doc = parse_text(TEXT, "x.yml")
    assert isinstance(doc, Document)
    assert doc.line_of(["contact", "email"]) == 3
    assert doc.line_of(["summary"]) == 2


def test_syntax_error_names_the_line_and_a_fix() -> None:
    problem = parse_text("name: a\nsummary: Open: 9am\n", "x.yml")
    assert isinstance(problem, Problem)
    assert problem.line == 2
    assert "inside quotes" in problem.message


def test_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    file = tmp_path / "x.yml"
    file.write_bytes(b"name: caf\xe9\n")
    problem = load_document(file, "x.yml")
    assert isinstance(problem, Problem)
    assert "UTF-8" in problem.message


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("yes", "yes"),
        ("on", "on"),
        ("True", True),
        ("~", None),
        ("01632960123", 1632960123),
        ("0x1F", 31),
        ("1_000", 1000),
        ("1.5", 1.5),
        ("2026-09-14", dt.date(2026, 9, 14)),
        ("2026-9-14", "2026-9-14"),
        ("12:30", "12:30"),
    ],
)
def test_values_are_read_as_yaml_1_2_like_ruamel(written: str, value: object) -> None:
    text = f"a: {written}\n"
    fast, slow = parse_text(text, "x.yml"), _parse_slowly(text, "x.yml")
    assert isinstance(fast, Document) and isinstance(slow, Document)
    assert fast.data["a"] == slow.data["a"] == value
    assert type(fast.data["a"]) is type(value)


def test_a_leading_schema_comment_keeps_line_numbers() -> None:
    doc = parse_text(SCHEMA_LINE + TEXT, "x.yml")
    assert isinstance(doc, Document)
    assert doc.line_of(["contact", "phone"]) == 5
    assert doc.line_of(["locations", 1, "postcode"]) == 9


def test_duplicate_keys_get_ruamels_message() -> None:
    problem = parse_text("name: a\nname: b\n", "x.yml")
    assert isinstance(problem, Problem)
    assert problem.line == 2
    assert problem.message.startswith('YAML syntax error: found duplicate key "name"')
    assert problem.message.endswith("remove or merge the repeated one.")


def test_every_demo_file_reads_the_same_as_with_ruamel() -> None:
    for file in sorted((REPO / "directory").glob("*.yml")):
        text = file.read_text(encoding="utf-8")
        fast, slow = parse_text(text, file.name), _parse_slowly(text, file.name)
        assert isinstance(fast, Document) and isinstance(slow, Document)
        assert fast.data == slow.data, file.name
        assert isinstance(fast.data, LineMap | LineList)
        keys = range(len(slow.data)) if isinstance(fast.data, LineList) else slow.data
        for key in keys:
            assert fast.line_of([key]) == slow.line_of([key]), (file.name, key)


SCALARS = st.one_of(
    st.text(min_size=0, max_size=12),
    st.integers(-1000, 10**12),
    st.booleans(),
    st.none(),
    st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(["yes", "no", "on", "off", "0123", "1_000", "0x1F", "1e3", "~", "12:30"]),
)
KEYS = st.text(alphabet="abcdefghij_", min_size=1, max_size=6)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)


def _paths(data: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


@settings(max_examples=150, deadline=None)
@given(data=st.dictionaries(KEYS, VALUES, min_size=1, max_size=5), flow=st.booleans())
def test_fast_and_ruamel_readers_agree_on_values_and_lines(
    data: dict[str, object], flow: bool
) -> None:
    writer = YAML(typ="rt")
    writer.default_flow_style = flow or None
    stream = io.StringIO()
    writer.dump(data, stream)
    text = SCHEMA_LINE + stream.getvalue()
    fast, slow = parse_text(text, "x.yml"), _parse_slowly(text, "x.yml")
    if isinstance(slow, Problem):  # ruamel cannot always read what it writes, like {_: ?0}
        assert fast == slow
        return
    assert isinstance(fast, Document) and isinstance(slow, Document), text
    assert fast.data == slow.data, text
    for path in _paths(slow.data):
        assert fast.line_of(path) == slow.line_of(path), (text, path)


def test_unusual_line_breaks_keep_the_same_line_numbers() -> None:
    text = '_:\n- "\x85    "\n- ""\n'
    fast, slow = parse_text(text, "x.yml"), _parse_slowly(text, "x.yml")
    assert isinstance(fast, Document) and isinstance(slow, Document)
    assert fast.line_of(["_", 1]) == slow.line_of(["_", 1])


def test_an_impossible_date_is_text_for_the_model_to_explain_not_a_crash() -> None:
    doc = parse_text("last_reviewed: 2026-13-01\n", "x.yml")
    assert isinstance(doc, Document) and doc.data == {"last_reviewed": "2026-13-01"}
    slow = _parse_slowly("a: 2026-13-01\n", "x.yml")
    assert slow == Problem(
        "x.yml", 1, "", "a value cannot be read (month must be in 1..12): check the dates"
    )
