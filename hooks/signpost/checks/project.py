"""A Local Offer on disk: mkdocs.yml, the docs folder and the directory, for the command line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from signpost.core.errors import ContentError, Problem
from signpost.core.yaml_source import Document, load_document
from signpost.directory.load import Directory, load_directory
from signpost.website.settings import Council, council_from_extra

CONFIG = "mkdocs.yml"


@dataclass(frozen=True)
class Project:
    """The folder holding mkdocs.yml, content/ and directory/."""

    root: Path
    config: Document

    @property
    def extra(self) -> dict[str, Any]:
        """Return `extra:` from mkdocs.yml."""
        data = self.config.data if isinstance(self.config.data, dict) else {}
        extra = data.get("extra")
        return extra if isinstance(extra, dict) else {}

    @property
    def docs(self) -> Path:
        """Return the folder of Markdown pages (`docs_dir`)."""
        data = self.config.data if isinstance(self.config.data, dict) else {}
        return self.root / str(data.get("docs_dir") or "docs")

    def section(self, name: str) -> Document:
        """Return one section of `extra:` as a document, keeping its line numbers."""
        value = self.extra.get(name)
        return Document(self.config.path, value if isinstance(value, dict) else {})

    def council(self) -> tuple[Council | None, list[Problem]]:
        """Check `extra.council` and return the council's settings."""
        return council_from_extra(self.extra, self.config)

    def directory(self, today: dt.date) -> Directory:
        """Load every service and the taxonomy."""
        return load_directory(self.root / "directory", "directory", today)


def load_project(root: Path) -> Project:
    """Read mkdocs.yml in `root`, or say why the folder is not a Local Offer."""
    file = root / CONFIG
    if not file.is_file():
        raise ContentError(
            f"{file}: there is no {CONFIG} here: run this in the folder of your Local Offer, "
            "or give it with --root"
        )
    doc = load_document(file, CONFIG)
    if isinstance(doc, Problem):
        raise ContentError(str(doc))
    return Project(root, doc)
