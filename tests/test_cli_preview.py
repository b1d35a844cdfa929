"""`signpost preview`: a pull request's preview works opened from disk, and names its pages."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import Build
from selenium import webdriver
from selenium.webdriver.common.by import By
from signpost.cli.main import main
from signpost.website.preview import file_link, make_preview, page_for

LINKS = re.compile(r'\s(?:href|src)="([^"]*)"')


def test_folder_links_name_their_index_file() -> None:
    assert file_link("services/x/") == "services/x/index.html"
    assert file_link("../") == "../index.html"
    assert file_link("..") == "../index.html"
    assert file_link("../..") == "../../index.html"
    assert file_link("./#top") == "./index.html#top"
    assert file_link("find/?need=autism") == "find/index.html?need=autism"
    for same in ("#top", "?q=1", "https://example.org/", "mailto:a@example.org", "/x/"):
        assert file_link(same) == same
    assert file_link("assets/site.css") == "assets/site.css"


def test_source_files_map_to_the_pages_that_show_them() -> None:
    assert page_for("directory/club-1.yml") == "services/club-1/index.html"
    assert page_for("directory/_taxonomy.yml") is None
    assert page_for("content/health.md") == "health/index.html"
    assert page_for("content/easy-read/travel.md") == "easy-read/travel/index.html"
    assert page_for("content/index.md") == "index.html"
    assert page_for("hooks/signpost_build.py") is None


@pytest.fixture(scope="module")
def preview(basic_site: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("preview") / "site-preview"
    make_preview(basic_site.site, out)
    return out


def test_every_relative_link_in_the_preview_is_a_file_on_disk(preview: Path) -> None:
    missing = []
    for page in preview.rglob("*.html"):
        for link in LINKS.findall(page.read_text(encoding="utf-8")):
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not parts.path or link.startswith("/"):
                continue
            if not (page.parent / unquote(parts.path)).is_file():
                missing.append(f"{page.relative_to(preview)}: {link}")
    assert missing == []


def test_search_pages_say_search_needs_a_server_and_offer_the_a_to_z(preview: Path) -> None:
    html = (preview / "find" / "index.html").read_text(encoding="utf-8")
    assert "search cannot work" in html
    assert 'href="a-z/index.html"' in html
    assert (preview / "find" / "a-z" / "index.html").is_file()


def test_a_family_can_click_from_the_home_page_to_a_service_opened_from_disk(
    preview: Path, driver: webdriver.Chrome
) -> None:
    driver.get((preview / "find" / "a-z" / "index.html").as_uri())
    driver.find_element(By.CSS_SELECTOR, "a[href*='services/']").click()
    assert driver.current_url.endswith("/index.html")
    assert driver.find_element(By.CSS_SELECTOR, "h1").text
    assert "Index of" not in driver.page_source, "a folder listing, not a page"


def test_the_command_lists_the_pages_a_change_touches(
    basic_site: Build,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(basic_site.root, repo, ignore=shutil.ignore_patterns("site", ".site*"))
    shutil.copytree(basic_site.site, repo / "site")

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)

    git("init", "-q")
    git(
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.org",
        "commit",
        "-qam",
        "x",
        "--allow-empty",
    )
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base")
    (repo / "directory" / "club-1.yml").write_text(
        (repo / "directory" / "club-1.yml").read_text() + "\n"
    )
    (repo / "content" / "advice-and-support.md").write_text("# Advice\n")
    git("add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "change")
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code = main(
        ["preview", "--root", str(repo), "site", "site-preview", "--changed-from", "HEAD~1"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "open index.html" in out
    assert "- `advice-and-support/index.html`" in out
    assert "- `services/club-1/index.html`" in out
    assert "services/club-1/index.html" in summary.read_text()
