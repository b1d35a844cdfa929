"""Postcode districts: the table the browser sorts services by distance with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO
from signpost.directory.districts import (
    DISTRICTS_FILE,
    District,
    browser_table,
    district_of,
    load_districts,
    miles,
)
from signpost.directory.load import load_directory
from signpost.website.search_words import write_districts


@pytest.mark.parametrize(
    ("postcode", "district"),
    [("NQ4 6PR", "NQ4"), ("nq46pr", "NQ4"), ("SW1A 1AA", "SW1A"), ("nonsense", None)],
)
def test_the_district_is_the_first_half_of_a_postcode(postcode: str, district: str | None) -> None:
    assert district_of(postcode) == district


def test_miles_between_district_middles() -> None:
    london, york = (
        District(latitude=51.5074, longitude=-0.1278),
        District(latitude=53.9600, longitude=-1.0873),
    )
    assert miles(london, york) == pytest.approx(175, abs=2)
    assert miles(york, york) == 0


def test_the_demo_table_covers_every_place_a_demo_service_has() -> None:
    table, problems = load_districts(REPO / "directory" / DISTRICTS_FILE, DISTRICTS_FILE)
    assert problems == [] and table is not None
    places = {
        district_of(place.postcode)
        for entry in load_directory(REPO / "directory").entries
        for place in entry.service.locations
    }
    assert places <= set(table.districts)


def test_every_problem_in_the_table_is_reported_with_its_line(tmp_path: Path) -> None:
    file = tmp_path / DISTRICTS_FILE
    file.write_text(
        "source: Test\n"
        "districts:\n"
        "  NQ1: {latitude: 54.5, longitude: -1.5}\n"
        "  nq 2: {latitude: 54.5, longitude: -1.5}\n"
        "  NQ3: {latitude: 95, longitude: -1.5}\n"
    )
    table, problems = load_districts(file, f"directory/{DISTRICTS_FILE}")
    assert table is None
    text = [str(p) for p in problems]
    assert any(t.startswith("directory/_postcode_districts.yml:4:") for t in text), text
    assert any(":5: districts.NQ3.latitude" in t for t in text), text


def test_without_a_table_the_browser_gets_an_empty_one(tmp_path: Path) -> None:
    assert load_districts(tmp_path / DISTRICTS_FILE, DISTRICTS_FILE) == (None, [])
    written = write_districts(tmp_path / "site", tmp_path)
    assert json.loads(written.read_text()) == {}
    assert browser_table(None) == {}
