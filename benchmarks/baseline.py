"""Write the baseline: a Signpost site's pages as plain Markdown with the same navigation.

The baseline is what a council would get from mkdocs-material alone with the same pages: the
written pages as they are (without Signpost's page templates), and every page Signpost makes
from data (services, listings, Find, the glossary, participation pages) as Markdown with the
same words, headings, lists and links, taken from the built Signpost page's article. The
navigation is the Signpost site's own `nav:`, and the built-in search plugin indexes it all.
So a ratio of build times compares the engines on identical page text and navigation.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from signpost.openreferral.html import html_to_markdown

TEMPLATE_LINE = re.compile(r"^template: .*\n", re.MULTILINE)
SITE_URL = "https://localoffer.example.org/"
# Not page text: controls and pictures that plain Material would not have.
NOT_TEXT = "svg, script, form, button, input, select, template, .md-source-file"
CONFIG = """site_name: Baseline Local Offer
site_url: {site_url}
site_description: The same pages as the Signpost benchmark site, built by mkdocs-material alone.
docs_dir: docs
theme:
  name: material
  font: false
  features:
    - navigation.indexes
plugins:
  - search
markdown_extensions:
  - toc
  - attr_list
  - admonition
"""


def write_baseline(signpost_site: Path, target: Path) -> Path:
    """Write a plain mkdocs-material site with the pages of a built Signpost site."""
    if target.exists():
        shutil.rmtree(target)
    docs = target / "docs"
    content = signpost_site / "content"
    shutil.copytree(content, docs, ignore=shutil.ignore_patterns("*.yml"))
    for page in docs.rglob("*.md"):  # Signpost's own page templates are not in plain Material
        text = page.read_text(encoding="utf-8")
        page.write_text(TEMPLATE_LINE.sub("", text), encoding="utf-8")
    nav = _nav_section((signpost_site / "mkdocs.yml").read_text(encoding="utf-8"))
    built = signpost_site / "site"
    for html in sorted(built.rglob("index.html")):
        url = html.parent.relative_to(built).as_posix()
        source = _source_for(url, docs, nav)
        if source is not None:
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_text(page_markdown(html.read_text(encoding="utf-8"), url), "utf-8")
    config = CONFIG.format(site_url=SITE_URL) + nav
    (target / "mkdocs.yml").write_text(config, encoding="utf-8")
    return target


def page_markdown(html: str, url: str) -> str:
    """Return the article of a built page as Markdown, its links made whole addresses."""
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article")
    title = soup.title.get_text(strip=True) if soup.title else url
    if article is None:
        return f"# {title}\n"
    for element in article.select(NOT_TEXT):
        element.decompose()
    page_url = urljoin(SITE_URL, url + "/" if url != "." else "")
    for link in article.select("a[href]"):
        link["href"] = urljoin(page_url, str(link["href"]))
    return f"---\ntitle: {title!r}\n---\n\n" + html_to_markdown(str(article)) + "\n"


def _source_for(url: str, docs: Path, nav: str) -> Path | None:
    """Return where the Markdown of a page made from data goes; None for a written page."""
    if url == ".":
        return None  # the home page is written
    if url in {"search", "pagefind"} or url.startswith("pagefind/"):
        return None  # Material has its own search
    for written in (f"{url}.md", f"{url}/index.md"):
        if (docs / written).is_file():
            return None
    return docs / (f"{url}.md" if f" {url}.md" in nav else f"{url}/index.md")


def _nav_section(config: str) -> str:
    """Return the `nav:` block of a mkdocs.yml, as written."""
    start = config.index("\nnav:\n") + 1
    end = re.search(r"^\S", config[start + 5 :], re.MULTILINE)
    return config[start : start + 5 + end.start()] if end else config[start:]
