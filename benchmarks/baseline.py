"""Write the baseline: the same pages as a Signpost site, as plain Markdown for mkdocs-material.

The baseline is what a council would get from mkdocs-material alone: one hand-written Markdown
page per service and per listing page, the same content pages, the built-in search, and a
navigation that lists only the content pages (listing every service makes a build quadratic:
see shared/facts.md).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from pathlib import Path

from signpost.directory.load import Entry, load_directory
from signpost.website.listings import build_listings, page_uri, split_pages
from signpost.website.views import ages

TEMPLATE_LINE = re.compile(r"^template: .*\n", re.MULTILINE)
CONFIG = """site_name: Baseline Local Offer
site_url: https://localoffer.example.org/
site_description: The same pages as the Signpost benchmark site, built by mkdocs-material alone.
docs_dir: docs
theme:
  name: material
  font: false
plugins:
  - search
markdown_extensions:
  - toc
  - attr_list
  - admonition
not_in_nav: |
  /services/
  /find/
  /easy-read/
  /glossary/
nav:
{nav}
"""


def write_baseline(signpost_site: Path, target: Path, page_size: int = 40) -> Path:
    """Write a plain mkdocs-material site with the pages of `signpost_site`; return its folder."""
    if target.exists():
        shutil.rmtree(target)
    docs = target / "docs"
    shutil.copytree(signpost_site / "content", docs, ignore=shutil.ignore_patterns("*.yml"))
    for page in docs.rglob("*.md"):  # Signpost's own page templates are not in plain Material
        text = page.read_text(encoding="utf-8")
        page.write_text(TEMPLATE_LINE.sub("", text), encoding="utf-8")
    directory = load_directory(signpost_site / "directory")
    for entry in directory.entries:
        _write(docs / "services" / f"{entry.id}.md", service_markdown(entry))
    if directory.taxonomy is not None:
        for listing in build_listings(directory.entries, directory.taxonomy):
            chunks = split_pages(listing.entries, page_size)
            for number, chunk in enumerate(chunks, start=1):
                text = listing_markdown(listing.title, listing.intro, chunk, listing.folder)
                _write(docs / page_uri(listing.folder, number), text)
    nav = "\n".join(
        f"  - {p.stem.replace('-', ' ').capitalize()}: {p.name}" for p in sorted(docs.glob("*.md"))
    )
    (target / "mkdocs.yml").write_text(CONFIG.format(nav=nav), encoding="utf-8")
    return target


def service_markdown(entry: Entry) -> str:
    """Return a service page as an editor would write it by hand."""
    s = entry.service
    contact = s.contact
    lines = [
        f"# {s.name}",
        "",
        f"*{s.organisation}*",
        "",
        s.summary,
        "",
        "## What it is",
        "",
        s.description,
        "",
        "## Who it is for",
        "",
        f"- **Age:** {ages(s.age.min, s.age.max)}",
        f"- **Needs:** {', '.join(s.needs) or 'Any'}",
        f"- **Areas:** {', '.join(s.areas)}",
        "",
        "## How to get it",
        "",
        s.how_to_access,
        "",
        "## What it costs",
        "",
        s.cost,
        "",
        "## How to contact them",
        "",
        *(f"- {value}" for value in (contact.phone, contact.email, contact.website) if value),
        "",
        *(f"- {place.name}, {place.address}, {place.postcode}" for place in s.locations),
        "",
        f"Last checked on {s.last_reviewed:%d %B %Y}.",
    ]
    return "\n".join(lines) + "\n"


def listing_markdown(title: str, intro: str, entries: Sequence[Entry], folder: str) -> str:
    """Return one listing page: a linked list of services with their summaries."""
    depth = "../" * (folder.count("/") + 1)
    items = [
        f"- [{e.service.name}]({depth}services/{e.id}.md): {e.service.summary}" for e in entries
    ]
    return "\n".join([f"# {title}", "", intro, "", *items]) + "\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
