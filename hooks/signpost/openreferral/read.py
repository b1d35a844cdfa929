"""Read Open Referral UK JSON files, checking the shape of each field as it is used."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from signpost.core.errors import Problem
from signpost.openreferral.html import html_to_markdown, looks_like_html
from signpost.openreferral.prose import clean


@dataclass(frozen=True)
class Record:
    """One ORUK service record and where it was found, like `services.json` `contents[3]`."""

    file: str
    path: str
    data: dict[str, Any]

    def where(self, *parts: str | int) -> str:
        """Return the JSON path of a field of this record, like contents[3].phones[0].number."""
        return join_path(self.path, *parts)


@dataclass
class Imported:
    """A service entry made from ORUK data, and what an editor should look at."""

    name: str
    data: dict[str, Any] = field(default_factory=dict)
    check: list[str] = field(default_factory=list)
    not_imported: list[str] = field(default_factory=list)
    unknown_terms: list[str] = field(default_factory=list)
    # What the editor must write, with why (the feed had it, but not in a usable form).
    todo: list[str] = field(default_factory=list)
    # (address, postcode) found in the text, offered as a location to confirm.
    places: list[tuple[str, str]] = field(default_factory=list)
    # Written with `status: draft` when it still needs something: not published until done.
    draft: bool = False


def plain_text(text: str, key: str, out: Imported) -> str:
    """Return text with any HTML turned into Markdown, noting that an editor should check it."""
    if not looks_like_html(text):
        return text
    out.check.append(f"{key}: had HTML in the ORUK data; it is now plain text, check it reads well")
    return html_to_markdown(text)


def short(value: object, limit: int = 70) -> str:
    """Write a value on one short line, for the notes at the top of an imported file."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


def join_path(base: str, *parts: str | int) -> str:
    """Join a JSON path: ("contents", 3, "name") is contents[3].name (counting from 0)."""
    path = base
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path


@dataclass
class Reader:
    """Read fields of one record, noting every field that is not the shape ORUK gives it."""

    record: Record
    problems: list[Problem] = field(default_factory=list)

    def _wrong(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.record.file, 0, where, message))

    def text(self, obj: dict[str, Any], key: str, where: str) -> str | None:
        """Return a text field, or None when it is missing, empty or not text."""
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self._wrong(join_path(where, key), f"should be text (got {_kind(value)}); left out")
            return None
        return clean(value).strip() or None

    def number(self, obj: dict[str, Any], key: str, where: str) -> float | None:
        """Return a number field, or None when it is missing or not a number."""
        value = obj.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                pass
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._wrong(join_path(where, key), f"should be a number (got {value!r}); left out")
            return None
        return float(value)

    def objects(
        self, obj: dict[str, Any], key: str, where: str
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """Yield each object in a list field with its path, noting items that are not objects."""
        value = obj.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            self._wrong(join_path(where, key), f"should be a list (got {_kind(value)}); left out")
            return
        for n, item in enumerate(value):
            if isinstance(item, dict):
                yield join_path(where, key, n), item
            else:
                self._wrong(
                    join_path(where, key, n), f"should be an object (got {_kind(item)}); left out"
                )

    def object(self, obj: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        """Return an object field, or an empty one when it is missing or not an object."""
        value = obj.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            self._wrong(
                join_path(where, key), f"should be an object (got {_kind(value)}); left out"
            )
            return {}
        return value


def _kind(value: object) -> str:
    names = {str: "text", bool: "true/false", int: "a number", float: "a number", list: "a list"}
    return names.get(type(value), "an object" if isinstance(value, dict) else "nothing")


def read_source(source: Path) -> tuple[list[Record], list[Problem]]:
    """Read a JSON file, or every .json file in a folder and its subfolders."""
    files = sorted(source.rglob("*.json")) if source.is_dir() else [source]
    records: list[Record] = []
    problems: list[Problem] = []
    for file in files:
        label = file.as_posix()
        found, wrong = read_file(file, label)
        records += found
        problems += wrong
    if source.is_dir() and not files:
        problems.append(Problem(source.as_posix(), 0, "", "no .json files in this folder"))
    return records, problems


def read_file(file: Path, label: str) -> tuple[list[Record], list[Problem]]:
    """Read one file: a listing page (with contents), a list of services or one service."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], [Problem(label, 0, "", "the file does not exist")]
    except UnicodeDecodeError:
        return [], [Problem(label, 0, "", "the file is not UTF-8 text")]
    except json.JSONDecodeError as error:
        return [], [
            Problem(label, error.lineno, "", f"not valid JSON: {error.msg} (column {error.colno})")
        ]
    except RecursionError:
        return [], [Problem(label, 0, "", "values are nested too deeply to read: check the file")]
    # ORUK 3.0 pages hold "contents"; ORUK 1.0 pages (Spring's shape) hold "content".
    key = next((k for k in ("contents", "content") if isinstance(data, dict) and k in data), None)
    if key is not None:
        if _is_terms(data[key]):
            return [], []
        return _items(data[key], label, key)
    if isinstance(data, list):
        return _items(data, label, "")
    if isinstance(data, dict):
        return [Record(label, "", data)], []
    return [], [Problem(label, 0, "", "should be a service, a list of services or a listing page")]


def _is_terms(items: object) -> bool:
    """Return whether a page lists taxonomy terms (like taxonomy_terms.json), not services."""
    keys = {"taxonomy", "taxonomy_id", "term", "term_uri"}
    return isinstance(items, list) and any(isinstance(i, dict) and keys & set(i) for i in items)


def _items(items: object, label: str, base: str) -> tuple[list[Record], list[Problem]]:
    if not isinstance(items, list):
        return [], [Problem(label, 0, base or "", "should be a list of services")]
    records, problems = [], []
    for n, item in enumerate(items):
        if isinstance(item, dict):
            records.append(Record(label, join_path(base, n), item))
        else:
            problems.append(
                Problem(label, 0, join_path(base, n), "should be a service (an object)")
            )
    return records, problems


def describe(problem: Problem) -> str:
    """Write an input problem as `file: path.to.field: message`, or `file:line: message`."""
    where = f"{problem.path}:{problem.line}" if problem.line else problem.path
    return (
        f"{where}: {problem.field}: {problem.message}"
        if problem.field
        else f"{where}: {problem.message}"
    )
