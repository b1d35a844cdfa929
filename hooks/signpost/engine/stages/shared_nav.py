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
        if self.state.nav_targets is None:
            self.state.nav_targets = nav_targets(nav, self.config.theme.get("logo") or "")
        key = nav_key(page.url, self.state.nav_targets)
        rendered = self.state.shared_nav.get(key)
        if rendered is None:
            rendered = self.state.shared_nav[key] = Markup(caller())
        return rendered


def nav_targets(nav: Navigation, logo: str) -> tuple[str, ...]:
    """Return every address the navigation links to, relative to the site."""
    targets = [".", logo, *(getattr(item, "url", None) or "" for item in _items(nav.items))]
    if nav.homepage is not None:
        targets.append(nav.homepage.url)
    return tuple(targets)


def nav_key(url: str, targets: tuple[str, ...]) -> tuple[str, ...]:
    """Return what the navigation's relative links depend on, seen from the page at `url`.

    A link from a page goes up to the folder the page shares with its target, so pages in the
    same folder get the same links, unless a link goes into one of the pages themselves.
    """
    if any(target.startswith(url) for target in targets):
        return ("page", url)
    return ("folder", url.rstrip("/").rpartition("/")[0], "/" if url.endswith("/") else "")


def _items(items: list[Any]) -> Iterator[Any]:
    for item in items:
        yield item
        if isinstance(item, Section):
            yield from _items(item.children)
