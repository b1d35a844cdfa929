"""MkDocs hook: load the service directory and generate its pages."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.structure.files import File, Files, InclusionLevel
from signpost.directory.load import SHARED_KEY, load_directory
from signpost.website.pages import GeneratedPage, plan_site, ways_in
from signpost.website.settings import Council

log = logging.getLogger("mkdocs.plugins.signpost.directory")
_site: dict[str, Any] = {}


def on_files(files: Files, config: Any) -> Files:
    """Read directory/, report every problem, and add a page per service and listing."""
    root = Path(config.config_file_path).parent
    directory = load_directory(root / "directory", "directory", dt.date.today())
    for problem in directory.problems:
        log.warning(str(problem))
    # Later hooks (open_data.py) reuse what was loaded here instead of reading it again.
    config.extra[SHARED_KEY] = directory
    council = Council.model_validate(config.extra["council"])
    plan = plan_site(directory, council, dt.date.today())
    for page in plan:
        files.append(
            File.generated(config, page.src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV)
        )
    _site["pages"] = {page.src_uri: page for page in plan}
    _site["ways"] = ways_in(directory)
    _site["total"] = len(directory.entries)
    return files


def on_env(env: Any, config: Any, files: Files) -> Any:
    """Give every template the ways of browsing, for the home and Find a service pages."""
    env.globals["signpost_ways"] = _site.get("ways", [])
    env.globals["signpost_total"] = _site.get("total", 0)
    return env


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Give a generated page its title, template and an edit link to its YAML file."""
    planned: GeneratedPage | None = _site.get("pages", {}).get(page.file.src_uri)
    if planned is None:
        return markdown
    # Material prints page titles and descriptions without escaping them.
    page.meta.update(
        title=str(escape(planned.title)),
        description=str(escape(planned.description)),
        template=planned.template,
        hide=["toc"],
    )
    page.edit_url = _edit_url(config, planned.edit_path)
    return markdown


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Hand a generated page its data."""
    planned: GeneratedPage | None = _site.get("pages", {}).get(page.file.src_uri)
    if planned is not None:
        context.update(planned.context)
    return context


def _edit_url(config: Any, source: str | None) -> str | None:
    """Point "Edit this page" at the YAML file, assuming edit_uri names the docs folder."""
    if source is None or not config.edit_uri:
        return None
    root = Path(config.config_file_path).parent
    docs = Path(config.docs_dir).resolve().relative_to(root.resolve()).as_posix()
    base = (
        config.edit_uri if "://" in config.edit_uri else (config.repo_url or "") + config.edit_uri
    )
    base = base.rstrip("/")
    return base.removesuffix(docs) + source if base.endswith(docs) else None
