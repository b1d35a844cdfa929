"""`signpost check`: find every problem in the services and pages without building the site."""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import material
from pydantic import BaseModel

from signpost.checks.content import (
    GLOSSARY_SKIP,
    PARTICIPATION,
    PARTICIPATION_FOLDERS,
    PARTICIPATION_SKIP,
    SERVICE_SKIP,
    glossary_phrases,
    plain_english_yaml_problems,
    read_front_matter,
    read_text,
    service_easy_read_problems,
    standard_version,
)
from signpost.checks.project import Project, load_project
from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import NOT_UTF8
from signpost.directory.load import (
    TAXONOMY_FILE,
    check_context,
    duplicate_names,
    file_name_problems,
    read_services,
    service_files,
)
from signpost.directory.taxonomy import load_taxonomy
from signpost.easy_read.rules import EasyReadRules, EasyReadSettings, page_ideas
from signpost.participation.load import load_participation
from signpost.plain_english.checker import (
    Checker,
    PlainEnglishSettings,
    is_jargon,
    markdown_lines,
    yaml_lines,
)
from signpost.plain_english.glossary import Glossary, load_glossary

M = TypeVar("M", bound=BaseModel)
# Below this many services, starting processes costs more time than sharing the work saves.
PARALLEL_FROM = 400
CHUNK = 250
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
    print(report.summary())
    return 1 if report.problems else 0


@dataclass
class Report:
    """What `signpost check` found: counts, problems that must be fixed, and notes."""

    services: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        """Return the last line: what was checked and how it went."""
        checked = f"checked {self.services} services, {self.pages} pages"
        count = len(self.problems)
        if not count:
            return f"{checked}: no problems"
        return f"{checked}: {count} problem{'s' if count != 1 else ''} to fix"


def check_project(project: Project, today: dt.date, workers: int | None = None) -> Report:
    """Run every check a strict build runs on the content, without building.

    With many services the work is shared between processes (`workers`, by default one per
    processor core when there are more than PARALLEL_FROM services).
    """
    folder = project.root / "directory"
    services = service_files(folder)
    pages = sorted(project.docs.rglob("*.md")) if project.docs.is_dir() else []
    report = Report(len(services), len(pages))
    taxonomy, report.problems = load_taxonomy(folder / TAXONOMY_FILE, f"directory/{TAXONOMY_FILE}")
    naming, repeated = file_name_problems(services, "directory")
    report.problems += naming + project.council()[1]
    glossary_file = project.docs / "glossary.yml"
    glossary, found = load_glossary(glossary_file, _label(project, glossary_file))
    report.problems += found
    words, found = _settings(PlainEnglishSettings, project, "plain_english")
    report.problems += found
    easy, found = _settings(EasyReadSettings, project, "easy_read")
    report.problems += found
    tools = Tools(
        project.root,
        project.docs,
        check_context(taxonomy, today),
        Checker(glossary, words) if words and glossary else None,
        _easy_read_rules(easy, glossary),
    )
    ids = taxonomy.ids() if taxonomy else None
    participation = load_participation(project.root / PARTICIPATION, ids, today)
    report.problems += participation.problems
    others = [f for f in (folder / TAXONOMY_FILE, glossary_file) if f.is_file()]
    for sub in PARTICIPATION_FOLDERS:  # the words of "You said, we did", events, partnerships
        others += service_files(project.root / PARTICIPATION / sub)
    found, names = _run(tools, [s for s in services if s not in repeated], pages, others, workers)
    found += duplicate_names(names)
    notes = {p for p in found if words and not words.jargon_fails_build and is_jargon(p)}
    report.problems = sorted(set(report.problems) | (set(found) - notes))
    report.notes = sorted(notes)
    return report


@dataclass(frozen=True)
class Tools:
    """What checking a file needs: where the project is, the taxonomy, today, and the rules."""

    root: Path
    docs: Path
    context: dict[str, Any]
    checker: Checker | None
    rules: EasyReadRules | None


Names = list[tuple[str, str]]
Found = tuple[list[Problem], Names]


