"""`signpost review-due`: services past their review date, oldest first, with contacts."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import copy_site
from signpost.cli.main import main
from signpost.cli.progress import Progress

TABLE = [
    "Services not checked for 365 days or due by 2027-10-20 (today is 2027-09-20):",
    "Due         Overdue     Service                  Organisation              Phone          Email",
    "2026-01-31  597 days    Northshire Advice Line   Northshire Advice         0808 157 0123",
    "2027-09-14  6 days      Riverside Saturday Club  Riverside Families Trust  01632 960123   hello@example.org",
    "2027-10-01  in 11 days  Club number 1            Testshire Clubs                          club1@example.org",
    "2027-10-02  in 12 days  Club number 2            Testshire Clubs                          club2@example.org",
    "2027-10-03  in 13 days  Club number 3            Testshire Clubs                          club3@example.org",
    "2027-10-04  in 14 days  Club number 4            Testshire Clubs                          club4@example.org",
    "2027-10-05  in 15 days  Club number 5            Testshire Clubs                          club5@example.org",
    "7 services to check",
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """The basic fixture site: reviewed between January 2025 and October 2026."""
    return copy_site("basic", tmp_path / "root")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def test_lists_overdue_and_soon_due_services_oldest_first(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "review-due", "--root", str(root), "--today", "2027-09-20", "--within", "30d"
    )
    assert (code, out, err) == (0, TABLE, "")


def test_without_a_window_only_overdue_services_are_listed(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "review-due", "--root", str(root), "--today", "2027-09-20")
    assert code == 0
    assert out[0] == "Services not checked for 365 days (today is 2027-09-20):"
    assert [line[:10] for line in out[2:-1]] == ["2026-01-31", "2027-09-14"]
    assert out[-1] == "2 services to check"


def test_the_interval_comes_from_mkdocs_yml(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "listing_page_size: 5", "listing_page_size: 5\n    review_interval_days: 60"
        )
    )
    code, out, _ = run(capsys, "review-due", "--root", str(root), "--today", "2026-11-30")
    assert code == 0
    assert out[0] == "Services not checked for 60 days (today is 2026-11-30):"
    assert out[-1] == "3 services to check"
    assert out[-2].startswith("2026-11-30  due today  Club number 1 ")


def test_nothing_due_says_so(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for file in (root / "directory").glob("*.yml"):
        if file.name.startswith(("northshire", "riverside")):
            file.unlink()
    _, out, _ = run(capsys, "review-due", "--root", str(root), "--today", "2026-12-01")
    assert out == [
        "Services not checked for 365 days (today is 2026-12-01):",
        "none: every service has been checked recently",
    ]


def test_csv_has_the_same_services_and_contact_details(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "due.csv"
    args = ["--root", str(root), "--today", "2027-09-20", "--within", "30", "--csv", str(target)]
    code, out, _ = run(capsys, "review-due", *args)
    assert code == 0 and out == TABLE
    with target.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == [
        "name",
        "organisation",
        "file",
        "last_reviewed",
        "due",
        "days_overdue",
        "phone",
        "email",
    ]
    assert rows[1] == [
        "Northshire Advice Line",
        "Northshire Advice",
        "directory/northshire-advice-line.yml",
        "2025-01-31",
        "2026-01-31",
        "597",
        "0808 157 0123",
        "",
    ]
    assert [row[0] for row in rows[1:]] == [line[24:48].strip() for line in TABLE[2:-1]]
    assert len(rows) == 1 + 7
    assert rows[-1][5] == "-15"


def test_unreadable_services_are_mentioned_not_hidden(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (root / "directory" / "broken.yml").write_text("name: [\n")
    code, _, err = run(capsys, "review-due", "--root", str(root), "--today", "2027-09-20")
    assert code == 0
    assert err == (
        "1 service file was left out because of mistakes: run signpost check to see them\n"
    )


def test_a_window_that_is_not_days_is_refused(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["review-due", "--root", str(root), "--within", "a month"])
    assert done.value.code == 2
    assert '"a month" is not a number of days: write it like 30d' in capsys.readouterr().err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_on_a_terminal_for_many_files_only() -> None:
    terminal = Terminal()
    progress = Progress("Reading services", 1000, terminal)
    progress.update(500)
    progress.finish()
    assert terminal.getvalue() == (
        "\rReading services: [##########          ] 500 of 1,000 (50%)\r\033[K"
    )
    quiet = io.StringIO()
    Progress("Reading services", 1000, quiet).update(500)
    small = Terminal()
    Progress("Reading services", 10, small).update(5)
    assert quiet.getvalue() == small.getvalue() == ""
