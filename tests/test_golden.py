"""Golden cases: each invalid file gives exactly the expected lines; valid files give none."""

from __future__ import annotations

from pathlib import Path

import pytest
from golden import cases, load_case


@pytest.mark.parametrize("case", cases("valid"), ids=lambda p: p.name)
def test_valid_case_has_no_problems(case: Path, tmp_path: Path) -> None:
    directory = load_case(case, tmp_path)
    assert [str(p) for p in directory.problems] == []
    assert [entry.id for entry in directory.entries] == [case.stem]


@pytest.mark.parametrize("case", cases("invalid"), ids=lambda p: p.name)
def test_invalid_case_reports_exactly_the_expected_lines(case: Path, tmp_path: Path) -> None:
    expected_file = case / "expected.txt" if case.is_dir() else case.with_suffix(".expected")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    directory = load_case(case, tmp_path)
    assert [str(p) for p in directory.problems] == expected
    assert expected, "an invalid case must expect at least one problem"


def test_every_invalid_case_has_expected_lines() -> None:
    for case in cases("invalid"):
        expected = case / "expected.txt" if case.is_dir() else case.with_suffix(".expected")
        assert expected.is_file(), f"{case.name} has no expected lines beside it"
