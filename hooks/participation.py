"""MkDocs hook: "You said, we did", events, local areas, the feed, calendars and credits."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import AnchorLink
from signpost.core.errors import Problem
from signpost.directory.load import SHARED_KEY, Directory, load_directory
from signpost.participation.credits import page_credit, partners, service_credits
from signpost.participation.load import load_participation, today_from
from signpost.participation.pages import (
    DEFAULT_YOU_SAID,
    MADE_WITH,
    YOU_SAID_PAGE,
    Plan,
    edit_url,
    nav_paths,
    plan_participation,
)
from signpost.website.pages import GeneratedPage
from signpost.website.views import Link

log = logging.getLogger("mkdocs.plugins.signpost.participation")
_build: dict[str, Any] = {}
# The heading signpost/you-said-we-did.html puts above the replies.
REPLIES = ("What you said and what we did", "what-you-said")


def on_files(files: Files, config: Any) -> Files:
    """Read participation/, report every problem, and add its pages, feed and calendars."""
    root = Path(config.config_file_path).parent
    today = today_from(os.environ, dt.date.today())
    # Reading thousands of services takes seconds: use the directory hook's copy when it left one
    # (the same key hooks/open_data.py reads).
    shared = config.extra.get(SHARED_KEY)
    directory = (
        shared
        if isinstance(shared, Directory)
        else load_directory(root / "directory", "directory", today)
    )
    ids = directory.taxonomy.ids() if directory.taxonomy else None
    participation = load_participation(root / "participation", ids, today)
    _warn(participation.problems)
    site_url = config.site_url.rstrip("/") + "/" if config.site_url else ""
    plan = plan_participation(
        participation, directory, site_url, config.extra["council"]["name"], today
    )
    _add_files(files, config, plan)
    services = service_credits(directory.entries)
    _build.clear()
    _build.update(
        plan=plan,
        pages={p.src_uri: p for p in plan.pages},
        credits={},
        services=services,
        files=files,
    )
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Give generated pages their template; read and check a written page's credit."""
    planned: GeneratedPage | None = _build["pages"].get(page.file.src_uri)
    if planned is not None:
        page.meta.update(
            title=str(escape(planned.title)),
            description=str(escape(planned.description)),
            template=planned.template,
            hide=["toc"],
        )
        page.edit_url = edit_url(config.edit_uri or "", _docs_folder(config), planned.edit_path)
        return markdown
    if page.file.src_uri == YOU_SAID_PAGE:
        page.meta["template"] = "signpost/you-said-we-did.html"
    if not page.file.generated_by and page.file.abs_src_path:
        path = Path(page.file.abs_src_path).relative_to(Path(config.config_file_path).parent)
        names, problems = page_credit(page.file.content_string, path.as_posix())
        _warn(problems)
        _build["credits"][page.file.src_uri] = names
    return markdown


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Hand participation pages their data, and every written page its credit."""
    uri = page.file.src_uri
    plan: Plan = _build["plan"]
    planned: GeneratedPage | None = _build["pages"].get(uri)
    if planned is not None:
        context.update(planned.context)
    if uri == YOU_SAID_PAGE:
        context["you_said"] = plan.you_said
        _add_to_contents(page, REPLIES)
    if uri == MADE_WITH:
        context["partners"] = partners(_page_credits(), _build["services"])
    context["page_credit"] = _build["credits"].get(uri, [])
    return context


def _add_files(files: Files, config: Any, plan: Plan) -> None:
    """Add the pages, feed and calendars; pages the council's nav lists go in the menu."""
    listed = nav_paths(config.nav)
    if files.get_file_from_path(YOU_SAID_PAGE) is None:
        level = _level(YOU_SAID_PAGE, listed)
        files.append(
            File.generated(config, YOU_SAID_PAGE, content=DEFAULT_YOU_SAID, inclusion=level)
        )
    for page in plan.pages:
        level = _level(page.src_uri, listed)
        files.append(File.generated(config, page.src_uri, content="", inclusion=level))
    for path, content in plan.files.items():
        files.append(File.generated(config, path, content=content))


def _add_to_contents(page: Any, heading: tuple[str, str]) -> None:
    """List the replies, which the template adds after the Markdown, in the page's contents."""
    top = next(iter(page.toc), None)
    if top is not None and top.level == 1:
        top.children.append(AnchorLink(heading[0], heading[1], 2))


def _docs_folder(config: Any) -> str:
    root = Path(config.config_file_path).parent.resolve()
    return Path(config.docs_dir).resolve().relative_to(root).as_posix()


def _level(src_uri: str, listed: set[str]) -> InclusionLevel:
    return InclusionLevel.INCLUDED if src_uri in listed else InclusionLevel.NOT_IN_NAV


def _page_credits() -> list[tuple[str, Link]]:
    files: Files = _build["files"]
    found = []
    for uri, names in _build["credits"].items():
        file = files.get_file_from_path(uri)
        if file is not None and file.page is not None:
            # Its own title, not its menu label: "Easy read: Short breaks", not "Short breaks".
            title = str(file.page.meta.get("title") or file.page.title or uri)
            found += [(name, Link(title, file.url)) for name in names]
    return found


def _warn(problems: list[Problem]) -> None:
    for problem in problems:
        log.warning(str(problem))
