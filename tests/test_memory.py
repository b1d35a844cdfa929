"""The preview remembers finished pages: a save makes again only what changed, and the site
it serves is byte for byte the site a fresh preview build makes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_site, reuse_counts, same_site, serve_builds
from signpost.engine.memory import PageMemory, build_key, readable

RENAME = ["directory/riverside-saturday-club.yml", "name: Riverside", "name: Riverbank"]
REWORD = ["content/advice-and-support.md", "advice", "help and advice"]


def test_a_save_makes_again_only_the_pages_it_changed(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    first, unchanged, renamed = serve_builds(root, tmp_path / "site", [[], [], [RENAME]])
    made, reused = reuse_counts(first)
    assert reused == 0 and made > 20
    assert reuse_counts(unchanged) == (0, made)
    made_again, reused_again = reuse_counts(renamed)
    assert made_again + reused_again == made
    # The service's own page and the listings and Find pages that name it; not every page.
    assert 2 <= made_again < made // 2


@pytest.mark.parametrize("edits", [[RENAME], [REWORD], [RENAME, REWORD]])
def test_the_site_after_a_save_is_the_site_a_fresh_preview_build_makes(
    tmp_path: Path, edits: list[list[str]]
) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    serve_builds(root, tmp_path / "site", [[], edits])
    serve_builds(root, tmp_path / "fresh", [[]])  # a new process remembers nothing
    saved, fresh = tmp_path / "site", tmp_path / "fresh"
    same_site(saved, fresh)
    service = (saved / "services" / "riverside-saturday-club" / "index.html").read_text()
    assert ("Riverbank Saturday Club" in service) == (RENAME in edits)


def test_the_memory_forgets_pages_when_what_every_page_shares_changes() -> None:
    memory = PageMemory()
    assert not memory.start("one")
    memory.keep("page", "<p>A</p>", ["EHCP"], "a.md")
    assert memory.start("one")
    found = memory.recall("page", "a.md")
    assert found is not None and found.terms == ("EHCP",)
    assert memory.start("one")
    assert memory.carry("a.md") == found  # kept by the page's address, as it was
    assert not memory.start("two")
    assert memory.recall("page", "a.md") is None
    assert memory.carry("a.md") is None


def test_values_without_a_readable_form_are_left_out_of_keys(tmp_path: Path) -> None:
    assert readable({"total": 3, "fn": object()}) == ["total=3"]
    (tmp_path / "main.html").write_text("A")
    key = build_key(["x"], [str(tmp_path)])
    (tmp_path / "main.html").write_text("AB")
    assert build_key(["x"], [str(tmp_path)]) != key
