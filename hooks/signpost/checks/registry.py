"""Every check of a Local Offer's content, in one list that the build and `signpost check` run.

A check reads `Inputs` (the folder, read once) and returns problems. The build logs them as
warnings (so `mkdocs build --strict` fails); `signpost check` prints them. To add a check,
write a function here and add it to CHECKS.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from signpost.checks.content import (
    GLOSSARY_SKIP,
    PARTICIPATION,
    PARTICIPATION_SKIP,
    is_recheck_note,
    read_front_matter,
    read_text,
    recheck_note,
    service_easy_read_problems,
    standard_version,
)
from signpost.checks.files import project_file_problems
from signpost.checks.habits import lost_block_lists
from signpost.checks.inputs import Inputs
from signpost.checks.links import Pages, link_problems, nav_problems
from signpost.checks.project import Project
from signpost.checks.raw_html import raw_html_problems
from signpost.core.errors import Problem
from signpost.core.yaml_source import Document, parse_text, read_utf8
from signpost.directory.districts import DISTRICTS_FILE, load_districts
from signpost.directory.load import SERVICE_SKIP
from signpost.directory.reports import load_reports
from signpost.easy_read.rules import page_ideas
from signpost.participation.credits import page_credit
from signpost.plain_english.checker import is_emphasis, is_jargon, markdown_lines, yaml_lines
from signpost.statutory.coverage import read_coverage
from signpost.website.contact_links import source_dial_problems

# Below this many services, starting processes costs more time than sharing the work saves.
PARALLEL_FROM = 400
CHUNK = 250


@dataclass(frozen=True)
class Check:
    """One check: a name for people, and the function that finds its problems."""

    name: str
    run: Callable[[Inputs], list[Problem]]


@dataclass
class Report:
    """What the checks found: counts, problems that must be fixed, and notes."""

    services: int = 0
    pages: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)
    # Services marked `status: draft` (not published), with what each still needs: shown,
    # but they do not fail the build or the check.
    drafts: dict[str, list[Problem]] = field(default_factory=dict)

    def summary(self) -> str:
        """Return the last line: what was checked and how it went."""
        checked = f"checked {self.services} services, {self.pages} pages"
        if self.drafts:
            checked += f" ({len(self.drafts)} drafts, not published)"
        count = len(self.problems)
        if not count:
            return f"{checked}: no problems"
        return f"{checked}: {count} problem{'s' if count != 1 else ''} to fix"


def files(inputs: Inputs) -> list[Problem]:
    """Links (which could publish any file on the machine) and names the build would skip."""
    return project_file_problems(inputs.root, inputs.docs)[0]


def settings(inputs: Inputs) -> list[Problem]:
    """The council's settings, plain English, easy read and security settings in mkdocs.yml."""
    return inputs.council[1] + inputs.plain_english[1] + inputs.easy_read[1] + inputs.security[1]


def glossary(inputs: Inputs) -> list[Problem]:
    """The glossary file itself."""
    return inputs.glossary[1]


def directory(inputs: Inputs) -> list[Problem]:
    """The taxonomy, file names, every service's fields (drafts' too), and repeated names."""
    drafts = inputs.directory.drafts.values()
    return inputs.directory.problems + [problem for found in drafts for problem in found]


def participation(inputs: Inputs) -> list[Problem]:
    """You said, we did; events; local partnerships."""
    return inputs.participation.problems


def easy_read(inputs: Inputs) -> list[Problem]:
    """The easy read picture library and young people's review results."""
    return inputs.easy_read_rules[1] + inputs.easy_read_reviews[1]


def words_in_yaml(inputs: Inputs) -> list[Problem]:
    """Acronyms and jargon in the taxonomy, glossary and participation files."""
    if inputs.checker is None:
        return []
    problems = []
    for file in inputs.word_files:
        found = _parsed(inputs, file)
        if found is not None:
            doc, source = found
            lines = yaml_lines(doc, source, _skipped_keys(doc.path))
            problems += inputs.checker.problems(doc.path, lines)
    return problems


