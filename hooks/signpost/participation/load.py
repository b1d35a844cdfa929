"""Load participation/: themes, "You said, we did", events and local partnerships."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from signpost.core.errors import Problem
from signpost.core.fields import ID
from signpost.core.validation import validate
from signpost.core.yaml_source import Document, load_document
from signpost.directory.load import service_files
from signpost.participation.model import Event, Partnership, Themes, YouSaid

M = TypeVar("M", bound=BaseModel)
FOLDER = "participation"
TODAY_VARIABLE = "SIGNPOST_TODAY"


@dataclass(frozen=True)
class Record(Generic[M]):
    """One valid file of a participation folder: its id, where it came from and its data."""

    id: str
    path: str
    item: M


@dataclass
class Participation:
    """Everything in participation/, and every problem found reading it."""

    themes: Themes | None = None
    said: list[Record[YouSaid]] = field(default_factory=list)
    events: list[Record[Event]] = field(default_factory=list)
    partnerships: dict[str, Record[Partnership]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def today_from(environ: Mapping[str, str], fallback: dt.date) -> dt.date:
    """Return the build's "today": SIGNPOST_TODAY (YYYY-MM-DD) if set, so tests need no clock."""
    value = environ.get(TODAY_VARIABLE, "").strip()
    return dt.date.fromisoformat(value) if value else fallback


def load_participation(
    root: Path, taxonomy: dict[str, set[str]] | None, today: dt.date, label: str = FOLDER
) -> Participation:
    """Read every participation file under `root`; `taxonomy` holds the taxonomy's ids."""
    result = Participation()
    if (root / "themes.yml").is_file():
        themes_doc = load_document(root / "themes.yml", f"{label}/themes.yml")
        result.themes, found = _validated(Themes, themes_doc, {})
        result.problems += found
    elif root.is_dir():
        result.problems.append(
            Problem(f"{label}/themes.yml", 1, "", "the themes file is missing: create it")
        )
    theme_ids = {t.id for t in result.themes.themes} if result.themes else None
    context = {"themes": theme_ids, "taxonomy": taxonomy, "today": today}
    result.said = _folder(YouSaid, root, label, "you-said-we-did", context, result.problems)
    result.events = _folder(Event, root, label, "events", context, result.problems)
    partnerships = _folder(Partnership, root, label, "localities", context, result.problems)
    result.partnerships = {r.id: r for r in partnerships}
    result.problems += _area_names(root / "localities", f"{label}/localities", taxonomy)
    result.problems.sort()
    result.said.sort(key=lambda r: (r.item.replied_on, r.item.said_on, r.id), reverse=True)
    result.events.sort(key=lambda r: (r.item.date, r.item.start, r.id))
    return result


def _folder(
    model: type[M],
    root: Path,
    label: str,
    name: str,
    context: dict[str, Any],
    found: list[Problem],
) -> list[Record[M]]:
    """Read every file of one subfolder, adding its problems to `found`."""
    records = []
    for file in service_files(root / name):
        path = f"{label}/{name}/{file.name}"
        if not ID.match(file.stem):
            found.append(Problem(path, 1, "", _NAMING))
            continue
        item, problems = _validated(model, load_document(file, path), context)
        found += problems
        if item is not None:
            records.append(Record(PurePosixPath(path).stem, path, item))
    return records


def _area_names(folder: Path, label: str, taxonomy: dict[str, set[str]] | None) -> list[Problem]:
    """Report partnership files not named after an area of the taxonomy."""
    areas = (taxonomy or {}).get("areas")
    return [
        Problem(
            f"{label}/{file.name}",
            1,
            "",
            f'"{file.stem}" is not an area: name the file after an area id, like north.yml',
        )
        for file in service_files(folder)
        if areas is not None and file.stem not in areas
    ]


_NAMING = (
    "the file name becomes part of a web address: "
    "use only lowercase letters, digits and hyphens, like parent-forum-2026.yml"
)


def _validated(
    model: type[M], doc: Document | Problem, context: dict[str, Any]
) -> tuple[M | None, list[Problem]]:
    if isinstance(doc, Problem):
        return None, [doc]
    if not isinstance(doc.data, dict):
        return None, [Problem(doc.path, 1, "", "the file is empty or not a list of key: value")]
    return validate(model, doc, context)
