"""Stage: every page gets a Content-Security-Policy (the checks report raw HTML in pages)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.pages import Page

from signpost.engine.stages.base import Stage
from signpost.website.csp import Policy, with_policy


class PageSafetyStage(Stage):
    """Only the scripts the templates wrote run: a script in a page's Markdown never does."""

    name = "page_safety"

    def _policy(self) -> Policy:
        settings = self.state.inputs.security[0]
        return Policy(tuple(settings.form_action) if settings else ())

    def on_post_page(self, html: str, page: Page) -> str:
        """Add the page's policy, allowing the inline scripts its templates wrote."""
        return with_policy(html, page.content or "", self._policy())

    def on_post_build(self) -> None:
        """Give the 404 page its policy too (MkDocs writes it without on_post_page)."""
        missing = Path(self.config.site_dir) / "404.html"
        if missing.is_file():
            html = missing.read_text(encoding="utf-8")
            if "Content-Security-Policy" not in html:
                missing.write_text(with_policy(html, "", self._policy()), encoding="utf-8")