def services_text(inputs: Inputs) -> list[Problem]:
    """Acronyms, jargon and easy read rules in the words of service files.

    With many services the work is shared between processes (`inputs.workers`, by default
    one per processor core when there are more than PARALLEL_FROM services). In the editors'
    preview only files changed since the last build are checked again (`inputs.memo`).
    """
    files = inputs.readable_services
    memo = inputs.memo
    if memo is None:
        return [problem for found in _checked(inputs, files) for problem in found]
    kind, depends = "service words", inputs.words_key
    missing = [file for file in files if not memo.knows(kind, file, depends)]
    fresh = dict(zip(missing, _checked(inputs, missing), strict=True))
    return [
        problem
        for file in files
        for problem in memo.get(kind, file, depends, partial(_fresh, inputs, fresh, file))
    ]


def _fresh(inputs: Inputs, fresh: dict[Path, list[Problem]], file: Path) -> list[Problem]:
    """Return a file's problems found just now (or, if it changed since, found again)."""
    return fresh[file] if file in fresh else _service_text(inputs, file)


def _checked(inputs: Inputs, files: list[Path]) -> list[list[Problem]]:
    """Return each file's problems, in processes when there are many files."""
    workers = inputs.workers
    if workers is None:
        workers = (os.cpu_count() or 1) if len(files) > PARALLEL_FROM else 1
    # Workers are forked so they share what is already loaded; Windows cannot fork.
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _services_text(inputs, files)
    _ = inputs.checker, inputs.rules  # load what the workers share once, before forking
    chunks = [files[i : i + CHUNK] for i in range(0, len(files), CHUNK)]
    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=fork) as pool:
        futures = [pool.submit(_services_text, inputs, chunk) for chunk in chunks]
        return [found for future in futures for found in future.result()]


def _services_text(inputs: Inputs, files: list[Path]) -> list[list[Problem]]:
    return [_service_text(inputs, file) for file in files]


def _service_text(inputs: Inputs, file: Path) -> list[Problem]:
    found = _parsed(inputs, file)
    if found is None:
        return []
    doc, source = found
    problems = lost_block_lists(doc, source)
    if inputs.checker is not None:
        problems += inputs.checker.problems(doc.path, yaml_lines(doc, source, SERVICE_SKIP))
    if inputs.rules is not None:
        problems += service_easy_read_problems(inputs.rules, doc, source)
    return problems


def _parsed(inputs: Inputs, file: Path) -> tuple[Document, str] | None:
    """Return a YAML file parsed with its text, or None when the loaders report it."""
    source = read_text(file)
    if source is None:
        return None  # not UTF-8
    doc = parse_text(source, inputs.label(file))
    return (doc, source) if isinstance(doc, Document) else None


def pages(inputs: Inputs) -> list[Problem]:
    """Front matter, raw HTML, words, credits and easy read rules of every Markdown page."""
    problems = []
    for file in inputs.pages:
        problems += _page(inputs, file)
    return problems


def links_and_menu(inputs: Inputs) -> list[Problem]:
    """Links to pages, files and headings that exist, and every page in the menu."""
    written = {}
    for file in inputs.pages:
        source = read_text(file)
        if source is not None:  # the pages check reports a file that is not UTF-8
            written[file.relative_to(inputs.docs).as_posix()] = source
    assets = frozenset(
        f.relative_to(inputs.docs).as_posix() for f in inputs.docs_files if f.suffix != ".md"
    )
    pages = Pages(written, assets, lambda path: path in inputs.generated)
    label = inputs.label(inputs.docs)
    config = inputs.config.data if isinstance(inputs.config.data, dict) else {}
    if "nav" not in config:
        return link_problems(pages, label)
    not_in_nav = str(config.get("not_in_nav") or "")
    nav_line = inputs.config.line_of(["nav"])
    menu = nav_problems(pages, config["nav"], not_in_nav, inputs.config.path, nav_line, label)
    return link_problems(pages, label) + menu


