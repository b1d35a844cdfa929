"""The titles and addresses of pages named by their path in the docs folder, for the coverage page.

Which pages exist is `Inputs.generated` plus the Markdown files (checks/registry.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from signpost.core.errors import Problem
from signpost.core.yaml_source import parse_text
from signpost.directory.load import Directory
from signpost.easy_read.sign_off import split_front_matter
from signpost.website.listings import build_listings, page_uri

# Titles of the pages the build always makes.
TITLES = {
    "find/index.md": "Find a service",
    "search/index.md": "Search",
    "my-shortlist/index.md": "My shortlist",
    "glossary/index.md": "Words we use",
    "you-said-we-did.md": "You said, we did",
    "made-with-families.md": "Made with families",
    "have-your-say/events.md": "What's on",
    "have-your-say/areas.md": "Your local area",
    "easy-read/review-pack.md": "Easy read review pack",
}
HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.MULTILINE)


def page_titles(docs: Path, paths: Iterable[str], directory: Directory) -> dict[str, str]:
    """Return the title of each page named, as its own page shows it."""
    services = {f"services/{entry.id}.md": entry.service.name for entry in directory.entries}
    listings = {}
    if directory.taxonomy is not None:
        for lst in build_listings(directory.entries, directory.taxonomy):
            listings[page_uri(lst.folder, 1)] = f"Services: {lst.title}"
    titles = {}
    for path in paths:
        known = TITLES.get(path) or services.get(path) or listings.get(path)
        titles[path] = known or _written_title(docs / path) or path
    return titles


def _written_title(file: Path) -> str | None:
    """Return a written page's title: `title:` in its front matter, or its first heading."""
    try:
        source = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None  # the page checks report a page that cannot be read
    front, body = split_front_matter(source)
    meta = parse_text("".join(front), file.name) if front else None
    title = meta.data.get("title") if meta and not isinstance(meta, Problem) else None
    if isinstance(title, str) and title.strip():
        return title.strip()
    found = HEADING.search(body)
    return found[1] if found else None


def page_url(path: str) -> str:
    """Return the site address of a page from its docs path: health.md is health/."""
    stem = path.removesuffix(".md")
    return stem.removesuffix("index") if stem.endswith("/index") or stem == "index" else stem + "/"
