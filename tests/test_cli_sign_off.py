"""`signpost sign-off`: record young people's check, with clear errors for every mistake."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import copy_site
from signpost.cli.main import main


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_site("basic", tmp_path / "root")


def run(root: Path, *args: str) -> int:
    return main(["sign-off", "--root", str(root), *args])


def test_signing_off_records_who_and_when_once(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = root / "content" / "easy-read-advice.md"
    assert run(root, str(page), "--by", "Young  Voices", "--on", "2026-11-01") == 0
    assert capsys.readouterr().out == f"{page}: checked by Young Voices on 2026-11-01\n"
    assert 'checked_by: "Young Voices"' in page.read_text()
    assert run(root, str(page), "--by", "Others", "--on", "2026-11-02") == 0
    assert page.read_text().count("checked_by") == 1
    assert "checked_on: 2026-11-02" in page.read_text()


def test_a_page_path_relative_to_the_root_works(root: Path) -> None:
    assert run(root, "content/easy-read-advice.md", "--by", "Young Voices") == 0
    today = dt.date.today().isoformat()
    assert f"checked_on: {today}" in (root / "content" / "easy-read-advice.md").read_text()


def test_a_wrong_path_suggests_the_page(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "content/easy-read-advise.md", "--by", "Young Voices") == 2
    assert capsys.readouterr().err == (
        "signpost sign-off: content/easy-read-advise.md: there is no such page: "
        'did you mean "content/easy-read-advice.md"?\n'
    )


def test_a_page_that_is_not_easy_read_is_refused_and_nothing_is_written(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    easy = root / "content" / "easy-read-advice.md"
    before = easy.read_text()
    done = run(root, str(easy), "content/advice-and-support.md", "--by", "Young Voices")
    assert done == 2
    assert capsys.readouterr().err == (
        "signpost sign-off: content/advice-and-support.md: this is not an easy read page "
        "(its front matter has no easy_read: true): only easy read pages are checked by "
        "young people\n"
    )
    assert easy.read_text() == before


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("24/11/2026", '"24/11/2026" is not a date: write it as YYYY-MM-DD, like 2026-11-24'),
        ("2026-02-30", '"2026-02-30" is not a date: write it as YYYY-MM-DD, like 2026-11-24'),
    ],
)
def test_a_wrong_date_says_how_to_write_it(
    root: Path, capsys: pytest.CaptureFixture[str], date: str, message: str
) -> None:
    with pytest.raises(SystemExit) as done:
        run(root, "content/easy-read-advice.md", "--by", "Young Voices", "--on", date)
    assert done.value.code == 2
    assert f"argument --on: {message}" in capsys.readouterr().err


def test_a_date_after_today_is_refused(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    assert run(root, "content/easy-read-advice.md", "--by", "Young Voices", "--on", later) == 2
    assert f"--on {later} is after today" in capsys.readouterr().err


def test_an_empty_name_is_refused(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "content/easy-read-advice.md", "--by", "  ") == 2
    assert "--by is empty" in capsys.readouterr().err


def test_check_notes_a_page_changed_after_its_check_without_failing(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = root / "content" / "easy-read-advice.md"
    assert run(root, str(page), "--by", "Young Voices", "--on", "2026-11-01") == 0
    assert main(["check", "--root", str(root)]) == 0
    assert "changed after" not in capsys.readouterr().out
    page.write_text(page.read_text().replace("We are kind.", "We are kind and fair."))
    assert main(["check", "--root", str(root), "--format", "github"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(
        "::notice file=content/easy-read-advice.md,line=6,title=checked_on::changed after "
        "Young Voices checked it on 2026-11-01: it is in the review pack"
    )
    assert out[0].endswith("(a note: it does not fail)")
    assert out[-1].endswith(": no problems")
