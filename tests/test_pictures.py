"""The picture library: loading, checking drawings, and finding the picture that fits."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO
from signpost.easy_read.pictures import load_library

SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path d="M0 0h9"/></svg>'


def _library(tmp_path: Path, entries: str, drawings: dict[str, str]) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "library.yml").write_text("pictures:\n" + entries)
    for name, text in drawings.items():
        (folder / name).write_text(text)
    return folder


def test_the_demo_library_is_complete_and_every_drawing_only_draws() -> None:
    library, problems = load_library(REPO / "pictures", REPO)
    assert problems == []
    assert library is not None
    assert {"easy-read", "information", "plan", "phone", "parents"} <= set(library.pictures)


def test_pictures_fitting_words_longest_word_first() -> None:
    library, _ = load_library(REPO / "pictures", REPO)
    assert library is not None
    assert library.fitting("You can get a bus pass.")[0] == "bus"
    assert library.fitting("Short breaks and things to do")[0] == "rest"
    assert library.fitting("zzz") == []


def test_a_suggestion_names_the_closest_picture_or_those_the_words_fit() -> None:
    library, _ = load_library(REPO / "pictures", REPO)
    assert library is not None
    assert library.suggestion(":picture-pone:", "Anything") == 'use ":picture-phone:"'
    assert library.suggestion(":material-bus:", "Go by train.") == 'use ":picture-train:"'
    assert library.suggestion(":x:", "zzz") == "add a picture to pictures/library.yml and use it"


def test_get_knows_only_library_shortcodes() -> None:
    library, _ = load_library(REPO / "pictures", REPO)
    assert library is not None
    assert library.get(":picture-bus:") is not None
    assert library.get(":material-bus:") is None
    assert library.get(":picture-nothing:") is None


def test_a_missing_library_is_one_problem(tmp_path: Path) -> None:
    library, problems = load_library(tmp_path / "pictures", tmp_path)
    assert library is None
    assert [str(p) for p in problems] == [
        "pictures/library.yml:1: the picture library is missing: create it with a pictures: list"
    ]


def test_links_event_handlers_and_images_are_not_drawings(tmp_path: Path) -> None:
    entries = "".join(f"  {n}:\n    alt: A {n}\n    words: [{n}]\n" for n in ("a", "b", "c", "d"))
    folder = _library(
        tmp_path,
        entries,
        {
            "a.svg": SVG,
            "b.svg": SVG.replace("<path", '<path onclick="x()"'),
            "c.svg": SVG.replace('<path d="M0 0h9"/>', '<image href="https://example.org/x.png"/>'),
            "d.svg": "<svg",
        },
    )
    library, problems = load_library(folder, tmp_path)
    assert library is not None
    assert [f"{p.line}: {p.message}" for p in problems] == [
        "5: b.svg has <path> onclick: a picture may only draw shapes",
        "8: c.svg has <image> href: a picture may only draw shapes",
        "11: d.svg is not a valid SVG: unclosed token: line 1, column 0",
    ]
