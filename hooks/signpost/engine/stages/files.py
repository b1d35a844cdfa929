"""Stage: take files reached through links out of the site (the checks report the links)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import Files

from signpost.checks.files import project_file_problems
from signpost.engine.stages.base import Stage


class FilesStage(Stage):
    """Links in content/, directory/, participation/ or overrides/ are never published."""

    name = "files"

    def on_files(self, files: Files) -> None:
        """Take every file reached through a link out of the site, even without --strict."""
        links = project_file_problems(self.state.root, Path(self.config.docs_dir))[1]
        for file in list(files):
            if file.abs_src_path and _through(Path(file.abs_src_path), links):
                files.remove(file)


def _through(path: Path, links: list[Path]) -> bool:
    """Return whether `path` is one of `links` or inside a linked folder."""
    return any(path == link or link in path.parents for link in links)
