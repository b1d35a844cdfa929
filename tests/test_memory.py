"""The preview remembers finished pages: a save makes again only what changed, and the site
it serves is byte for byte the site a fresh preview build makes."""

from __future__ import annotations

import filecmp
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_site
from signpost.engine.memory import PageMemory, build_key, readable

# Builds as `mkdocs serve` does (same process, same site folder, the preview's address), once
# per line of edits in argv[3] (a JSON list of lists of [file, old, new]), printing each log.
SERVE_BUILDS = """
import json, logging, sys
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

root, site, rounds = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stdout)
for edits in rounds:
    for name, old, new in edits:
        path = root / name
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new), encoding="utf-8")
    config = load_config(str(root / "mkdocs.yml"), site_dir=site)
    config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = "http://127.0.0.1:8000/"
    build(config, serve_url="http://127.0.0.1:8000/")
    print("END OF BUILD", flush=True)
"""
RENAME = ["directory/riverside-saturday-club.yml", "name: Riverside", "name: Riverbank"]
REWORD = ["content/advice-and-support.md", "advice", "help and advice"]


def _serve_builds(root: Path, site: Path, rounds: list[list[list[str]]]) -> list[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-c", SERVE_BUILDS, str(root), str(site), json.dumps(rounds)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return (done.stdout + done.stderr).split("END OF BUILD")[:-1]


def _reuse(log: str) -> tuple[int, int]:
    line = next(line for line in log.splitlines() if "Preview: " in line)
    words = line.split("Preview: ")[1].split()
    return int(words[0]), int(words[3])


def test_a_save_makes_again_only_the_pages_it_changed(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    first, unchanged, renamed = _serve_builds(root, tmp_path / "site", [[], [], [RENAME]])
    made, reused = _reuse(first)
    assert reused == 0 and made > 20
    assert _reuse(unchanged) == (0, made)
    made_again, reused_again = _reuse(renamed)
    assert made_again + reused_again == made
    # The service's own page and the listings and Find pages that name it; not every page.
    assert 2 <= made_again < made // 2


@pytest.mark.parametrize("edits", [[RENAME], [REWORD], [RENAME, REWORD]])
def test_the_site_after_a_save_is_the_site_a_fresh_preview_build_makes(
    tmp_path: Path, edits: list[list[str]]
) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    _serve_builds(root, tmp_path / "site", [[], edits])
    _serve_builds(root, tmp_path / "fresh", [[]])  # a new process remembers nothing
    saved, fresh = tmp_path / "site", tmp_path / "fresh"
    files = sorted(
        p.relative_to(fresh).as_posix()
        for p in fresh.rglob("*")
        if p.is_file() and "pagefind" not in p.parts  # Pagefind names its chunks anew each time
    )
    assert len(files) > 30
    _, mismatch, errors = filecmp.cmpfiles(saved, fresh, files, shallow=False)
    assert (mismatch, errors) == ([], [])
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
