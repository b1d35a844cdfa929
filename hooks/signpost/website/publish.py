"""Swap a freshly built site into place, keeping the last good site if a build fails.

Each build writes into its own staging folder (MkDocs empties the folder it builds into, so
two builds sharing one would delete each other's pages), and the swap itself holds a lock on
a file beside the site, so two builds finishing together publish one after the other, each
whole. A site missing its home page, 404 page or sitemap is never published.
"""

from __future__ import annotations

import fcntl
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# What every finished site has: a site without them was cut short.
REQUIRED = ("index.html", "404.html", "sitemap.xml")


class IncompleteSiteError(Exception):
    """The new site is missing a file every finished site has, so it was not published."""


def staging_dir(target: Path) -> Path:
    """Make and return a new folder, beside `target`, that one build writes into."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))


def missing_parts(staging: Path) -> list[str]:
    """Return the files every finished site has that `staging` lacks."""
    return [name for name in REQUIRED if not (staging / name).is_file()]


def publish(staging: Path, target: Path) -> list[str]:
    """Replace `target` with `staging` whole, returning notes about old copies left behind.

    Raises IncompleteSiteError (and removes `staging`) if the new site is not whole.
    """
    missing = missing_parts(staging)
    if missing:
        discard(staging)
        raise IncompleteSiteError(
            f"the new site has no {', '.join(missing)}, so {target} still holds the last good "
            "site: build again, and if it happens again report it"
        )
    with _locked(target):
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        if target.exists():
            target.replace(old)  # `old` is an empty folder, so this is one atomic rename
        staging.rename(target)
    return _remove_old_copies(target)


def _remove_old_copies(target: Path) -> list[str]:
    """Remove previous sites (`.site.old*`), returning a note for each that cannot be removed."""
    notes = []
    for old in sorted(target.parent.glob(f".{target.name}.old*")):
        try:
            shutil.rmtree(old)
        except OSError as error:
            notes.append(
                f"{old} (an earlier site) could not be removed ({error.strerror or error}): "
                "the new site is published; remove that folder when you can"
            )
    return notes


@contextmanager
def _locked(target: Path) -> Iterator[None]:
    """Hold an exclusive lock on `.<site>.lock` beside `target` (released if the build dies)."""
    with target.with_name(f".{target.name}.lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def discard(staging: Path) -> None:
    """Remove a failed build's folder."""
    shutil.rmtree(staging, ignore_errors=True)
