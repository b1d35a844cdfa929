"""Stage: give pages made from data (services, listings, participation) their template and data."""

from __future__ import annotations

from typing import Any

from markupsafe import escape
from mkdocs.structure.pages import Page

from signpost.engine.stages.base import Stage


class GeneratedPagesStage(Stage):
    """Titles, templates, edit links and data for every page in `state.generated`."""

    name = "pages"

    def on_page_markdown(self, page: Page) -> None:
        """Give a generated page its title, template and an edit link to its data file."""
        planned = self.state.generated.get(page.file.src_uri)
        if planned is None:
            return
        # Material prints page titles and descriptions without escaping them.
        page.meta.update(
            title=str(escape(planned.title)),
            description=str(escape(planned.description)),
            template=planned.template,
            hide=["toc"],
        )
        page.edit_url = self._edit_url(planned.edit_path)

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Hand a generated page its data."""
        planned = self.state.generated.get(page.file.src_uri)
        if planned is not None:
            context.update(planned.context)

    def _edit_url(self, source: str | None) -> str | None:
        """Point "Edit this page" at the data file, assuming edit_uri names the docs folder."""
        config = self.config
        if source is None or not config.edit_uri:
            return None
        docs = self.state.label(config.docs_dir)
        edit_uri = config.edit_uri
        base = edit_uri if "://" in edit_uri else (config.repo_url or "") + edit_uri
        base = base.rstrip("/")
        return base.removesuffix(docs) + source if base.endswith(docs) else None
