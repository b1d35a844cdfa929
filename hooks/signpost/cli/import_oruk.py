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
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from signpost.checks.inputs import Inputs
from signpost.checks.project import load_project
from signpost.core import safe_write
from signpost.core.errors import ContentError, Problem
from signpost.core.safe_write import short_id
from signpost.directory.load import TAXONOMY_FILE
from signpost.directory.taxonomy import Taxonomy, load_taxonomy
from signpost.openreferral.council_mapping import MAPPING_FILE, CouncilMapping, load_mapping
from signpost.openreferral.mapping import map_service
from signpost.openreferral.read import Imported, Reader, Record, read_source
from signpost.openreferral.report import (
    INPUT,
    Row,
    Summary,
    to_csv,
)
from signpost.openreferral.shapes import shape, to_hsds3
from signpost.openreferral.suggest_mapping import suggestion
from signpost.openreferral.update import ImportState
from signpost.openreferral.write import update_existing, write_new
from signpost.openreferral.yaml_out import slug
from signpost.plain_english.checker import Checker

PROGRESS_EVERY = 50
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
    if args.suggest_mapping:
        return _suggest(args, root, taxonomy)
    council, problems = _council(root, args.mapping, taxonomy)
    if problems:
        print("\n".join(map(str, problems)))
        print(f"The mapping file has {len(problems)} problems: fix them, then import again.")
        return 1
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
    try:  # never through a link, like the service files
        (safe_write.replace if report.exists() else safe_write.create)(report, to_csv(summary.rows))
        summary.report = args.report.as_posix()
    except safe_write.UnsafeTargetError as refused:
        summary.rows.append(Row(args.report.as_posix(), 0, "", str(refused), INPUT))
    for line in summary.lines():
        print(line)
    return 1 if summary.input_problems else 0


def _suggest(args: argparse.Namespace, root: Path, taxonomy: Taxonomy | None) -> int:
    """Print a first mapping file. The default one is not read: `> import-mapping.yml` has
    already emptied it; a mapping given with --mapping lends its audience fields."""
    council, problems = _council(root, args.mapping, taxonomy) if args.mapping else (None, [])
    records, unread = read_source(args.source)
    for problem in [*problems, *unread]:
        print(problem, file=sys.stderr)
    fields = council.audience_fields if council else []
    print("\n".join(suggestion(records, taxonomy, args.source.as_posix(), fields)))
    return 1 if unread else 0


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
    ids = Counter(i for r in unique if isinstance(i := r.data.get("id"), str))
    run = _Run(into, update, (today, taxonomy, checker), summary, state)
    run.repeated = {i for i, n in ids.items() if isinstance(i, str) and n > 1}
    run.taken = {name.removesuffix(".yml") for name in map(state.file_of, state.services) if name}
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
        else:
            run.service(item, record)
    if state.services and into.is_dir():
        state.save(into)
    return summary


@dataclass
class _Run:
    """One import's settings and results, for the work done service by service."""

    into: Path
    update: bool
    rules: tuple[dt.date, Taxonomy | None, Checker | None]
    summary: Summary
    state: ImportState
    repeated: set[str] = field(default_factory=set)
    taken: set[str] = field(default_factory=set)

    def service(self, item: Imported, record: Record) -> None:
        """Write, update or skip one service's file, and remember what the feed said."""
        into, state = self.into, self.state
        oruk_id = _trackable(record, self.repeated)
        known = state.file_of(oruk_id)
        if oruk_id and known and (into / known).is_file() and not (into / known).is_symlink():
            if self.update:
                update_existing(into / known, item, state.fields_of(oruk_id), self.summary)
                state.remember(oruk_id, known, item.data)
            else:
                self.summary.skipped.append(_label(into, known))
            return
        name = known.removesuffix(".yml") if known else _free_id(slug_id(item), self.taken)
        file = into / f"{name}.yml"
        if written := write_new(item, record, file, self.update, self.rules, self.summary):
            state.remember(oruk_id, written, item.data)


def slug_id(item: Imported) -> str:
    """Return the file id for a service: its name as a slug, short enough for a file."""
    return short_id(slug(item.name))


def _trackable(record: Record, repeated: set[str]) -> str | None:
    """Return the ORUK id an update can follow the service by (unique in the feed), or None."""
    oruk_id = record.data.get("id")
    return oruk_id if isinstance(oruk_id, str) and oruk_id and oruk_id not in repeated else None


def _input(problem: Problem) -> Row:
    return Row(problem.path, problem.line, problem.field, problem.message, INPUT)


def plain_english_checker(root: Path, today: dt.date) -> Checker | None:
    """Return the site's plain English checker (glossary and settings), if it has them."""
    try:
        return Inputs.from_project(load_project(root), today).checker
    except ContentError:
        return None


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
        prog="python -m signpost.cli.import_oruk",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
