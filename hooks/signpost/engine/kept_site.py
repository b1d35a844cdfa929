"""The preview's last site folder and the keys of its pages made from data (unchanged.py)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from signpost.website.search_build import INDEX_FOLDER


@dataclass
class Reprs:
    """`repr` of the values pages are planned from, kept from one preview build to the next.

    An unchanged service file gives the same entry and view objects (core/file_memo.py), so
    their text need not be made again. Only frozen dataclasses are kept: their fields are not
    reassigned, and each is held until the next build, so its id is not reused meanwhile.
    """

    kept: dict[int, tuple[object, str]] = field(default_factory=dict)
    seen: dict[int, tuple[object, str]] = field(default_factory=dict)

    def of(self, value: object) -> str:
        """Return `repr(value)`, made once for the same frozen dataclass."""
        if not _frozen(value):
            return repr(value)
        found = self.kept.get(id(value))
        text = found[1] if found is not None and found[0] is value else repr(value)
        self.seen[id(value)] = (value, text)
        return text

    def parts(self, planned: object) -> list[str]:
        """Return a planned page's fields, and each value of its data, as text."""
        found = []
        for item in fields(planned):  # type: ignore[arg-type]
            value = getattr(planned, item.name)
            if isinstance(value, dict):
                found += [f"{item.name}.{name}={self.of(v)}" for name, v in value.items()]
            else:
                found.append(f"{item.name}={value!r}")
        return found

    def next_build(self) -> None:
        """Keep only what this build used."""
        self.kept, self.seen = self.seen, {}


@dataclass
class KeptSite:
    """What the preview keeps to leave pages alone: their keys, and the last site folder."""

    keys: dict[str, str] = field(default_factory=dict)  # page path -> key, last build
    reprs: Reprs = field(default_factory=Reprs)
    # The open data written into the site, by path (openreferral/export.py's write_files).
    written: dict[str, Any] = field(default_factory=dict)
    spare: Path | None = None  # holds the site folders of earlier builds until deleted
    builds: int = 0

    def set_aside(self, site: Path) -> Path | None:
        """Move the last build's site folder aside, leaving `site` empty; return where."""
        if not site.is_dir() or not any(site.iterdir()):
            return None
        if self.spare is None:
            self.spare = Path(tempfile.mkdtemp(prefix="signpost-preview-", dir=site.parent))
        self.builds += 1
        previous = self.spare / f"site-{self.builds}"
        site.rename(previous)
        site.mkdir()
        return previous

    def put_back(self, previous: Path, site: Path) -> Path | None:
        """Make the folder set aside the site again (`site` is empty); return its old
        search index, moved out (the preview indexes the site anew after every build)."""
        index = previous / INDEX_FOLDER
        old_index = previous.with_name(f"{previous.name}-{INDEX_FOLDER}")
        if index.exists():
            index.rename(old_index)
        previous.rename(site)
        return old_index if old_index.exists() else None

    def close(self) -> None:
        """Delete the folders set aside (when the preview stops)."""
        if self.spare is not None:
            shutil.rmtree(self.spare, ignore_errors=True)


def _frozen(value: object) -> bool:
    """Tell whether `value` is an instance of a frozen dataclass."""
    params = getattr(type(value), "__dataclass_params__", None)
    return bool(params and params.frozen)
