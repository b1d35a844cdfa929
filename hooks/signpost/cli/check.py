"""`signpost check`: find every problem in the services and pages without building the site."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from signpost.checks.project import load_project
from signpost.checks.registry import Report, check_project
from signpost.core.errors import Problem

HELP = "check every service and page for mistakes, without building the website"
DESCRIPTION = """\
Check every service file in directory/, the lists in directory/_taxonomy.yml, the
glossary (content/glossary.yml) and every page in content/, and list every mistake
at once. Each line says which file, which line, what is wrong and how to fix it:

  directory/riverside-saturday-club.yml:9: age: max must be at least min (got min 11, max 5)

It finishes with "no problems" (and exit code 0) when everything is right, or with the
number of problems (and exit code 1), so it can stop a pull request that has mistakes."""
EPILOG = """\
examples:
  signpost check                    check the Local Offer in this folder
  signpost check --root ../offer    check the Local Offer in another folder
  signpost check --format github    show problems on the lines of a GitHub pull request"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of `signpost check`."""
    parser.add_argument(
        "--format",
        choices=("text", "github"),
        default="text",
        help="text (the default) for people; github for GitHub Actions notes on each line",
    )
    parser.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="check as if today were this date (for tests; last_reviewed must not be after it)",
    )


def run(args: argparse.Namespace) -> int:
    """Check the Local Offer, print every problem and return 1 if there are any."""
    report = check_project(load_project(Path(args.root)), args.today or dt.date.today())
    show = format_github if args.format == "github" else str
    for problem in report.problems:
        print(show(problem))
    for note in report.notes:
        print(show(note).replace("::error ", "::notice ", 1) + " (a note: it does not fail)")
    for draft in (problem for found in report.drafts.values() for problem in found):
        print(show(draft).replace("::error ", "::notice ", 1) + " (a draft: it does not fail)")
    print(report.summary())
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if args.format == "github" and summary:
        # GitHub shows at most 10 annotations a step: the job summary lists every problem.
        with Path(summary).open("a", encoding="utf-8") as out:
            out.write(step_summary(report))
    return 1 if report.problems else 0


def step_summary(report: Report) -> str:
    """Write every problem and note as a Markdown table for the GitHub job summary."""
    lines = ["## signpost check", "", report.summary(), ""]
    rows = [(p, "to fix") for p in report.problems] + [(n, "a note") for n in report.notes]
    if rows:
        lines += ["| File | Line | Field | What is wrong | |", "|---|---:|---|---|---|"]
        lines += [
            f"| {_cell(p.path)} | {p.line} | {_cell(p.field)} | {_cell(p.message)} | {kind} |"
            for p, kind in rows
        ]
    return "\n".join(lines) + "\n\n"


def _cell(text: str) -> str:
    """Keep text inside one Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def format_github(problem: Problem) -> str:
    """Write a problem as a GitHub Actions annotation, shown on the line in a pull request."""
    title = _escape(problem.field or "problem", prop=True)
    path = _escape(problem.path, prop=True)
    return f"::error file={path},line={problem.line},title={title}::{_escape(problem.message)}"


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text
