"""A copy of the built site that works opened from disk, for pull request previews.

A web server turns `services/x/` into `services/x/index.html`; a browser opening files does
not, and shows a folder listing instead. The copy links to the files themselves, and its search
pages say that search needs a web server and offer the A to Z instead.
"""

from __future__ import annotations

import posixpath
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

# href="..." and src="..." values; the site writes them double-quoted.
LINK = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
SEARCH_PAGES = ("find/index.html", "search/index.html")
MAIN_START = re.compile(r'(<article class="md-content__inner[^>]*>)')
NO_SEARCH = (
    '<div class="app-notice" role="note"><p><strong>This is a preview opened from your '
    "computer, where search cannot work</strong> (it needs a web server). Use "
    '<a href="{a_to_z}">every service from A to Z</a> instead.</p></div>'
)


def file_link(target: str) -> str:
    """Point a relative link at a file: `services/x/` becomes `services/x/index.html`."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path or target.startswith("/"):
        return target  # another site, this page (#top, ?q=), or the site's root
    path = parts.path
    if path.endswith("/") or posixpath.basename(path) in {".", ".."}:
        path = path.rstrip("/") + "/index.html"
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return path + query + fragment


def for_disk(html: str) -> str:
    """Rewrite every relative link of a page to name a file."""
    return LINK.sub(lambda m: m.group(1) + file_link(m.group(2)) + m.group(3), html)


def make_preview(site: Path, out: Path) -> list[str]:
    """Copy the built site to `out` for opening from disk; return the pages changed."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(site, out)
    pages = []
    for file in sorted(out.rglob("*.html")):
        html = file.read_text(encoding="utf-8")
        rel = file.relative_to(out).as_posix()
        new = for_disk(html)
        if rel in SEARCH_PAGES:
            a_to_z = posixpath.relpath("find/a-z/index.html", posixpath.dirname(rel))
            new = _with_note(new, NO_SEARCH.format(a_to_z=a_to_z))
        if new != html:
            file.write_text(new, encoding="utf-8")
        pages.append(rel)
    return pages


def _with_note(html: str, note: str) -> str:
    """Put a note at the start of the page's main content."""
    match = MAIN_START.search(html)
    return html if match is None else html[: match.end()] + note + html[match.end() :]


def page_for(source: str) -> str | None:
    """Return the preview file that shows a source file, like directory/x.yml -> services/x/."""
    path = Path(source)
    if path.parts[:1] == ("directory",) and path.suffix in {".yml", ".yaml"}:
        return None if path.name.startswith("_") else f"services/{path.stem}/index.html"
    if path.parts[:1] == ("content",) and path.suffix == ".md":
        inner = Path(*path.parts[1:]).with_suffix("")
        if inner.name == "index":
            inner = inner.parent
        return (inner / "index.html").as_posix() if inner.parts else "index.html"
    return None
