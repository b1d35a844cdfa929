"""Opening times for templates: a row per day of the week, and the data the browser reads.

A static page cannot know today's date when it is built, so "Open today" is worked out in
the browser (assets/javascripts/opening-times.js) from the same sessions, passed as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from signpost.directory.times import DAYS, Session, session_words


@dataclass(frozen=True)
class DayRow:
    """One day of the week and its sessions in words ("Closed" when there are none)."""

    day: str
    label: str
    hours: list[str]


@dataclass(frozen=True)
class TimesTable:
    """A week of opening times: the rows of the table and the sessions as JSON."""

    caption: str
    rows: list[DayRow]
    data: str


def times_table(sessions: list[Session], caption: str) -> TimesTable | None:
    """Return the table of a list of sessions, or None when there are none."""
    if not sessions:
        return None
    rows = [
        DayRow(day, day.title(), [session_words(s) for s in sessions if day in s.days])
        for day in DAYS
    ]
    return TimesTable(caption, rows, sessions_json(sessions))


def session_data(session: Session) -> dict[str, object]:
    """Return what the browser needs to know about one session."""
    return {
        "days": session.days,
        "opens": session.opens,
        "closes": session.closes,
        "weeks": session.weeks,
        "every_other_week": session.every_other_week,
        "starting": session.starting.isoformat() if session.starting else None,
        "until": session.until.isoformat() if session.until else None,
        "words": session_words(session),
    }


def sessions_json(sessions: list[Session]) -> str:
    """Return the sessions as compact JSON for a data- attribute (Jinja escapes it)."""
    return json.dumps([session_data(s) for s in sessions], separators=(",", ":"))
