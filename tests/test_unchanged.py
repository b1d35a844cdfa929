"""The preview leaves alone the pages made from data that a save did not change
(engine/unchanged.py); what it serves is still byte for byte what a fresh preview build makes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import copy_site, preview_counts, same_site, serve_builds
from signpost.engine.kept_site import KeptSite, Reprs

RENAME = ["directory/club-1.yml", "name: ", "name: Renamed "]
LINK_TO_SERVICE = [
    "content/advice-and-support.md",
    "Free advice for families.",
    "Free advice for families, like [Riverside](services/riverside-saturday-club.md).",
]


def _saves(tmp_path: Path, rounds: list[list[list[str]]], engine: str = "mkdocs") -> list[str]:
    """Build as the preview does after each round of edits; check the result against a
    fresh preview build; return each build's log."""
    root = copy_site("basic", tmp_path / "site-root")
    logs = serve_builds(root, tmp_path / "site", rounds, engine)
    serve_builds(root, tmp_path / "fresh", [[]], engine)  # a new process remembers nothing
    same_site(tmp_path / "site", tmp_path / "fresh")
    return logs


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_a_renamed_service_leaves_other_services_alone_and_says_nothing_of_it(
    tmp_path: Path, engine: str
) -> None:
    first, renamed = _saves(tmp_path, [[LINK_TO_SERVICE], [RENAME]], engine)
    made, reused, left_alone = preview_counts(renamed)
    assert preview_counts(first)[1:] == (0, 0)
    # Riverside's page is among those left alone; the written page linking to it is made
    # again (written pages always are), and MkDocs' note that it links to a page left out
    # of this build is not shown.
    assert 5 <= left_alone <= reused and made < left_alone
    assert "excluded from the built site" not in renamed


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs"])
def test_a_title_the_navigation_takes_from_a_page_makes_every_page_again(
    tmp_path: Path, engine: str
) -> None:
    untitled = [
        "mkdocs.yml",
        "- Advice and support: advice-and-support.md",
        "- advice-and-support.md",
    ]
    retitled = ["content/advice-and-support.md", "# Advice and support", "# Help for families"]
    *_, logs = _saves(tmp_path, [[untitled], [retitled]], engine)
    assert "BUILD FAILED" not in logs
    # Pages chosen to be left alone are read after all: the navigation on every page changed.
    assert preview_counts(logs)[2] == 0
    service = tmp_path / "site" / "services" / "club-2" / "index.html"
    assert "Help for families" in service.read_text(encoding="utf-8")


def test_a_new_service_and_a_removed_one_leave_nothing_behind(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "copy")
    club = (root / "directory" / "club-3.yml").read_text(encoding="utf-8")
    new = ["directory/club-9.yml", "CREATE", club.replace("name: ", "name: New ", 1)]
    gone = ["directory/club-4.yml", "", "DELETE"]
    _, changed = _saves(tmp_path, [[], [new, gone]])
    assert not (tmp_path / "site" / "services" / "club-4").exists()
    assert (tmp_path / "site" / "services" / "club-9" / "index.html").is_file()
    assert "BUILD FAILED" not in changed


def test_after_a_failed_build_the_next_save_makes_the_site_whole(tmp_path: Path) -> None:
    broken = ["content/glossary.yml", "terms:", "terms: [oops"]
    fixed = ["content/glossary.yml", "terms: [oops", "terms:"]
    _, failed, again = _saves(tmp_path, [[], [RENAME, broken], [fixed]])
    assert "BUILD FAILED" in failed
    assert preview_counts(again)[2] == 0


def test_the_last_site_is_set_aside_and_put_back_without_its_search_index(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    kept = KeptSite()
    assert kept.set_aside(site) is None  # nothing built yet
    (site / "pagefind").mkdir()
    (site / "pagefind" / "pagefind.js").write_text("index")
    (site / "index.html").write_text("home")
    previous = kept.set_aside(site)
    assert previous is not None and (previous / "index.html").read_text() == "home"
    assert site.is_dir() and not any(site.iterdir())
    old_index = kept.put_back(previous, site)
    assert (site / "index.html").read_text() == "home" and not (site / "pagefind").exists()
    assert (old_index / "pagefind.js").read_text() == "index"
    kept.close()
    assert not old_index.exists() and not previous.exists()


def test_the_text_of_an_unchanged_entry_is_made_once(tmp_path: Path) -> None:
    made: list[str] = []

    @dataclass(frozen=True)
    class View:
        name: str

        def __repr__(self) -> str:
            made.append(self.name)
            return f"View({self.name})"

    reprs, kept, changing = Reprs(), View("Club"), {"name": "Club"}
    assert reprs.of(kept) == "View(Club)" and reprs.of(changing) == "{'name': 'Club'}"
    reprs.next_build()
    changing["name"] = "Club for all"  # not frozen: its text is made every time
    assert reprs.of(kept) == "View(Club)" and reprs.of(changing) == "{'name': 'Club for all'}"
    assert made == ["Club"]  # the frozen view's text was kept
    reprs.next_build()
    reprs.next_build()  # a build that did not use it: forgotten
    assert reprs.of(kept) == "View(Club)" and made == ["Club", "Club"]
