"""An Atom 1.0 feed of "You said, we did", newest first, so families can follow replies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from signpost.participation.views import SaidView

ATOM = "http://www.w3.org/2005/Atom"
XML = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True)
class FeedInfo:
    """Who publishes the feed and where it and its page live (absolute addresses)."""

    title: str
    author: str
    page_url: str
    feed_url: str


def _stamp(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time(), dt.UTC).isoformat().replace("+00:00", "Z")


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def entry_title(view: SaidView) -> str:
    """Return a short title: the theme and what was said, cut at a word near 80 characters."""
    said = view.said.strip().strip('"')
    if len(said) > 80:
        said = said[:80].rsplit(" ", 1)[0] + "…"
    return f"{view.theme_label}: {said}"


def entry_content(view: SaidView) -> str:
    """Return the entry as plain text: what was said, by whom, and the reply."""
    parts = [
        f"You said ({view.said_by}, {view.said_on:%B %Y}): {view.said}",
        f"We did ({view.status_label.lower()}): {view.we_did}",
    ]
    if view.why:
        parts.append(f"Why: {view.why}")
    return "\n\n".join(parts)


def atom_feed(info: FeedInfo, views: Sequence[SaidView]) -> bytes:
    """Return the Atom document for `views`, sorted newest reply first."""
    ET.register_namespace("", ATOM)
    ordered = sorted(views, key=lambda v: (v.replied_on, v.id), reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed", {f"{{{XML}}}lang": "en-GB"})
    _sub(feed, "id", info.page_url)
    _sub(feed, "title", info.title)
    _sub(feed, "updated", _stamp(max((v.replied_on for v in ordered), default=dt.date(2000, 1, 1))))
    author = _sub(feed, "author")
    _sub(author, "name", info.author)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=info.feed_url)
    _sub(feed, "link", rel="alternate", type="text/html", href=info.page_url)
    for view in ordered:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"{info.page_url}#{view.id}")
        _sub(entry, "title", entry_title(view))
        _sub(entry, "published", _stamp(view.replied_on))
        _sub(entry, "updated", _stamp(view.replied_on))
        _sub(entry, "link", rel="alternate", type="text/html", href=f"{info.page_url}#{view.id}")
        _sub(entry, "category", term=view.theme, label=view.theme_label)
        _sub(entry, "summary", entry_content(view), type="text")
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=True)
    return body + b"\n"
