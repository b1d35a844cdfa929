"""Plain English in a real build: the glossary page, explanations, and strict failures."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import REPO, SITES, Build, build, copy_site

NOT_IN_GLOSSARY = "is not in the glossary: add it to content/glossary.yml or write it out in full"


def test_glossary_page_lists_terms_with_anchors_and_letters(basic_site: Build) -> None:
    soup = basic_site.html("glossary/")
    assert soup.h1.get_text() == "Words we use"
    assert [a["href"] for a in soup.select(".app-letters a")] == ["#letter-s"]
    senco = soup.select_one("#senco").find_parent("div")
    text = " ".join(senco.get_text().split())
    assert "SENCO stands for special educational needs co-ordinator." in text
    assert "Also written as SENCo." in text
    short_breaks = soup.select_one("#short-breaks").find_parent("div")
    assert short_breaks.select_one(".app-link-list a")["href"] == "#senco"


def test_glossary_source_is_not_published(basic_site: Build) -> None:
    assert not (basic_site.site / "glossary.yml").exists()


def test_first_use_on_a_page_is_explained_and_linked(basic_site: Build) -> None:
    soup = basic_site.html("advice-and-support/")
    terms = soup.select("a.app-term")
    assert [(a.get_text(), a["href"]) for a in terms] == [("SENCO", "../glossary/#senco")]
    assert (
        terms[0].find_next_sibling("span").get_text() == "(special educational needs co-ordinator)"
    )
    assert soup.select_one("h2").get_text() == "What your SENCO does", "no links inside headings"
    assert soup.select_one("code").get_text() == "SENCO"


def test_unknown_mixed_case_and_plural_acronyms_and_jargon_fail_with_exact_lines(
    tmp_path: Path,
) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SITES / "plain-english-problems.md", root / "content" / "plain.md")
    shutil.copy(SITES / "acronym-service.yml", root / "directory" / "family-club.yml")
    result = build(root)
    assert result.returncode == 1
    caps = (
        'content/plain.md:8: "{}" is in capitals: avoid capitals for emphasis, they are harder '
        'to read; write "{}" (or **{}** if it must stand out). If it is an acronym, add it to '
        "content/glossary.yml"
    )
    found = [w for w in result.warnings() if "glossary" in w or "jargon" in w]
    # Capitals for emphasis are advice: logged, never failing the build.
    for word in ("PLEASE", "NOTE", "FREE"):
        assert f"INFO    -  {caps.format(word, word.lower(), word.lower())}" in result.output
    assert sorted(found) == sorted(
        [
            f'content/plain.md:3: "QRT" {NOT_IN_GLOSSARY}',
            f'content/plain.md:3: "HV" {NOT_IN_GLOSSARY}',
            f'content/plain.md:4: "SpLD" {NOT_IN_GLOSSARY}',
            'content/plain.md:6: "provision" is jargon: say "support" instead',
            f'directory/family-club.yml:3: "FSW" {NOT_IN_GLOSSARY}',
            f'directory/family-club.yml:6: "ELSA" {NOT_IN_GLOSSARY}',
        ]
    )


def test_jargon_can_be_set_not_to_fail_the_build(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("jargon_fails_build: true", "jargon_fails_build: false")
    )
    page = root / "content" / "advice-and-support.md"
    page.write_text(page.read_text() + "\nWe make provision.\n")
    result = build(root)
    assert result.returncode == 0, result.output
    jargon = 'content/advice-and-support.md:9: "provision" is jargon: say "support"'
    assert f"INFO    -  {jargon}" in result.output


def test_unused_glossary_terms_are_reported(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    glossary = root / "content" / "glossary.yml"
    glossary.write_text(glossary.read_text() + "  - term: Tribunal\n    meaning: A court.\n")
    result = build(root)
    assert result.returncode == 1
    assert result.warnings() == [
        'content/glossary.yml:9: "Tribunal" is not used on any page: '
        "remove it, or use it where it helps"
    ]


def test_allowed_acronyms_need_a_reason(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("UK: everyone knows it", "UK: ''"))
    result = build(root)
    assert result.returncode == 1
    assert any("extra.plain_english.allowed_acronyms.UK" in w for w in result.warnings()), (
        result.output
    )


def test_a_council_can_change_how_terms_are_explained(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copytree(REPO / "overrides", root / "overrides")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace(f"{REPO}/overrides", "overrides"))
    component = root / "overrides" / "signpost" / "components" / "term-link" / "macro.html"
    component.write_text(
        "{% macro term_link(params) -%}"
        '<a class="council-term" href="{{ params.href }}">{{ params.text }}</a>'
        "{%- endmacro %}"
    )
    result = build(root)
    assert result.returncode == 0, result.output
    links = result.html("advice-and-support/").select("a.council-term")
    assert links and all(link["href"].startswith("../glossary/#") for link in links)
    assert not result.html("advice-and-support/").select("a.app-term")
