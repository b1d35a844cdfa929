"""Easy read in a real build: layout, links both ways, sign-off, review pack, strict failures."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SITES, Build, build, copy_site
from signpost.cli.main import main as signpost


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
    sections = pack.select(".app-pack__page")
    # The page waiting for its check, then each service's easy read summary (none checked).
    assert [s.h2.get_text() for s in sections] == [
        "Easy read: Advice and support",
        "Riverside Saturday Club",
    ]
    heads = [th.get_text() for th in sections[0].select("thead th")]
    assert heads == ["Picture", "Idea", "Good", "Not good", "What would make it better?"]
    rows = [[td.get_text() for td in tr.select("td")] for tr in pack.select("tbody tr")]
    assert rows == [
        ["", "You can phone us for free advice.", "", "", ""],
        ["", "We are kind. We listen to you.", "", "", ""],
        ["", "We play games on Saturdays. It is free.", "", "", ""],
    ]
    fill = " ".join(sections[0].select_one(".app-pack__fill").get_text().split())
    assert fill == "Your name: Date:"
    back = " ".join(pack.select_one(".app-pack__how").get_text().split())
    assert "email it to localoffer@example.org" in back
    assert "post it to Town Hall, Testtown NQ1 1AA" in back


def test_signed_off_page_shows_who_checked_it_until_its_text_changes(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    page = root / "content" / "easy-read-advice.md"
    done = signpost(["sign-off", str(page), "--by", "Testshire Young Voices", "--on", "2026-10-01"])
    assert done == 0
    result = build(root)
    assert result.returncode == 0, result.output
    text = " ".join(result.html("easy-read-advice/").select_one(".app-sign-off").get_text().split())
    assert text == "Checked by Testshire Young Voices on 1 October 2026."
    pack = [
        h.get_text() for h in result.html("easy-read/review-pack/").select(".app-pack__page h2")
    ]
    assert pack == ["Riverside Saturday Club"]
    page.write_text(page.read_text().replace("We are kind.", "We are kind and fair."))
    result = build(root)
    text = result.html("easy-read-advice/").select_one(".app-sign-off").get_text()
    assert "We have changed it since then" in text
    pack = result.html("easy-read/review-pack/").select_one(".app-pack__page")
    assert "This page changed after young people checked it" in pack.get_text()


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
        'content/easy-read-problems.md:13: talks about "Your child\'s": speak to the young person, '
        'say "your"; put a line for parents in its own idea starting "Parents and carers:": '
        f"{sentence}",
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


def _add_to_menu(root: Path, page: str) -> None:
    """Put a fixture page in the site's menu, as every page must be."""
    config = root / "mkdocs.yml"
    menu = f"  - Fixture: {page}\n  - Words we use:"
    config.write_text(config.read_text().replace("  - Words we use:", menu))


def _failing_page(tmp_path: Path, fixture: str) -> list[str]:
    """Build the basic site with one fixture page added; return that page's warnings."""
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SITES / fixture, root / "content" / fixture)
    _add_to_menu(root, fixture)
    result = build(root)
    assert result.returncode == 1, result.output
    return [w for w in result.warnings() if w.startswith(f"content/{fixture}")]


def test_an_easy_read_page_talking_about_your_child_fails_the_strict_build(
    tmp_path: Path,
) -> None:
    # The parents' line (line 11) may talk about their child; the young person's may not.
    assert _failing_page(tmp_path, "easy-read-third-person.md") == [
        'content/easy-read-third-person.md:9: talks about "your child": speak to the young '
        'person, say "you"; put a line for parents in its own idea starting "Parents and '
        'carers:": A bus can take your child to school.'
    ]


def test_an_easy_read_link_to_the_adult_glossary_fails_the_strict_build(tmp_path: Path) -> None:
    assert _failing_page(tmp_path, "easy-read-glossary-link.md") == [
        'content/easy-read-glossary-link.md:10: link to the "Words we use" page for "words '
        'page": explain the word here instead, like "words page means ...": Read our words page.'
    ]


def test_three_sentences_beside_one_picture_fail_the_strict_build(tmp_path: Path) -> None:
    assert _failing_page(tmp_path, "easy-read-long-idea.md") == [
        "content/easy-read-long-idea.md:9: more than 2 sentences in one idea (3): You can phone us."
    ]


def _with_library(tmp_path: Path) -> Path:
    root = copy_site("basic", tmp_path / "root")
    shutil.copytree(SITES / "pictures", root / "pictures")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "  easy_read:\n", "  easy_read:\n    picture_library: pictures\n"
        )
    )
    page = root / "content" / "easy-read-advice.md"
    page.write_text(
        page.read_text()
        .replace(":material-phone-outline:", ":picture-phone:")
        .replace(":material-emoticon-happy-outline:", ":picture-phone:")
    )
    return root


