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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from signpost.core import safe_write
from signpost.core.errors import Problem
from signpost.core.safe_write import short_id
from signpost.core.yaml_source import parse_text
from signpost.directory.load import TAXONOMY_FILE, check_context, read_service
from signpost.directory.taxonomy import Taxonomy, load_taxonomy
from signpost.openreferral.mapping import map_service
from signpost.openreferral.read import Imported, Reader, Record, describe, read_source
from signpost.openreferral.yaml_out import fill_in, missing, slug, to_yaml

PROGRESS_EVERY = 50
MISSING = "is missing: add it, it is required"


@dataclass
class Summary:
    """What an import did, for the lines printed at the end."""

    read: int = 0
    records: int = 0
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    attention: list[str] = field(default_factory=list)
    input_problems: list[str] = field(default_factory=list)
    to_check: int = 0
    no_places: int = 0
    offered_places: int = 0

    def lines(self) -> list[str]:
        """Return the summary as lines of text."""
        needing = {line.split(":", 1)[0] for line in self.attention}
        repeats = f" ({self.records} records)" if self.records != self.read else ""
        out = [*self.input_problems, f"Read {self.read} services{repeats}."]
        out.append(
            f"Written {len(self.written)}, skipped {len(self.skipped)} (already exists: "
            f"use --update to replace), needs attention {len(needing)}."
        )
        if self.to_check:
            out.append(f"{self.to_check} files have notes at the top to check.")
        if self.no_places:
            out.append(
                f"{self.no_places} services have no place to visit in the ORUK data "
                f"({self.offered_places} give a postcode in their text, offered at the end of "
                "the file): add one where families go to a place."
            )
        out += [f"Needs attention: {line}" for line in self.attention]
        out += [f"Skipped: {path} already exists" for path in self.skipped]
        return out


HELP = "bring services in from another directory's Open Referral UK data"
DESCRIPTION = """\
Read Open Referral UK JSON (the national standard for service directories) and write one
service file per service into directory/. What fits our service files is filled in; what
does not is kept as notes at the top of each file for you to check. Every file written is
checked, and the summary lists exactly what each one still needs (for example, how families
get the service). Files that already exist are left alone unless you add --update."""
EPILOG = """\
examples:
  signpost import-oruk services.json             one file: a listing page or a service
  signpost import-oruk exported/                 every .json file in a folder
  signpost import-oruk services.json --update    also replace service files that exist"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the import's arguments to a parser (also used by the signpost command)."""
    parser.add_argument("source", type=Path, help="an ORUK JSON file, or a folder of them")
    parser.add_argument(
        "--into",
        type=Path,
        default=Path("directory"),
        help="the folder to write service files to (default: directory, inside --root)",
    )
    parser.add_argument("--update", action="store_true", help="replace files that exist")
    parser.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        default=dt.date.today(),
        help="the import date written in each file (default: today)",
    )


def run(args: argparse.Namespace) -> int:
    """Import, print the summary, and return 1 if some of the input could not be read."""
    into = Path(getattr(args, "root", ".")) / args.into  # an absolute --into stays as it is
    summary = import_services(args.source, into, update=args.update, today=args.date)
    for line in summary.lines():
        print(line)
    return 1 if summary.input_problems else 0


def import_services(
    source: Path, into: Path, *, update: bool = False, today: dt.date | None = None
) -> Summary:
    """Write one service file per ORUK service found in `source`."""
    today = today or dt.date.today()
    records, problems = read_source(source)
    taxonomy, taxonomy_problems = load_taxonomy(into / TAXONOMY_FILE, _label(into, TAXONOMY_FILE))
    unique = _unique(records)
    summary = Summary(len(unique), len(records), input_problems=[describe(p) for p in problems])
    summary.input_problems += [str(p) for p in taxonomy_problems]
    taken: set[str] = set()
    for n, record in enumerate(unique, start=1):
        _progress(n, len(unique), sys.stderr)
        reader = Reader(record)
        item = map_service(record, reader, taxonomy)
        summary.input_problems += [describe(p) for p in reader.problems]
        if item is None:
            where = record.where("name") or "name"
            summary.input_problems.append(f"{record.file}: {where}: missing: not imported")
            continue
        _write(item, record, into, taken, update, today, taxonomy, summary)
    return summary


def _write(
    item: Imported,
    record: Record,
    into: Path,
    taken: set[str],
    update: bool,
    today: dt.date,
    taxonomy: Taxonomy | None,
    summary: Summary,
) -> None:
    name = _free_id(short_id(slug(item.name)), taken)
    file = into / f"{name}.yml"
    label = _label(into, file.name)
    if file.exists() and not update:
        summary.skipped.append(label)
        return
    source = f"{record.file} {record.where()}".strip()
    file.parent.mkdir(parents=True, exist_ok=True)
    text = to_yaml(item, today, source)
    try:
        (safe_write.replace if update else safe_write.create)(file, text)
    except safe_write.UnsafeTargetError as refused:
        summary.input_problems.append(f"{label}: {refused}")
        return
    summary.written.append(label)
    summary.to_check += bool(item.check or item.not_imported)
    summary.no_places += "locations" not in item.data
    summary.offered_places += bool(item.places) and "locations" not in item.data
    summary.attention += _needs(item, text, label, taxonomy, today)


def _needs(
    item: Imported, text: str, label: str, taxonomy: Taxonomy | None, today: dt.date
) -> list[str]:
    """Check a written file's text with the build's own rules; say what it still needs."""
    gaps = missing(item.data)
    lines = [f"{label}: {line}" for line in fill_in(item)]
    lines += [f"{label}: not in the taxonomy, so left out: {term}" for term in item.unknown_terms]
    context = check_context(taxonomy, today)
    _, problems = read_service(parse_text(text, label), context)
    lines += [str(p) for p in problems if not _reported(p, gaps)]
    return lines


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


def _unique(records: list[Record]) -> list[Record]:
    """Keep one record per ORUK id: the fullest, as a listing and full records may both be given."""
    best: dict[object, Record] = {}
    for n, record in enumerate(records):
        key = record.data.get("id") or n
        key = key if isinstance(key, str) else n
        if key not in best or len(record.data) > len(best[key].data):
            best[key] = record
    return list(best.values())


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
