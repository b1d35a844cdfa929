"""axe-core on every page of the demo site, in light and dark, at 320 px and 1280 px."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser.audit import Audit, audit_site, foreign, pages_to_check, sample, site_pages
from browser.axe_check import load_config, write_report
from conftest import REPO, Served

REPORTS = REPO / "reports"


@pytest.fixture(scope="module")
def audit(served_demo: Served) -> Audit:
    pages = pages_to_check(served_demo.build.site)
    return audit_site(served_demo.base, pages, load_config())


def test_every_page_has_no_axe_violations(audit: Audit, served_demo: Served) -> None:
    sampled = bool(os.environ.get("SIGNPOST_A11Y_SAMPLE"))
    report = write_report(
        audit.findings, len(audit.pages), audit.axe_core, REPORTS, sampled=sampled
    )
    if not os.environ.get("SIGNPOST_A11Y_SAMPLE"):
        assert audit.pages == site_pages(served_demo.build.site)
    assert audit.pages, "there are pages to check"
    assert audit.axe_core.startswith("4."), audit.axe_core
    details = "\n".join(map(str, audit.findings))
    assert not audit.findings, f"{len(audit.findings)} violations (report: {report}):\n{details}"


def test_no_page_requests_anything_from_another_host(audit: Audit, served_demo: Served) -> None:
    assert all(audit.requests[page] for page in audit.pages), "every page made requests"
    leaks = {page: foreign(urls, served_demo.base) for page, urls in audit.requests.items()}
    assert {page: urls for page, urls in leaks.items() if urls} == {}


def test_no_page_logs_an_error_in_the_browser_console(audit: Audit) -> None:
    # A failed request or a script error is a broken page for somebody, even if axe passes.
    assert {page: errors for page, errors in audit.console_errors.items() if errors} == {}


def test_no_page_sets_a_cookie(audit: Audit) -> None:
    assert {page: c for page, c in audit.cookies.items() if c} == {}


def test_disabled_rules_need_a_reason(tmp_path: Path) -> None:
    config = tmp_path / "axe.yml"
    config.write_text("tags: [wcag2a]\ndisabled_rules:\n  color-contrast: ''\nvariants: []\n")
    with pytest.raises(ValueError, match="needs a written reason"):
        load_config(config)


def test_sample_keeps_every_content_page() -> None:
    pages = ["", "health/", "services/a/", "services/b/", "services/c/", "find/a-z/", "find/x/"]
    kept = sample(pages, 1)
    assert {"", "health/"} <= set(kept)
    assert sum(p.startswith("services/") for p in kept) == 1
    assert sum(p.startswith("find/") for p in kept) == 1
