"""MkDocs hook: publish the directory as Open Referral UK open data, and schema.org per page."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.structure.files import Files
from signpost.directory.load import SHARED_KEY, Directory, Entry
from signpost.openreferral.export import FOLDER, export_files, write_files
from signpost.openreferral.json_ld import service_json_ld

log = logging.getLogger("mkdocs.plugins.signpost.open_data")
_site: dict[str, Any] = {}


def on_files(files: Files, config: Any) -> Files:
    """Pick up the directory hooks/directory.py loaded (it runs first), indexed by page."""
    found = config.extra.get(SHARED_KEY)
    _site["directory"] = found if isinstance(found, Directory) else None
    entries = found.entries if isinstance(found, Directory) else []
    _site["pages"] = {f"services/{entry.id}.md": entry for entry in entries}
    return files


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Give a service page its schema.org data, written by the template as JSON-LD."""
    directory: Directory | None = _site.get("directory")
    entry: Entry | None = _site.get("pages", {}).get(page.file.src_uri)
    if entry is not None and directory is not None and directory.taxonomy is not None:
        context["service_json_ld"] = service_json_ld(
            entry, directory.taxonomy, config.extra["council"]["name"], page.canonical_url
        )
    return context


def on_post_build(config: Any) -> None:
    """Write the whole directory as ORUK JSON into the site folder."""
    directory: Directory | None = _site.get("directory")
    if directory is None or directory.taxonomy is None:
        return
    council = config.extra["council"]
    files = export_files(directory.entries, directory.taxonomy, council["name"], council["area"])
    write_files(Path(config.site_dir), files)
    log.info("Open Referral UK: %d services written to %s/", len(directory.entries), FOLDER)
