"""The preview's last site folder and the keys of its pages made from data (unchanged.py)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from signpost.website.search_build import INDEX_FOLDER


@dataclass
class KeptSite:
    """What the preview keeps to leave pages alone: their keys, and the last site folder."""

    keys: dict[str, str] = field(default_factory=dict)  # page path -> key, last build
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

    def put_back(self, previous: Path, site: Path) -> Path:
        """Make the folder set aside the site again (`site` is empty); return its old
        search index, moved out (the preview indexes the site anew after every build)."""
        index = previous / INDEX_FOLDER
        old_index = previous.with_name(f"{previous.name}-{INDEX_FOLDER}")
        if index.exists():
            index.rename(old_index)
        else:
            old_index.mkdir()
        previous.rename(site)
        return old_index

    def close(self) -> None:
        """Delete the folders set aside (when the preview stops)."""
        if self.spare is not None:
            shutil.rmtree(self.spare, ignore_errors=True)
