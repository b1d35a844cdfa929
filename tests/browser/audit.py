"""Visit every page of a served site once per variant: axe findings, requests and cookies."""

from __future__ import annotations

import json
import os
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from selenium import webdriver

from browser.axe_check import Finding, axe_version, check_page
from browser.chrome import start_chrome


@dataclass
class Audit:
    """What the browser saw across the whole site."""

    pages: list[str]
    findings: list[Finding] = field(default_factory=list)
    requests: dict[str, set[str]] = field(default_factory=dict)
    cookies: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    console_errors: dict[str, list[str]] = field(default_factory=dict)
    axe_core: str = ""


def site_pages(site: Path) -> list[str]:
    """Return the address (relative to the site root) of every HTML page in a built site."""
    pages = []
    for file in sorted(site.rglob("*.html")):
        relative = file.relative_to(site).as_posix()
        pages.append(relative.removesuffix("index.html"))
    return pages


def sample(pages: list[str], per_kind: int, seed: int = 1) -> list[str]:
    """Keep every content page and up to `per_kind` generated service and listing pages."""
    generated = ("services/", "find/")
    kept = [p for p in pages if not p.startswith(generated)]
    chooser = random.Random(seed)
    for kind in generated:
        group = [p for p in pages if p.startswith(kind)]
        kept += chooser.sample(group, min(per_kind, len(group)))
    return sorted(kept)


def pages_to_check(site: Path) -> list[str]:
    """Return every page, or a sample if SIGNPOST_A11Y_SAMPLE sets generated pages per kind."""
    pages = site_pages(site)
    per_kind = os.environ.get("SIGNPOST_A11Y_SAMPLE")
    return sample(pages, int(per_kind)) if per_kind else pages


def audit_site(base: str, pages: list[str], config: dict[str, Any], workers: int = 0) -> Audit:
    """Check `pages` of the site served at `base` with one browser per core (at most 4)."""
    workers = workers or max(1, min(4, os.cpu_count() or 1))
    audit = Audit(pages)
    shares = [pages[i::workers] for i in range(workers)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for part in pool.map(lambda share: _audit_share(base, share, config), shares):
            audit.findings += part.findings
            audit.requests.update(part.requests)
            audit.cookies.update(part.cookies)
            audit.console_errors.update(part.console_errors)
            audit.axe_core = audit.axe_core or part.axe_core
    return audit


def _audit_share(base: str, pages: list[str], config: dict[str, Any]) -> Audit:
    part = Audit(pages)
    if not pages:
        return part
    driver = start_chrome()
    try:
        driver.get("about:blank")
        driver.get_log("performance")  # forget the browser's own start-up requests
        for page in pages:
            driver.get_log("performance")
            driver.get_log("browser")
            part.findings += check_page(driver, base + page, page or "(home)", config)
            part.requests[page] = requested_urls(driver)
            part.cookies[page] = driver.get_cookies()
            part.console_errors[page] = [
                e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"
            ]
        part.axe_core = axe_version(driver)
    finally:
        driver.quit()
    return part


def requested_urls(driver: webdriver.Chrome) -> set[str]:
    """Return every URL the browser asked for since the performance log was last read."""
    urls = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.add(message["params"]["request"]["url"])
    return urls


def foreign(urls: set[str], base: str) -> set[str]:
    """Return the URLs that go anywhere but the site's own host."""
    own = urlsplit(base).netloc
    return {
        u for u in urls if urlsplit(u).scheme not in {"data", "blob"} and urlsplit(u).netloc != own
    }
