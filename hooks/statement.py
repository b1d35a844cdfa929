"""MkDocs hook: show the last full accessibility check on the accessibility statement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from signpost.website.statement import REPORT, load_check


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Hand the statement page the result of the last check, if there is one."""
    if page.meta.get("template") == "signpost/statement.html":
        context["accessibility_check"] = load_check(Path(config.config_file_path).parent / REPORT)
    return context
