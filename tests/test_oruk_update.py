"""`import-oruk --update`: only what changed in the feed changes, and editors' edits are kept."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from signpost.cli.import_oruk import import_services
from signpost.core.yaml_source import Document, parse_text
from signpost.openreferral.update import STATE_FILE, ImportState

TODAY = dt.date(2026, 11, 27)
V1 = {
    "id": "svc-1",
    "name": "Rainbow Swim",
    "description": "<p>Quiet swimming sessions for disabled children.</p><p>Small groups.</p>",
    "fees_description": "Free",
    "email": "swim@example.org",
    "phones": [{"number": "01632 960111", "type": "voice"}],
    "assured_date": "2026-10-01",
}


def _import(tmp_path: Path, record: dict[str, object], *, update: bool = False) -> object:
    (tmp_path / "in.json").write_text(json.dumps(record))
    return import_services(tmp_path / "in.json", tmp_path / "d", update=update, today=TODAY)


def _data(file: Path) -> dict[str, object]:
    doc = parse_text(file.read_text(), file.name)
    assert isinstance(doc, Document)
    return doc.data


def test_update_changes_what_the_feed_changed_and_keeps_what_editors_changed(
    tmp_path: Path,
) -> None:
    _import(tmp_path, V1)
    file = tmp_path / "d" / "rainbow-swim.yml"
    edited = file.read_text().replace(
        "cost: Free", "# Checked with the pool in November.\ncost: £2 a session"
    )
    file.write_text(edited + "opening_times: Saturdays, 9am to 10am\n")
    v2 = {
        **V1,
        "fees_description": "£1 a session",
        "phones": [{"number": "01632 960222", "type": "voice"}],
        "url": "https://example.org/swim",
    }
    summary = _import(tmp_path, v2, update=True)
    data = _data(file)
    assert data["contact"] == {
        "phone": "01632 960222",
        "email": "swim@example.org",
        "website": "https://example.org/swim",
    }, "changed in the feed, not edited here: updated"
    assert data["cost"] == "£2 a session", "edited here and changed in the feed: kept"
    assert data["opening_times"] == "Saturdays, 9am to 10am", "added here: kept"
    assert "# Checked with the pool in November.\n" in file.read_text(), "comments kept"
    assert data["summary"] == "Quiet swimming sessions for disabled children."
    assert summary.updated == [file.as_posix()]
    assert summary.fields_updated == 2
    assert [str(row) for row in summary.rows if "edited here" in row.todo] == [
        f'{file.as_posix()}: cost: the feed now says "£1 a session", but it was edited here '
        "since the last import: kept as it is; check which is right"
    ]


def test_an_unchanged_feed_leaves_every_file_alone(tmp_path: Path) -> None:
    _import(tmp_path, V1)
    file = tmp_path / "d" / "rainbow-swim.yml"
    file.write_text(file.read_text().replace("Small groups.", "Small groups of four."))
    before = file.read_text()
    summary = _import(tmp_path, V1, update=True)
    assert file.read_text() == before
    assert summary.updated == [] and summary.written == []


def test_the_state_records_each_service_file_and_what_the_feed_said(tmp_path: Path) -> None:
    _import(tmp_path, V1)
    state = ImportState.load(tmp_path / "d")
    assert state.file_of("svc-1") == "rainbow-swim.yml"
    assert state.fields_of("svc-1")["contact.phone"] == "01632 960111"
    assert (tmp_path / "d" / STATE_FILE).is_file()


def test_a_state_file_cannot_point_outside_the_folder(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    evil = {"services": {"svc-1": {"file": "../outside.yml", "fields": {}}}}
    (tmp_path / "d" / STATE_FILE).write_text(json.dumps(evil))
    (tmp_path / "outside.yml").write_text("name: Mine\n")
    _import(tmp_path, V1, update=True)
    assert (tmp_path / "outside.yml").read_text() == "name: Mine\n"
    assert (tmp_path / "d" / "rainbow-swim.yml").is_file()
