"""Stage: show the last full accessibility check on the accessibility statement."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.pages import Page

from signpost.engine.stages.base import Stage
from signpost.website.statement import REPORT, load_check


class StatementStage(Stage):
    """The accessibility statement's "last checked" section."""

    name = "statement"

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Hand the statement page the result of the last check, if there is one."""
        if page.meta.get("template") == "signpost/statement.html":
            context["accessibility_check"] = load_check(self.state.root / REPORT)
