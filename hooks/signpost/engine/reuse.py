"""The editors' preview reuses finished pages (memory.py) at MkDocs' page events.

MkDocs picks a page's template before `on_page_context`, where the page's key can first be
worked out. So a page the last build made is given `signpost/cached.html` at the end of
`on_page_markdown`, and its own template is put back before the stages read the page's meta.
Then, with the whole context known: if the key is the one remembered, the cached template
writes the kept HTML and the stages are skipped; if not, the page's own template is rendered
here, with the same context, and the cached template writes that, so the page is made as a
full build makes it.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from signpost.engine.memory import CACHED_TEMPLATE, PageMemory, Remembered, build_key, page_key
from signpost.engine.memory import readable as readable_values
from signpost.plain_english.checker import Usage

DEFAULT_TEMPLATE = "main.html"
ABSENT = object()  # a page whose meta had no template


class PageReuse:
    """One preview build's use of the memory: which pages are reused, which are made."""

    def __init__(self, memory: PageMemory, last_pages: set[str]) -> None:
        self.memory = memory
        self.last_pages = last_pages  # the pages the last build made (kept by the caller)
        self.env: Environment | None = None
        self.own_templates: dict[str, object] = {}
        self.keys: dict[str, str | None] = {}
        self.hits: dict[str, Remembered] = {}

    def on_env(self, config: MkDocsConfig, env: Environment, more: list[str], nav: str) -> bool:
        """Start the memory with the key of what every page shares: settings, template
        globals, the navigation and `more`. Return whether it is the last build's key."""
        self.env = env
        shared = [*readable_values(dict(config.items())), *readable_values(env.globals)]
        dirs = [config.theme.custom_dir] if config.theme.custom_dir else []
        return self.memory.start(build_key([*shared, *more, nav], dirs))

    def after_markdown(self, page: Page) -> None:
        """Give a page the last build made the cached template, keeping its own."""
        uri = page.file.src_uri
        if uri in self.last_pages:
            self.own_templates[uri] = page.meta.get("template", ABSENT)
            page.meta["template"] = CACHED_TEMPLATE

    def before_context(self, page: Page) -> None:
        """Put the page's own template back before the stages read its meta."""
        own = self.own_templates.get(page.file.src_uri, None)
        if own is ABSENT:
            del page.meta["template"]
        elif own is not None:
            page.meta["template"] = own

    def after_context(self, context: dict[str, Any], page: Page) -> None:
        """Reuse the page if it is made from the same things; otherwise make it."""
        uri = page.file.src_uri
        self.last_pages.add(uri)
        key = page_key(self.memory.build_key, page, context)
        found = self.memory.recall(key, uri)
        if found is not None:
            self.hits[uri] = found
            context["signpost_cached_html"] = Markup(found.html)
            return
        self.keys[uri] = key
        if uri in self.own_templates and self.env is not None:
            own = page.meta.get("template", DEFAULT_TEMPLATE)
            html = self.env.get_template(own).render(context)
            context["signpost_cached_html"] = Markup(html)

    def reused(self, page: Page, usage: Usage) -> str | None:
        """Return a reused page's HTML, counting its glossary terms as its stages would."""
        found = self.hits.pop(page.file.src_uri, None)
        if found is None:
            return None
        for term in found.terms:
            usage.add(term, page.url)
        return found.html

    def keep(self, page: Page, html: str, usage: Usage) -> None:
        """Remember a page this build made."""
        terms = [term for term, where in usage.pages.items() if page.url in where]
        uri = page.file.src_uri
        self.memory.keep(self.keys.pop(uri, None), html, terms, uri)
