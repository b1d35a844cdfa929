"""`signpost glossary suggest`: the acronyms not yet in the glossary, most used first.

For a site just imported from another directory, which may use hundreds of acronyms: each
is listed with how often it appears and where, and a draft glossary entry to complete.
Everyday words in capitals (CLOSED, FREE) are not acronyms (a word list decides).
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from signpost.checks.content import (
    GLOSSARY_SKIP,
    PARTICIPATION,
    PARTICIPATION_SKIP,
    read_text,
)
from signpost.checks.inputs import Inputs
from signpost.checks.project import load_project
from signpost.core.errors import ContentError
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.load import SERVICE_SKIP
from signpost.plain_english.acronyms import find_acronyms
from signpost.plain_english.checker import GLOSSARY_FILE, Checker, markdown_lines, yaml_lines

HELP = "list the acronyms used on the site that the glossary does not explain yet"
DESCRIPTION = """\
signpost glossary suggest lists every acronym used in services and pages that is not in
content/glossary.yml (nor allowed in mkdocs.yml), most used first, with the files and lines
it is on, then a draft glossary entry for each to complete and paste into the glossary.
Words written in capitals that are everyday English (CLOSED, FREE, THE) are not listed."""
EPILOG = """\
examples:
  signpost glossary suggest              every acronym to explain, most used first
  signpost glossary suggest --limit 20   only the 20 most used"""
SHOWN_PLACES = 5


@dataclass
class Unknown:
    """One acronym not in the glossary: how often it is used, and where."""

    core: str
    places: list[str] = field(default_factory=list)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of `signpost glossary`."""
    parser.add_argument("action", choices=("suggest",), help="what to do: suggest")
    parser.add_argument("--limit", type=int, default=0, help="list only this many (0: all)")


def run(args: argparse.Namespace) -> int:
    """Print the unknown acronyms and a draft entry for each."""
    inputs = Inputs.from_project(load_project(Path(args.root)), dt.date.today())
    if inputs.checker is None:
        problems = inputs.glossary[1] + inputs.plain_english[1]
        raise ContentError("; ".join(map(str, problems)) or "the glossary cannot be read")
    found = unknown_acronyms(inputs, inputs.checker)
    print("\n".join(report(found[: args.limit] if args.limit else found)))
    return 0


def unknown_acronyms(inputs: Inputs, checker: Checker) -> list[Unknown]:
    """Return every acronym the checks would report, most used first."""
    by_core: dict[str, Unknown] = {}
    for path, line, text in _lines(inputs):
        for acronym in find_acronyms(text):
            core = acronym.core
            known = checker.known.get(acronym.written) or checker.known.get(core)
            if known is None and checker.unknown(core):
                by_core.setdefault(core, Unknown(core)).places.append(f"{path}:{line}")
    return sorted(by_core.values(), key=lambda u: (-len(u.places), u.core))


def _lines(inputs: Inputs) -> Iterator[tuple[str, int, str]]:
    named = [(f, SERVICE_SKIP) for f in inputs.readable_services]
    for file in inputs.word_files:
        path = inputs.label(file)
        named.append(
            (file, PARTICIPATION_SKIP if path.startswith(PARTICIPATION) else GLOSSARY_SKIP)
        )
    for file, skip in named:
        source = read_text(file)
        doc = parse_text(source, inputs.label(file)) if source is not None else None
        if isinstance(doc, Document) and source is not None:
            for line, text in yaml_lines(doc, source, skip):
                yield doc.path, line, text
    for file in inputs.pages:
        source = read_text(file)
        if source is not None:
            for line, text in markdown_lines(source):
                yield inputs.label(file), line, text


def _skipped(path: str) -> frozenset[str]:
    """Return the keys that hold ids, not words, as the checks do."""
    if path.endswith("glossary.yml"):
        return GLOSSARY_SKIP
    return PARTICIPATION_SKIP if path.startswith(f"{PARTICIPATION}/") else SERVICE_SKIP


def report(found: list[Unknown]) -> list[str]:
    """Return the list, then the draft entries, as lines."""
    if not found:
        return ["Every acronym used is in the glossary."]
    lines = [f"{len(found)} acronyms are not in {GLOSSARY_FILE}, most used first:", ""]
    for unknown in found:
        files = len({place.split(":")[0] for place in unknown.places})
        where = ", ".join(unknown.places[:SHOWN_PLACES])
        more = len(unknown.places) - SHOWN_PLACES
        where += f" and {more} more" if more > 0 else ""
        lines.append(f"{unknown.core}: {_times(len(unknown.places))} in {files} files: {where}")
    lines += ["", f"Draft entries: complete each, then add it under terms: in {GLOSSARY_FILE}.", ""]
    for unknown in found:
        lines += [
            f"  - term: {unknown.core}",
            '    stands_for: ""  # what the letters stand for, in full',
            '    meaning: ""  # one or two short sentences a parent would understand',
            "",
        ]
    return lines


def _times(count: int) -> str:
    return "used once" if count == 1 else f"used {count} times"
