"""What a build stage may do at each MkDocs event; every method does nothing unless overridden."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from signpost.core.errors import Problem
from signpost.engine.state import BuildState


class Stage:
    """One step of the build. Stages keep nothing on themselves: state lives in BuildState."""

    name = "signpost"

    def __init__(self, state: BuildState, config: MkDocsConfig) -> None:
        self.state = state
        self.config = config
        self.log = logging.getLogger(f"mkdocs.plugins.signpost.{self.name}")

    def on_config(self) -> None:
        """Read and check settings."""

    def on_files(self, files: Files) -> None:
        """Read content and add generated files."""

    def on_env(self, env: Environment) -> None:
        """Give templates what they need."""

    def on_page_markdown(self, page: Page) -> None:
        """Set a page's title, template and meta; check its text."""

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Hand a page's template its data."""

    def on_post_page(self, html: str, page: Page) -> str:
        """Change a page's finished HTML."""
        return html

    def on_post_build(self) -> None:
        """Write extra output and report on the whole build."""

    def on_build_error(self) -> None:
        """Clean up after a failed build."""

    def warn(self, problems: Iterable[Problem]) -> None:
        """Log problems as warnings, so a strict build fails and `serve` keeps going."""
        for problem in problems:
            self.log.warning(str(problem))
