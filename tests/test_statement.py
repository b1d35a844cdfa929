"""The accessibility statement shows the real result of the last full check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import REPO, build, copy_site
from signpost.website.statement import load_check

RESULT = {
    "checked_on": "2026-11-20",
    "pages": 120,
    "axe_core": "4.14.1",
    "schemes": ["light", "dark"],
    "widths": [320, 1280],
    "sampled": False,
    "violations": [],
}


def _site_with_statement(tmp_path: Path) -> Path:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(REPO / "content" / "accessibility.md", root / "content" / "accessibility.md")
    shutil.copy(REPO / "content" / "privacy.md", root / "content" / "privacy.md")
    return root


def test_statement_shows_the_date_and_result_of_the_last_check(tmp_path: Path) -> None:
    root = _site_with_statement(tmp_path)
    (root / "reports").mkdir()
    (root / "reports" / "accessibility.json").write_text(json.dumps(RESULT))
    result = build(root, strict=False)
    assert result.returncode == 0, result.output
    section = result.html("accessibility/").select_one(".app-latest-check")
    text = " ".join(section.get_text().split())
    assert "on 20 November 2026, in a real web browser with axe-core 4.14.1" in text
    assert "We checked 120 pages, each in the light and dark colour schemes" in text
    assert "at 320 and 1280 pixels wide" in text
    assert "The check found no accessibility problems." in text


def test_statement_counts_problems_when_there_are_some(tmp_path: Path) -> None:
    root = _site_with_statement(tmp_path)
    (root / "reports").mkdir()
    (root / "reports" / "accessibility.json").write_text(
        json.dumps({**RESULT, "violations": [{}, {}]})
    )
    text = (
        build(root, strict=False).html("accessibility/").select_one(".app-latest-check").get_text()
    )
    assert "The check found 2 accessibility problems." in text


def test_statement_says_plainly_when_there_has_been_no_check(tmp_path: Path) -> None:
    root = _site_with_statement(tmp_path)
    text = (
        build(root, strict=False).html("accessibility/").select_one(".app-latest-check").get_text()
    )
    assert "has not had its automatic check yet" in text


def test_unreadable_results_count_as_no_check(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json")
    assert load_check(tmp_path / "bad.json") is None
    assert load_check(tmp_path / "missing.json") is None
