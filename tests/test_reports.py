"""Reports of something wrong, as the Local Offer team records them, and their counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from signpost.directory.reports import Report, count_reports, load_reports


def write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "_reports.yml").write_text(text)
    return tmp_path


def test_no_file_means_no_reports(tmp_path: Path) -> None:
    assert load_reports(tmp_path, ["a"]) == ([], [])


def test_every_problem_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = write(
        tmp_path,
        "- service: riverside\n"
        "  reported_on: 2026-11-02\n"
        "- service: riversid\n"
        "  reported_on: 2026-11-02\n"
        "- service: riverside\n"
        "  reported_on: 2026-11-09\n"
        "  fixed_on: 2026-11-02\n"
        "- service: riverside\n"
        "  reported: 2026-11-02\n",
    )
    reports, problems = load_reports(folder, ["riverside", "hub"])
    assert reports == []
    assert [str(p) for p in problems] == [
        "directory/_reports.yml:3: [2].service: "
        '"riversid" is not a service: did you mean "riverside"?',
        "directory/_reports.yml:5: [3]: fixed_on must be on or after reported_on",
        "directory/_reports.yml:8: [4].reported_on: is missing: add it, it is required",
        'directory/_reports.yml:9: [4].reported: "reported" is not a known key: did you mean "reported_on"?',
    ]


def test_counts_say_how_many_were_put_right_and_which_are_open() -> None:
    day = dt.date(2026, 11, 1)
    reports = [
        Report(service="a", reported_on=day, fixed_on=day + dt.timedelta(days=2)),
        Report(service="a", reported_on=day, fixed_on=day + dt.timedelta(days=7)),
        Report(service="b", reported_on=day),
        Report(service="b", reported_on=day),
    ]
    counts = count_reports(reports)
    assert (counts.total, counts.fixed, counts.median_days_to_fix) == (4, 2, 4.5)
    assert counts.open_by_service == {"b": 2}
    assert count_reports([]).median_days_to_fix is None
