"""Import Open Referral UK JSON as service files (`signpost import-oruk FILE_OR_FOLDER`).

Reads a services listing page, full service records, or a folder of them, and writes one
`<into>/<id>.yml` per service. What does not map is kept as comments at the top of the file;
every file written is checked by the same rules as the build, and what still needs doing is
printed, file by file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

from signpost.checks.content import SERVICE_SKIP
from signpost.checks.inputs import Inputs
from signpost.checks.project import load_project
from signpost.core import safe_write
from signpost.core.errors import ContentError, Problem
from signpost.core.safe_write import short_id
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.load import TAXONOMY_FILE, check_context, read_service
from signpost.directory.taxonomy import Taxonomy, load_taxonomy
from signpost.openreferral.council_mapping import MAPPING_FILE, CouncilMapping, load_mapping
from signpost.openreferral.mapping import map_service
from signpost.openreferral.read import Imported, Reader, Record, read_source
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
    to_csv,
)
from signpost.openreferral.shapes import shape, to_hsds3
from signpost.openreferral.suggest_mapping import suggestion
from signpost.openreferral.update import ImportState, update_file
from signpost.openreferral.yaml_out import fill_in, missing, reads_back, slug, to_yaml
from signpost.plain_english.checker import Checker, is_jargon, yaml_lines

PROGRESS_EVERY = 50
NO_RECORD = (
    "there is no record of importing this file (directory/_import-state.json), so it was "
    "left as it is: delete it to import it afresh"
)
MISSING = "is missing: add it, it is required"


HELP = "bring services in from another directory's Open Referral UK data"
DESCRIPTION = """\
Read Open Referral UK JSON (the national standard for service directories) and write one
service file per service into directory/. What fits our service files is filled in; what
does not is kept as notes at the top of each file for you to check. Every file written is
checked, and the summary lists exactly what each one still needs (for example, how families
get the service). Files that already exist are left alone unless you add --update."""
EPILOG = """\
examples:
  signpost import-oruk services.json                     one file: a listing page or a service
  signpost import-oruk exported/                         every .json file in a folder
  signpost import-oruk services.json --suggest-mapping > import-mapping.yml
                                                         a first mapping file, to check
  signpost import-oruk services.json --update            bring in changes from a newer feed"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the import's arguments to a parser (also used by the signpost command)."""
    parser.add_argument("source", type=Path, help="an ORUK JSON file, or a folder of them")
    parser.add_argument(
        "--into",
        type=Path,
        default=Path("directory"),
        help="the folder to write service files to (default: directory, inside --root)",
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="bring in what changed in the feed since the last import, keeping editors' edits",
    )
    parser.add_argument(
        "--mapping",
        type=Path,
        default=None,
        help=f"the council's mapping file (default: {MAPPING_FILE} in --root, if it is there)",
    )
    parser.add_argument(
        "--suggest-mapping",
        action="store_true",
        help="print a first mapping file from the feed's words, with counts; import nothing",
    )
    parser.add_argument(
        "--report",
        type=Path,
        default=Path("reports/import-oruk.csv"),
        help="the CSV list of everything to do (default: reports/import-oruk.csv in --root)",
    )
    parser.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        default=dt.date.today(),
        help="the import date written in each file (default: today)",
    )


def run(args: argparse.Namespace) -> int:
    """Import, print the summary, and return 1 if some of the input could not be read."""
    root = Path(getattr(args, "root", "."))
    into = root / args.into  # an absolute --into stays as it is
    taxonomy, _ = load_taxonomy(into / TAXONOMY_FILE, _label(into, TAXONOMY_FILE))
    council, problems = _council(root, args.mapping, taxonomy)
    if problems:
        print("\n".join(map(str, problems)))
        print(f"The mapping file has {len(problems)} problems: fix them, then import again.")
        return 1
    if args.suggest_mapping:
        records, unread = read_source(args.source)
        fields = council.audience_fields if council else []
        for problem in unread:
            print(problem, file=sys.stderr)
        print("\n".join(suggestion(records, taxonomy, args.source.as_posix(), fields)))
        return 1 if unread else 0
    summary = import_services(
        args.source,
        into,
        update=args.update,
        today=args.date,
        council=council,
        checker=plain_english_checker(root, args.date),
    )
    report = root / args.report
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(to_csv(summary.rows), encoding="utf-8")
    summary.report = args.report.as_posix()
    for line in summary.lines():
        print(line)
    return 1 if summary.input_problems else 0


