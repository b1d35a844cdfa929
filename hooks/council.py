"""MkDocs hook: check the council's settings and set up Signpost's templates."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import AnchorLink, TableOfContents
from signpost.core.errors import Problem
from signpost.core.yaml_source import Document, load_document
from signpost.website.filters import FILTERS
from signpost.website.settings import council_from_extra
from signpost.website.views import review

log = logging.getLogger("mkdocs.plugins.signpost.council")
MAIN_HEADING = "main-heading"


def on_config(config: Any) -> Any:
    """Validate `extra.council`; every problem is a warning, a missing section stops the build."""
    path = Path(config.config_file_path)
    doc = load_document(path, path.name)
    source = doc if isinstance(doc, Document) else Document(path.name, None)
    council, problems = council_from_extra(config.extra, source)
    for problem in problems:
        log.warning(str(problem))
    if council is None:
        raise PluginError(_summary(problems))
    config.extra["council"] = council.model_dump()
    return config


def on_env(env: Environment, config: Any, files: Any) -> Environment:
    """Register filters and escape everything in Signpost's own templates."""
    env.filters.update(FILTERS)
    # Material's templates expect no autoescaping; ours (under signpost/) always escape.
    env.autoescape = _escapes
    return env


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Say when a page was last reviewed; give Signpost's templates a contents entry.

    Material's "Skip to content" link points at the first contents entry, and pages made from
    data have none, so keyboard users would lose the skip link.
    """
    last_reviewed = page.meta.get("last_reviewed")
    if isinstance(last_reviewed, dt.date):
        interval = config.extra["council"]["review_interval_days"]
        context["page_review"] = review(last_reviewed, dt.date.today(), interval)
    template = page.meta.get("template", "")
    has_own_heading = bool(page.toc) and next(iter(page.toc)).level == 1
    if template.startswith("signpost/") and not has_own_heading:
        heading = AnchorLink(page.title or config.site_name, MAIN_HEADING, 1)
        heading.children = list(page.toc or [])
        page.toc = TableOfContents([heading])
    return context


def _escapes(name: str | None) -> bool:
    return name is not None and name.startswith("signpost/")


def _summary(problems: list[Problem]) -> str:
    return "mkdocs.yml: the council settings cannot be used: " + "; ".join(map(str, problems))
