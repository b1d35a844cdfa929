"""Turn HTML found in imported descriptions into plain Markdown an editor can read."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

# Tags whose structure is kept (as Markdown); every other tag is removed, keeping its text.
KEPT = {"p", "br", "ul", "ol", "li", "a", "h1", "h2", "h3", "h4", "h5", "h6", "div"}
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"}
SAFE_LINKS = ("https:", "http:", "mailto:", "tel:")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def looks_like_html(text: str) -> bool:
    """Return whether text has HTML tags or entities in it."""
    return bool(TAG.search(text) or ENTITY.search(text))


class _Markdown(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list[int]] = []
        self.href: str | None = None
        self.link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS and not self.lists:
            self.out.append("\n\n")
        if tag in {"ul", "ol"}:
            self.lists.append([1 if tag == "ol" else 0])
        elif tag == "li" and self.lists:
            counter = self.lists[-1]
            indent = "  " * (len(self.lists) - 1)
            self.out.append(f"\n{indent}{f'{counter[0]}.' if counter[0] else '-'} ")
            counter[0] += 1 if counter[0] else 0
        elif tag == "br":
            self.out.append("\n")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.href = href if href.startswith(SAFE_LINKS) else None
            self.link_text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in {"ul", "ol"} and self.lists:
            self.lists.pop()
            if not self.lists:
                self.out.append("\n\n")
        elif tag in BLOCKS and not self.lists:
            self.out.append("\n\n")
        elif tag == "a" and self.href is not None:
            text = "".join(self.link_text).strip()
            self.out.append(f"[{text or self.href}]({self.href})")
            self.href = None

    def handle_data(self, data: str) -> None:
        text = re.sub(r"\s+", " ", data)
        (self.link_text if self.href is not None else self.out).append(text)


def html_to_markdown(html: str) -> str:
    """Return HTML as Markdown: paragraphs, lists and safe links kept, every other tag gone."""
    clean = nh3.clean(html, tags=KEPT, attributes={"a": {"href"}}, link_rel=None)
    parser = _Markdown()
    parser.feed(clean)
    parser.close()
    text = "".join(parser.out)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line if line.strip() else "" for line in lines]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return "\n".join(
        line.lstrip(" ") if not _is_item(line) else line for line in text.split("\n")
    ).strip()


def _is_item(line: str) -> bool:
    return bool(re.match(r"^\s*(-|\d+\.) ", line))
