"""Load every service entry in the directory folder, collecting every problem."""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

from signpost.core.characters import same_name_key
from signpost.core.errors import Problem
from signpost.core.fields import ID
from signpost.core.file_memo import FileMemo, remembered
from signpost.core.validation import validate
from signpost.core.yaml_source import Document, load_document
from signpost.directory.markdown_checks import MARKDOWN_FIELDS, entry_problems
from signpost.directory.model import Service
from signpost.directory.taxonomy import Taxonomy, load_taxonomy

TAXONOMY_FILE = "_taxonomy.yml"
# Keys of a service file whose values are ids, numbers or addresses, not words a reader sees.
SERVICE_SKIP = frozenset(
    {
        "id",
        # The taxonomy's search words are how families write, shorthand and all; never shown.
        "also",
        "categories",
        "needs",
        "areas",
        "accessibility",
        "phone",
        "text",
        "email",
        "website",
        "postcode",
        "last_reviewed",
        "min",
        "max",
    }
)


@dataclass(frozen=True)
class Entry:
    """A valid service and where it came from."""

    id: str
    path: str
    service: Service
    doc: Document

    def line_of(self, *loc: str | int) -> int:
        """Return the line in the source file of a field, like ("contact", "phone")."""
        return self.doc.line_of(loc)


@dataclass
class Directory:
    """Every valid service, the taxonomy, and every problem found on the way."""

    taxonomy: Taxonomy | None
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Services marked `status: draft`, by path, with what they still need (not published).
    drafts: dict[str, list[Problem]] = field(default_factory=dict)

    def published(self) -> list[Entry]:
        """Return the entries that are not drafts."""
        return [entry for entry in self.entries if entry.path not in self.drafts]


def load_directory(
    folder: Path,
    label: str = "directory",
    today: dt.date | None = None,
    memo: FileMemo | None = None,
) -> Directory:
    """Read the taxonomy and every `<id>.yml` in `folder`; `label` names the folder in messages.

    With a `memo` (the editors' preview), a service file unchanged since the last read is not
    read again.
    """
    taxonomy, problems = load_taxonomy(folder / TAXONOMY_FILE, f"{label}/{TAXONOMY_FILE}")
    result = Directory(taxonomy, problems=list(problems))
    files = service_files(folder)
    naming, repeated = file_name_problems(files, label)
    result.problems += naming
    readable = [file for file in files if file not in repeated]
    context = check_context(taxonomy, today)
    result.entries, found, drafts = read_all(readable, label, context, memo)
    result.drafts = {path: [p for p in found if p.path == path] for path in sorted(drafts)}
    result.problems += [p for p in found if p.path not in drafts]
    result.problems += duplicate_names((e.path, e.service.name) for e in result.entries)
    result.entries.sort(key=lambda entry: (entry.service.name.casefold(), entry.id))
    result.problems.sort()
    return result


def check_context(taxonomy: Taxonomy | None, today: dt.date | None) -> dict[str, Any]:
    """Return what validating a service needs to know: the taxonomy's ids and today's date."""
    return {"taxonomy": taxonomy.ids() if taxonomy else None, "today": today or dt.date.today()}


def read_services(
    files: Iterable[Path], label: str, context: dict[str, Any]
) -> tuple[list[Entry], list[Problem]]:
    """Read and check service files one by one (checks across files are done by the caller)."""
    entries, problems, _ = read_all(files, label, context)
    return entries, problems


def read_all(
    files: Iterable[Path], label: str, context: dict[str, Any], memo: FileMemo | None = None
) -> tuple[list[Entry], list[Problem], set[str]]:
    """Read and check service files; also return the paths of those marked `status: draft`."""
    entries, problems, drafts = [], [], set()
    depends = (label, _frozen(context))
    for file in files:
        entry, found, draft = remembered(
            memo, "service", file, depends, partial(_read_one, file, label, context)
        )
        if draft:
            drafts.add(draft)
        problems += found
        if entry is not None:
            entries.append(entry)
    return entries, problems, drafts


