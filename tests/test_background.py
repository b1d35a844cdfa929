"""`mkdocs build` runs the checks beside the build: the same report, and failures are heard."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
from conftest import SITES, copy_site
from signpost.checks import background
from signpost.checks.background import ChecksFailedError, start_checks
from signpost.checks.inputs import project_inputs
from signpost.checks.registry import run_checks

TODAY = dt.date(2026, 11, 1)


def _site(tmp_path: Path) -> Path:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SITES / "plain-english-problems.md", root / "content" / "plain.md")
    return root


def test_checks_beside_the_build_give_the_report_of_checks_run_at_once(tmp_path: Path) -> None:
    root = _site(tmp_path)
    pending = start_checks(project_inputs(root / "mkdocs.yml", TODAY))
    # With two cores or more the checks run in their own process; with one, at once.
    assert (pending.process is not None) == ((os.cpu_count() or 1) >= 2)
    report = pending.finish()
    at_once = run_checks(project_inputs(root / "mkdocs.yml", TODAY))
    assert report.problems == at_once.problems and report.problems
    assert report.notes == at_once.notes
    assert pending.finish() is report  # asked again, the same report


def test_checks_that_stop_with_an_error_stop_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(inputs: object) -> None:
        raise ValueError("a bug in a check")

    monkeypatch.setattr(background, "run_checks", broken)
    pending = start_checks(project_inputs(_site(tmp_path) / "mkdocs.yml", TODAY))
    with pytest.raises(ChecksFailedError, match="a bug in a check"):
        pending.finish()


def test_checks_no_longer_wanted_are_stopped(tmp_path: Path) -> None:
    pending = start_checks(project_inputs(_site(tmp_path) / "mkdocs.yml", TODAY))
    pending.cancel()
    assert pending.process is None or not pending.process.is_alive()
