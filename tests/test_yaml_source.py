from __future__ import annotations

from pathlib import Path

from signpost.errors import Problem
from signpost.yaml_source import Document, load_document, parse_text

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