def test_a_picture_not_in_the_library_fails_the_strict_build_with_a_suggestion(
    tmp_path: Path,
) -> None:
    root = _with_library(tmp_path)
    shutil.copy(SITES / "easy-read-pictures.md", root / "content" / "easy-read-pictures.md")
    _add_to_menu(root, "easy-read-pictures.md")
    result = build(root)
    assert result.returncode == 1
    library = "is not in the picture library (pictures/library.yml)"
    assert [w for w in result.warnings() if w.startswith("content/easy-read-pictures")] == [
        f'content/easy-read-pictures.md:11: picture ":picture-buss:" {library}: '
        'use ":picture-bus:": You can go by bus again.',
        f'content/easy-read-pictures.md:13: picture ":material-phone-outline:" {library}: '
        'use ":picture-phone:": You can phone us.',
    ]


def test_library_pictures_are_published_and_shown_beside_each_idea_and_in_the_pack(
    tmp_path: Path,
) -> None:
    result = build(_with_library(tmp_path))
    assert result.returncode == 0, result.output
    ideas = result.html("easy-read-advice/").select(".app-easy-read p")
    pictures = [p.select_one(":scope > img.app-picture:first-child") for p in ideas]
    assert [(i["src"], i["alt"]) for i in pictures] == [
        ("../assets/pictures/phone.svg", "A mobile phone"),
        ("../assets/pictures/phone.svg", "A mobile phone"),
    ]
    assert (result.site / "assets" / "pictures" / "phone.svg").read_text().startswith("<svg")
    rows = result.html("easy-read/review-pack/").select("tbody tr")
    # Service summaries have no picture codes: each idea gets the picture its words fit, or
    # the library's "information" picture, which this small library does not have.
    pictures = [r.select_one(".app-pack__picture img") for r in rows]
    assert [p["alt"] if p else None for p in pictures] == ["A mobile phone", "A mobile phone", None]
    summary = result.html("services/riverside-saturday-club/").select(".app-easy-read__idea")
    assert [" ".join(idea.get_text().split()) for idea in summary] == [
        "We play games on Saturdays. It is free."
    ]


def test_a_picture_library_with_mistakes_reports_each_one(tmp_path: Path) -> None:
    root = _with_library(tmp_path)
    library = root / "pictures" / "library.yml"
    library.write_text(library.read_text() + "  car:\n    alt: A car\n    words: []\n")
    (root / "pictures" / "taxi.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    (root / "pictures" / "bus.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
    result = build(root)
    assert result.returncode == 1
    # In file and line order, as `signpost check` lists them.
    assert [w for w in result.warnings() if w.startswith("pictures/")] == [
        'pictures/library.yml:1: pictures: "taxi.svg" is not in the library: add taxi: with '
        "its alt and words",
        "pictures/library.yml:3: pictures.bus: bus.svg has <script>: a picture may only draw shapes",
        "pictures/library.yml:9: pictures.car: there is no drawing car.svg: save it in pictures/, "
        "beside library.yml",
        "pictures/library.yml:11: pictures.car.words: needs at least one item",
    ]


def test_the_easy_read_home_page_lists_every_easy_read_page_and_service_summary(
    tmp_path: Path,
) -> None:
    root = _with_library(tmp_path)
    (root / "content" / "easy-read").mkdir()
    (root / "content" / "easy-read" / "index.md").write_text(
        "---\ntitle: Easy read\neasy_read: true\n---\n\n# Easy read\n\n"
        ":picture-phone: These pages are for you.\n"
    )
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("nav:\n", "nav:\n  - Easy read: easy-read/index.md\n")
    )
    result = build(root)
    assert result.returncode == 0, result.output
    index = result.html("easy-read/")
    links = [(a.get_text(strip=True), a["href"]) for a in index.select(".app-picture-links a")]
    assert links == [
        ("Advice and support", "../easy-read-advice/"),
        ("Riverside Saturday Club", "../services/riverside-saturday-club/#easy-read"),
    ]
    assert [h.get_text(strip=True) for h in index.select(".app-easy-read-index__group")] == [
        "Short breaks"
    ]
    home = result.html("").select_one(".app-easy-read-link a")
    assert (home["href"], home.select_one(".app-easy-read-link__text").contents[0]) == (
        "easy-read/",
        "Easy read",
    )
