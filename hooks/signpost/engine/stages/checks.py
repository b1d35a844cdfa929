"""Stage: run every content check, the same list `signpost check` runs."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import Files

from signpost.checks.content import read_text
from signpost.checks.registry import run_checks
from signpost.engine.stages.base import Stage


class ChecksStage(Stage):
    """Report every problem in the content as a warning (so `--strict` fails), notes as info."""

    name = "checks"

    def on_files(self, files: Files) -> None:
        """Check the whole folder once, before any page is made."""
        report = run_checks(self.state.inputs)
        self.warn(report.problems)
        for problem in report.problems:
            self.state.problems.setdefault(problem.path, []).append(problem)
        for note in report.notes:
            self.log.info(str(note))
        for path, problems in report.drafts.items():
            # A draft is not published, so its problems do not fail the build; the preview
            # shows them like any other (a draft that cannot be read gets its problem page).
            needs = f": {len(problems)} things to finish" if problems else ""
            self.log.info(f"{path}: a draft, not published{needs}")
            for problem in problems:
                self.log.info(f"  {problem}")
                self.state.problems.setdefault(path, []).append(problem)
        # MkDocs would stop with a traceback reading a page that is not UTF-8: it is reported
        # above with its line, so leave it out of this build.
        for file in list(files.documentation_pages()):
            if file.abs_src_path and read_text(Path(file.abs_src_path)) is None:
                files.remove(file)
