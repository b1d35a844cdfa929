"""Hostile text (control codes, invisible marks, look-alike letters, deep nesting) through the
service, participation and Open Referral UK readers: problems naming the file, never a traceback.

Accepted participation entries must also make a feed that is well-formed XML and calendar
files with no stray carriage returns (issue 17, findings 5, 6 and 7).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import tempfile
from io import StringIO
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from signpost.cli.import_oruk import import_services
from signpost.core.yaml_source import parse_text
from signpost.directory.load import read_service
from signpost.directory.taxonomy import load_taxonomy
from signpost.participation.calendar_files import calendar_file
from signpost.participation.feed import FeedInfo, atom_feed
from signpost.participation.load import load_participation
from signpost.participation.views import event_view, said_view

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 11, 28)
TAXONOMY, _ = load_taxonomy(FIXTURES / "sites" / "basic" / "directory" / "_taxonomy.yml", "t")
CONTEXT: dict[str, Any] = {"taxonomy": TAXONOMY.ids() if TAXONOMY else None, "today": TODAY}
# Characters that broke or fooled the site before: controls, line breaks, direction and
# invisible marks, a Cyrillic "a", a byte-order mark, a line separator.
TRICKS = (
    "\x00\x01\x08\x0b\x0c\r\n\t\x1b\x7f\x85\u200b\u200d\u200e\u202e\u2066\ufeff\u00ad\u0430\u2028"
)
HOSTILE = st.text(
    alphabet=st.sampled_from(TRICKS) | st.characters(blacklist_categories=("Cs",)), max_size=40
)
TEXT = st.one_of(
    HOSTILE,
    st.builds(
        lambda a, b, c: a + b + c,
        st.sampled_from(["Club", "01632 960", "a@"]),
        HOSTILE,
        st.sampled_from(["", "123", "example.org", "https://example.org"]),
    ),
)
SERVICE = {
    "name": "Swim club",
    "organisation": "Leisure",
    "summary": "Swimming.",
    "description": "We swim.",
    "categories": ["short-breaks"],
    "areas": ["north"],
    "age": {"min": 5, "max": 11},
    "cost": "Free",
    "how_to_access": "Ring us.",
    "contact": {"phone": "01632 960123", "email": "a@example.org"},
    "last_reviewed": dt.date(2026, 10, 1),
}
TEXT_FIELDS = ["name", "organisation", "summary", "description", "cost", "how_to_access"]
CONTACT_FIELDS = ["phone", "text", "email", "website"]
SERVICE_LINE = re.compile(r"^directory/fuzz\.yml:\d+: ")
PARTICIPATION_LINE = re.compile(r"^participation/[a-z-]+/[a-z0-9-]+\.yml:\d+: ")


def _yaml(data: Any) -> str:
    out = StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    return out.getvalue()


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(st.sampled_from(TEXT_FIELDS), TEXT, max_size=3),
    st.dictionaries(st.sampled_from(CONTACT_FIELDS), TEXT, max_size=2),
)
def test_hostile_text_in_a_service_gives_problems_or_clean_values(
    fields: dict[str, str], contact: dict[str, str]
) -> None:
    entry = {**SERVICE, **fields, "contact": {**SERVICE["contact"], **contact}}
    doc = parse_text(_yaml(entry), "directory/fuzz.yml")
    found, problems = read_service(doc, CONTEXT)
    assert all(SERVICE_LINE.match(str(p)) for p in problems), problems
    if found is not None:
        service = found.service
        for value in [service.name, service.organisation, *service.contact.model_dump().values()]:
            if value:
                assert not re.search(
                    r"[\x00-\x08\x0a-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]", value
                )


@settings(max_examples=30, deadline=None)
@given(st.integers(1, 3000), st.sampled_from(["[", "{a: ", "- "]))
def test_deep_yaml_gives_a_problem_naming_the_file(depth: int, opener: str) -> None:
    closer = {"[": "]", "{a: ": "}", "- ": ""}[opener]
    if opener == "- ":  # indented lists grow as depth squared: 600 levels is 360,000 spaces
        text = "name:\n" + "".join("  " * i + "- \n" for i in range(depth % 600))
    else:
        text = "name: " + opener * depth + "x" + closer * depth + "\n"
    doc = parse_text(text, "directory/fuzz.yml")
    _, problems = read_service(doc, CONTEXT)
    assert problems and all(SERVICE_LINE.match(str(p)) for p in problems)


PARTICIPATION_ENTRIES = {
    "you-said-we-did": {
        "said": "Too many initials.", "said_by": "Parent Forum", "said_on": dt.date(2026, 3, 1),
        "theme": "website", "we_did": "We write them out.", "status": "done",
        "replied_on": dt.date(2026, 9, 1),
    },
    "events": {
        "title": "Winter party", "date": dt.date(2026, 12, 9), "start": "17:00", "end": "19:00",
        "area": "north",
        "place": {"name": "Youth Centre", "address": "2 Mill Lane", "postcode": "NQ1 2AB"},
        "what_it_is_for": "To plan.", "who_will_be_there": "Youth workers.",
        "what_to_expect": "Pizza.", "how_to_book": "Text us.",
    },
}  # fmt: skip
FEED = FeedInfo("You said, we did", "Council", "https://example.org/y/", "https://example.org/y/f")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(PARTICIPATION_ENTRIES)), st.data())
def test_hostile_participation_entries_never_break_the_feed_or_calendar(
    folder: str, data: st.DataObject
) -> None:
    base = PARTICIPATION_ENTRIES[folder]
    keys = [k for k, v in base.items() if isinstance(v, str) and k not in {"start", "end"}]
    changes = data.draw(st.dictionaries(st.sampled_from(keys), TEXT, max_size=3))
    deep = data.draw(st.integers(0, 1200))
    entry: Any = {**base, **changes}
    text = _yaml(entry)
    if deep:  # written by hand: a YAML writer cannot nest this deep either
        key = "said" if folder == "you-said-we-did" else "title"
        text = _yaml({k: v for k, v in entry.items() if k != key})
        text += f"{key}: " + "[" * deep + "x" + "]" * deep + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "participation"
        (root / folder).mkdir(parents=True)
        shutil.copy(FIXTURES / "participation" / "themes.yml", root / "themes.yml")
        (root / folder / "fuzz.yml").write_text(text, encoding="utf-8")
        found = load_participation(root, CONTEXT["taxonomy"], TODAY)
    assert all(PARTICIPATION_LINE.match(str(p)) for p in found.problems), found.problems
    if found.themes and found.said:
        feed = atom_feed(FEED, [said_view(r, found.themes) for r in found.said])
        ElementTree.fromstring(feed)  # raises if the feed is not well-formed XML
    if found.events and TAXONOMY:
        views = [event_view(r, TAXONOMY) for r in found.events]
        ics = calendar_file(views, "https://example.org/", dt.datetime(2026, 11, 28), "Events")
        assert b"\r" not in ics.replace(b"\r\n", b"")


ORUK_KEYS = ["id", "description", "url", "email", "fees_description", "organization",
             "phones", "contacts", "languages", "service_at_locations", "minimum_age"]  # fmt: skip
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10, 200) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.fixed_dictionaries(
            {"name": st.text(min_size=1, max_size=60) | TEXT},
            optional=dict.fromkeys(ORUK_KEYS, JSON_VALUES),
        ),
        max_size=3,
    ),
    st.integers(0, 5000),
)
def test_hostile_oruk_json_is_imported_or_reported_never_a_traceback(
    services: list[dict[str, Any]], depth: int
) -> None:
    # Names stay under 60 characters: a name too long for a file name is finding 4 (the
    # importer), handled separately.
    payload: Any = {"contents": services}
    with tempfile.TemporaryDirectory() as tmp:
        source, into = Path(tmp) / "in.json", Path(tmp) / "directory"
        into.mkdir()
        shutil.copy(FIXTURES / "oruk" / "_taxonomy.yml", into / "_taxonomy.yml")
        text = json.dumps(payload)
        if depth:  # written by hand: json.dumps cannot nest this deep either
            deep = '{"name": "Deep", "description": ' + "[" * depth + "]" * depth + "}"
            text = text[:-2] + (", " if services else "") + deep + "]}"
        source.write_text(text, encoding="utf-8")
        summary = import_services(source, into, today=TODAY)
        written = sorted(p.name for p in into.glob("*.yml"))
    assert all(isinstance(line, str) for line in summary.input_problems)
    assert len(written) <= len(services) + 2
