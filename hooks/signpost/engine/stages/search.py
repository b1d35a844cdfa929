"""Stage: mark pages for the search index and build it with Pagefind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

from signpost.engine.stages.base import Stage
from signpost.website.search_build import (
    SearchIndexError,
    build_index,
    start_index,
)
from signpost.website.search_tags import KIND_LABELS, page_kind
from signpost.website.search_words import write_districts, write_words


class SearchStage(Stage):
    """Which pages are searchable, and the Pagefind index of the finished site."""

    name = "search_index"

    def on_config(self) -> None:
        """In the preview, stop the last build's indexing: MkDocs is about to empty the site."""
        if self.state.lasting is not None:
            self.state.lasting.stop_indexing()

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Tell the templates whether a page is searchable and what kind of page it is."""
        kind = page_kind(page.url)
        context["search_kind"] = kind
        context["search_kind_label"] = KIND_LABELS.get(kind or "", "")

    def on_post_build(self) -> None:
        """Index the built site; a site without its search index is not finished."""
        taxonomy = self.state.directory.taxonomy if self.state.directory else None
        lasting = self.state.lasting
        words = lasting.files if lasting is not None else None
        write_words(Path(self.config.site_dir), taxonomy, self.state.glossary, words)
        write_districts(Path(self.config.site_dir), self.state.root / "directory")
        if lasting is not None:  # the preview: shown at once, searchable a moment later
            lasting.indexing = start_index(Path(self.config.site_dir))
            return
        try:
            build_index(Path(self.config.site_dir))
        except SearchIndexError as error:
            raise PluginError(str(error)) from error