def _run(
    tools: Tools, services: list[Path], pages: list[Path], others: list[Path], workers: int | None
) -> Found:
    """Check services in chunks and the pages, in parallel when it is worth it."""
    chunks = [services[i : i + CHUNK] for i in range(0, len(services), CHUNK)]
    if workers is None:
        workers = (os.cpu_count() or 1) if len(services) > PARALLEL_FROM else 1
    # Workers are forked so they share what is already loaded; Windows cannot fork.
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        done = [_check_pages(tools, pages, others)] + [_check_services(tools, c) for c in chunks]
    else:
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=fork) as pool:
            futures = [pool.submit(_check_services, tools, chunk) for chunk in chunks]
            # Meanwhile this process checks the pages, rather than wait.
            done = [_check_pages(tools, pages, others)]
            done += [future.result() for future in futures]
    return [p for found, _ in done for p in found], [n for _, names in done for n in names]


def _check_services(tools: Tools, files: list[Path]) -> Found:
    """Check some service files, returning their problems and the (path, name) of each."""
    entries, problems = read_services(files, "directory", tools.context)
    for file in files:
        path = file.relative_to(tools.root).as_posix()
        source = read_text(file)
        if source is None:
            continue  # read_services has reported it
        if tools.checker is not None:
            problems += tools.checker.problems(path, yaml_lines(source, SERVICE_SKIP))
        if tools.rules is not None:
            problems += service_easy_read_problems(tools.rules, path, source)
    return problems, [(entry.path, entry.service.name) for entry in entries]


def _check_pages(tools: Tools, pages: list[Path], others: list[Path]) -> Found:
    """Check the Markdown pages, and the words in the taxonomy and glossary."""
    problems = []
    if tools.checker is not None:
        for file in others:
            path = file.relative_to(tools.root).as_posix()
            named = [(file, path, _skipped_keys(path))]
            problems += plain_english_yaml_problems(tools.checker, named)
    for page in pages:
        problems += _check_page(tools, page)
    return problems, []


def _skipped_keys(path: str) -> frozenset[str]:
    """Return the keys whose values are ids or numbers, not words for families, in a YAML file."""
    if path.endswith("glossary.yml"):
        return GLOSSARY_SKIP
    return PARTICIPATION_SKIP if path.startswith(f"{PARTICIPATION}/") else SERVICE_SKIP


def _check_page(tools: Tools, file: Path) -> list[Problem]:
    path = file.relative_to(tools.root).as_posix()
    source = read_text(file)
    if source is None:
        return [Problem(path, 1, "", NOT_UTF8)]
    page, problems = read_front_matter(source, path)
    if tools.checker is not None:
        problems += tools.checker.problems(path, markdown_lines(source))
    if tools.rules is not None and page.meta.get("easy_read") is True:
        src_uri = file.relative_to(tools.docs).as_posix()
        exists = lambda uri: (tools.docs / uri).is_file()  # noqa: E731
        problems += standard_version(page, src_uri, path, exists)[1]
        problems += tools.rules.check(path, page_ideas(source))
    return problems


def _easy_read_rules(
    settings: EasyReadSettings | None, glossary: Glossary | None
) -> EasyReadRules | None:
    if settings is None:
        return None
    icons = Path(material.__file__).parent / "templates" / ".icons"
    return EasyReadRules(settings, glossary_phrases(glossary), icons)


def _settings(model: type[M], project: Project, name: str) -> tuple[M | None, list[Problem]]:
    """Check one section of `extra:` in mkdocs.yml, naming each problem's full key."""
    section = project.section(name)
    value, problems = validate(model, section)
    return value, [
        Problem(
            p.path, p.line, f"extra.{name}.{p.field}" if p.field else f"extra.{name}", p.message
        )
        for p in problems
    ]


def format_github(problem: Problem) -> str:
    """Write a problem as a GitHub Actions annotation, shown on the line in a pull request."""
    title = _escape(problem.field or "problem", prop=True)
    path = _escape(problem.path, prop=True)
    return f"::error file={path},line={problem.line},title={title}::{_escape(problem.message)}"


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _label(project: Project, file: Path) -> str:
    return file.relative_to(project.root).as_posix()
