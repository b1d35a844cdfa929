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
    return finish_index(start_index(site), site)


def start_index(site: Path) -> subprocess.Popen[str]:
    """Start indexing `site` in the background."""
    # The command line, not Pagefind's Python API, which waits 0.1 s per call.
    command = [sys.executable, "-m", "pagefind", "--site", str(site), "--quiet"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish_index(process: subprocess.Popen[str], site: Path) -> str:
    """Wait for indexing to end; return Pagefind's summary, or say why there is no index."""
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        detail = (stderr or stdout).strip()
        raise SearchIndexError(f"the search index could not be built: {detail}")
    if not (site / INDEX_FOLDER / "pagefind.js").is_file():
        raise SearchIndexError(f"the search index is missing from {site / INDEX_FOLDER}")
    return stdout.strip()
