"""`signpost stats`: counts by category, need, area and age band, and the gaps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import copy_site
from signpost.cli.main import main


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The basic fixture site: seven services, two areas."""
    return copy_site("basic", tmp_path / "root")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_counts_and_gaps_as_text(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "stats", "--root", str(root))
    assert code == 0
    assert out.splitlines() == [
        "7 services",
        "",
        "By category",
        "  Short breaks                6",
        "  Health                      0",
        "  Information and advice      1",
        "",
        "By need",
        "  Autism                         6",
        "  Learning disability            1",
        "  Any need (lists no needs)      1",
        "",
        "By area",
        "  North      2",
        "  South      6",
        "",
        "By age band",
        "  Aged 0 to 4       1",
        "  Aged 5 to 25      7",
        "",
        "Needs with no service in an area",
        "  none",
        "",
        "Categories with no service in an area",
        "  Health: North, South",
        "  Information and advice: South",
    ]


def test_a_service_for_any_need_fills_need_gaps_only_in_its_areas(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (root / "directory" / "riverside-saturday-club.yml").unlink()
    (root / "directory" / "broken.yml").write_text("name: [\n")
    code, out = run(capsys, "stats", "--root", str(root))
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "6 services (1 more left out because of mistakes: run signpost check)"
    gaps = lines[lines.index("Needs with no service in an area") :]
    assert gaps == [
        "Needs with no service in an area",
        "  Learning disability: South",
        "",
        "Categories with no service in an area",
        "  Short breaks: North",
        "  Health: North, South",
        "  Information and advice: South",
    ]


def test_json_has_the_same_figures(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "stats", "--root", str(root), "--format", "json")
    assert code == 0
    assert json.loads(out) == {
        "services": 7,
        "left_out_with_mistakes": 0,
        "drafts": [],
        "by_category": {"short-breaks": 6, "health": 0, "information-advice": 1},
        "by_need": {"autism": 6, "learning-disability": 1, "any": 1},
        "by_area": {"north": 2, "south": 6},
        "by_age_band": {"0-4": 1, "5-25": 7},
        "gaps": {
            "need_and_area": [],
            "category_and_area": [
                {"category": "health", "area": "north"},
                {"category": "health", "area": "south"},
                {"category": "information-advice", "area": "south"},
            ],
        },
        "reports_of_something_wrong": None,
    }


def test_recorded_reports_of_something_wrong_are_counted(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (root / "directory" / "_reports.yml").write_text(
        "- service: riverside-saturday-club\n  reported_on: 2026-11-02\n  fixed_on: 2026-11-05\n"
        "- service: riverside-saturday-club\n  reported_on: 2026-11-20\n"
    )
    code, out = run(capsys, "stats", "--root", str(root))
    assert code == 0
    lines = out.splitlines()
    assert lines[lines.index("Reports of something wrong (directory/_reports.yml)") :] == [
        "Reports of something wrong (directory/_reports.yml)",
        "  2 reported, 1 put right",
        "  3 days to put right (median)",
        "  still open: riverside-saturday-club (1)",
    ]
    code, out = run(capsys, "stats", "--root", str(root), "--format", "json")
    assert json.loads(out)["reports_of_something_wrong"] == {
        "total": 2,
        "fixed": 1,
        "open_by_service": {"riverside-saturday-club": 1},
        "median_days_to_fix": 3,
    }
