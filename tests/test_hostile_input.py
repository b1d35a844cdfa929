"""Hostile and broken input gives problems naming the file, never a traceback (issue 17)."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
from conftest import build, copy_site
from signpost.core.yaml_source import load_document, parse_text
from signpost.directory.load import load_directory
from signpost.openreferral.read import read_file
from signpost.participation.load import load_participation
from signpost.website.settings import Council
from test_site_participation import add_participation

SITES = Path(__file__).parent / "fixtures" / "sites"
PARTICIPATION = Path(__file__).parent / "fixtures" / "participation"
TODAY = dt.date(2026, 11, 28)
LINE = "we_did: We help young people who cannot travel on their own."
AREAS = {"areas": {"north", "south"}, "accessibility": {"step-free", "hearing-loop"}}


def directory_with(tmp_path: Path, **files: str) -> list[str]:
    """Load the basic fixture's directory with extra service files; return every problem."""
    folder = tmp_path / "directory"
    shutil.copytree(SITES / "basic" / "directory", folder)
    for name, text in files.items():
        (folder / f"{name}.yml").write_text(text, encoding="utf-8")
    return [str(p) for p in load_directory(folder, "directory", TODAY).problems]


def service(**changes: str) -> str:
    """Return a valid service file, with some lines replaced (values written as YAML)."""
    fields = {
        "name": "Hollinford Swim Club",
        "organisation": "Hollinford Leisure",
        "summary": "Swimming for disabled children.",
        "description": "We swim on Sundays.",
        "categories": "[short-breaks]",
        "areas": "[north]",
        "age": "{min: 5, max: 11}",
        "cost": "Free",
        "how_to_access": "Ring us.",
        "contact": '{phone: "01632 960123"}',
        "last_reviewed": "2026-10-01",
    } | changes
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


# Finding 5: control characters, and line breaks in one-line fields.
@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"description": '"We swim\\x01 on Sundays."'},
            "directory/swim.yml:4: description: has a hidden control character (U+0001) at "
            "character 8: delete that part and type it again",
        ),
        (
            {"cost": '"Free\\vfor carers"'},
            "directory/swim.yml:8: cost: has a hidden control character (U+000B)",
        ),
        (
            {"how_to_access": '"Ring\\0 us."'},
            "directory/swim.yml:9: how_to_access: has a hidden control character (U+0000)",
        ),
        (
            {"name": '"Hollinford\\nSwim Club"'},
            "directory/swim.yml:1: name: should be on one line: remove the line break",
        ),
        (
            {"contact": '{phone: "01632\\r960123"}'},
            "directory/swim.yml:10: contact.phone: has a hidden control character (U+000D",
        ),
    ],
)
def test_control_characters_and_line_breaks_are_problems(
    tmp_path: Path, changes: dict[str, str], expected: str
) -> None:
    problems = directory_with(tmp_path, swim=service(**changes))
    assert any(p.startswith(expected) for p in problems), problems


def test_tabs_and_line_breaks_in_long_text_are_fine(tmp_path: Path) -> None:
    text = service(description='"We swim.\\n\\nBring a towel.\\tAnd a smile."')
    assert directory_with(tmp_path, swim=text) == []


def test_a_line_break_in_an_event_title_or_control_code_in_a_reply_is_a_problem(
    tmp_path: Path,
) -> None:
    root = tmp_path / "participation"
    shutil.copytree(PARTICIPATION / "valid", root)
    shutil.copy(PARTICIPATION / "themes.yml", root / "themes.yml")
    event = root / "events" / "winter-social.yml"
    event.write_text(event.read_text().replace("title: Winter", 'title: "Winter\\n'))
    event.write_text(event.read_text().replace("& party", '& party"'))
    said = root / "you-said-we-did" / "free-buses.yml"
    said.write_text(said.read_text().replace(LINE, 'we_did: "We help\\x0cyoung people."'))
    found = [str(p) for p in load_participation(root, AREAS, TODAY).problems]
    assert found[0].startswith(
        "participation/events/winter-social.yml:1: title: should be on one line"
    ), found
    assert "free-buses.yml" in found[1] and "U+000C" in found[1], found


def test_a_carriage_return_in_the_council_name_is_a_problem() -> None:
    settings = {"name": "Northshire\rCouncil", "area": "Northshire", "phone": "01632 960000"}
    settings |= {"email": "a@example.org", "address": "County Hall"}
    with pytest.raises(ValueError, match=r"U\+000D"):
        Council.model_validate(settings)


