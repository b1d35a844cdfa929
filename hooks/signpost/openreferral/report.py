"""What an import did and what is left to do: the printed summary and a CSV to share out.

Every item, one a row: which file, which field, what to do, and an empty `assigned_to`
column, so a team can split the work in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

# Kinds of row, in the order a team would work through them.
INPUT = "could not read"
FILL_IN = "fill in"
FIX = "fix"
TAXONOMY = "not in the taxonomy"
CHECK = "check"
NOT_IMPORTED = "not imported"
PLAIN_ENGLISH = "plain English"
# Rows printed one by one in the summary (plain English problems are counted, and listed in
# the CSV); with plain English, they stop a service being published until someone acts.
NEEDS = {FILL_IN, FIX, TAXONOMY}
BLOCKING = NEEDS | {PLAIN_ENGLISH}
COLUMNS = ("file", "line", "field", "what_to_do", "kind", "assigned_to")


@dataclass(frozen=True)
class Row:
    """One thing to do: in which file, which field, and what."""

    file: str
    line: int
    field: str
    todo: str
    kind: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.todo}" if self.field else f"{where}: {self.todo}"


@dataclass
class Summary:
    """What an import did, for the lines printed at the end and the CSV report."""

    read: int = 0
    records: int = 0
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    fields_updated: int = 0
    edits_kept: int = 0
    rows: list[Row] = field(default_factory=list)
    shapes: Counter[str] = field(default_factory=Counter)
    to_check: int = 0
    drafts: int = 0
    no_places: int = 0
    offered_places: int = 0
    report: str = ""

    @property
    def input_problems(self) -> list[str]:
        """Return what could not be read or written, as lines."""
        return [str(row) for row in self.rows if row.kind == INPUT]

    @property
    def attention(self) -> list[str]:
        """Return what each written file still needs before it can be published."""
        return [str(row) for row in self.rows if row.kind in NEEDS]

    def lines(self) -> list[str]:
        """Return the summary as lines of text."""
        needing = {row.file for row in self.rows if row.kind in NEEDS}
        repeats = f" ({self.records} records)" if self.records != self.read else ""
        shapes = ", ".join(f"{n} {s}" for s, n in self.shapes.most_common())
        said = f"; recognised as {shapes}" if shapes else ""
        out = [*self.input_problems, f"Read {self.read} services{repeats}{said}."]
        out.append(
            f"Written {len(self.written)}, skipped {len(self.skipped)} (already exists: "
            f"use --update to replace), needs attention {len(needing)}."
        )
        if self.updated or self.edits_kept:
            out.append(
                f"Updated {len(self.updated)} files from the feed ({self.fields_updated} fields "
                f"changed); {self.edits_kept} edits made here since the last import were kept "
                "where the feed changed too (listed in the report)."
            )
        if self.drafts:
            out.append(f"{self.drafts} written as drafts (status: draft): not published yet.")
        if self.to_check:
            out.append(f"{self.to_check} files have notes at the top to check.")
        if self.no_places:
            out.append(
                f"{self.no_places} services have no place to visit in the ORUK data "
                f"({self.offered_places} give a postcode in their text, offered at the end of "
                "the file): add one where families go to a place."
            )
        out += self._plain_english()
        out += [f"Needs attention: {line}" for line in self.attention]
        out += [f"Skipped: {path} already exists" for path in self.skipped]
        if self.report:
            out.append(f"Every item is listed in {self.report} (assigned_to is empty).")
        return out

    def _plain_english(self) -> list[str]:
        rows = [row for row in self.rows if row.kind == PLAIN_ENGLISH]
        if not rows:
            return []
        files = len({row.file for row in rows})
        return [
            f"Plain English: {len(rows)} problems in {files} files that the build will report "
            "(listed in the report); signpost glossary suggest lists the acronyms to explain."
        ]


def to_csv(rows: list[Row]) -> str:
    """Return the rows as CSV text with a header, assigned_to left empty."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow((row.file, row.line or "", row.field, row.todo, row.kind, ""))
    return out.getvalue()
