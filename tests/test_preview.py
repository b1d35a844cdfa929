"""The editors' preview: `mkdocs serve` shows a saved change, and problems where they look."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import copy_site, free_port

WAIT = 120  # seconds: a shared 2-core machine can be slow to rebuild


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The basic fixture site, served by `mkdocs serve` as an editor runs it."""
    root = copy_site("basic", tmp_path / "root")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}/"
        _wait_for(lambda: "Club number 1" in _get(base + "services/club-1/"))
        yield root, base
    finally:
        server.terminate()
        server.wait(timeout=30)


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait_for(condition: Callable[[], bool]) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    raise AssertionError(f"the preview did not show the change within {WAIT} s")


def test_a_saved_change_to_a_service_shows_in_the_preview(preview: tuple[Path, str]) -> None:
    root, base = preview
    service = root / "directory" / "club-1.yml"
    service.write_text(service.read_text().replace("Club number 1", "The Tuesday Club"))
    _wait_for(lambda: "The Tuesday Club" in _get(base + "services/club-1/"))


def test_a_service_with_a_problem_shows_its_problems_at_its_address(
    preview: tuple[Path, str],
) -> None:
    root, base = preview
    service = root / "directory" / "club-1.yml"
    service.write_text(service.read_text().replace("{min: 11, max: 18}", "{min: 18, max: 11}"))
    wanted = "directory/club-1.yml:8</code> <strong>age</strong>: max must be at least min"
    _wait_for(lambda: wanted in _get(base + "services/club-1/"))


def test_a_page_with_a_problem_shows_it_at_the_top(preview: tuple[Path, str]) -> None:
    root, base = preview
    page = root / "content" / "advice-and-support.md"
    page.write_text(page.read_text() + "\nAsk the QZX team.\n")
    _wait_for(lambda: "This page has problems to fix" in _get(base + "advice-and-support/"))
    html = _get(base + "advice-and-support/")
    assert "&#34;QZX&#34; is not in the glossary" in html or '"QZX" is not in the glossary' in html
