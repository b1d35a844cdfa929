"""The editors' preview remembers finished pages, so that a save makes again only what changed.

`mkdocs serve` rebuilds the whole site on every save. Most pages come out the same, so each
finished page is kept under a key made of everything its HTML is made from: the page (its
text, headings, title, meta, neighbours, edit link), every value Signpost's stages put in its
template context, and the build's own key (settings, navigation, templates, template globals,
glossary, today). A page whose key is unchanged is not rendered again: its template is swapped
for `signpost/cached.html`, which writes the kept HTML. A value whose text cannot be compared
(an object without a readable repr) makes its page uncacheable, so it is always made again.
`mkdocs build` never uses the memory: a published site is always made from scratch.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.structure.pages import Page

CACHED_TEMPLATE = "signpost/cached.html"
# Context entries that are the same on every page: the build's key covers them.
SHARED = frozenset({"nav", "pages", "config", "mkdocs_version", "build_date_utc", "page"})
UNREADABLE = " at 0x"  # the default repr of an object, which changes between builds


@dataclass(frozen=True)
class Remembered:
    """A finished page, and the glossary terms it uses (the usage report counts them)."""

    html: str
    terms: tuple[str, ...]


@dataclass
class PageMemory:
    """Finished pages of the previous preview build, by the key of what they were made from."""

    pages: dict[str, Remembered] = field(default_factory=dict)
    build_key: str = ""
    # Each page's key (by its path in the docs): whose finished page it is.
    keys: dict[str, str] = field(default_factory=dict)
    # This build's pages: what the previous build had, and what this one made or reused.
    previous: dict[str, Remembered] = field(default_factory=dict)
    previous_keys: dict[str, str] = field(default_factory=dict)
    reused: int = 0
    made: int = 0

    def start(self, build_key: str) -> bool:
        """Begin a build; pages of a build with another key are forgotten (returns False)."""
        same = build_key == self.build_key
        self.previous = self.pages if same else {}
        self.previous_keys = self.keys if same else {}
        self.pages, self.keys, self.build_key, self.reused, self.made = {}, {}, build_key, 0, 0
        return same

    def recall(self, key: str | None, uri: str) -> Remembered | None:
        """Return the page the previous build made with this key, keeping it for the next."""
        if not key or key not in self.previous:
            return None
        found = self.pages[key] = self.previous[key]
        self.keys[uri] = key
        self.reused += 1
        return found

    def carry(self, uri: str) -> Remembered | None:
        """Keep the page the previous build made at `uri`, as it was (unchanged.py)."""
        return self.recall(self.previous_keys.get(uri), uri)

    def keep(self, key: str | None, html: str, terms: Iterable[str], uri: str) -> None:
        """Remember a page this build made."""
        self.made += 1
        if key:
            self.pages[key] = Remembered(html, tuple(sorted(terms)))
            self.keys[uri] = key


def page_key(build_key: str, page: Page, context: Mapping[str, Any]) -> str | None:
    """Return the key of everything a page's HTML is made from, or None if it cannot be known."""
    parts = [build_key, *_page_parts(page)]
    for name in sorted(context):
        if name not in SHARED:
            parts.append(f"{name}={context[name]!r}")
    text = "\n".join(parts)
    return None if UNREADABLE in text else digest(text)


def build_key(parts: Iterable[str], template_dirs: Iterable[str]) -> str:
    """Return the key of what every page shares, with every template file's size and time."""
    texts = list(parts)
    for package in ("mkdocs", "mkdocs-material"):
        texts.append(f"{package}=={importlib.metadata.version(package)}")
    for folder in template_dirs:
        for file in sorted(Path(folder).rglob("*.html")):
            stat = file.stat()
            texts.append(f"{file}:{stat.st_size}:{stat.st_mtime_ns}")
    return digest("\n".join(texts))


def readable(values: Mapping[str, Any]) -> list[str]:
    """Return `name=repr` for every value whose repr can be compared between builds."""
    found = (f"{name}={value!r}" for name, value in sorted(values.items()))
    return [text for text in found if UNREADABLE not in text]


def _page_parts(page: Page) -> list[str]:
    neighbours = (page.previous_page, page.next_page, page.parent)
    return [
        page.file.src_uri,
        page.url,
        repr(page.title),
        page.content or "",
        str(page.toc),
        repr(sorted(page.meta.items(), key=lambda item: str(item[0]))),
        repr((page.edit_url, page.canonical_url, page.is_homepage)),
        repr([(getattr(n, "title", None), getattr(n, "url", None)) for n in neighbours]),
    ]


def digest(text: str) -> str:
    """Return the SHA-256 of a text, as keys are made."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
