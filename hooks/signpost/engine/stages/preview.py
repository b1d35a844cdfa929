"""Stage: in the editors' preview (`mkdocs serve`), show problems where the editor looks.

A service whose file has problems gets a page at its own address listing them, instead of a
404; a written page with problems shows them at its top. `mkdocs build` never shows them.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import Environment
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from signpost.core.errors import Problem
from signpost.engine.stages.base import Stage
from signpost.website.pages import GeneratedPage

PREVIEW_COMMAND = "serve"
# Reloads an open page when a newer build is shown (MkDocs' own inline script is refused by
# the page's Content-Security-Policy): preview_reload.js, beside this file, so that no build
# but the preview holds it.
RELOAD_SCRIPT = "assets/javascripts/signpost-preview-reload.js"
RELOAD_SOURCE = Path(__file__).with_name("preview_reload.js")
# Folders of content outside the docs folder, which `mkdocs serve` would not otherwise watch.
WATCHED = ("directory", "participation")


class PreviewStage(Stage):
    """Problem pages for services that cannot be shown, and problem notes on written pages."""

    name = "preview"

    def on_config(self) -> None:
        """Rebuild the preview when a service or participation file is saved, too."""
        watched = {str(Path(item).resolve()) for item in self.config.watch}
        for folder in WATCHED:
            path = self.state.root / folder
            if path.is_dir() and str(path) not in watched:
                self.config.watch.append(str(path))

    def on_files(self, files: Files) -> None:
        """Add a page listing its problems for each service file that could not be read."""
        if self.state.command != PREVIEW_COMMAND:
            return
        content = RELOAD_SOURCE.read_text(encoding="utf-8")
        files.append(File.generated(self.config, RELOAD_SCRIPT, content=content))
        loaded = {entry.path for entry in self.state.inputs.directory.entries}
        for path, problems in sorted(self.state.problems.items()):
            stem = PurePosixPath(path).stem
            if not path.startswith("directory/") or path in loaded or stem.startswith("_"):
                continue
            src_uri = f"services/{stem}.md"
            if files.get_file_from_path(src_uri) is not None:
                continue
            self.state.generated[src_uri] = _problem_page(src_uri, path, problems)
            files.append(
                File.generated(
                    self.config, src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV
                )
            )

    def on_env(self, env: Environment) -> None:
        """In the preview, have every page reload itself when a newer build is shown."""
        files = self.state.files
        if (
            self.state.command == PREVIEW_COMMAND
            and files
            and files.get_file_from_path(RELOAD_SCRIPT)
        ):
            env.globals["signpost_preview_reload"] = RELOAD_SCRIPT

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Give a written page its problems, shown at its top in the preview."""
        if self.state.command == PREVIEW_COMMAND and page.file.abs_src_path:
            path = self.state.label(page.file.abs_src_path)
            context["page_problems"] = self.state.problems.get(path, [])


def _problem_page(src_uri: str, path: str, problems: list[Problem]) -> GeneratedPage:
    return GeneratedPage(
        src_uri,
        f"Problems in {path}",
        f"What to fix in {path}",
        "signpost/problems.html",
        {"preview_problems": problems, "problem_source": path},
        path,
    )
