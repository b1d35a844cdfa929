"""What young people said when they checked an easy read page, idea by idea.

After a review session, write `participation/easy-read-reviews/<page>-<date>.yml`:

    page: content/easy-read/travel.md
    checked_by: Northshire Young Voices
    checked_on: 2026-11-10
    ideas:
      - idea: Some children can get free travel to school.   # the words they read
        verdict: not good                                     # good or not good
        change: Say "you". We are the ones reading it.       # what would make it better
        said_by: Northshire Young Voices                      # who said it, as they agreed

The page then says when they checked it, what they said, and how many of the ideas they
read have changed since.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, ValidationInfo

from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import load_document
from signpost.directory.load import service_files
from signpost.directory.model import Strict, Text, problem
from signpost.easy_read.rules import Idea
from signpost.easy_read.sign_off import split_front_matter

REVIEWS = "participation/easy-read-reviews"


def _not_future(value: dt.date, info: ValidationInfo) -> dt.date:
    today = (info.context or {}).get("today") or dt.date.today()
    if value > today:
        raise problem(f"{value.isoformat()} is in the future: use the date it happened")
    return value


PastDate = Annotated[dt.date, AfterValidator(_not_future)]


class IdeaReview(Strict):
    """What young people said about one idea."""

    idea: Text = Field(description="The words of the idea as they read them.")
    verdict: Literal["good", "not good"]
    change: Text | None = Field(default=None, description="What would make it better.")
    said_by: Text = Field(description="Who said it: the group, or first names as agreed.")


class ReviewFile(Strict):
    """One review session of one easy read page."""

    page: Text = Field(description="The page they checked, like content/easy-read/travel.md.")
    checked_by: Text
    checked_on: PastDate
    ideas: list[IdeaReview] = Field(min_length=1)


@dataclass(frozen=True)
class Review:
    """A review session read from its file."""

    path: str
    line: int
    data: ReviewFile


@dataclass(frozen=True)
class ReviewSummary:
    """What a page says about its latest review, in plain words."""

    checked_by: str
    checked_on: dt.date
    good: int
    not_good: int
    changes: list[str]
    changed_since: int


def load_reviews(root: Path, today: dt.date) -> tuple[list[Review], list[Problem]]:
    """Read every review file, and check each names an easy read page that exists."""
    reviews: list[Review] = []
    problems: list[Problem] = []
    for file in service_files(root / REVIEWS):
        path = file.relative_to(root).as_posix()
        doc = load_document(file, path)
        if isinstance(doc, Problem):
            problems.append(doc)
            continue
        review, found = validate(ReviewFile, doc, {"today": today})
        problems += found
        if review is not None:
            line = doc.line_of(["page"])
            problems += _page_problems(root, path, line, review.page)
            reviews.append(Review(path, line, review))
    return reviews, problems


def _page_problems(root: Path, path: str, line: int, page: str) -> list[Problem]:
    file = root / page
    if not file.is_file():
        message = f'"{page}" is not a page: give its path, like content/easy-read/travel.md'
        return [Problem(path, line, "page", message)]
    front, _ = split_front_matter(file.read_text(encoding="utf-8", errors="replace"))
    if not any(line.strip() == "easy_read: true" for line in front):
        return [Problem(path, line, "page", f'"{page}" is not an easy read page')]
    return []


def latest(reviews: list[Review]) -> dict[str, Review]:
    """Return the newest review of each page, by the page's path."""
    newest: dict[str, Review] = {}
    for review in sorted(reviews, key=lambda r: (r.data.checked_on, r.path)):
        newest[review.data.page] = review
    return newest


def summary(review: Review, ideas: list[Idea]) -> ReviewSummary:
    """Sum up a review, and count the ideas they read whose words have changed since."""
    now = {_words(idea.text) for idea in ideas}
    said = review.data.ideas
    return ReviewSummary(
        review.data.checked_by,
        review.data.checked_on,
        sum(i.verdict == "good" for i in said),
        sum(i.verdict == "not good" for i in said),
        [i.change for i in said if i.change],
        sum(_words(i.idea) not in now for i in said),
    )


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()
