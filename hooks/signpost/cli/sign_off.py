"""`signpost sign-off`: record that young people checked easy read pages."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from signpost.checks.content import read_front_matter, read_text
from signpost.checks.project import load_project
from signpost.core.errors import ContentError
from signpost.core.suggest import closest
from signpost.easy_read.sign_off import signed

HELP = "record that young people checked easy read pages"
DESCRIPTION = """\
After a review session, record that young people checked one or more easy read pages.
The page then shows "Checked by ... on ...". Signpost keeps a fingerprint of the words
they checked: if the page changes later, it says so, it goes back into the review pack
(/easy-read/review-pack/) and `signpost check` notes that it needs checking again."""
EPILOG = """\
examples:
  signpost sign-off content/easy-read/travel.md --by "Northshire Young Voices"
  signpost sign-off content/easy-read/travel.md content/easy-read/complaints.md \\
      --by "Northshire Young Voices" --on 2026-11-24"""


def check_date(text: str) -> dt.date:
    """Read the date of the check, saying how to write it when it is wrong."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        message = f'"{text}" is not a date: write it as YYYY-MM-DD, like 2026-11-24'
        raise argparse.ArgumentTypeError(message) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of `signpost sign-off`."""
    parser.add_argument("pages", nargs="+", metavar="PAGE", help="the easy read Markdown files")
    parser.add_argument(
        "--by", required=True, help='who checked them, a group, like "Northshire Young Voices"'
    )
    parser.add_argument(
        "--on",
        type=check_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date of the check (default: today)",
    )


def run(args: argparse.Namespace) -> int:
    """Sign off every page, or change none and say what is wrong with each that is wrong."""
    root = Path(args.root)
    docs = load_project(root).docs
    when = args.on or dt.date.today()
    if when > dt.date.today():
        raise ContentError(f"--on {when.isoformat()} is after today: give the day of the check")
    by = " ".join(args.by.split())
    if not by:
        raise ContentError('--by is empty: say who checked, like --by "Northshire Young Voices"')
    pages = [_easy_read_page(Path(page), root, docs) for page in args.pages]
    for page, source in pages:
        page.write_text(signed(source, by, when), encoding="utf-8")
        print(f"{page}: checked by {by} on {when.isoformat()}")
    return 0


def _easy_read_page(page: Path, root: Path, docs: Path) -> tuple[Path, str]:
    """Find the page and its text, or say why it cannot be signed off."""
    found = page if page.is_file() else root / page
    if not found.is_file():
        pages = [p.relative_to(root).as_posix() for p in _easy_read_pages(docs)]
        near = closest(page.as_posix(), pages)
        hint = f'did you mean "{near}"?' if near else "easy read pages are in " + docs.name + "/"
        raise ContentError(f"{page}: there is no such page: {hint}")
    source = read_text(found)
    if source is None:
        raise ContentError(f"{page}: the file is not UTF-8 text: save it again as UTF-8")
    front, problems = read_front_matter(source, str(page))
    if problems or front.meta.get("easy_read") is not True:
        raise ContentError(
            f"{page}: this is not an easy read page (its front matter has no easy_read: true): "
            "only easy read pages are checked by young people"
        )
    return found, source


def _easy_read_pages(docs: Path) -> list[Path]:
    return sorted(docs.rglob("*.md")) if docs.is_dir() else []
