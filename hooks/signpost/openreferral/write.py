"""Write one imported service's file, and say what it still needs.

A new file is written with the fast YAML writer, read back and checked with the build's own
rules and the site's plain English checker; a service that still needs something is written
as a draft. An existing file is only changed by `--update`, field by field (`update.py`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from signpost.core import safe_write
from signpost.core.errors import Problem
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.load import SERVICE_SKIP, check_context, read_service
from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.read import Imported, Record
from signpost.openreferral.report import (
    BLOCKING,
    CHECK,
    FILL_IN,
    FIX,
    INPUT,
    NOT_IMPORTED,
    PLAIN_ENGLISH,
    TAXONOMY,
    Row,
    Summary,
)
from signpost.openreferral.update import update_file
from signpost.openreferral.yaml_out import fill_in, missing, reads_back, to_yaml
from signpost.plain_english.checker import Checker, is_emphasis, is_jargon, yaml_lines

NO_RECORD = (
    "there is no record of importing this file (directory/_import-state.json), so it was "
    "left as it is: delete it to import it afresh"
)
MISSING = "is missing: add it, it is required"


def write_new(
    item: Imported,
    record: Record,
    file: Path,
    update: bool,
    rules: tuple[dt.date, Taxonomy | None, Checker | None],
    summary: Summary,
) -> str | None:
    """Write a new service file; return its name, or None if it was not written."""
    today, taxonomy, checker = rules
    label = file.as_posix()
    if _refused(file, update, summary):
        return None
    source = f"{record.file} {record.where()}".strip()
    fast = True
    text = to_yaml(item, today, source)
    doc = parse_text(text, label)
    if not reads_back(doc, item):  # the fast writer got it wrong: the general one will not
        fast = False
        text = to_yaml(item, today, source, fast=fast)
        doc = parse_text(text, label)
    rows = needs(item, doc, label, taxonomy, today) + plain_english(checker, doc, text)
    if any(row.kind in BLOCKING for row in rows):
        item.draft = True
        text = to_yaml(item, today, source, fast=fast)  # status: draft goes last
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        safe_write.create(file, text)
    except safe_write.UnsafeTargetError as refused:
        summary.rows.append(Row(label, 0, "", str(refused), INPUT))
        return None
    summary.written.append(label)
    summary.to_check += bool(item.check or item.not_imported)
    summary.no_places += "locations" not in item.data
    summary.offered_places += bool(item.places) and "locations" not in item.data
    summary.drafts += item.draft
    summary.rows += rows
    return file.name


def _refused(file: Path, update: bool, summary: Summary) -> bool:
    """Return whether something is already where the file would go (and say so)."""
    label = file.as_posix()
    if safe_write.link_target(file) is not None:
        summary.rows.append(Row(label, 0, "", safe_write.refusal(file), INPUT))
        return True
    if file.exists():
        if update:  # but no record of importing it: someone wrote it, so it stays
            summary.rows.append(Row(label, 0, "", NO_RECORD, CHECK))
        summary.skipped.append(label)
        return True
    return False


def needs(
    item: Imported, doc: Document | Problem, label: str, taxonomy: Taxonomy | None, today: dt.date
) -> list[Row]:
    """Check a written file's text with the build's own rules; say what it still needs."""
    gaps = missing(item.data)
    rows = [Row(label, 0, *split_note(line), FILL_IN) for line in fill_in(item)]
    rows += [
        Row(label, 0, "", f"not in the taxonomy, so left out: {term}", TAXONOMY)
        for term in item.unknown_terms
    ]
    context = check_context(taxonomy, today)
    _, problems = read_service(doc, context)
    rows += [
        Row(p.path, p.line, p.field, p.message, FIX) for p in problems if not reported(p, gaps)
    ]
    rows += [Row(label, 0, *split_note(note), CHECK) for note in item.check]
    rows += [Row(label, 0, *split_note(note), NOT_IMPORTED) for note in item.not_imported]
    return rows


def plain_english(checker: Checker | None, doc: Document | Problem, text: str) -> list[Row]:
    """Return the acronyms and jargon the build will report in the file, as rows."""
    if checker is None or not isinstance(doc, Document):
        return []
    found = checker.problems(doc.path, yaml_lines(doc, text, SERVICE_SKIP))
    lenient = not checker.settings.jargon_fails_build
    advice = {p for p in found if is_emphasis(p) or (lenient and is_jargon(p))}
    return [
        Row(p.path, p.line, "", p.message, CHECK if p in advice else PLAIN_ENGLISH) for p in found
    ]


def update_existing(
    file: Path, item: Imported, before: dict[str, object], summary: Summary
) -> None:
    """Bring a file up to date with the feed, keeping what editors changed (see update.py)."""
    label = file.as_posix()
    changes = update_file(file, item, before)
    if changes.changed:
        summary.updated.append(label)
        summary.fields_updated += len(changes.changed)
    summary.rows += [Row(label, 0, *split_note(note), CHECK) for note in changes.kept]
    summary.edits_kept += len(changes.kept)


def split_note(note: str) -> tuple[str, str]:
    """Split a note like "contact.phone: was ..." into its field and what to do."""
    head, sep, rest = note.partition(": ")
    if sep and " " not in head:
        return head, rest
    return "", note


def reported(problem: Problem, gaps: list[str]) -> bool:
    return problem.message == MISSING and problem.field in gaps
