"""Importing Open Referral UK JSON: clean YAML, a useful summary, and a faithful round trip."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import REPO, SITES, copy_site
from signpost.cli.import_oruk import _progress, import_services, main
from signpost.cli.main import main as cli_main
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.load import Directory, load_directory
from signpost.openreferral.export import export_files, write_files
from signpost.openreferral.mapping import map_service
from signpost.openreferral.places import tidy_phone
from signpost.openreferral.read import Reader, Record
from signpost.openreferral.yaml_out import slug

ORUK = Path(__file__).parent / "fixtures" / "oruk"
AWKWARD = ORUK / "awkward"
EXPECTED = AWKWARD / "expected"
TODAY = dt.date(2026, 11, 27)


def _round_trip(source: Path, tmp_path: Path) -> tuple[Directory, Directory, list[str]]:
    original = load_directory(source, today=TODAY)
    assert original.problems == [] and original.taxonomy is not None
    files = export_files(original.entries, original.taxonomy, "Testshire Council", "Testshire")
    write_files(tmp_path / "site", files)
    into = tmp_path / "directory"
    into.mkdir()
    shutil.copy(source / "_taxonomy.yml", into / "_taxonomy.yml")
    summary = import_services(tmp_path / "site" / "openreferral", into, today=TODAY)
    return original, load_directory(into, today=TODAY), summary.lines()


@pytest.mark.parametrize("source", [REPO / "directory", SITES / "basic" / "directory"])
def test_export_then_import_gives_back_the_same_services(source: Path, tmp_path: Path) -> None:
    original, imported, lines = _round_trip(source, tmp_path)
    count = len(original.entries)
    no_place = sum(not entry.service.locations for entry in original.entries)
    assert lines == [
        f"Read {count} services ({2 * count} records); recognised as {count} ORUK 3.0 / HSDS 3.0.",
        f"Written {count}, skipped 0 (already exists: use --update to replace), needs attention 0.",
        f"{no_place} services have no place to visit in the ORUK data (0 give a postcode in "
        "their text, offered at the end of the file): add one where families go to a place.",
    ]
    assert imported.problems == []
    by_name = {entry.service.name: entry.service for entry in imported.entries}
    assert len(by_name) == count
    for entry in original.entries:
        back = by_name[entry.service.name]
        before, after = entry.service.model_dump(), back.model_dump()
        assert {k: (before[k], after[k]) for k in before if before[k] != after[k]} == {}, entry.id


def test_the_demo_ids_come_back_from_the_names(tmp_path: Path) -> None:
    original, imported, _ = _round_trip(REPO / "directory", tmp_path)
    assert {e.id for e in imported.entries} == {slug(e.service.name) for e in original.entries}


def _import_awkward(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    shutil.copytree(AWKWARD, tmp_path / "awkward", ignore=shutil.ignore_patterns("expected"))
    (tmp_path / "directory").mkdir()
    shutil.copy(ORUK / "_taxonomy.yml", tmp_path / "directory" / "_taxonomy.yml")
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    code = main(["awkward", "--date", TODAY.isoformat()])
    return code, out.getvalue()


def test_awkward_data_imports_to_the_expected_yaml_and_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, printed = _import_awkward(tmp_path, monkeypatch)
    written = {f.name: f.read_text() for f in (tmp_path / "directory").glob("[!_]*.yml")}
    if os.environ.get("UPDATE_GOLDEN"):
        for name, text in written.items():
            (EXPECTED / name).write_text(text)
        (EXPECTED / "summary.txt").write_text(printed)
    assert code == 1
    assert printed == (EXPECTED / "summary.txt").read_text()
    expected = {f.name: f.read_text() for f in EXPECTED.glob("*.yml")}
    assert written == expected


def test_bad_input_is_described_by_file_and_field_never_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, printed = _import_awkward(tmp_path, monkeypatch)
    lines = printed.splitlines()
    assert (
        "awkward/broken.json:4: not valid JSON: Expecting property name enclosed in double "
        "quotes (column 1)" in lines
    )
    assert (
        "awkward/wrong-types.json: [0].phones: should be a list (got an object); left out" in lines
    )
    assert "awkward/wrong-types.json: [1].name: missing: not imported" in lines
    assert "Traceback" not in printed


def test_a_file_that_exists_is_kept_unless_update(tmp_path: Path) -> None:
    record = {"id": "0b6f3f0e-4d7c-4a53-9c57-2f1f3c1d2a01", "name": "Rainbow Swim"}
    (tmp_path / "in.json").write_text(json.dumps(record))
    into = tmp_path / "directory"
    first = import_services(tmp_path / "in.json", into, today=TODAY)
    assert first.written == [f"{into.as_posix()}/rainbow-swim.yml"]
    (into / "rainbow-swim.yml").write_text("name: Edited by hand\n")
    again = import_services(tmp_path / "in.json", into, today=TODAY)
    assert (again.written, again.skipped) == ([], [f"{into.as_posix()}/rainbow-swim.yml"])
    assert (into / "rainbow-swim.yml").read_text() == "name: Edited by hand\n"
    import_services(tmp_path / "in.json", into, update=True, today=TODAY)
    assert (into / "rainbow-swim.yml").read_text() == "name: Edited by hand\n", "edit kept"
    record["name"] = "Rainbow Swim Club"
    (tmp_path / "in.json").write_text(json.dumps(record))
    summary = import_services(tmp_path / "in.json", into, update=True, today=TODAY)
    assert (into / "rainbow-swim.yml").read_text() == "name: Edited by hand\n"
    assert summary.updated == [] and summary.edits_kept == 1


def test_services_with_the_same_name_get_different_files(tmp_path: Path) -> None:
    same = [{"id": f"id-{n}", "name": "Stay & Play"} for n in range(3)]
    (tmp_path / "in.json").write_text(json.dumps(same))
    summary = import_services(tmp_path / "in.json", tmp_path / "d", today=TODAY)
    assert [Path(p).name for p in summary.written] == [
        "stay-and-play.yml",
        "stay-and-play-2.yml",
        "stay-and-play-3.yml",
    ]


def test_phone_numbers_are_written_as_quoted_text(tmp_path: Path) -> None:
    record = {"id": "x", "name": "Ring Us", "phones": [{"id": "p", "number": "01632960123"}]}
    (tmp_path / "in.json").write_text(json.dumps(record))
    import_services(tmp_path / "in.json", tmp_path / "d", today=TODAY)
    assert '  phone: "01632960123"\n' in (tmp_path / "d" / "ring-us.yml").read_text()


@pytest.mark.parametrize(
    ("given", "tidy"),
    [
        ("01632 960123", "01632 960123"),
        ("+44 (0)1632 960 777", "01632 960777"),
        ("+441632960777", "01632 960777"),
        ("Tel: 07700-900-777", "07700 900777"),
        ("0300.123.4567", "0300 123 4567"),
        ("1632960123", "01632 960123"),
        ("12345", "12345"),
        ("ring reception", "ring reception"),
    ],
)
def test_phone_numbers_are_tidied_only_when_sure(given: str, tidy: str) -> None:
    assert tidy_phone(given) == tidy


@pytest.mark.parametrize(
    ("name", "file_id"),
    [
        ("Children's Sensory Play", "childrens-sensory-play"),
        ("Stay & Play", "stay-and-play"),
        ("Café Ñandú — 2 Go!", "cafe-nandu-2-go"),
        ("!!!", "service"),
    ],
)
def test_file_ids_are_made_from_names(name: str, file_id: str) -> None:
    assert slug(name) == file_id


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_is_shown_only_on_a_terminal_and_for_many_services() -> None:
    terminal, piped, few = _Stream(True), _Stream(False), _Stream(True)
    for n in range(1, 101):
        _progress(n, 100, terminal)
        _progress(n, 100, piped)
    for n in range(1, 11):
        _progress(n, 10, few)
    assert (
        terminal.getvalue() == "\rImporting services: 50 of 100\rImporting services: 100 of 100\n"
    )
    assert piped.getvalue() == few.getvalue() == ""


def _mapped(record: dict[str, object]) -> dict[str, object]:
    found = Record("in.json", "", record)
    item = map_service(found, Reader(found), None)
    assert item is not None
    return item.data


@pytest.mark.parametrize(
    ("description", "summary", "rest"),
    [
        (
            "We run a club for disabled children.\n\n\n\nRest of it.\n\n\n    code-like",
            "We run a club for disabled children.",
            "Rest of it.\n\ncode-like\n",
        ),
        (
            "We run a club for disabled children. Second sentence.",
            "We run a club for disabled children.",
            "Second sentence.\n",
        ),
        ("One line.\n\nRest of it.", None, "One line.\n\nRest of it.\n"),
        ("<br><p> </p>", None, None),
        (" ".join(["word"] * 40) + ".", None, " ".join(["word"] * 40) + ".\n"),
    ],
)
def test_the_summary_is_the_first_paragraph_or_sentence(
    description: str, summary: str | None, rest: str | None
) -> None:
    data = _mapped({"name": "X", "description": description})
    assert (data.get("summary"), data.get("description")) == (summary, rest)


def test_signpost_import_oruk_writes_into_the_directory_of_root(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = {"id": "0b6f3f0e-4d7c-4a53-9c57-2f1f3c1d2a01", "name": "Rainbow Swim"}
    (tmp_path / "in.json").write_text(json.dumps(record))
    root = tmp_path / "offer"
    (root / "directory").mkdir(parents=True)
    shutil.copy(ORUK / "_taxonomy.yml", root / "directory" / "_taxonomy.yml")
    code = cli_main(["import-oruk", str(tmp_path / "in.json"), "--root", str(root)])
    assert (root / "directory" / "rainbow-swim.yml").is_file()
    assert code == 0
    assert "Written 1" in capsys.readouterr().out


def test_a_line_break_in_a_value_stays_inside_the_comment(tmp_path: Path) -> None:
    record = {
        "id": "x",
        "name": "Rainbow Swim",
        "status": "inactive\nsummary: injected\r\x85\u2028organisation: also injected",
        "funding": [{"source": "a\nb: c"}],
        "phones": [{"number": "01632 960123\nareas: [north]", "type": "voice"}],
    }
    (tmp_path / "in\nname: evil.json").write_text(json.dumps(record))
    import_services(tmp_path / "in\nname: evil.json", tmp_path / "d", today=TODAY)
    text = (tmp_path / "d" / "rainbow-swim.yml").read_text()
    header = text.split("name: Rainbow Swim")[0]
    assert all(line.startswith("# ") for line in header.splitlines()), header
    assert "inactive summary: injected" in header
    doc = parse_text(text, "rainbow-swim.yml")
    assert isinstance(doc, Document)
    assert set(doc.data) == {"name", "contact", "status"}
    assert doc.data["name"] == "Rainbow Swim"


def test_a_link_where_a_file_would_go_is_never_written_through(tmp_path: Path) -> None:
    record = {"id": "x", "name": "Rainbow Swim"}
    (tmp_path / "in.json").write_text(json.dumps(record))
    into = tmp_path / "d"
    into.mkdir()
    outside = tmp_path / "outside.txt"
    (into / "rainbow-swim.yml").symlink_to(outside)  # dangling: not there yet
    summary = import_services(tmp_path / "in.json", into, today=TODAY)
    assert not outside.exists()
    label = f"{into.as_posix()}/rainbow-swim.yml"
    assert summary.written == []
    assert summary.input_problems[-1] == (
        f"{label}: is a link to {outside}: not written; remove the link, or write elsewhere"
    )
    outside.write_text("secret\n")
    summary = import_services(tmp_path / "in.json", into, update=True, today=TODAY)
    assert outside.read_text() == "secret\n"
    assert summary.written == [] and "is a link to" in summary.input_problems[-1]


def test_update_replaces_the_file_itself(tmp_path: Path) -> None:
    record = {"id": "x", "name": "Rainbow Swim"}
    (tmp_path / "in.json").write_text(json.dumps(record))
    into = tmp_path / "d"
    import_services(tmp_path / "in.json", into, today=TODAY)
    import_services(tmp_path / "in.json", into, update=True, today=TODAY)
    assert sorted(p.name for p in into.iterdir()) == ["_import-state.json", "rainbow-swim.yml"]


def test_a_name_too_long_for_a_file_is_shortened_with_a_stable_suffix(tmp_path: Path) -> None:
    name = " ".join(["Riverside"] * 30)  # 299 characters
    records = [{"id": "a", "name": name}, {"id": "b", "name": name + " Too"}]
    (tmp_path / "in.json").write_text(json.dumps(records))
    summary = import_services(tmp_path / "in.json", tmp_path / "d", today=TODAY)
    first, second = (Path(p).stem for p in summary.written)
    assert len(first) <= 120 and first.startswith("riverside-riverside-")
    assert first != second and first.rsplit("-", 1)[0] == second.rsplit("-", 1)[0]
    again = import_services(tmp_path / "in.json", tmp_path / "e", today=TODAY)
    assert [Path(p).stem for p in again.written] == [first, second]


def test_control_and_zero_width_characters_never_reach_the_file(tmp_path: Path) -> None:
    record = {
        "id": "x",
        "name": "Rainbow\u200b Swim\x03",
        "organization": {"name": "Northshire\ufeff Leisure\x0b"},
        "description": "<p>Swimming for disabled children of every age.\x03</p><p>Fun\u200b.</p>",
    }
    (tmp_path / "in.json").write_text(json.dumps(record))
    import_services(tmp_path / "in.json", tmp_path / "d", today=TODAY)
    text = (tmp_path / "d" / "rainbow-swim.yml").read_text()
    assert not any(c in text for c in "\x03\x0b\u200b\ufeff")
    doc = parse_text(text, "rainbow-swim.yml")
    assert isinstance(doc, Document)
    assert (doc.data["name"], doc.data["organisation"]) == ("Rainbow Swim", "Northshire Leisure")


def test_a_postcode_in_the_text_is_offered_as_a_location_to_confirm(tmp_path: Path) -> None:
    text = "<p>A stay and play for under fives.</p><p>Find us at Riverside Centre, 1 River Road, "
    record = {"id": "x", "name": "Stay", "description": text + "Hollinford NQ1 2AB.</p>"}
    (tmp_path / "in.json").write_text(json.dumps(record))
    summary = import_services(tmp_path / "in.json", tmp_path / "d", today=TODAY)
    written = (tmp_path / "d" / "stay.yml").read_text()
    assert written.endswith(
        "# locations:\n"
        "#   - name: Riverside Centre\n"
        "#     address: 1 River Road, Hollinford\n"
        "#     postcode: NQ1 2AB\n"
    )
    assert "#   - locations: none in the ORUK data, but the description gives NQ1 2AB" in written
    assert "1 services have no place to visit in the ORUK data (1 give a postcode" in "\n".join(
        summary.lines()
    )


def test_records_sharing_an_id_are_both_kept_and_named(tmp_path: Path) -> None:
    records = [
        {"id": "same", "name": "Rainbow Swim"},
        {"id": "same", "name": "Rainbow Dance"},
        {"id": "twice", "name": "Teen Talk"},
        {"id": "twice", "name": "Teen Talk", "email": "talk@example.org"},
    ]
    (tmp_path / "in.json").write_text(json.dumps(records))
    summary = import_services(tmp_path / "in.json", tmp_path / "d", today=TODAY)
    assert sorted(Path(p).name for p in summary.written) == [
        "rainbow-dance.yml",
        "rainbow-swim.yml",
        "teen-talk.yml",
    ]
    assert "email: talk@example.org" in (tmp_path / "d" / "teen-talk.yml").read_text()
    duplicates = [line for line in summary.input_problems if "is also used by" in line]
    assert duplicates == [
        f'{tmp_path.as_posix()}/in.json: [1].id: the id "same" is also used by '
        f"{tmp_path.as_posix()}/in.json [0], with different details: both imported; "
        "check whether they are the same service"
    ]


def test_the_csv_report_lists_every_item_with_an_empty_assigned_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _import_awkward(tmp_path, monkeypatch)
    rows = list(csv.DictReader((tmp_path / "reports" / "import-oruk.csv").open()))
    assert list(rows[0]) == ["file", "line", "field", "what_to_do", "kind", "assigned_to"]
    assert {row["assigned_to"] for row in rows} == {""}
    by_kind = {kind: [r for r in rows if r["kind"] == kind] for kind in {r["kind"] for r in rows}}
    assert {
        "file": "awkward/wrong-types.json",
        "line": "",
        "field": "[1].name",
        "what_to_do": "missing: not imported",
        "kind": "could not read",
        "assigned_to": "",
    } in rows
    assert {
        "file": "directory/teen-talk-group.yml",
        "line": "",
        "field": "areas",
        "what_to_do": "missing in the ORUK data; choose the areas it covers from "
        "directory/_taxonomy.yml",
        "kind": "fill in",
        "assigned_to": "",
    } in rows
    assert any(r["field"] == "funding" for r in by_kind["not imported"])
    assert any(r["field"] == "contact.phone" for r in by_kind["check"])
    assert len(by_kind["not in the taxonomy"]) == 3


def test_the_summary_counts_the_plain_english_problems_a_build_will_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    record = {
        "id": "x",
        "name": "Rainbow Swim",
        "description": "<p>FREE swimming with our SALT team for disabled children.</p>",
    }
    (tmp_path / "in.json").write_text(json.dumps(record))
    cli_main(["import-oruk", str(tmp_path / "in.json"), "--root", str(root)])
    out = capsys.readouterr().out
    assert (
        "Plain English: 1 problems in 1 files that the build will report (listed in the "
        "report); signpost glossary suggest lists the acronyms to explain."
    ) in out.splitlines()
    rows = list(csv.DictReader((root / "reports" / "import-oruk.csv").open()))
    assert [r["what_to_do"] for r in rows if r["kind"] == "plain English"] == [
        '"SALT" is not in the glossary: add it to content/glossary.yml or write it out in full'
    ]
    assert "status: draft" in (root / "directory" / "rainbow-swim.yml").read_text()


def test_every_kind_of_opening_time_survives_the_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    services = Path(__file__).parent / "fixtures" / "services"
    shutil.copy(services / "_taxonomy.yml", source / "_taxonomy.yml")
    shutil.copy(services / "valid" / "full.yml", source / "full.yml")
    original, imported, _ = _round_trip(source, tmp_path / "out")
    before, after = original.entries[0].service, imported.entries[0].service
    assert before.times and before.phone_times and before.locations[1].times
    assert before.local_offer is not None
    assert after.model_dump() == before.model_dump()