def postcode_districts(inputs: Inputs) -> list[Problem]:
    """The table of postcode districts used to sort services by distance."""
    path = f"directory/{DISTRICTS_FILE}"
    return load_districts(inputs.root / path, path)[1]


def phone_numbers(inputs: Inputs) -> list[Problem]:
    """Phone numbers in pages and YAML files that cannot be dialled (they would not be linked)."""
    return source_dial_problems(inputs.root, inputs.docs, inputs.memo)


def every_page(inputs: Inputs) -> set[str]:
    """Return the docs path of every page of the site: written and made from data."""
    written = {file.relative_to(inputs.docs).as_posix() for file in inputs.pages}
    return written | inputs.generated


def statutory(inputs: Inputs) -> list[Problem]:
    """Every topic the law asks for has a page, and every page named for one exists."""
    return read_coverage(inputs.extra, inputs.config, every_page(inputs))[1]


def reports(inputs: Inputs) -> list[Problem]:
    """Reports of something wrong, as the team records them: each names a real service."""
    ids = [file.stem for file in inputs.services]
    return load_reports(inputs.root / "directory", ids)[1]


CHECKS: tuple[Check, ...] = (
    Check("links and file names", files),
    Check("settings in mkdocs.yml", settings),
    Check("the glossary", glossary),
    Check("services and the taxonomy", directory),
    Check("participation", participation),
    Check("easy read pictures and reviews", easy_read),
    Check("words in the taxonomy, glossary and participation", words_in_yaml),
    Check("words in services", services_text),
    Check("pages", pages),
    Check("links and the menu", links_and_menu),
    Check("phone numbers", phone_numbers),
    Check("postcode districts", postcode_districts),
    Check("the topics the law asks for", statutory),
    Check("reports of something wrong", reports),
)


def run_checks(inputs: Inputs) -> Report:
    """Run every check and sort what it found into problems and notes."""
    found = [problem for check in CHECKS for problem in check.run(inputs)]
    report = Report(len(inputs.services), len(inputs.pages))
    words = inputs.plain_english[0]
    notes = {p for p in found if words and not words.jargon_fails_build and is_jargon(p)}
    notes |= {p for p in found if is_recheck_note(p) or is_emphasis(p)}
    report.drafts = {path: [] for path in inputs.directory.drafts}
    for problem in sorted(set(found)):
        if problem.path in report.drafts:
            report.drafts[problem.path].append(problem)
    drafted = {p for d in report.drafts.values() for p in d}
    report.problems = sorted(set(found) - notes - drafted)
    report.notes = sorted(notes - drafted)
    return report


def check_project(project: Project, today: dt.date, workers: int | None = None) -> Report:
    """Run every check a strict build runs on the content of a folder, without building."""
    inputs = Inputs.from_project(project, today)
    inputs.workers = workers
    return run_checks(inputs)


def _skipped_keys(path: str) -> frozenset[str]:
    """Return the keys whose values are ids or numbers, not words for families, in a YAML file."""
    if path.endswith("glossary.yml"):
        return GLOSSARY_SKIP
    return PARTICIPATION_SKIP if path.startswith(f"{PARTICIPATION}/") else SERVICE_SKIP


def _page(inputs: Inputs, file: Path) -> list[Problem]:
    path = inputs.label(file)
    source = read_utf8(file, path)
    if isinstance(source, Problem):
        return [source]
    page, problems = read_front_matter(source, path)
    problems += raw_html_problems(path, source)
    if page.doc is not None:
        problems += page_credit(source, path)[1]
    if inputs.checker is not None:
        problems += inputs.checker.problems(path, markdown_lines(source))
    if inputs.rules is not None and page.meta.get("easy_read") is True:
        src_uri = file.relative_to(inputs.docs).as_posix()
        exists = lambda uri: (inputs.docs / uri).is_file()  # noqa: E731
        problems += standard_version(page, src_uri, path, exists)[1]
        problems += inputs.rules.check(path, page_ideas(source))
        note = recheck_note(page, path)
        problems += [note] if note else []
    return problems
