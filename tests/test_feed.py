"""The Atom feed of "You said, we did", read back with a real feed parser."""

from __future__ import annotations

import datetime as dt

import feedparser
from signpost.participation.feed import FeedInfo, atom_feed, entry_title
from signpost.participation.views import SaidView

INFO = FeedInfo(
    "You said, we did: Testshire Council",
    "Testshire Council",
    "https://localoffer.example.org/you-said-we-did/",
    "https://localoffer.example.org/you-said-we-did/feed.xml",
)


def said(entry_id: str, replied: dt.date, **changes: object) -> SaidView:
    values: dict[str, object] = {
        "id": entry_id,
        "said": "Too many initials & <short forms>.",
        "in_their_words": True,
        "said_by": "Testshire Parent Carer Forum",
        "said_on": dt.date(2026, 3, 12),
        "theme": "website",
        "theme_label": "This website",
        "we_did": "We write every short form out in full.",
        "status": "done",
        "status_label": "Done",
        "why": None,
        "replied_on": replied,
    }
    values.update(changes)
    return SaidView(**values)  # type: ignore[arg-type]


def test_feed_is_valid_atom_with_every_required_field() -> None:
    views = [
        said("older", dt.date(2026, 6, 1)),
        said("newer", dt.date(2026, 9, 30), status="not-possible", why="No money left."),
    ]
    parsed = feedparser.parse(atom_feed(INFO, views))
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    feed = parsed.feed
    assert feed.id == INFO.page_url
    assert feed.title == INFO.title
    assert feed.updated == "2026-09-30T00:00:00Z"
    assert feed.author == "Testshire Council"
    links = {link.rel: link.href for link in feed.links}
    assert links == {"self": INFO.feed_url, "alternate": INFO.page_url}
    assert [e.id for e in parsed.entries] == [
        f"{INFO.page_url}#newer",
        f"{INFO.page_url}#older",
    ]
    newest = parsed.entries[0]
    assert newest.link == f"{INFO.page_url}#newer"
    assert newest.updated == "2026-09-30T00:00:00Z"
    assert newest.tags[0].term == "website"
    assert "Too many initials & <short forms>." in newest.summary
    assert "Why: No money left." in newest.summary


def test_an_empty_feed_is_still_valid() -> None:
    parsed = feedparser.parse(atom_feed(INFO, []))
    assert not parsed.bozo
    assert parsed.entries == []


def test_long_titles_are_cut_at_a_word() -> None:
    title = entry_title(said("x", dt.date(2026, 1, 1), said="word " * 40))
    assert title.startswith("This website: word word")
    assert title.endswith("…")
    assert len(title) < 100
