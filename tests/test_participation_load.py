"""participation/: every file checked, every problem reported with its file, line and field."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from signpost.participation.load import Participation, load_participation, today_from

CASES = Path(__file__).parent / "fixtures" / "participation"
AREAS = {
    "areas": {"north", "south", "east"},
    "accessibility": {"step-free", "hearing-loop"},
}
TODAY = dt.date(2026, 11, 28)


def load_case(kind: str, workdir: Path) -> Participation:
    """Copy a case folder beside the fixture themes and load it as participation/."""
    root = workdir / "participation"
    shutil.copytree(CASES / kind, root)
    shutil.copy(CASES / "themes.yml", root / "themes.yml")
    return load_participation(root, AREAS, TODAY)


def test_valid_files_load_with_no_problems(tmp_path: Path) -> None:
    found = load_case("valid", tmp_path)
    assert [str(p) for p in found.problems] == []
    assert [r.id for r in found.said] == ["late-drivers", "free-buses", "clearer-words"]
    assert [r.id for r in found.events] == [
        "past-meeting",
        "winter-social",
        "holiday-club",
        "spring-drop-in",
    ]
    club = found.events[2].item
    assert (club.kind, club.cost, club.age and club.age.max) == ("holiday-club", "£5 a day", 14)
    assert found.events[0].item.kind == "have-your-say", "the default, so older files still load"
    assert list(found.partnerships) == ["north"]
    assert found.events[0].item.place.postcode == "NQ1 1AA"


def test_invalid_files_report_exactly_the_expected_lines(tmp_path: Path) -> None:
    expected = (CASES / "invalid" / "expected.txt").read_text(encoding="utf-8").splitlines()
    found = load_case("invalid", tmp_path)
    assert [str(p) for p in found.problems] == expected
    assert found.said == [] and found.events == []


def test_missing_themes_file_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "participation"
    shutil.copytree(CASES / "valid", root)
    found = load_participation(root, AREAS, TODAY)
    assert "participation/themes.yml:1: the themes file is missing: create it" in [
        str(p) for p in found.problems
    ]


def test_no_participation_folder_is_not_a_problem(tmp_path: Path) -> None:
    found = load_participation(tmp_path / "participation", AREAS, TODAY)
    assert found.problems == [] and found.said == []


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({}, dt.date(2026, 1, 2)), ({"SIGNPOST_TODAY": "2026-11-28"}, dt.date(2026, 11, 28))],
)
def test_today_can_be_fixed_for_tests(environ: dict[str, str], expected: dt.date) -> None:
    assert today_from(environ, dt.date(2026, 1, 2)) == expected
