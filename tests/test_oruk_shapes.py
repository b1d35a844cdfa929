"""ORUK 1.0, HSDS 2.x-style and 3.0 records are recognised, said, and read alike."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from signpost.cli.import_oruk import import_services
from signpost.core.yaml_source import Document, parse_text
from signpost.openreferral.mapping import map_service
from signpost.openreferral.read import Reader, Record
from signpost.openreferral.shapes import HSDS_2, HSDS_3, ORUK_1, shape, to_hsds3

ORUK = Path(__file__).parent / "fixtures" / "oruk"
SHAPES = ORUK / "shapes"
TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def into(tmp_path: Path) -> Path:
    folder = tmp_path / "directory"
    folder.mkdir()
    shutil.copy(ORUK / "_taxonomy.yml", folder / "_taxonomy.yml")
    return folder


def _written(into: Path, name: str) -> dict[str, object]:
    doc = parse_text((into / name).read_text(), name)
    assert isinstance(doc, Document)
    return doc.data


def test_shapes_are_told_apart() -> None:
    assert shape({"name": "a", "eligibilitys": []}) == ORUK_1
    assert (
        shape({"name": "a", "service_at_locations": [{"location": {"physical_addresses": []}}]})
        == ORUK_1
    )
    assert shape({"name": "a", "eligibility": "Carers", "keywords": "x"}) == HSDS_2
    assert shape({"name": "a", "minimum_age": 5, "attributes": []}) == HSDS_3
    assert shape({"name": "a"}) == HSDS_3


def test_an_oruk_1_listing_page_imports_and_is_named(into: Path) -> None:
    summary = import_services(SHAPES / "oruk1-listing.json", into, today=TODAY)
    assert summary.lines()[0] == "Read 2 services; recognised as 2 ORUK 1.0."
    data = _written(into, "northshire-autism-parent-group.yml")
    assert data["age"] == {"min": 0, "max": 18}
    assert (data["categories"], data["needs"], data["areas"]) == (
        ["short-breaks"],
        ["autism"],
        ["north"],
    )
    assert data["opening_times"] == "First Tuesday of the month, 10am to 12pm"
    assert data["languages"] == ["English", "Polish"]
    assert data["locations"] == [
        {
            "name": "Hollinford Library",
            "address": "2 Market Street, Hollinford",
            "postcode": "NQ1 3AB",
            "accessibility": ["hearing-loop"],
        }
    ]
    text = (into / "northshire-autism-parent-group.yml").read_text()
    assert "#   - pc_targetAudience: Parents and carers" in text
    assert '"Swimming" (pc-activities)' in "\n".join(summary.attention)


def test_an_hsds_2_style_record_imports_and_is_named(into: Path) -> None:
    summary = import_services(SHAPES / "hsds2-services.json", into, today=TODAY)
    assert summary.lines()[0] == "Read 1 services; recognised as 1 HSDS 2.x-style."
    data = _written(into, "eastfield-young-carers.yml")
    assert data["age"] == {"min": 8, "max": 18}
    assert data["categories"] == ["short-breaks"]
    assert data["opening_times"] == "Thursdays, 4pm to 6pm"
    assert data["languages"] == ["English", "Urdu"]
    assert data["locations"] == [
        {"name": "Eastfield Hub", "address": "5 Mill Lane, Eastfield", "postcode": "NQ9 1ZZ"}
    ]
    assert '"carers" (keywords)' in "\n".join(summary.attention)


@pytest.mark.parametrize(
    ("low", "high", "age"),
    [
        (-1, -1, {"min": 0, "max": 25}),
        (-1, 11, {"min": 0, "max": 11}),
        (5, -1, {"min": 5, "max": 25}),
    ],
)
def test_hsds_3_minus_one_means_no_age_limit(low: int, high: int, age: dict[str, int]) -> None:
    record = Record("in.json", "", {"name": "X", "minimum_age": low, "maximum_age": high})
    item = map_service(record, Reader(record), None)
    assert item is not None
    assert item.data["age"] == age
    assert not [note for note in item.check if note.startswith("age")]


def test_a_3_0_record_is_left_as_it_is() -> None:
    record = {"name": "X", "attributes": [], "minimum_age": 3}
    assert to_hsds3(record) is record
