"""What was read from each file, kept while the file is unchanged: the editors' preview.

`mkdocs serve` reads the whole Local Offer again on every save. With a memo, a file whose
size and modification time are the same as last time (and whose reading depends on the same
settings, given as `depends`) is not parsed and checked again: the result is reused. Only
the preview keeps a memo; `mkdocs build` and `signpost check` always read every file.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass
class FileMemo:
    """Results by (what was done, file, its size and time, what else it depended on)."""

    results: dict[tuple[Hashable, ...], Any] = field(default_factory=dict)
    used: set[tuple[Hashable, ...]] = field(default_factory=set)
    # Each file's size, time and inode, looked up once a build: several checks read each file.
    stats: dict[str, tuple[int, int, int] | None] = field(default_factory=dict)

    def new_build(self) -> None:
        """Look at every file afresh: a build is starting."""
        self.stats = {}

    def get(self, kind: str, file: Path, depends: Hashable, compute: Callable[[], T]) -> T:
        """Return `compute()`, or what it returned last time for the same unchanged file."""
        key = self._key(kind, file, depends)
        if key is None:
            return compute()  # the loaders report a file that cannot be read
        self.used.add(key)
        if key not in self.results:
            self.results[key] = compute()
        return self.results[key]  # type: ignore[no-any-return]

    def knows(self, kind: str, file: Path, depends: Hashable) -> bool:
        """Return whether a result for this unchanged file is kept."""
        return self._key(kind, file, depends) in self.results

    def forget_unused(self) -> None:
        """Drop results no build asked for since the last call, so the memo does not grow."""
        self.results = {key: value for key, value in self.results.items() if key in self.used}
        self.used = set()
        self.stats = {}

    def _key(self, kind: str, file: Path, depends: Hashable) -> tuple[Hashable, ...] | None:
        name = str(file)
        if name not in self.stats:
            try:
                stat = file.stat()
                self.stats[name] = (stat.st_size, stat.st_mtime_ns, stat.st_ino)
            except OSError:
                self.stats[name] = None
        found = self.stats[name]
        return None if found is None else (kind, name, *found, depends)


def remembered(
    memo: FileMemo | None, kind: str, file: Path, depends: Hashable, compute: Callable[[], T]
) -> T:
    """Return `compute()` through `memo`, or straight away when there is no memo."""
    return compute() if memo is None else memo.get(kind, file, depends, compute)
