"""Importing Open Referral UK JSON: clean YAML, a useful summary, and a faithful round trip."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import REPO, SITES
from signpost.cli.main import main as cli_main
from signpost.directory.load import Directory, load_directory
from signpost.openreferral.export import export_files, write_files
from signpost.openreferral.html import html_to_markdown
from signpost.openreferral.importer import _progress, import_services, main
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
    assert lines == [
        f"Read {count} services ({2 * count} records).",
        f"Written {count}, skipped 0 (already exists: use --update to replace), needs attention 0.",
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
    assert "name: Rainbow Swim\n" in (into / "rainbow-swim.yml").read_text()


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


def test_html_becomes_markdown_keeping_paragraphs_lists_and_safe_links() -> None:
    html = (
        "<h2>About</h2><p>We <b>help</b> families&nbsp;&amp; carers.</p>"
        '<ol><li>Ring us</li><li>Visit <a href="https://example.org">our site</a></li></ol>'
        '<p><a href="javascript:alert(1)">Click</a><script>alert(2)</script><br>Bye</p>'
    )
    assert html_to_markdown(html) == (
        "About\n\nWe help families & carers.\n\n1. Ring us\n2. Visit [our site](https://example.org)"
        "\n\nClick\nBye"
    )


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
            "One line.\n\n\n\nRest of it.\n\n\n    code-like",
            "One line.",
            "Rest of it.\n\n\n    code-like\n",
        ),
        ("First. Second sentence.", "First.", "First. Second sentence.\n"),
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
