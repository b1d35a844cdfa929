"""The demo's participation data: broad enough to show what the law asks for (reg 56)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import REPO, build_into
from signpost.directory.load import load_directory
from signpost.participation.load import Participation, load_participation

BUILT_ON = dt.date(2026, 11, 28)


def demo() -> Participation:
    directory = load_directory(REPO / "directory", today=BUILT_ON)
    assert directory.taxonomy is not None
    return load_participation(REPO / "participation", directory.taxonomy.ids(), BUILT_ON)


def test_demo_participation_has_no_problems() -> None:
    assert [str(p) for p in demo().problems] == []


def test_you_said_we_did_covers_every_theme_and_status() -> None:
    found = demo()
    assert found.themes is not None
    assert len(found.said) >= 12
    assert {r.item.theme for r in found.said} == {t.id for t in found.themes.themes}
    assert {r.item.status for r in found.said} == {"done", "in-progress", "not-possible"}
    assert any(r.item.in_their_words for r in found.said)


def test_events_include_past_ones_and_winter_ones_in_every_area() -> None:
    events = demo().events
    assert len(events) >= 6
    past = [r for r in events if r.item.date < BUILT_ON]
    coming = [r for r in events if r.item.date >= BUILT_ON]
    assert len(past) >= 2
    assert all(dt.date(2026, 12, 1) <= r.item.date <= dt.date(2027, 3, 31) for r in coming)
    assert {r.item.area for r in coming} == {"north", "south", "east"}


def test_every_area_has_a_local_partnership() -> None:
    assert sorted(demo().partnerships) == ["east", "north", "south"]


def test_the_demo_page_links_to_its_easy_read_version(tmp_path: Path) -> None:
    result = build_into(REPO, tmp_path / "site")
    assert result.returncode == 0, result.output
    versions = result.html("you-said-we-did/").select(".app-versions a")
    assert [a["href"] for a in versions] == ["../easy-read/you-said-we-did/"]
    back = result.html("easy-read/you-said-we-did/").select(".app-versions a")
    assert [a["href"] for a in back] == ["../../you-said-we-did/"]
