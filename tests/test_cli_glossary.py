"""`signpost glossary suggest`, and everyday words in capitals that are not acronyms."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_site
from signpost.cli.main import main
from signpost.plain_english.everyday import is_everyday

SHOUTY = """\
name: Rainbow Swim
organisation: Testshire Leisure
summary: FREE swimming for disabled children, with SALT support.
description: |
  CLOSED in August. THE pool is warm. Our SALT team and the XYZ group help.

  PLEASE NOTE: BOOKINGS are taken by phone. Ask about SALT.
categories: [short-breaks]
areas: [north]
age: {min: 5, max: 11}
cost: Free
how_to_access: Ring to book.
contact:
  email: swim@example.org
last_reviewed: 2026-10-01
"""


@pytest.mark.parametrize("word", ["CLOSED", "FREE", "THE", "BOOKINGS", "PLEASE", "NOTE", "USED"])
def test_everyday_words_in_capitals_are_not_acronyms(word: str) -> None:
    assert is_everyday(word)


@pytest.mark.parametrize("word", ["SALT", "SEND", "ASD", "EHCP", "CAMHS", "XYZ", "A&E", "SENCo"])
def test_acronyms_are_still_acronyms(word: str) -> None:
    assert not is_everyday(word)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    site = copy_site("basic", tmp_path / "root")
    (site / "directory" / "rainbow-swim.yml").write_text(SHOUTY)
    return site


def test_suggest_lists_unknown_acronyms_by_use_with_draft_entries(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["glossary", "suggest", "--root", str(root)]) == 0
    lines = capsys.readouterr().out.splitlines()
    path = "directory/rainbow-swim.yml"
    assert lines[:4] == [
        "2 acronyms are not in content/glossary.yml, most used first:",
        "",
        f"SALT: used 3 times in 1 files: {path}:3, {path}:5, {path}:7",
        f"XYZ: used once in 1 files: {path}:5",
    ]
    assert "  - term: SALT" in lines and "  - term: XYZ" in lines
    assert not [line for line in lines if "CLOSED" in line or "FREE" in line]


def test_check_does_not_report_everyday_words_in_capitals(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "--root", str(root), "--today", "2026-11-28"])
    out = capsys.readouterr().out
    assert '"SALT" is not in the glossary' in out
    for word in ("CLOSED", "FREE", "BOOKINGS"):
        assert f'"{word}" is not in the glossary' not in out
    # Issue 15: capitals for emphasis get their own advice, as a note that never fails.
    assert any('"FREE" is in capitals' in line and "(a note" in line for line in out.splitlines())
