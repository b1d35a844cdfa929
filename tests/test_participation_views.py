"""Page data for participation: groups by theme, upcoming events, local areas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from signpost.directory.load import load_directory
from signpost.participation.views import area_views, theme_groups, upcoming
from test_participation_load import TODAY, load_case

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic" / "directory"


def test_theme_groups_follow_the_themes_file_and_drop_empty_themes(tmp_path: Path) -> None:
    groups = theme_groups(load_case("valid", tmp_path))
    assert [(g.id, [e.id for e in g.entries]) for g in groups] == [
        ("website", ["clearer-words"]),
        ("transport", ["late-drivers", "free-buses"]),
    ]
    assert groups[1].entries[1].status_label == "We cannot do this"


def test_upcoming_keeps_today_and_later(tmp_path: Path) -> None:
    events = load_case("valid", tmp_path).events
    assert [r.id for r in upcoming(events, dt.date(2026, 12, 9))] == [
        "winter-social",
        "holiday-club",
        "spring-drop-in",
    ]
    assert [r.id for r in upcoming(events, dt.date(2027, 7, 1))] == []


def test_area_views_count_services_and_pick_local_events(tmp_path: Path) -> None:
    directory = load_directory(BASIC, "directory", TODAY)
    assert directory.taxonomy is not None
    areas = area_views(load_case("valid", tmp_path), directory.entries, directory.taxonomy, TODAY)
    north, south = areas
    assert north.services == len([e for e in directory.entries if "north" in e.service.areas])
    assert len(north.sample) <= 6
    assert [e.id for e in north.events] == ["winter-social", "holiday-club"]
    assert north.partnership is not None and south.partnership is None
    assert [e.id for e in south.events] == ["spring-drop-in"]
    assert north.listing == "find/area/north/"
