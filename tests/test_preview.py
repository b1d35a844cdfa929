"""The editors' preview: `mkdocs serve` shows a saved change, and problems where they look."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import copy_site, fetch, mkdocs_serve, wait_until
from selenium import webdriver
from selenium.webdriver.common.by import By


@pytest.fixture
def preview(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """The basic fixture site, served by `mkdocs serve` as an editor runs it."""
    root = copy_site("basic", tmp_path / "root")
    with mkdocs_serve(root, livereload=True) as served:
        _wait_for(lambda: "Club number 1" in fetch(served.base + "services/club-1/"))
        yield root, served.base


def _wait_for(condition: Callable[[], bool]) -> None:
    wait_until(condition, "the preview did not show the change")


def test_a_saved_change_to_a_service_shows_in_the_preview(preview: tuple[Path, str]) -> None:
    root, base = preview
    service = root / "directory" / "club-1.yml"
    service.write_text(service.read_text().replace("Club number 1", "The Tuesday Club"))
    _wait_for(lambda: "The Tuesday Club" in fetch(base + "services/club-1/"))


def test_a_service_with_a_problem_shows_its_problems_at_its_address(
    preview: tuple[Path, str],
) -> None:
    root, base = preview
    service = root / "directory" / "club-1.yml"
    service.write_text(service.read_text().replace("{min: 11, max: 18}", "{min: 18, max: 11}"))
    wanted = "directory/club-1.yml:8</code> <strong>age</strong>: max must be at least min"
    _wait_for(lambda: wanted in fetch(base + "services/club-1/"))


def test_a_page_with_a_problem_shows_it_at_the_top(preview: tuple[Path, str]) -> None:
    root, base = preview
    page = root / "content" / "advice-and-support.md"
    page.write_text(page.read_text() + "\nAsk the QZX team.\n")
    _wait_for(lambda: "This page has problems to fix" in fetch(base + "advice-and-support/"))
    html = fetch(base + "advice-and-support/")
    assert "&#34;QZX&#34; is not in the glossary" in html or '"QZX" is not in the glossary' in html


def test_an_open_page_shows_a_saved_change_without_a_tap(
    preview: tuple[Path, str], driver: webdriver.Chrome
) -> None:
    root, base = preview
    driver.get(base + "services/club-1/")
    assert "Club number 1" in driver.find_element(By.TAG_NAME, "h1").text
    service = root / "directory" / "club-1.yml"
    service.write_text(service.read_text().replace("Club number 1", "The Thursday Club"))
    # No refresh: the page reloads itself (its Content-Security-Policy allows the script).
    wait_until(
        lambda: "The Thursday Club" in driver.find_element(By.TAG_NAME, "h1").text,
        "the open page did not reload with the change",
    )
