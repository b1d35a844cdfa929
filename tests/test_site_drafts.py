"""Drafts: checked and previewed with `mkdocs serve`, never published by `mkdocs build`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build, copy_site, fetch, mkdocs_serve, wait_until
from signpost.cli.main import main

UNFINISHED = """\
name: Rainbow Swim
organisation: Testshire Leisure
summary: Swimming sessions for disabled children.
description: Quiet sessions in the small pool.
categories: [short-breaks]
areas: [north]
age: {min: 5, max: 11}
contact:
  email: swim@example.org
last_reviewed: 2026-10-01
status: draft
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The basic site with one finished draft (club 1) and one unfinished."""
    site = copy_site("basic", tmp_path / "root")
    club = site / "directory" / "club-1.yml"
    club.write_text(club.read_text() + "status: draft\n")
    (site / "directory" / "rainbow-swim.yml").write_text(UNFINISHED)
    return site


def test_a_strict_build_publishes_without_drafts_and_says_what_they_need(root: Path) -> None:
    result = build(root)
    assert result.returncode == 0, result.output
    assert (result.site / "services" / "club-2" / "index.html").is_file()
    assert not (result.site / "services" / "club-1").exists()
    assert not (result.site / "services" / "rainbow-swim").exists()
    everything = "".join(p.read_text() for p in result.site.rglob("*.html"))
    assert "Club number 1" not in everything
    assert "directory/club-1.yml: a draft, not published" in result.output
    assert "directory/rainbow-swim.yml: a draft, not published: 2 things to finish" in result.output
    assert "directory/rainbow-swim.yml:1: cost: is missing" in result.output
    assert result.warnings() == []


def test_a_draft_with_a_mistake_in_a_published_file_still_fails(root: Path) -> None:
    club = root / "directory" / "club-2.yml"
    club.write_text(club.read_text().replace("cost:", "costs:"))
    result = build(root)
    assert result.returncode == 1


def test_preview_shows_drafts_with_a_notice(root: Path) -> None:
    with mkdocs_serve(root) as preview:
        wait_until(lambda: "Club number 1" in fetch(preview.base + "services/club-1/"))
        assert "Draft: this page is a preview" in fetch(preview.base + "services/club-1/")
        unfinished = fetch(preview.base + "services/rainbow-swim/")
        assert "directory/rainbow-swim.yml" in unfinished
        assert "<strong>cost</strong>: is missing" in unfinished, "a draft shows what it needs"


def test_check_stats_and_review_due_list_drafts(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--root", str(root), "--today", "2026-11-28"]) == 0
    out = capsys.readouterr().out
    assert "directory/rainbow-swim.yml:1: cost: is missing: add it, it is required (a draft" in out
    assert out.splitlines()[-1].endswith("(2 drafts, not published): no problems")
    main(["stats", "--root", str(root)])
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "6 services"
    assert out.splitlines()[-3:] == [
        "Drafts, not published yet (2): run signpost check",
        "  directory/club-1.yml: ready: remove the status: draft line to publish it",
        "  directory/rainbow-swim.yml: 2 things to finish",
    ]
    main(["review-due", "--root", str(root), "--today", "2030-01-01"])
    out = capsys.readouterr().out
    assert "Club number 1" not in out
    assert out.splitlines()[-3:] == [
        "Drafts, not published yet (2): finish them, then remove status: draft",
        "  directory/club-1.yml",
        "  directory/rainbow-swim.yml",
    ]
