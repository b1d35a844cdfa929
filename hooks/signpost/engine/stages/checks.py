"""Stage: run every content check, the same list `signpost check` runs."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from signpost.checks.background import ChecksFailedError, start_checks
from signpost.checks.content import read_text
from signpost.checks.registry import Report, run_checks
from signpost.engine.stages.base import Stage


class ChecksStage(Stage):
    """Report every problem in the content as a warning (so `--strict` fails), notes as info.

    The preview needs the problems at once, to show them on pages. `mkdocs build` needs them
    only before publishing, so there the checks run beside the build (checks/background.py).
    """

    name = "checks"

    def on_files(self, files: Files) -> None:
        """Check the whole folder once: now in the preview, beside the build otherwise."""
        if self.state.command == "serve":
            self._report(run_checks(self.state.inputs))
        else:
            self.state.pending_checks = start_checks(self.state.inputs)
        # MkDocs would stop with a traceback reading a page that is not UTF-8: the checks report
        # it with its line, so leave it out of this build.
        for file in list(files.documentation_pages()):
            if file.abs_src_path and read_text(Path(file.abs_src_path)) is None:
                files.remove(file)

    def on_post_build(self) -> None:
        """Report what the checks found, before the site is published (or not)."""
        pending, self.state.pending_checks = self.state.pending_checks, None
        if pending is not None:
            try:
                self._report(pending.finish())
            except ChecksFailedError as error:
                raise PluginError(f"Signpost's checks stopped: {error}") from error

    def on_build_error(self) -> None:
        """Stop checks a failed build no longer needs."""
        if self.state.pending_checks is not None:
            self.state.pending_checks.cancel()

    def _report(self, report: Report) -> None:
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
