"""Build the Pagefind search index of a finished site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

INDEX_FOLDER = "pagefind"


class SearchIndexError(RuntimeError):
    """Pagefind could not index the site."""


def build_index(site: Path) -> str:
    """Index every page marked `data-pagefind-body` under `site`; return Pagefind's summary."""
    # The command line, not Pagefind's Python API, which waits 0.1 s per call.
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise SearchIndexError(f"the search index could not be built: {detail}")
    if not (site / INDEX_FOLDER / "pagefind.js").is_file():
        raise SearchIndexError(f"the search index is missing from {site / INDEX_FOLDER}")
    return result.stdout.strip()
