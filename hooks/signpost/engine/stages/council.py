"""Stage: check the council's settings and set up Signpost's templates."""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

from jinja2 import Environment
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink, TableOfContents

from signpost.core.errors import Problem
from signpost.engine.stages.base import Stage
from signpost.engine.state import need
from signpost.website.contact_links import link_contacts
from signpost.website.filters import FILTERS
from signpost.website.views import review

MAIN_HEADING = "main-heading"
# Turns on the editors' links for one preview build, whatever mkdocs.yml says.
EDITOR_LINKS = "SIGNPOST_EDITOR_LINKS"


class CouncilStage(Stage):
    """`extra.council`, Signpost's Jinja filters, review dates and the main heading."""

    name = "council"

    def on_config(self) -> None:
        """Validate `extra.council`: a problem is a warning; a missing section stops the build."""
        council, problems = self.state.inputs.council
        if council is None:
            self.warn(problems)  # the checks stage reports them when the build goes on
            raise PluginError(_summary(problems))
        self.state.council = council
        # Templates read the settings from config.extra, which a council's overrides may too.
        self.config.extra["council"] = council.model_dump()

    def on_env(self, env: Environment) -> None:
        """Register filters and escape everything in Signpost's own templates."""
        env.filters.update(FILTERS)
        # Material's templates expect no autoescaping; ours (under signpost/) always escape.
        env.autoescape = _escapes

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Say when a page was last reviewed; give Signpost's templates a contents entry.

        Material's "Skip to content" link points at the first contents entry, and pages made
        from data have none, so keyboard users would lose the skip link.
        """
        council = need(self.state.council, "the council's settings", self.name)
        if not (council.editor_links or os.environ.get(EDITOR_LINKS) == "true"):
            page.edit_url = None  # editors' links are for preview builds only
        last_reviewed = page.meta.get("last_reviewed")
        if isinstance(last_reviewed, dt.date):
            interval = council.review_interval_days
            context["page_review"] = review(last_reviewed, self.state.today, interval)
        template = page.meta.get("template", "")
        has_own_heading = bool(page.toc) and next(iter(page.toc)).level == 1
        if template.startswith("signpost/") and not has_own_heading:
            heading = AnchorLink(page.title or self.config.site_name, MAIN_HEADING, 1)
            heading.children = list(page.toc or [])
            page.toc = TableOfContents([heading])

    def on_post_page(self, html: str, page: Page) -> str:
        """Make every phone number and email in the page's text a link: one tap to get in touch."""
        return link_contacts(html)


def _escapes(name: str | None) -> bool:
    return name is not None and name.startswith("signpost/")


def _summary(problems: list[Problem]) -> str:
    return "mkdocs.yml: the council settings cannot be used: " + "; ".join(map(str, problems))