def _council(
    root: Path, mapping: Path | None, taxonomy: Taxonomy | None
) -> tuple[CouncilMapping | None, list[Problem]]:
    """Load the mapping file given, or import-mapping.yml in the root if there is one."""
    file = root / (mapping or MAPPING_FILE)
    if mapping is None and not file.is_file():
        return None, []
    return load_mapping(file, (mapping or Path(MAPPING_FILE)).as_posix(), taxonomy)


def import_services(
    source: Path,
    into: Path,
    *,
    update: bool = False,
    today: dt.date | None = None,
    council: CouncilMapping | None = None,
    checker: Checker | None = None,
) -> Summary:
    """Write one service file per ORUK service found in `source`, mapped with `council`.

    With a plain English `checker`, the acronyms and jargon the build will report are listed.
    """
    today = today or dt.date.today()
    records, problems = read_source(source)
    taxonomy, taxonomy_problems = load_taxonomy(into / TAXONOMY_FILE, _label(into, TAXONOMY_FILE))
    unique, duplicates = _unique(records)
    summary = Summary(len(unique), len(records), rows=[_input(p) for p in problems])
    summary.rows += [_input(p) for p in taxonomy_problems] + duplicates
    state = ImportState.load(into)
    ids = [r.data.get("id") for r in unique]
    repeated = {i for i in ids if isinstance(i, str) and ids.count(i) > 1}
    taken = {name.removesuffix(".yml") for name in map(state.file_of, state.services) if name}
    for n, found in enumerate(unique, start=1):
        _progress(n, len(unique), sys.stderr)
        summary.shapes[shape(found.data)] += 1
        record = Record(found.file, found.path, to_hsds3(found.data))
        reader = Reader(record)
        item = map_service(record, reader, taxonomy, council)
        summary.rows += [_input(p) for p in reader.problems]
        if item is None:
            where = record.where("name") or "name"
            summary.rows.append(Row(record.file, 0, where, "missing: not imported", INPUT))
            continue
        oruk_id = _trackable(record, repeated)
        known = state.file_of(oruk_id)
        if oruk_id and known and (into / known).is_file() and not (into / known).is_symlink():
            if update:
                _update(into / known, item, state.fields_of(oruk_id), summary)
                state.remember(oruk_id, known, item.data)
            else:
                summary.skipped.append(_label(into, known))
            continue
        name = known.removesuffix(".yml") if known else _free_id(short_id(slug(item.name)), taken)
        written = _write(
            item, record, into / f"{name}.yml", update, (today, taxonomy, checker), summary
        )
        if written:
            state.remember(oruk_id, written, item.data)
    if summary.written or summary.updated:
        into.mkdir(parents=True, exist_ok=True)
        state.save(into)
    return summary


def _trackable(record: Record, repeated: set[str]) -> str | None:
    """Return the ORUK id an update can follow the service by (unique in the feed), or None."""
    oruk_id = record.data.get("id")
    return oruk_id if isinstance(oruk_id, str) and oruk_id and oruk_id not in repeated else None


def _update(file: Path, item: Imported, before: dict[str, object], summary: Summary) -> None:
    label = file.as_posix()
    changes = update_file(file, item, before)
    if changes.changed:
        summary.updated.append(label)
        summary.fields_updated += len(changes.changed)
    summary.rows += [Row(label, 0, *_split(note), CHECK) for note in changes.kept]
    summary.edits_kept += len(changes.kept)


def _input(problem: Problem) -> Row:
    return Row(problem.path, problem.line, problem.field, problem.message, INPUT)


