"""MkDocs hook: mark pages for the search index and build it with Pagefind."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from signpost.website.search_build import SearchIndexError, build_index
from signpost.website.search_tags import KIND_LABELS, page_kind

log = logging.getLogger("mkdocs.plugins.signpost.search_index")


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Tell the templates whether a page is searchable and what kind of page it is."""
    kind = page_kind(page.url)
    context["search_kind"] = kind
    context["search_kind_label"] = KIND_LABELS.get(kind or "", "")
    return context


def on_post_build(config: Any) -> None:
    """Index the built site; a site without its search index is not finished."""
    try:
        build_index(Path(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from error
