"""Content pages show when they were last reviewed, and a gentle notice once that is too long ago."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build, copy_site
from signpost.website.views import review

PAGE = "advice-and-support"


def site_with_review_date(tmp_path: Path, when: dt.date) -> Path:
    root = copy_site("basic", tmp_path / "root")
    page = root / "content" / f"{PAGE}.md"
    page.write_text(f"---\nlast_reviewed: {when.isoformat()}\n---\n\n{page.read_text()}")
    home = root / "content" / "index.md"
    home.write_text(home.read_text().replace("---\n", f"---\nlast_reviewed: {when}\n", 1))
    return root


def test_a_recently_reviewed_page_shows_the_date_and_no_notice(tmp_path: Path) -> None:
    when = dt.date.today() - dt.timedelta(days=10)
    result = build(site_with_review_date(tmp_path, when))
    assert result.returncode == 0, result.output
    soup = result.html(f"{PAGE}/")
    line = soup.select_one(".app-last-reviewed")
    assert line is not None
    assert " ".join(line.get_text().split()) == f"Last reviewed on {when.day} {when:%B %Y}."
    assert line.select_one("time")["datetime"] == when.isoformat()
    assert soup.select_one(".app-notice") is None
    assert result.html("find/").select_one(".app-last-reviewed") is None, "only pages with a date"
    home = result.html("").select_one(".app-last-reviewed time")
    assert home is not None and home["datetime"] == when.isoformat(), "pages with own templates too"


def test_a_page_past_its_review_interval_shows_a_gentle_notice(tmp_path: Path) -> None:
    result = build(site_with_review_date(tmp_path, dt.date(2025, 9, 14)))
    assert result.returncode == 0, result.output
    notice = result.html(f"{PAGE}/").select_one(".app-notice[role=note]")
    assert notice is not None
    assert " ".join(notice.get_text().split()) == (
        "We last checked this page on 14 September 2025. Some details may have changed: "
        "please contact us to check anything important."
    )


@pytest.mark.parametrize(("days_ago", "due"), [(365, False), (366, True)])
def test_a_page_is_due_once_the_interval_has_passed(days_ago: int, due: bool) -> None:
    today = dt.date(2026, 11, 28)
    assert review(today - dt.timedelta(days=days_ago), today, 365).due is due
