"""`signpost new service`: a commented template whose blanks `signpost check` points at."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from pathlib import Path

import pytest
from conftest import REPO, copy_site
from signpost.cli.main import main
from signpost.cli.new import SCHEMA_LINE, service_id_for, service_template
from signpost.core.yaml_source import Document, parse_text
from signpost.directory.load import load_directory
from signpost.directory.schema import field_notes

NAME = "Riverside Saturday Club"
FILE = "directory/riverside-saturday-club.yml"
BLANK = "is empty: fill it in, or remove the line if it is optional"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A small Local Offer without the Riverside Saturday Club."""
    site = copy_site("basic", tmp_path / "root")
    (site / FILE).unlink()
    return site


def test_new_service_writes_a_commented_yaml_file(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "service", NAME, "--root", str(root)]) == 0
    assert capsys.readouterr().out == f"wrote {FILE}: fill in each blank, then run signpost check\n"
    text = (root / FILE).read_text()
    assert text.splitlines()[0] == SCHEMA_LINE
    doc = parse_text(text, FILE)
    assert isinstance(doc, Document)
    assert doc.data["name"] == NAME
    assert doc.data["last_reviewed"] == dt.date.today()
    assert "#   short-breaks, health, information-advice" in text, "lists the taxonomy's ids"


def test_check_tells_the_editor_each_blank_to_fill_in(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["new", "service", NAME, "--root", str(root)])
    capsys.readouterr()
    assert main(["check", "--root", str(root)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{FILE}:10: organisation: {BLANK}",
        f"{FILE}:13: summary: {BLANK}",
        f"{FILE}:19: description: {BLANK}",
        f"{FILE}:29: categories: needs at least one item",
        f"{FILE}:38: areas: needs at least one item",
        f"{FILE}:41: age.max: should be a whole number, like 5",
        f"{FILE}:41: age.min: should be a whole number, like 5",
        f"{FILE}:44: cost: {BLANK}",
        f"{FILE}:47: how_to_access: {BLANK}",
        f"{FILE}:53: contact.phone: {BLANK}",
        f"{FILE}:54: contact.text: {BLANK}",
        f"{FILE}:55: contact.email: {BLANK}",
        f"{FILE}:56: contact.website: {BLANK}",
        "checked 7 services, 3 pages: 13 problems to fix",
    ]


def test_once_the_blanks_are_filled_in_the_service_passes(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["new", "service", NAME, "--root", str(root)])
    file = root / FILE
    filled = {
        'organisation: ""': "organisation: Riverside Families Trust",
        'summary: ""': "summary: Play sessions on Saturdays for disabled children aged 5 to 11.",
        'description: ""': "description: We run play sessions with trained staff.",
        "categories: []": "categories: [short-breaks]",
        "areas: []": "areas: [north]",
        "age: {min: , max: }": "age: {min: 5, max: 11}",
        'cost: ""': "cost: Free",
        'how_to_access: ""': "how_to_access: Ring us to book a place.",
        'phone: ""': 'phone: "01632 960123"',
        '  text: ""\n': "",
        'email: ""': "email: hello@example.org",
        '  website: ""\n': "",
    }
    text = file.read_text()
    for blank, value in filled.items():
        assert blank in text
        text = text.replace(blank, value)
    file.write_text(text)
    capsys.readouterr()
    assert main(["check", "--root", str(root)]) == 0
    assert capsys.readouterr().out == "checked 7 services, 3 pages: no problems\n"


def test_an_existing_file_is_never_replaced(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (root / FILE).write_text("name: Mine\n")
    assert main(["new", "service", NAME, "--root", str(root)]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"signpost new: {FILE} already exists, so it was left as it is: "
        "edit that file, or choose a different name\n"
    )
    assert (root / FILE).read_text() == "name: Mine\n"


def test_a_name_without_letters_is_refused(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "service", "!!!", "--root", str(root)]) == 1
    assert capsys.readouterr().err == (
        'signpost new: "!!!" has no letters or digits to name the file after\n'
    )


def test_file_names_are_lowercase_words_joined_by_hyphens() -> None:
    assert service_id_for("Sunny Café & Friends (Tuesdays)") == "sunny-cafe-friends-tuesdays"


def test_help_is_written_for_editors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["new", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert 'signpost new service "Riverside Saturday Club"\n' in out
    assert "writes directory/riverside-saturday-club.yml" in out


def test_the_worked_example_in_contributing_is_a_valid_service(tmp_path: Path) -> None:
    guide = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    block = guide.split("   ```yaml\n", 1)[1].split("   ```\n", 1)[0]
    folder = tmp_path / "directory"
    folder.mkdir()
    shutil.copy(REPO / "directory" / "_taxonomy.yml", folder / "_taxonomy.yml")
    example = textwrap.dedent(block)
    assert example.startswith(SCHEMA_LINE)
    (folder / "riverside-saturday-club.yml").write_text(example)
    directory = load_directory(folder, "directory", dt.date(2026, 11, 28))
    assert [str(p) for p in directory.problems] == []
    assert [e.id for e in directory.entries] == ["riverside-saturday-club"]


def test_the_template_explains_each_field_in_the_words_of_the_model() -> None:
    text = service_template("Club", "club", None, dt.date(2026, 11, 29))
    for name, note in field_notes().items():
        assert f"# {note}" in text, f"the note for {name} comes from the model"
    assert text.index("name:") < text.index("organisation:") < text.index("last_reviewed:")


def test_new_never_writes_through_a_link(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside.txt"
    (root / FILE).symlink_to(outside)  # dangling: exists() is False
    assert main(["new", "service", NAME, "--root", str(root)]) == 1
    assert not outside.exists()
    assert f"{FILE} is a link to {outside}" in capsys.readouterr().err


def test_new_shortens_a_name_too_long_for_a_file(root: Path) -> None:
    name = " ".join(["Riverside"] * 30)
    assert main(["new", "service", name, "--root", str(root)]) == 0
    (made,) = (root / "directory").glob("riverside-riverside-*.yml")
    assert len(made.stem) <= 120
    assert made.stem == service_id_for(name)