def _write(
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
    if safe_write.link_target(file) is not None:
        summary.rows.append(Row(label, 0, "", safe_write.refusal(file), INPUT))
        return None
    if file.exists() and not update:
        summary.skipped.append(label)
        return None
    if file.exists():  # --update, but no record of importing it: someone wrote it
        summary.rows.append(Row(label, 0, "", NO_RECORD, CHECK))
        summary.skipped.append(label)
        return None
    source = f"{record.file} {record.where()}".strip()
    file.parent.mkdir(parents=True, exist_ok=True)
    text = to_yaml(item, today, source)
    doc = parse_text(text, label)
    if not reads_back(doc, item):  # the fast writer got it wrong: the general one will not
        text = to_yaml(item, today, source, fast=False)
        doc = parse_text(text, label)
    rows = _needs(item, doc, label, taxonomy, today)
    rows += _plain_english(checker, doc, text)
    if any(row.kind in BLOCKING for row in rows):
        item.draft = True
        text = to_yaml(item, today, source)
    try:
        (safe_write.replace if update else safe_write.create)(file, text)
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


def _needs(
    item: Imported, doc: Document | Problem, label: str, taxonomy: Taxonomy | None, today: dt.date
) -> list[Row]:
    """Check a written file's text with the build's own rules; say what it still needs."""
    gaps = missing(item.data)
    rows = [Row(label, 0, *_split(line), FILL_IN) for line in fill_in(item)]
    rows += [
        Row(label, 0, "", f"not in the taxonomy, so left out: {term}", TAXONOMY)
        for term in item.unknown_terms
    ]
    context = check_context(taxonomy, today)
    _, problems = read_service(doc, context)
    rows += [
        Row(p.path, p.line, p.field, p.message, FIX) for p in problems if not _reported(p, gaps)
    ]
    rows += [Row(label, 0, *_split(note), CHECK) for note in item.check]
    rows += [Row(label, 0, *_split(note), NOT_IMPORTED) for note in item.not_imported]
    return rows


def _plain_english(checker: Checker | None, doc: Document | Problem, text: str) -> list[Row]:
    """Return the acronyms and jargon the build will report in the file, as rows."""
    if checker is None or not isinstance(doc, Document):
        return []
    found = checker.problems(doc.path, yaml_lines(doc, text, SERVICE_SKIP))
    lenient = not checker.settings.jargon_fails_build
    return [
        Row(p.path, p.line, "", p.message, CHECK if lenient and is_jargon(p) else PLAIN_ENGLISH)
        for p in found
    ]


def plain_english_checker(root: Path, today: dt.date) -> Checker | None:
    """Return the site's plain English checker (glossary and settings), if it has them."""
    try:
        return Inputs.from_project(load_project(root), today).checker
    except ContentError:
        return None


def _split(note: str) -> tuple[str, str]:
    """Split a note like "contact.phone: was ..." into its field and what to do."""
    head, sep, rest = note.partition(": ")
    if sep and " " not in head:
        return head, rest
    return "", note


def _reported(problem: Problem, gaps: list[str]) -> bool:
    return problem.message == MISSING and problem.field in gaps


def _label(into: Path, name: str) -> str:
    return (into / name).as_posix()


def _free_id(wanted: str, taken: set[str]) -> str:
    name, n = wanted, 1
    while name in taken:
        n += 1
        name = f"{wanted}-{n}"
    taken.add(name)
    return name


def _unique(records: list[Record]) -> tuple[list[Record], list[Row]]:
    """Keep one record per ORUK id when they agree (a listing and a full record of one service).

    Records that share an id but disagree are all kept, and each repeat is named.
    """
    groups: dict[object, list[Record]] = {}
    for n, record in enumerate(records):
        key = record.data.get("id")
        groups.setdefault(key if isinstance(key, str) and key else n, []).append(record)
    kept: list[Record] = []
    rows: list[Row] = []
    for key, group in groups.items():
        fullest = max(group, key=lambda r: len(r.data))
        if all(_agree(r.data, fullest.data) for r in group):
            kept.append(fullest)
            continue
        kept += group
        first = group[0]
        for other in group[1:]:
            message = (
                f'the id "{key}" is also used by {first.file} {first.where()}, with different '
                "details: both imported; check whether they are the same service"
            )
            rows.append(Row(other.file, 0, other.where("id"), message, INPUT))
    return kept, rows


def _agree(a: dict[str, object], b: dict[str, object]) -> bool:
    return all(a[k] == b[k] for k in a.keys() & b.keys())


def _progress(n: int, total: int, stream: TextIO) -> None:
    if not stream.isatty() or total < PROGRESS_EVERY:
        return
    if n % PROGRESS_EVERY == 0 or n == total:
        stream.write(f"\rImporting services: {n} of {total}")
        stream.write("\n" if n == total else "")
        stream.flush()


def main(argv: list[str] | None = None) -> int:
    """Run the import from the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m signpost.openreferral.importer",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