def _read_one(
    file: Path, label: str, context: dict[str, Any]
) -> tuple[Entry | None, list[Problem], str | None]:
    doc = load_document(file, f"{label}/{file.name}")
    entry, found = read_service(doc, context)
    return entry, found, doc.path if is_draft(doc) else None


def _frozen(value: Any) -> Hashable:
    """Return a value (dicts, sets, lists of plain values) in a form that can be a key."""
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, set | frozenset):
        return tuple(sorted(map(str, value)))
    if isinstance(value, list | tuple):
        return tuple(_frozen(v) for v in value)
    return value  # type: ignore[no-any-return]


def is_draft(doc: Document | Problem) -> bool:
    """Return whether a service file says `status: draft` (even if it has mistakes)."""
    data = doc.data if isinstance(doc, Document) else None
    return isinstance(data, dict) and data.get("status") == "draft"


def read_service(
    doc: Document | Problem, context: dict[str, Any]
) -> tuple[Entry | None, list[Problem]]:
    """Check one parsed service file; the id is the file name without its extension."""
    if isinstance(doc, Problem):
        return None, [doc]
    if not isinstance(doc.data, dict):
        return None, [Problem(doc.path, 1, "", _not_a_service(doc.data))]
    service, found = validate(Service, doc, context)
    texts = {name: doc.data.get(name) for name in MARKDOWN_FIELDS}
    lines = {name: doc.line_of([name]) for name in MARKDOWN_FIELDS}
    found = sorted(found + entry_problems(doc.path, texts, lines))
    if service is None:
        return None, found
    return Entry(PurePosixPath(doc.path).stem, doc.path, service, doc), found


def service_files(folder: Path) -> list[Path]:
    """Return the service files: every .yml or .yaml file not starting with an underscore.

    Links are never read: they are reported (checks/files.py), as they could point anywhere.
    """
    if not folder.is_dir() or folder.is_symlink():
        return []
    with os.scandir(folder) as entries:  # one look at the folder: 5,000 files on every save
        names = sorted(
            entry.name
            for entry in entries
            if PurePosixPath(entry.name).suffix in {".yml", ".yaml"}
            and not entry.name.startswith("_")
            and entry.is_file(follow_symlinks=False)
        )
    return [folder / name for name in names]


def _not_a_service(data: object) -> str:
    if data is None:
        return "the file is empty: fill in the service, starting with name:"
    return "the file should describe one service as lines of key: value, starting with name:"


def file_name_problems(files: Iterable[Path], label: str) -> tuple[list[Problem], set[Path]]:
    """Return problems with file names, and the files skipped because their id is taken."""
    problems = []
    repeated: set[Path] = set()
    by_id: dict[str, list[Path]] = defaultdict(list)
    for file in files:
        by_id[file.stem.lower()].append(file)
        if not ID.match(file.stem):
            problems.append(
                Problem(
                    f"{label}/{file.name}",
                    1,
                    "",
                    "the file name becomes the web address: "
                    "use only lowercase letters, digits and hyphens, like riverside-club.yml",
                )
            )
    for same in by_id.values():
        for file in same[1:]:
            repeated.add(file)
            problems.append(
                Problem(
                    f"{label}/{file.name}",
                    1,
                    "",
                    f"has the same id as {label}/{same[0].name}: rename or remove one of them",
                )
            )
    return problems, repeated


def duplicate_names(services: Iterable[tuple[str, str]]) -> list[Problem]:
    """Report services with the same name; each is (path, name)."""
    first: dict[str, str] = {}
    problems = []
    for path, name in sorted(services):
        key = same_name_key(name)
        if key in first:
            problems.append(
                Problem(
                    path,
                    1,
                    "name",
                    f'"{name}" is also the name of '
                    f"{first[key]}: is it the same service? Remove one, or make the "
                    "names different so families can tell them apart",
                )
            )
        else:
            first[key] = path
    return problems
