"""Data for the easy read templates: pictures in Markdown, the home page and the review pack."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import REPO
from signpost.directory.load import load_directory
from signpost.easy_read.pictures import PictureLibrary, load_library
from signpost.easy_read.rules import page_ideas
from signpost.easy_read.sign_off import SignOff
from signpost.easy_read.views import (
    PictureView,
    page_link,
    page_pack_item,
    picture_files,
    service_groups,
    service_ideas,
    service_pack_items,
    with_pictures,
)


@pytest.fixture(scope="module")
def library() -> PictureLibrary:
    found, _ = load_library(REPO / "pictures", REPO)
    assert found is not None
    return found


def test_shortcodes_become_images_relative_to_the_page(library: PictureLibrary) -> None:
    markdown = "# Travel\n\n:picture-bus: Go by bus.\n\n:picture-nothing: Stay.\n"
    assert with_pictures(markdown, library, "easy-read/travel.md") == (
        "# Travel\n\n"
        '![A bus](../assets/pictures/bus.svg){ .app-picture width="64" height="64" } Go by bus.\n\n'
        ":picture-nothing: Stay.\n"
    )
    top = with_pictures(":picture-bus: Go.", library, "travel.md")
    assert top.startswith("![A bus](assets/pictures/bus.svg)")


def test_every_picture_is_published_from_its_file(library: PictureLibrary) -> None:
    files = dict(picture_files(library))
    assert files["assets/pictures/bus.svg"] == str(REPO / "pictures" / "bus.svg")
    assert len(files) == len(library.pictures)


def test_a_page_link_shows_the_picture_of_its_first_idea(library: PictureLibrary) -> None:
    ideas = page_ideas("# T\n\n:picture-plan: Your plan.\n\n:picture-bus: A bus.\n")
    link = page_link("Plans", "easy-read/plans/", ideas, library)
    assert link.picture == PictureView(
        "assets/pictures/plan.svg", "A sheet of paper with writing on it"
    )
    assert page_link("Empty", "x/", [], library).picture is None


def test_the_pack_has_a_picture_for_every_idea(library: PictureLibrary) -> None:
    ideas = page_ideas(":picture-plan: Your plan.\n\n:material-bus: A bus goes far.\n")
    item = page_pack_item("Plans", "p/", SignOff(None, None, True), ideas, library)
    assert item.status == "waiting"
    # A picture not in the library (the rules report it) is replaced by one its words fit.
    assert [(i.text, i.picture.url if i.picture else None) for i in item.ideas] == [
        ("Your plan.", "assets/pictures/plan.svg"),
        ("A bus goes far.", "assets/pictures/bus.svg"),
    ]


def test_services_with_easy_read_are_grouped_by_category_with_pictures(
    library: PictureLibrary,
) -> None:
    directory = load_directory(REPO / "directory", "directory", dt.date(2026, 11, 29))
    groups = service_groups(directory.entries, directory.taxonomy, library)
    names = {link.text for group in groups for link in group.links}
    with_easy_read = {e.service.name for e in directory.entries if e.service.easy_read}
    assert names == with_easy_read
    assert all(group.picture is not None for group in groups)
    assert all(link.picture is not None for group in groups for link in group.links)
    assert all(link.url.endswith("/#easy-read") for group in groups for link in group.links)
    pack = service_pack_items(directory.entries, library)
    assert {item.title for item in pack} == with_easy_read
    assert all(idea.picture for item in pack for idea in item.ideas)


def test_a_service_summary_is_shown_idea_by_idea_with_the_picture_its_words_fit(
    library: PictureLibrary,
) -> None:
    ideas = service_ideas("We go by **bus**.\n\nIt is <b>free</b>.", library)
    assert [(i.picture.url if i.picture else None, str(i.html)) for i in ideas] == [
        ("assets/pictures/bus.svg", "<p>We go by <strong>bus</strong>.</p>"),
        ("assets/pictures/free.svg", "<p>It is &lt;b&gt;free&lt;/b&gt;.</p>"),
    ]
