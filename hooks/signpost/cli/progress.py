"""A simple progress line on a terminal, for commands that read thousands of files."""

from __future__ import annotations

from typing import TextIO

SHOW_FROM = 500  # files: fewer are read too quickly for a progress line to help


class Progress:
    """Write "Reading services: 1,200 of 5,000" over itself, only on a terminal."""

    def __init__(self, what: str, total: int, stream: TextIO) -> None:
        self.what = what
        self.total = total
        self.stream = stream
        self.shown = stream.isatty() and total >= SHOW_FROM

    def update(self, done: int) -> None:
        """Show how many are done so far."""
        if self.shown:
            percent = done * 100 // max(self.total, 1)
            bar = "#" * (percent // 5)
            self.stream.write(f"\r{self.what}: [{bar:<20}] {done:,} of {self.total:,} ({percent}%)")
            self.stream.flush()

    def finish(self) -> None:
        """Clear the progress line, so the results start on a clean line."""
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
