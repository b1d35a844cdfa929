"""`import-oruk --update`: bring in what changed in a newer feed, keeping the editors' edits.

Each import records, in `directory/_import-state.json` (commit it with the services), which
file each ORUK service went to and the value of every field as the feed gave it. A later
`--update` compares three values of each field: what the feed said last time, what it says
now, and what the file says now.

- The feed has not changed the field: the file is left as it is (with any edit).
- The feed changed it and nobody edited it since: the file gets the new value.
- The feed changed it and an editor changed it too: the editor's value is kept, and the
  change is reported for someone to look at.

Only changed fields are written, into the file as it is, so its comments stay.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from signpost.core import safe_write
from signpost.openreferral.read import Imported, short
from signpost.openreferral.yaml_out import ORDER, node

STATE_FILE = "_import-state.json"
FILE_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.yml")
# Values within these are compared and updated key by key (contact.phone, age.min ...).
NESTED = {"contact", "age"}


@dataclass
class ImportState:
    """Which file each ORUK service went to, and the fields the feed gave it last time."""

    services: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, into: Path) -> ImportState:
        """Read the state of the last import, or start afresh."""
        file = into / STATE_FILE
        if safe_write.link_target(file) is not None or not file.is_file():
            return cls()
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            return cls()
        services = data.get("services") if isinstance(data, dict) else None
        return cls(services if isinstance(services, dict) else {})

    def file_of(self, oruk_id: str | None) -> str | None:
        """Return the file name a service was written to last time."""
        known = self.services.get(oruk_id or "")
        name = known.get("file") if isinstance(known, dict) else None
        # The state file is text anyone can edit: only a plain file name in the folder is used.
        return name if isinstance(name, str) and FILE_NAME.fullmatch(name) else None

    def fields_of(self, oruk_id: str) -> dict[str, Any]:
        """Return the fields as the feed gave them last time."""
        known = self.services.get(oruk_id)
        fields = known.get("fields") if isinstance(known, dict) else None
        return fields if isinstance(fields, dict) else {}

    def remember(self, oruk_id: str | None, file: str, data: dict[str, Any]) -> None:
        """Record what the feed said this time."""
        if oruk_id:
            self.services[oruk_id] = {"file": file, "fields": flat(data)}

    def save(self, into: Path) -> None:
        """Write the state beside the services (never through a link)."""
        text = json.dumps({"version": 1, "services": self.services}, indent=1, sort_keys=True)
        target = into / STATE_FILE
        (safe_write.replace if target.exists() else safe_write.create)(target, text + "\n")


def flat(data: dict[str, Any]) -> dict[str, Any]:
    """Return fields as JSON values, with contact and age split into contact.phone, age.min."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in NESTED and isinstance(value, dict):
            out |= {f"{key}.{k}": _plain(v) for k, v in value.items()}
        else:
            out[key] = _plain(value)
    return out


def _plain(value: Any) -> Any:
    """Return a value as JSON reads it back: dates as text, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@dataclass
class Changes:
    """What an update did to one file."""

    changed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def update_file(file: Path, item: Imported, before: dict[str, Any]) -> Changes:
    """Write into `file` each field the feed changed since `before`, unless an editor did too."""
    yaml = _yaml()
    doc = yaml.load(file.read_text(encoding="utf-8"))
    if not isinstance(doc, CommentedMap):
        return Changes(kept=["the file is not a service any more: left as it is"])
    now, was, current = flat(item.data), before, flat(dict(doc))
    changes = Changes()
    for key in sorted(now.keys() | was.keys(), key=_order):
        new, old, mine = now.get(key), was.get(key), current.get(key)
        if new in (old, mine):
            continue
        if mine != old:
            changes.kept.append(
                f"{key}: the feed now says {_said(new)}, but it was edited here since the "
                "last import: kept as it is; check which is right"
            )
            continue
        _set(doc, key, item.data)
        changes.changed.append(key)
    if changes.changed:
        out = io.StringIO()
        yaml.dump(doc, out)
        safe_write.replace(file, out.getvalue())
    return changes


def _said(value: Any) -> str:
    return "nothing" if value is None else f'"{short(value, 50)}"'


def _order(key: str) -> tuple[int, str]:
    top = key.split(".")[0]
    return (ORDER.index(top) if top in ORDER else len(ORDER), key)


def _set(doc: CommentedMap, key: str, data: dict[str, Any]) -> None:
    """Set (or remove) one field in the file, where the contract's order puts a new one."""
    top, _, sub = key.partition(".")
    value = data.get(top)
    parent = doc.get(top)
    if sub and isinstance(parent, CommentedMap):
        if isinstance(value, dict) and sub in value:
            parent[sub] = node(sub, value[sub])
        else:
            parent.pop(sub, None)
        return
    if value is None:
        doc.pop(top, None)
    elif top in doc:
        doc[top] = node(top, value)
    else:
        place = sum(1 for k in doc if k in ORDER and ORDER.index(k) < ORDER.index(top))
        doc.insert(place, top, node(top, value))


def _yaml() -> YAML:
    yaml = YAML()
    yaml.width = 4096
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml
