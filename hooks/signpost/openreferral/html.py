"""Turn HTML found in imported descriptions into plain Markdown an editor can read.

Line breaks, lists ("•" lines too), headings, tables and the spaces around links are kept;
every other tag is removed, keeping its text. Tables become a list with one item per row,
which reads on a phone where a wide table does not (and the page renders no tables).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

from signpost.openreferral.prose import (
    LAST_HEADING,
    TOP_HEADING,
    Block,
    clean,
    line_blocks,
    to_markdown,
)

TABLE = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"}
BOLD = {"strong", "b"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCKS = {"p", "div", "section", "article", "blockquote", "ul", "ol", "li", *HEADINGS, *TABLE}
KEPT = {"br", "a", "em", "i", "span", *BLOCKS, *BOLD}
SAFE_LINKS = ("https:", "http:", "mailto:", "tel:")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
# A paragraph all in bold this short, not ending in a full stop, is a heading in disguise.
BOLD_HEADING_WORDS = 10


def looks_like_html(text: str) -> bool:
    """Return whether text has HTML tags or entities in it."""
    return bool(TAG.search(text) or ENTITY.search(text))


class _Blocks(HTMLParser):
    """Collect blocks: text runs are split at <br> into lines, then grouped by line_blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.bold_text: list[str] = []
        self.bold = 0
        self.lists: list[bool] = []
        self.rows: list[list[tuple[bool, str]]] = []
        self.href: str | None = None
        self.link: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.rows and tag not in TABLE and (tag in BLOCKS or tag == "br"):
            self.text.append(" ")  # a table cell stays on one line
            return
        if tag in BLOCKS:
            self._flush()
        if tag in {"ul", "ol"}:
            if not self.lists:
                self.blocks.append(Block("list"))
            self.lists.append(tag == "ol")
        elif tag == "tr":
            self.rows.append([])
        elif tag == "br":
            self.text.append("\n")
        elif tag in BOLD:
            self.bold += 1
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self.href = href if href.lower().startswith(SAFE_LINKS) else None
            self.link = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.href is not None:
            self._link()
        elif tag in BOLD:
            self.bold = max(0, self.bold - 1)
        elif tag in BLOCKS and not (self.rows and tag not in TABLE):
            self._flush(heading=tag if tag in HEADINGS else None)
            if tag in {"ul", "ol"} and self.lists:
                self.lists.pop()
            elif tag == "table":
                self._table()

    def handle_data(self, data: str) -> None:
        text = re.sub(r"[ \t\r\n\f\v\xa0]+", " ", data)
        (self.link if self.href is not None else self.text).append(text)
        if self.bold and self.href is None:
            self.bold_text.append(text)

    def _link(self) -> None:
        words = "".join(self.link)
        text = words.strip() or self.href
        # Spaces at the ends of the link text go outside it: "(Patchway) hubs", not "):hubs".
        before = " " if words[:1] == " " else ""
        after = " " if words[-1:] == " " else ""
        self.text.append(f"{before}[{text}]({self.href}){after}")
        self.href = None

    def _flush(self, heading: str | None = None) -> None:
        raw = clean("".join(self.text))  # after entities are read: &#8203; is zero-width
        bold = "".join(self.bold_text).strip()
        self.text, self.bold_text = [], []
        if not raw.strip():
            return
        if self.rows:
            self.rows[-1].append((bool(bold) and bold == raw.strip(), _one_line(raw)))
        elif self.lists:
            self._item(raw)
        elif heading or _bold_heading(raw, bold):
            level = int(heading[1]) if heading else 2
            top = min(LAST_HEADING, TOP_HEADING + max(0, level - 2))
            self.blocks.append(Block("h", _one_line(raw), top))
        else:
            self.blocks += line_blocks(raw.split("\n"), hard_breaks=True)

    def _item(self, raw: str) -> None:
        if not self.blocks or self.blocks[-1].kind != "list":
            self.blocks.append(Block("list"))
        self.blocks[-1].items.append((len(self.lists) - 1, self.lists[-1], _one_line(raw)))

    def _table(self) -> None:
        rows = [row for row in self.rows if any(text for _, text in row)]
        self.rows = []
        if not rows:
            return
        labels = [text for _, text in rows[0]] if all(b for b, _ in rows[0]) else None
        items = [(0, False, _row(row, labels)) for row in (rows[1:] if labels else rows)]
        self.blocks.append(Block("list", items=items))


def _row(row: list[tuple[bool, str]], labels: list[str] | None) -> str:
    cells = [text for _, text in row]
    if not labels or len(cells) < 2:
        return ", ".join(c for c in cells if c)
    head, rest = cells[0], cells[1:]
    named = [
        f"{label}: {cell}" if label else cell for label, cell in zip(labels[1:], rest, strict=False)
    ]
    return f"{head} (" + "; ".join(n for n, c in zip(named, rest, strict=True) if c) + ")"


def _bold_heading(raw: str, bold: str) -> bool:
    text = raw.strip()
    return (
        bold == text
        and "\n" not in text
        and len(text.split()) <= BOLD_HEADING_WORDS
        and not text.endswith((".", ","))
    )


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def html_blocks(html: str) -> list[Block]:
    """Return HTML as blocks: paragraphs, headings and lists (tables as lists)."""
    # th is told from td by the bold flag: mark header cells before nh3 keeps only the text.
    marked = re.sub(r"<th(\s[^>]*)?>", "<th><strong>", html, flags=re.IGNORECASE)
    marked = re.sub(r"</th\s*>", "</strong></th>", marked, flags=re.IGNORECASE)
    safe = nh3.clean(marked, tags=KEPT, attributes={"a": {"href"}}, link_rel=None)
    parser = _Blocks()
    parser.feed(safe)
    parser.close()
    parser._flush()
    return parser.blocks


def html_to_markdown(html: str) -> str:
    """Return HTML as Markdown: paragraphs, lists, headings and safe links kept."""
    return to_markdown(html_blocks(html))
