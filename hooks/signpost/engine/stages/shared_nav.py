"""Stage: render Material's side navigation once for every page on which it is the same.

The navigation lists the written pages only, so on every service and listing page (none of
which is in it) it differs only in its relative links. Rendering it once per set of links
instead of once per page saves about a sixth of a large build; the HTML is byte for byte what
Material writes (overrides/partials/nav.html keeps Material's markup inside the cache).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from signpost.engine.stages.base import Stage


class SharedNavStage(Stage):
    """Give templates `signpost_shared_nav`, which reuses a navigation already rendered."""

    name = "shared_nav"

    def on_env(self, env: Environment) -> None:
        """Register the cache for overrides/partials/nav.html to call."""
        env.globals["signpost_shared_nav"] = self.shared_nav

    def shared_nav(self, page: Page | None, nav: Navigation, caller: Callable[[], str]) -> str:
        """Return the navigation for `page`: rendered by `caller`, or reused if already made."""
        if page is None or page.parent is not None or page in nav.pages:
            return caller()  # a page in the navigation is marked in it: render it as is
        key = nav_key(page.url, nav, self.config.theme.get("logo") or "")
        rendered = self.state.shared_nav.get(key)
        if rendered is None:
            rendered = self.state.shared_nav[key] = Markup(caller())
        return rendered


def nav_key(url: str, nav: Navigation, logo: str) -> tuple[str, ...]:
    """Return every link the navigation writes, as seen from the page at `url`."""
    targets = [".", logo, *(getattr(item, "url", None) or "" for item in _items(nav.items))]
    if nav.homepage is not None:
        targets.append(nav.homepage.url)
    return tuple(get_relative_url(target, url) for target in targets)


def _items(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        if isinstance(item, Section):
            yield from _items(item.children)
