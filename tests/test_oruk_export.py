"""The Open Referral UK export: valid against the ORUK schemas, stable ids, faithful mapping."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, SITES, Build
from golden import SERVICES, load_case
from jsonschema import Draft202012Validator
from oruk_schemas import errors, validators
from signpost.directory.load import Directory, load_directory
from signpost.engine.stages import STAGES, DirectoryStage, OpenDataStage, PublishStage
from signpost.openreferral.export import (
    export_files,
    list_item,
    listing_pages,
    namespace,
    service_record,
    split_address,
    write_files,
)

COUNCIL = "Northshire County Council"


@pytest.fixture(scope="module")
def demo() -> Directory:
    directory = load_directory(REPO / "directory", today=dt.date.today())
    assert directory.problems == [] and directory.taxonomy is not None
    return directory


@pytest.fixture(scope="module")
def exported(demo: Directory) -> dict[str, Any]:
    assert demo.taxonomy is not None
    return export_files(demo.entries, demo.taxonomy, COUNCIL, "Northshire", size=20)


def _basic() -> Directory:
    directory = load_directory(SITES / "basic" / "directory", today=dt.date.today())
    assert directory.taxonomy is not None
    return directory


def _riverside() -> dict[str, Any]:
    directory = _basic()
    assert directory.taxonomy is not None
    entry = next(e for e in directory.entries if e.id == "riverside-saturday-club")
    return service_record(entry, directory.taxonomy, namespace("Testshire Council"), "Testshire")


def test_every_demo_service_record_is_valid_oruk(exported: dict[str, Any]) -> None:
    check = validators()["service.json"]
    records = {p: d for p, d in exported.items() if p.startswith("openreferral/services/")}
    assert len(records) == 50
    problems = {path: errors(check, record) for path, record in records.items()}
    assert {path: found for path, found in problems.items() if found} == {}


def test_the_listing_pages_are_valid_oruk_pages(exported: dict[str, Any]) -> None:
    check = validators()["page.json"]
    pages = [exported[f"openreferral/{n}"] for n in ("services.json", "services-2.json")]
    pages.append(exported["openreferral/services-3.json"])
    assert "openreferral/services-4.json" not in exported
    for page in pages:
        assert errors(check, page) == []
    assert [p["size"] for p in pages] == [20, 20, 10]
    assert [(p["first_page"], p["last_page"]) for p in pages] == [
        (True, False),
        (False, False),
        (False, True),
    ]
    listed = [item["id"] for page in pages for item in page["contents"]]
    assert sorted(listed) == sorted(
        Path(p).stem for p in exported if p.startswith("openreferral/services/")
    )


def test_the_validator_really_rejects_bad_records() -> None:
    check = validators()["service.json"]
    record = _riverside()
    assert errors(check, record) == []
    broken = {**record, "id": "riverside", "status": "open"}
    del broken["name"]
    found = errors(check, broken)
    assert any("'name' is a required property" in f for f in found), found
    assert any("'riverside' is not a 'uuid'" in f for f in found), found
    assert any("'open' is not one of" in f for f in found), found
    page = listing_pages([list_item(record)])[0]
    page["contents"][0]["minimum_age"] = "five"
    assert errors(validators()["page.json"], page) != []


def test_ids_are_uuids_that_do_not_change_between_builds(demo: Directory) -> None:
    assert demo.taxonomy is not None
    first = export_files(demo.entries, demo.taxonomy, COUNCIL, "Northshire")
    again = export_files(demo.entries, demo.taxonomy, COUNCIL, "Northshire")
    assert first == again
    ids = [record["id"] for path, record in first.items() if "/services/" in path]
    assert len(set(ids)) == len(ids) == 50
    assert {uuid.UUID(i).version for i in ids} == {5}
    other = export_files(demo.entries, demo.taxonomy, "Eastshire Council", "Eastshire")
    assert set(other) & set(first) == {
        "openreferral/services.json",
        "openreferral/taxonomy_terms.json",
    }


def test_the_taxonomy_is_published_as_a_vocabulary(
    demo: Directory, exported: dict[str, Any]
) -> None:
    assert demo.taxonomy is not None
    page = exported["openreferral/taxonomy_terms.json"]
    terms = {term["id"]: term for term in page["contents"]}
    kinds = ("categories", "needs", "areas", "accessibility")
    assert page["total_items"] == len(terms) == sum(len(demo.taxonomy.terms(k)) for k in kinds)
    schema = validators()["service.json"].schema
    term_schema = schema["properties"]["attributes"]["items"]["properties"]["taxonomy_term"]
    check = Draft202012Validator(term_schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert [errors(check, term) for term in terms.values() if errors(check, term)] == []
    used = {
        attribute["taxonomy_term"]["id"]
        for path, record in exported.items()
        if "/services/" in path
        for attribute in record["attributes"]
        if attribute["taxonomy_term"]["taxonomy"] != "signpost"
    }
    assert used <= set(terms)


def test_one_organisation_has_one_id_across_services(exported: dict[str, Any]) -> None:
    by_name: dict[str, set[str]] = {}
    for path, record in exported.items():
        if "/services/" in path:
            org = record["organization"]
            by_name.setdefault(org["name"], set()).add(org["id"])
            assert record["organization_id"] == org["id"]
    assert all(len(ids) == 1 for ids in by_name.values())
    assert len({next(iter(ids)) for ids in by_name.values()}) == len(by_name)


def test_a_service_maps_field_by_field() -> None:
    record = _riverside()
    assert record["name"] == "Riverside Saturday Club"
    assert record["description"].startswith(
        "Play sessions on Saturdays for disabled children aged 5 to 11.\n\nWe run play sessions"
    )
    assert (record["minimum_age"], record["maximum_age"]) == (5, 11)
    assert record["url"] == "https://example.org/riverside"
    assert record["email"] == "hello@example.org"
    assert record["application_process"].startswith("Ring or email us")
    assert [(p["number"], p["type"]) for p in record["phones"]] == [
        ("01632 960123", "voice"),
        ("07700 900123", "text"),
    ]
    assert record["contacts"][0]["phones"][0]["number"] == "01632 960123"
    assert record["cost_options"][0]["option"] == "Free"
    assert record["cost_options"][0]["amount"] == 0
    assert record["schedules"][0]["description"] == "Saturdays, 10am to 1pm, term time only"
    assert [(lang["name"], lang.get("code")) for lang in record["languages"]] == [
        ("English", "en"),
        ("British Sign Language", "bfi"),
    ]
    assert [a["extent"] for a in record["service_areas"]] == ["north", "south"]
    assert record["assured_date"] == "2026-09-14"


def test_locations_carry_addresses_and_accessibility() -> None:
    places = [sal["location"] for sal in _riverside()["service_at_locations"]]
    assert [p["name"] for p in places] == ["Riverside Centre", "Marbrook Hall"]
    address = places[0]["addresses"][0]
    assert (address["address_1"], address["city"], address["postal_code"]) == (
        "1 River Road",
        "Hollinford",
        "NQ1 2AB",
    )
    assert address["country"] == "GB"
    terms = [a["attributes"][0]["taxonomy_term"]["term"] for a in places[0]["accessibility"]]
    assert terms == ["step-free", "hearing-loop"]
    assert places[1]["accessibility"] == []


def test_taxonomy_terms_and_signpost_extras_are_attributes() -> None:
    attributes = _riverside()["attributes"]
    terms = [(a["taxonomy_term"]["taxonomy"], a["taxonomy_term"]["term"]) for a in attributes]
    assert terms == [
        ("categories", "short-breaks"),
        ("needs", "autism"),
        ("needs", "learning-disability"),
        ("signpost", "easy-read"),
        ("signpost", "coproduced-with"),
    ]
    assert attributes[0]["taxonomy_term"]["name"] == "Short breaks"
    assert attributes[3]["value"].startswith("We play games on Saturdays.")
    assert attributes[4]["value"] == "Northshire Parent Carer Forum"


@pytest.mark.parametrize(
    ("address", "parts"),
    [
        ("1 River Road, Hollinford", ("1 River Road", "Hollinford")),
        ("Unit 4, Mill Lane, Marbrook", ("Unit 4, Mill Lane", "Marbrook")),
        ("County Hall", ("County Hall", "")),
    ],
)
def test_addresses_split_into_street_and_town(address: str, parts: tuple[str, str]) -> None:
    assert split_address(address) == parts


def test_an_empty_directory_is_one_empty_page() -> None:
    assert listing_pages([]) == [
        {
            "total_items": 0,
            "total_pages": 1,
            "page_number": 1,
            "size": 0,
            "first_page": True,
            "last_page": True,
            "empty": True,
            "contents": [],
        }
    ]


def test_the_build_publishes_the_export_beside_the_site(basic_site: Build) -> None:
    folder = basic_site.site / "openreferral"
    listing = json.loads((folder / "services.json").read_text(encoding="utf-8"))
    assert listing["total_items"] == len(_basic().entries) == 7
    for item in listing["contents"]:
        record = json.loads((folder / "services" / f"{item['id']}.json").read_text())
        assert record["name"] == item["name"]
        assert errors(validators()["service.json"], record) == []


def test_the_build_writes_open_data_before_publishing_the_site() -> None:
    order = list(STAGES)
    assert order.index(DirectoryStage) < order.index(OpenDataStage) < order.index(PublishStage)


def _full_record(tmp_path: Path) -> dict[str, Any]:
    directory = load_case(SERVICES / "valid" / "full.yml", tmp_path)
    assert directory.problems == [] and directory.taxonomy is not None
    entry = next(e for e in directory.entries if e.id == "full")
    return service_record(entry, directory.taxonomy, namespace("Testshire Council"), "Testshire")


def test_structured_times_become_weekly_schedules(tmp_path: Path) -> None:
    record = _full_record(tmp_path)
    words, saturday, holidays, fortnight, phone, sunday = record["schedules"]
    sid = record["id"]
    assert words == {
        "id": words["id"],
        "service_id": sid,
        "description": "Closed on bank holidays.",
    }
    assert {k: saturday[k] for k in ("freq", "interval", "byday", "opens_at", "closes_at")} == {
        "freq": "WEEKLY",
        "interval": 1,
        "byday": "SA",
        "opens_at": "10:00",
        "closes_at": "13:00",
    }
    assert saturday["description"] == "10am to 1pm, term time only"
    assert holidays["byday"] == "MO,TU,WE,TH,FR"
    assert holidays["valid_to"] == "2027-08-31" and "valid_from" not in holidays
    assert (fortnight["interval"], fortnight["dtstart"], fortnight["valid_from"]) == (
        2,
        "2026-09-09",
        "2026-09-09",
    )
    assert fortnight["notes"] == "online"
    assert phone["attending_type"] == "phone"
    at_marbrook = record["service_at_locations"][1]["id"]
    assert sunday["service_at_location_id"] == at_marbrook and sunday["byday"] == "SU"
    assert len({s["id"] for s in record["schedules"]}) == 6


def test_structured_schedules_are_valid_oruk(tmp_path: Path) -> None:
    assert errors(validators()["service.json"], _full_record(tmp_path)) == []


def test_the_preview_writes_only_the_open_data_that_changed(tmp_path: Path) -> None:
    record, listing = {"id": "a", "name": "Club"}, {"items": ["a"]}
    written: dict[str, Any] = {}
    write_files(tmp_path, {"a.json": record, "page.json": listing}, written)
    first = {name: (tmp_path / name).stat().st_mtime_ns for name in ("a.json", "page.json")}
    (tmp_path / "a.json").write_text("kept by the preview")  # only rewritten if it changed
    # The same record object, and a listing made anew with the same bytes: neither is written.
    write_files(tmp_path, {"a.json": record, "page.json": {"items": ["a"]}}, written)
    assert (tmp_path / "a.json").read_text() == "kept by the preview"
    assert (tmp_path / "page.json").stat().st_mtime_ns == first["page.json"]
    # A record made again (its file changed) is written; a file no longer made is forgotten.
    write_files(tmp_path, {"a.json": {"id": "a", "name": "Club for all"}}, written)
    assert json.loads((tmp_path / "a.json").read_text())["name"] == "Club for all"
    assert list(written) == ["a.json"]
    # Without the preview's memory every file is written.
    write_files(tmp_path, {"a.json": record})
    assert json.loads((tmp_path / "a.json").read_text()) == record
