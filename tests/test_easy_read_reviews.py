"""Young people's review results: read from participation/, summed up on the page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import REPO, build, copy_site
from signpost.easy_read.reviews import latest, load_reviews, summary
from signpost.easy_read.rules import page_ideas

TODAY = dt.date(2026, 11, 29)
REVIEW = """\
page: content/easy-read-advice.md
checked_by: Testshire Young Voices
checked_on: 2026-10-01
ideas:
  - idea: You can phone us for free advice.
    verdict: good
    said_by: Testshire Young Voices
  - idea: We are kind. We listen.
    verdict: not good
    change: Say how you listen.
    said_by: Sam and Priya
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    site = copy_site("basic", tmp_path / "root")
    (site / "participation" / "easy-read-reviews").mkdir(parents=True)
    # With a participation folder, the build wants its themes too.
    themes = (REPO / "participation" / "themes.yml").read_text()
    (site / "participation" / "themes.yml").write_text(themes)
    return site


def write(root: Path, name: str, text: str) -> None:
    (root / "participation" / "easy-read-reviews" / name).write_text(text)


def test_the_demo_reviews_are_valid() -> None:
    reviews, problems = load_reviews(REPO, TODAY)
    assert problems == []
    assert {r.data.page for r in reviews} >= {"content/easy-read/travel.md"}


def test_a_summary_counts_verdicts_and_ideas_changed_since(root: Path) -> None:
    write(root, "advice.yml", REVIEW)
    reviews, problems = load_reviews(root, TODAY)
    assert problems == []
    page = (root / "content" / "easy-read-advice.md").read_text()
    done = summary(reviews[0], page_ideas(page))
    assert (done.good, done.not_good, done.changes) == (1, 1, ["Say how you listen."])
    # "We are kind. We listen to you." is on the page; they read "We are kind. We listen."
    assert done.changed_since == 1


def test_the_newest_review_of_a_page_is_the_one_shown(root: Path) -> None:
    write(root, "a.yml", REVIEW)
    write(root, "b.yml", REVIEW.replace("2026-10-01", "2026-11-02"))
    reviews, _ = load_reviews(root, TODAY)
    assert latest(reviews)["content/easy-read-advice.md"].data.checked_on == dt.date(2026, 11, 2)


def test_every_mistake_in_a_review_is_reported_with_its_line(root: Path) -> None:
    write(
        root,
        "bad.yml",
        REVIEW.replace("verdict: good", "verdict: tops").replace("2026-10-01", "2027-01-01"),
    )
    write(root, "other.yml", REVIEW.replace("easy-read-advice.md", "advice-and-support.md"))
    write(root, "gone.yml", REVIEW.replace("easy-read-advice.md", "easy-read-travel.md"))
    _, problems = load_reviews(root, TODAY)
    assert [str(p) for p in problems] == [
        "participation/easy-read-reviews/bad.yml:3: checked_on: 2027-01-01 is in the future: "
        "use the date it happened",
        "participation/easy-read-reviews/bad.yml:6: ideas[1].verdict: "
        + str(problems[1]).split("ideas[1].verdict: ", 1)[1],
        'participation/easy-read-reviews/gone.yml:1: page: "content/easy-read-travel.md" is not '
        "a page: give its path, like content/easy-read/travel.md",
        'participation/easy-read-reviews/other.yml:1: page: "content/advice-and-support.md" is '
        "not an easy read page",
    ]
    assert "good" in problems[1].message and "not good" in problems[1].message


def test_the_page_shows_what_young_people_said_and_a_bad_review_fails_the_build(
    root: Path,
) -> None:
    write(root, "advice.yml", REVIEW)
    result = build(root)
    assert result.returncode == 0, result.output
    aside = result.html("easy-read-advice/").select_one(".app-sign-off")
    text = " ".join(aside.get_text().split())
    assert text.startswith(
        "Young people (Testshire Young Voices) checked this page on 1 October 2026 and said "
        "1 idea was good and 1 was not good (1 idea changed after their review). "
        "They asked us to make these changes: Say how you listen."
    )
    write(root, "bad.yml", REVIEW.replace("verdict: good", "verdict: tops"))
    result = build(root)
    assert result.returncode == 1
    assert any(
        w.startswith("participation/easy-read-reviews/bad.yml:6: ") for w in result.warnings()
    )
