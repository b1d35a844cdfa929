"""`signpost review-due`: which services are due for their regular check, oldest first."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from signpost.checks.project import load_project
from signpost.cli.progress import Progress
from signpost.core.errors import ContentError
from signpost.directory.load import (
    TAXONOMY_FILE,
    Entry,
    check_context,
    read_all,
    service_files,
)
from signpost.directory.taxonomy import load_taxonomy

HELP = "list the services due for their regular check, oldest first, with contact details"
DESCRIPTION = """\
List the services whose details are due to be checked again, so you can contact them.
A service is due when the date in its last_reviewed line is longer ago than the review
interval (review_interval_days under extra.council in mkdocs.yml, usually 365 days).
Services are listed oldest first, with the date they were due, how many days overdue
they are, and their phone number and email address.

Use --within to also see services that fall due soon, and --csv to save the list as a
spreadsheet file."""
EPILOG = """\
examples:
  signpost review-due                        services overdue today
  signpost review-due --within 30d           ... and those due in the next 30 days
  signpost review-due --csv due.csv          also save the list as a spreadsheet (CSV)
  signpost review-due --today 2027-01-01     as if it were 1 January 2027 (for planning)"""
CSV_COLUMNS = (
    "name",
    "organisation",
    "file",
    "last_reviewed",
    "due",
    "days_overdue",
    "phone",
    "email",
)
CHUNK = 200


@dataclass(frozen=True)
class Due:
    """A service that is due for review, and how to reach it."""

    name: str
    organisation: str
    file: str
    last_reviewed: dt.date
    due: dt.date
    days_overdue: int
    phone: str
    email: str

    def row(self) -> list[str]:
        """Return the values for a CSV row, in the order of CSV_COLUMNS."""
        return [str(getattr(self, column)) for column in CSV_COLUMNS]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of `signpost review-due`."""
    parser.add_argument(
        "--within",
        type=_days,
        default=0,
        metavar="DAYS",
        help="also list services due within this many days, like 30d (default: 0d)",
    )
    parser.add_argument("--csv", metavar="FILE", help="also save the list to this CSV file")
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="work as if today were this date (for planning ahead, and for tests)",
    )


def _days(text: str) -> int:
    match = re.fullmatch(r"(\d+)\s*d?", text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f'"{text}" is not a number of days: write it like 30d')
    return int(match.group(1))


def run(args: argparse.Namespace) -> int:
    """Print the services due for review, and save them as CSV if asked."""
    project = load_project(Path(args.root))
    council, problems = project.council()
    if council is None:
        raise ContentError("; ".join(map(str, problems)))
    today = args.today or dt.date.today()
    entries, unread, drafts = _read(project.root / "directory", today)
    due = due_for_review(entries, today, council.review_interval_days, args.within)
    for line in table(due, today, council.review_interval_days, args.within):
        print(line)
    for line in draft_lines(drafts):
        print(line)
    if unread:
        files = "1 service file was" if unread == 1 else f"{unread} service files were"
        print(
            f"{files} left out because of mistakes: run signpost check to see them",
            file=sys.stderr,
        )
    if args.csv:
        write_csv(due, Path(args.csv))
    return 0


def draft_lines(drafts: list[str]) -> list[str]:
    """List the drafts: services not published yet, to finish before anything else."""
    if not drafts:
        return []
    return [
        "",
        f"Drafts, not published yet ({len(drafts)}): finish them, then remove status: draft",
        *(f"  {path}" for path in drafts),
    ]


def _read(folder: Path, today: dt.date) -> tuple[list[Entry], int, list[str]]:
    """Read every service, showing progress on a terminal; return them, how many failed, drafts.

    Drafts are not published, so they are not due for review: they are listed apart.
    """
    taxonomy, _ = load_taxonomy(folder / TAXONOMY_FILE, f"directory/{TAXONOMY_FILE}")
    context = check_context(taxonomy, today)
    files = service_files(folder)
    progress = Progress("Reading services", len(files), sys.stderr)
    entries: list[Entry] = []
    drafts: set[str] = set()
    for start in range(0, len(files), CHUNK):
        found, _, draft = read_all(files[start : start + CHUNK], "directory", context)
        entries += found
        drafts |= draft
        progress.update(min(start + CHUNK, len(files)))
    progress.finish()
    unread = len(files) - len(entries) - len(drafts - {e.path for e in entries})
    return [e for e in entries if e.path not in drafts], unread, sorted(drafts)


def due_for_review(entries: list[Entry], today: dt.date, interval: int, within: int) -> list[Due]:
    """Return the services due by `within` days from today, the longest overdue first."""
    found = []
    for entry in entries:
        service = entry.service
        due = service.last_reviewed + dt.timedelta(days=interval)
        if (due - today).days <= within:
            found.append(
                Due(
                    service.name,
                    service.organisation,
                    entry.path,
                    service.last_reviewed,
                    due,
                    (today - due).days,
                    service.contact.phone or "",
                    service.contact.email or "",
                )
            )
    return sorted(found, key=lambda d: (d.due, d.name.casefold()))


def table(due: list[Due], today: dt.date, interval: int, within: int) -> list[str]:
    """Return the list as lines of a plain text table."""
    until = f" or due by {(today + dt.timedelta(days=within)).isoformat()}" if within else ""
    heading = f"Services not checked for {interval} days{until} (today is {today.isoformat()}):"
    if not due:
        return [heading, "none: every service has been checked recently"]
    rows = [("Due", "Overdue", "Service", "Organisation", "Phone", "Email")]
    rows += [
        (d.due.isoformat(), _overdue(d.days_overdue), d.name, d.organisation, d.phone, d.email)
        for d in due
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [heading] + [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    return [*lines, f"{len(due)} service{'s' if len(due) != 1 else ''} to check"]


def _overdue(days: int) -> str:
    if days > 0:
        return f"{days} days"
    return "due today" if days == 0 else f"in {-days} days"


def write_csv(due: list[Due], file: Path) -> None:
    """Save the list as CSV, with a header row, for a spreadsheet."""
    with file.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(d.row() for d in due)
