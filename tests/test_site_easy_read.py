"""Easy read in a real build: layout, links both ways, sign-off, review pack, strict failures."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SITES, Build, build, copy_site
from signpost.easy_read.sign_off import main as sign_off


def test_easy_read_and_standard_pages_link_to_each_other(basic_site: Build) -> None:
    easy = basic_site.html("easy-read-advice/")
    standard = basic_site.html("advice-and-support/")
    assert easy.select_one(".app-versions a")["href"] == "../advice-and-support/"
    assert easy.select_one(".app-versions a").get_text() == "Standard version: Advice and support"
    link = standard.select_one(".app-versions a")
    assert (link["href"], link.get_text()) == (
        "../easy-read-advice/",
        "Easy read version: Advice and support",
    )


def test_each_idea_has_its_picture_inside_the_easy_read_layout(basic_site: Build) -> None:
    ideas = basic_site.html("easy-read-advice/").select(".app-easy-read p")
    assert len(ideas) == 2
    assert all(p.select_one(":scope > .twemoji:first-child svg") for p in ideas)


def test_unchecked_page_says_so_and_the_review_pack_lists_it(basic_site: Build) -> None:
    easy = basic_site.html("easy-read-advice/")
    assert "have not checked this page yet" in easy.select_one(".app-sign-off").get_text()
    pack = basic_site.html("easy-read/review-pack/")
    assert pack.select_one("h2").get_text() == "Easy read: Advice and support"
    rows = [[td.get_text() for td in tr.select("td")] for tr in pack.select("tbody tr")]
    assert rows == [
        ["You can phone us for free advice.", "", ""],
        ["We are kind. We listen to you.", "", ""],
    ]


def test_signed_off_page_shows_who_checked_it_until_its_text_changes(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    page = root / "content" / "easy-read-advice.md"
    sign_off([str(page), "--by", "Testshire Young Voices", "--on", "2026-10-01"])
    result = build(root)
    assert result.returncode == 0, result.output
    text = " ".join(result.html("easy-read-advice/").select_one(".app-sign-off").get_text().split())
    assert text == "Checked by Testshire Young Voices on 1 October 2026."
    assert (
        "Every easy read page has been checked" in result.html("easy-read/review-pack/").get_text()
    )
    page.write_text(page.read_text().replace("We are kind.", "We are kind and fair."))
    result = build(root)
    text = result.html("easy-read-advice/").select_one(".app-sign-off").get_text()
    assert "We have changed it since then" in text
    assert result.html("easy-read/review-pack/").select_one("h2") is not None


def test_long_sentence_acronym_and_missing_picture_fail_with_exact_lines(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SITES / "easy-read-problems.md", root / "content" / "easy-read-problems.md")
    config = root / "mkdocs.yml"
    menu = "  - Problems: easy-read-problems.md\n  - Words we use:"
    config.write_text(config.read_text().replace("  - Words we use:", menu))
    result = build(root)
    assert result.returncode == 1
    sentence = (
        "Your child's SENCO will talk with you about what happens next at school and at home too."
    )
    # The build reports problems in file and line order, as `signpost check` does.
    assert [w for w in result.warnings() if w.startswith("content/easy-read-problems.md")] == [
        "content/easy-read-problems.md:11: idea without a picture: You can come to see us.",
        f'content/easy-read-problems.md:13: acronym "SENCO": write the words out in full: {sentence}',
        f"content/easy-read-problems.md:13: sentence longer than 15 words (17): {sentence}",
    ]


def test_service_easy_read_text_is_checked_by_the_same_rules(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    service = root / "directory" / "riverside-saturday-club.yml"
    service.write_text(
        service.read_text().replace("It is free.", "It is free after your assessment.")
    )
    result = build(root)
    assert result.returncode == 1
    assert result.warnings() == [
        'directory/riverside-saturday-club.yml:13: hard word "assessment": say "a check": It is free after your assessment.'
    ]


def test_a_missing_standard_version_is_reported(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    page = root / "content" / "easy-read-advice.md"
    page.write_text(
        page.read_text().replace(
            "standard_version: advice-and-support.md", "standard_version: advise.md"
        )
    )
    result = build(root)
    assert (
        'content/easy-read-advice.md:4: standard_version: "advise.md" is not a page: give the path of the standard page, like ../travel-and-transport.md'
        in result.warnings()
    )
