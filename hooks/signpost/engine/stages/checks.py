"""Stage: run every content check, the same list `signpost check` runs."""

from __future__ import annotations

from mkdocs.structure.files import Files

from signpost.checks.registry import run_checks
from signpost.engine.stages.base import Stage


class ChecksStage(Stage):
    """Report every problem in the content as a warning (so `--strict` fails), notes as info."""

    name = "checks"

    def on_files(self, files: Files) -> None:
        """Check the whole folder once, before any page is made."""
        report = run_checks(self.state.inputs)
        self.warn(report.problems)
        for note in report.notes:
            self.log.info(str(note))