def test_a_build_with_an_event_title_on_two_lines_reports_it_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_site("basic", tmp_path / "root")
    add_participation(root)
    event = root / "participation" / "events" / "winter-social.yml"
    event.write_text(
        event.read_text().replace("title: Winter get-together & party", 'title: "A\\nB"')
    )
    said = root / "participation" / "you-said-we-did" / "free-buses.yml"
    said.write_text(said.read_text().replace(LINE, 'we_did: "\\x01We help young people."'))
    monkeypatch.setenv("SIGNPOST_TODAY", "2026-11-28")
    result = build(root)
    assert "Traceback" not in result.output and "AssertionError" not in result.output
    assert result.returncode == 1
    warnings = result.warnings()
    assert any(w.startswith("participation/events/winter-social.yml:1: title:") for w in warnings)
    assert any(
        w.startswith("participation/you-said-we-did/free-buses.yml:5: we_did:") for w in warnings
    )
    # Without --strict the site is built without the broken entries, and the feed is valid XML.
    assert build(root, strict=False).returncode == 0
    feed = ElementTree.parse(root / "site" / "you-said-we-did" / "feed.xml").getroot()
    assert feed.tag.endswith("feed")


# Finding 6: deep values and huge files.
def test_a_value_nested_ten_thousand_deep_is_a_problem_naming_the_file(tmp_path: Path) -> None:
    deep = "name: " + "[" * 10_000 + "]" * 10_000 + "\n"
    problems = directory_with(tmp_path, deep=deep)
    assert any(
        p.startswith("directory/deep.yml:1: values are nested more than 100 levels deep")
        for p in problems
    ), problems
    nested_maps = "a: " + "{x: " * 10_000 + "}" * 10_000
    assert "nested" in str(parse_text(nested_maps, "x.yml"))
    # Text with a line separator is read by ruamel.yaml, which took 20 s to fail on this.
    started = time.monotonic()
    slow = parse_text('x: "\u2028"\nname: ' + "[" * 2000 + "]" * 2000, "x.yml")
    assert "nested" in str(slow) and time.monotonic() - started < 2


def test_a_service_file_over_the_size_limit_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = service(description='"' + "We swim. " * 40_000 + '"')
    problems = directory_with(tmp_path, huge=huge)
    assert any(
        p.startswith("directory/huge.yml:1: the file is 351 KB, over the limit of 256 KB")
        for p in problems
    ), problems
    monkeypatch.setenv("SIGNPOST_MAX_FILE_KB", "1024")
    assert not isinstance(load_document(tmp_path / "directory" / "huge.yml", "huge.yml"), str)
    assert directory_with(tmp_path / "again", huge=huge) == []


def test_oruk_json_nested_a_hundred_thousand_deep_is_a_problem(tmp_path: Path) -> None:
    file = tmp_path / "services.json"
    file.write_text("[" * 100_000 + "]" * 100_000)
    records, problems = read_file(file, "services.json")
    assert records == []
    assert [str(p) for p in problems] == [
        "services.json:0: values are nested too deeply to read: check the file"
    ]


# Finding 7: invisible characters, direction marks and look-alike letters.
def test_names_differing_only_by_an_invisible_character_are_duplicates(tmp_path: Path) -> None:
    twin = service(name='"Club number 1\\u200b"')
    problems = directory_with(tmp_path, twin=twin)
    assert any("twin.yml:1: name: has an invisible character (U+200B" in p for p in problems)
    # The duplicate check itself must see through it, for marks a name may legitimately hold.
    from signpost.directory.load import duplicate_names

    found = duplicate_names([("a.yml", "Club\u00ad number 1"), ("b.yml", "club number 1")])
    assert [str(p) for p in found] == [
        'b.yml:1: name: "club number 1" is also the name of a.yml: is it the same service? '
        "Remove one, or make the names different so families can tell them apart"
    ]


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (
            '{phone: "01632 960\\u202e321"}',
            "contact.phone: has an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE)",
        ),
        (
            '{email: "hello\\u200d@example.org"}',
            "contact.email: has an invisible character (U+200D ZERO WIDTH JOINER)",
        ),
        (
            '{email: "hello@ex\\u0430mple.org"}',
            'contact.email: "hello@ex\u0430mple.org" mixes letters from different alphabets '
            '(Cyrillic and Latin) in "ex\u0430mple"',
        ),
        (
            '{website: "https://xn--exmple-4nf.org/"}',
            'contact.website: "https://xn--exmple-4nf.org/" mixes letters from different '
            "alphabets (Cyrillic and Latin)",
        ),
    ],
)
def test_invisible_marks_and_mixed_alphabets_in_contacts_are_problems(
    tmp_path: Path, contact: str, expected: str
) -> None:
    problems = directory_with(tmp_path, swim=service(contact=contact))
    assert any(p.startswith(f"directory/swim.yml:10: {expected}") for p in problems), problems


def test_a_domain_in_one_alphabet_is_fine(tmp_path: Path) -> None:
    contact = '{website: "https://café.example.org/", email: "hello@пример.example.org"}'
    assert directory_with(tmp_path, swim=service(contact=contact)) == []
