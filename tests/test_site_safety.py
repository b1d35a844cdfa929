"""What editors write can never break the site, run script, or be lost."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import SITES, build, copy_site, fetch, mkdocs_serve, wait_until

XSS = SITES / "xss-service.yml"


def test_script_payloads_in_every_field_build_into_inert_pages(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(XSS, root / "directory" / "xss-club.yml")
    result = build(root, strict=False)
    assert result.returncode == 0, result.output
    page = (root / "site" / "services" / "xss-club" / "index.html").read_text()
    assert 'alert("name")' in BeautifulSoup(page, "html.parser").get_text(), (
        "the text is still shown"
    )
    for file in (root / "site").rglob("*.html"):
        soup = BeautifulSoup(file.read_text(), "html.parser")
        for script in soup.find_all("script"):
            if script.get("type") == "application/ld+json":
                # Data, never run: the text may appear, but escaped so it cannot end the script.
                raw = file.read_text().split('<script type="application/ld+json">')[1]
                assert "<" not in raw.split("</script>")[0], (file, script)
                json.loads(script.get_text())
                continue
            assert "alert" not in script.get_text(), (file, script)
        for tag in soup.find_all(True):
            handlers = [name for name in tag.attrs if name.lower().startswith("on")]
            assert handlers == [], (file, tag)
            for name in ("href", "src"):
                value = str(tag.get(name, "")).strip().lower()
                assert not value.startswith(("javascript:", "data:")), (file, tag)
        assert (
            soup.find("iframe") is None
            and soup.find("style", string=lambda s: s and "display:none" in s) is None
        )


def test_unsafe_markdown_fails_the_strict_build_with_exact_lines(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(XSS, root / "directory" / "xss-club.yml")
    result = build(root)
    assert result.returncode == 1
    assert result.warnings() == [
        'directory/xss-club.yml:4: description: raw HTML is not allowed ("<script>"): '
        "use Markdown, like **bold** or [link text](https://example.org)",
        'directory/xss-club.yml:8: easy_read: a link to "data:" is not allowed: links must start '
        "with https://, mailto: or tel:",
    ]


def _tree_digest(*folders: Path) -> str:
    digest = hashlib.sha256()
    for folder in folders:
        for file in sorted(folder.rglob("*")):
            digest.update(str(file).encode())
            if file.is_file():
                digest.update(file.read_bytes())
    return digest.hexdigest()


def test_a_failed_build_keeps_the_last_good_site_and_never_touches_content(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    assert build(root).returncode == 0
    before = _tree_digest(root / "site")
    content = _tree_digest(root / "content", root / "directory")
    (root / "directory" / "broken.yml").write_text("name: Broken\nage: {min: 30, max: 1}\n")
    (root / "directory" / "club-1.yml").unlink()
    result = build(root)
    assert result.returncode == 1
    assert "directory/broken.yml:1: cost: is missing: add it, it is required" in result.warnings()
    assert "directory/broken.yml:2: age.min: should be at most 25 (got 30)" in result.warnings()
    assert _tree_digest(root / "site") == before, "the last good site is still published"
    assert (root / "site" / "services" / "club-1" / "index.html").is_file()
    assert not list(root.glob(".site.building*"))
    (root / "directory" / "broken.yml").unlink()
    content_now = _tree_digest(root / "content", root / "directory")
    assert build(root).returncode == 0
    assert _tree_digest(root / "content", root / "directory") == content_now != content
    assert not (root / "site" / "services" / "club-1").exists(), "a good build replaces the site"


def test_every_problem_in_every_file_is_reported_in_one_run(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "directory" / "a-bad.yml").write_text("name: A\ncost: 0\n")
    (root / "directory" / "z-bad.yml").write_text("name: [\n")
    result = build(root)
    warnings = result.warnings()
    assert result.returncode == 1
    assert sum(w.startswith("directory/a-bad.yml:") for w in warnings) == 10
    assert any(w.startswith("directory/z-bad.yml:2: YAML syntax error") for w in warnings)
    assert "Aborted with 11 warnings in strict mode!" in result.output


def test_bad_council_settings_name_the_line_in_mkdocs_yml(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("    listing_page_size: 5", '    colours: {primary: "#ffff00"}')
    )
    result = build(root)
    assert result.returncode == 1
    assert any(
        w.startswith(
            "mkdocs.yml:20: extra.council.colours.primary: #ffff00 has a contrast of 1.1:1"
        )
        for w in result.warnings()
    ), result.output


def test_missing_council_settings_stop_the_build_with_a_clear_message(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("  council:", "  councils:"))
    result = build(root, strict=False)
    assert result.returncode == 1
    assert "mkdocs.yml:12: extra.council: is missing" in result.output
    assert "Traceback" not in result.output


def test_serve_keeps_serving_and_shows_problems(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "directory" / "broken.yml").write_text("name: Broken\n")
    with mkdocs_serve(root) as preview:
        wait_until(lambda: "Club number 1" in fetch(preview.base + "services/club-1/"))
    output = preview.output
    assert "directory/broken.yml:1: cost: is missing: add it, it is required" in output
