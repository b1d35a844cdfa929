"""Links between pages and the menu, checked as a strict MkDocs build checks them, with lines.

A link must point at a page's .md file (or a file in the docs folder), an anchor must be a
heading of the page it points to, and every written page must be in `nav:` (the menu).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import markdown
import pathspec

from signpost.core.errors import Problem

FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"`[^`]*`")
# [text](target "title") and ![alt](target); a reference definition [id]: target.
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^)]*)?\)")
REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
ID = re.compile(r'\sid="([^"]+)"')
EXTENSIONS = ["toc", "attr_list", "md_in_html", "def_list", "tables", "admonition"]


@dataclass(frozen=True)
class Pages:
    """The site's pages: written ones with their text, and ones the build makes from data."""

    written: dict[str, str]  # docs path -> Markdown source
    assets: frozenset[str]  # other files in the docs folder (pictures, documents)
    # Says whether the build makes a page at a docs path from data (asked only when needed).
    generated: Callable[[str], bool]


def links_in(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line, target) for every link and picture in Markdown, outside code."""
    in_code = False
    for number, line in enumerate(source.splitlines(), 1):
        if FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        text = INLINE_CODE.sub("", line)
        for match in LINK.finditer(text):
            yield number, match.group(1)
        if reference := REFERENCE.match(text):
            yield number, reference.group(1)


def anchors_of(source: str) -> set[str]:
    """Return the ids a page's Markdown gives its headings and elements."""
    html = markdown.markdown(_without_front_matter(source), extensions=EXTENSIONS)
    return set(ID.findall(html))


def link_problems(pages: Pages, label: str) -> list[Problem]:
    """Report links to pages, files or anchors that do not exist; `label` names the docs folder."""
    anchors: dict[str, set[str]] = {}
    problems = []
    for page, source in sorted(pages.written.items()):
        for line, target in links_in(source):
            message = _broken(page, target, pages, anchors)
            if message:
                problems.append(Problem(f"{label}/{page}", line, "link", message))
    return problems


def nav_problems(
    pages: Pages, nav: object, not_in_nav: str, config_path: str, nav_line: int, label: str
) -> list[Problem]:
    """Report written pages missing from the menu, and menu entries that are not pages."""
    listed = set(_nav_paths(nav))
    spec = pathspec.GitIgnoreSpec.from_lines(not_in_nav.splitlines())
    problems = [
        Problem(
            f"{label}/{page}",
            1,
            "",
            f"this page is not in the menu: add it under nav: in {config_path}, like "
            f'"- {_title(source, page)}: {page}", or list it under not_in_nav',
        )
        for page, source in sorted(pages.written.items())
        if page not in listed and not spec.match_file(page)
    ]
    problems += [
        Problem(config_path, nav_line, "nav", f'"{path}" is not a page in {label}/: check the name')
        for path in sorted(listed)
        if "://" not in path and path not in pages.written and not pages.generated(path)
    ]
    return problems


def _broken(page: str, target: str, pages: Pages, anchors: dict[str, set[str]]) -> str | None:
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None  # another site, an email address or a phone number
    path, anchor = unquote(parts.path), unquote(parts.fragment)
    if path.startswith("/"):
        return f'"{target}" starts with /: link to the page\'s file from this one, like "health.md"'
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    if resolved not in pages.written:
        if resolved in pages.assets or pages.generated(resolved):
            return None  # a file, or a page made from data (its anchors come from templates)
        if path.endswith((".md", "/")) or "." not in posixpath.basename(path):
            return f'"{target}" is not a page: link to the page\'s .md file, like "health.md"'
        return f'"{target}" is not a file in the site: check the name'
    if anchor:
        found = anchors.setdefault(resolved, set()) or anchors_of(pages.written[resolved])
        anchors[resolved] = found
        if anchor not in found:
            return (
                f'"#{anchor}" is not a heading on {resolved}: use one of its headings, '
                "written in lower case with - between words"
            )
    return None


def _nav_paths(nav: object) -> Iterable[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_paths(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_paths(item)


def _title(source: str, page: str) -> str:
    heading = next((line[2:].strip() for line in source.splitlines() if line.startswith("# ")), "")
    return heading or posixpath.splitext(posixpath.basename(page))[0].replace("-", " ").title()


def _without_front_matter(source: str) -> str:
    lines = source.splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() in {"---", "..."}), 0)
        return "\n".join(lines[end + 1 :])
    return source
