"""Helpers for the checks in registry.py: front matter, easy read text in services, keys to skip."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from signpost.core.errors import Problem
from signpost.core.validation import PLAIN
from signpost.core.yaml_source import Document, parse_text
from signpost.core.yaml_text import top_value
from signpost.directory.load import SERVICE_SKIP
from signpost.easy_read.rules import EasyReadRules, text_ideas
from signpost.easy_read.sign_off import sign_off_state, split_front_matter
from signpost.plain_english.glossary import Glossary

GLOSSARY_SKIP = frozenset({"term", "also", "related"})
PARTICIPATION = "participation"
PARTICIPATION_FOLDERS = ("you-said-we-did", "events", "localities")
PARTICIPATION_SKIP = SERVICE_SKIP | {"theme", "status", "area", "said_on", "replied_on", "date"}


@dataclass(frozen=True)
class FrontMatter:
    """A Markdown page's front matter: its values, the parsed document and the body."""

    meta: dict[str, Any]
    doc: Document | None
    body: str


def read_front_matter(source: str, path: str) -> tuple[FrontMatter, list[Problem]]:
    """Split a page into front matter and body, reporting front matter that cannot be read."""
    front, body = split_front_matter(source)
    if not front:
        return FrontMatter({}, None, body), []
    doc = parse_text("".join(front), path)
    if isinstance(doc, Problem):
        # The front matter starts on the line after the opening ---.
        moved = Problem(doc.path, doc.line + 1, "front matter", doc.message)
        return FrontMatter({}, None, body), [moved]
    meta = doc.data if isinstance(doc.data, dict) else {}
    return FrontMatter(meta, doc, body), _review_date_problems(meta, doc)


def _review_date_problems(meta: dict[str, Any], doc: Document) -> list[Problem]:
    """Check `last_reviewed`, which the page shows to families, is a real date."""
    value = meta.get("last_reviewed")
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return []
    line = doc.line_of(["last_reviewed"]) + 1
    return [Problem(doc.path, line, "last_reviewed", PLAIN["date_type"])]


def glossary_phrases(glossary: Glossary | None) -> list[str]:
    """Return the glossary's words (not acronyms), which easy read text must explain."""
    terms = glossary.terms if glossary else []
    return [spelling for t in terms if not t.is_acronym for spelling in t.spellings]


def read_text(file: Path) -> str | None:
    """Return the text of a file, or None if it is not UTF-8 (the loaders report where)."""
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None


def service_easy_read_problems(rules: EasyReadRules, doc: Document, source: str) -> list[Problem]:
    """Check the `easy_read:` text of one service file by the easy read rules (no pictures)."""
    value = top_value(doc, source, "easy_read")
    if not value:
        return []
    return rules.check(doc.path, text_ideas(value[1], value[0]), pictures=False)


def standard_version(
    page: FrontMatter, src_uri: str, path: str, exists: Callable[[str], bool]
) -> tuple[str, list[Problem]]:
    """Return where an easy read page's standard version is, or a problem if it is not a page.

    `src_uri` is the page's path inside the docs folder; `exists(target)` says whether a
    page with that path exists.
    """
    standard = page.meta.get("standard_version")
    if not standard:
        return "", []
    target = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), str(standard)))
    if exists(target):
        return target, []
    line = page.doc.line_of(["standard_version"]) + 1 if page.doc else 1
    message = (
        f'"{standard}" is not a page: '
        "give the path of the standard page, like ../travel-and-transport.md"
    )
    return "", [Problem(path, line, "standard_version", message)]


RECHECK = "checked_on"


def recheck_note(page: FrontMatter, path: str) -> Problem | None:
    """Note an easy read page whose words changed after young people checked it.

    A note, not a problem: changing a checked page is fine, but young people should check
    the new words. `is_recheck_note` tells it apart from problems.
    """
    state = sign_off_state(page.meta, page.body)
    if state.status != "changed" or state.checked_on is None:
        return None
    line = page.doc.line_of([RECHECK]) + 1 if page.doc else 1
    message = (
        f"changed after {state.checked_by} checked it on {state.checked_on.isoformat()}: "
        "it is in the review pack (/easy-read/review-pack/); after the next check, run "
        f'signpost sign-off {path} --by "..."'
    )
    return Problem(path, line, RECHECK, message)


def is_recheck_note(problem: Problem) -> bool:
    """Return whether a problem is the note that a checked easy read page has changed."""
    return problem.field == RECHECK and problem.message.startswith("changed after ")
