"""The browser and link checks really fail on a bad page, with reports a person can read."""

from __future__ import annotations

import shutil
from pathlib import Path

from browser.axe_check import check_page, load_config, write_report
from browser.chrome import start_chrome
from browser.links import check_links
from conftest import SITES, build_and_serve, copy_site


def test_contrast_alt_text_anchor_and_missing_page_are_all_caught(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SITES / "broken-page.md", root / "content" / "broken.md")
    with build_and_serve(root, root / "site", strict=False) as served:
        driver = start_chrome()
        try:
            findings = check_page(driver, served.base + "broken/", "broken/", load_config())
        finally:
            driver.quit()
        links = check_links(served.base)

    rules = {f.rule for f in findings}
    assert {"color-contrast", "image-alt"} <= rules, rules
    assert {f.variant for f in findings if f.rule == "image-alt"} == {
        "light 320px",
        "dark 320px",
        "light 1280px",
        "dark 1280px",
    }
    report = write_report(findings, 1, "4.x", tmp_path / "reports").read_text()
    assert "## broken/ (light 320px)" in report
    assert "- rule: `image-alt` (critical)" in report
    assert "- element: `img`" in report
    assert "- help: https://dequeuniversity.com/rules/axe/" in report

    assert links.returncode == 1
    assert links.errors >= 1 and links.warnings >= 1, links.output
    assert "missing-page.md" in links.output and "404" in links.output
    assert "Anchor `nowhere' (decoded: `nowhere') not" in links.output
