"""Measure in headless Chromium what a family's phone downloads: page visits and a search."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser.chrome import start_chrome

from benchmarks.static_server import Host

SEARCH_SCRIPT = """
const [query, typingMs, done] = arguments;
const form = document.querySelector("form[data-app-search]");
const status = form.querySelector("[data-app-status]");
const list = form.querySelector("[data-app-results]");
if (typingMs) {
  form.elements.q.focus();
  await new Promise((resolve) => setTimeout(resolve, typingMs));
}
form.elements.q.value = query;
const start = performance.now();
const finished = () => status.textContent && !list.hasAttribute("aria-busy");
const watcher = new MutationObserver(() => {
  if (!finished()) return;
  watcher.disconnect();
  done({ms: performance.now() - start, status: status.textContent});
});
watcher.observe(form, {subtree: true, childList: true, attributes: true, characterData: true});
status.textContent = "";
form.requestSubmit();
"""


@dataclass(frozen=True)
class Transfer:
    """Bytes over the network (as sent, so gzipped where the host gzips) and request count."""

    bytes: int
    requests: int


@dataclass(frozen=True)
class SearchTiming:
    """One search: what it fetched and how long until results showed."""

    query: str
    when: str
    transfer: Transfer
    milliseconds: float
    status: str


def transferred(host: Host) -> Transfer:
    """Return what the host sent since the last call.

    Counted at the host, not from Chromium's log: Pagefind fetches its index from a Web
    Worker, whose requests the page's network log does not show.
    """
    return Transfer(*host.traffic.take())


def browser() -> Any:
    """Start Chromium on a blank page, with its own start-up traffic already forgotten."""
    driver = start_chrome()
    driver.get("about:blank")
    driver.get_log("performance")
    return driver


def visit(driver: Any, host: Host, page: str) -> Transfer:
    """Load a page and wait for it to settle; return what it downloaded."""
    host.traffic.take()
    driver.get(host.base + page)
    driver.execute_async_script("const done = arguments[0]; setTimeout(done, 1000);")
    return transferred(host)


def first_and_repeat(host: Host, page: str) -> tuple[Transfer, Transfer]:
    """Visit a page with an empty cache, then again as a returning visitor."""
    driver = browser()
    try:
        first = visit(driver, host, page)
        repeat = visit(driver, host, page)
    finally:
        driver.quit()
    return first, repeat


TYPING_MS = 1000  # a quick typist's time for a word, between focusing the box and searching


def search(host: Host, queries: list[str]) -> list[SearchTiming]:
    """Time searches on Find a service: cold, as a family types, then the next ones."""
    timings = [_search_fresh(host, queries[0], "cold: searched the moment the page loaded")]
    driver = browser()
    try:
        visit(driver, host, "find/")
        for number, query in enumerate(queries):
            typing = TYPING_MS if number == 0 else 0
            when = "first, typed after focusing the box" if number == 0 else "next search"
            timings.append(_timed(driver, host, query, typing, when))
    finally:
        driver.quit()
    return timings


def _search_fresh(host: Host, query: str, when: str) -> SearchTiming:
    driver = browser()
    try:
        visit(driver, host, "find/")
        return _timed(driver, host, query, 0, when)
    finally:
        driver.quit()


def _timed(driver: Any, host: Host, query: str, typing: int, when: str) -> SearchTiming:
    result = driver.execute_async_script(SEARCH_SCRIPT, query, typing)
    driver.execute_async_script("const done = arguments[0]; setTimeout(done, 300);")
    return SearchTiming(query, when, transferred(host), float(result["ms"]), result["status"])
