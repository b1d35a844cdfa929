"""Opening times on the served demo: "Open today" worked out in a real browser on a pinned
date, and the "When" filter of Find a service over the real Pagefind index."""

from __future__ import annotations

import pytest
from conftest import REPO, Served
from selenium import webdriver
from selenium.webdriver.common.by import By
from signpost.directory.load import Entry, load_directory
from signpost.directory.times import when_tags
from signpost.website.search_tags import all_sessions
from test_search import every_result, open_filters, tick, wait_for_status

# Replaces Date before any script of the page runs, so "now" is the given moment.
PIN = """
(() => {
  const fixed = Date.parse("%s");
  const Real = Date;
  class Pinned extends Real {
    constructor(...args) { if (args.length) super(...args); else super(fixed); }
    static now() { return fixed; }
  }
  globalThis.Date = Pinned;
})();
"""


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return load_directory(REPO / "directory").entries


def open_on(driver: webdriver.Chrome, url: str, moment: str) -> str:
    """Open a page as if the time were `moment` (UTC); return the "today" line."""
    added = driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": PIN % moment}
    )
    try:
        driver.get(url)
    finally:
        driver.execute_cdp_cmd(
            "Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]}
        )
    line = driver.find_element(By.CSS_SELECTOR, "[data-app-today]")
    assert line.is_displayed()
    return str(line.text)


def today_row(driver: webdriver.Chrome) -> list[str]:
    rows = driver.find_elements(By.CSS_SELECTOR, ".app-times__row--today th")
    return [row.text for row in rows]


def test_open_today_on_the_day_it_runs_and_closed_on_others(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    page = served_demo.base + "services/ashby-moor-saturday-club/"
    # Saturday 5 December 2026, 11am.
    assert open_on(driver, page, "2026-12-05T11:00:00Z") == (
        "Open today: 10am to 1pm, term time only"
    )
    assert today_row(driver) == ["Saturday (today)"]
    # Monday 7 December 2026.
    assert open_on(driver, page, "2026-12-07T11:00:00Z") == "Closed today"
    assert today_row(driver) == ["Monday (today)"]


def test_today_is_today_in_the_uk_whatever_the_clock_of_the_device(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    page = served_demo.base + "services/ashby-moor-saturday-club/"
    # 11:30pm UTC on Saturday 4 July 2026 is already Sunday in British Summer Time.
    assert open_on(driver, page, "2026-07-04T23:30:00Z") == "Closed today"
    assert today_row(driver) == ["Sunday (today)"]


def test_every_other_week_counts_weeks_from_its_starting_date(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    page = served_demo.base + "services/northshire-young-voices/"
    # It starts on Wednesday 9 September 2026: open on the 23rd, not the 16th.
    assert open_on(driver, page, "2026-09-23T12:00:00Z").startswith("Open today: 5pm to 7pm")
    assert open_on(driver, page, "2026-09-16T12:00:00Z") == "Closed today"
    assert open_on(driver, page, "2026-09-02T12:00:00Z") == "Closed today", "before it starts"


def test_without_javascript_the_table_is_there_and_the_today_line_is_not(
    served_demo: Served,
) -> None:
    html = (
        served_demo.build.site / "services" / "ashby-moor-saturday-club" / "index.html"
    ).read_text()
    assert '<th scope="row" class="app-times__day">Monday</th>' in html
    assert "data-app-today hidden" in html


def test_the_when_filter_shows_services_whose_times_match(
    driver: webdriver.Chrome, served_demo: Served, entries: list[Entry]
) -> None:
    driver.get(served_demo.base + "find/")
    open_filters(driver)
    tick(driver, "find-when-evenings")
    wait_for_status(driver)
    expected = sorted(
        e.service.name for e in entries if "evenings" in when_tags(all_sessions(e.service))
    )
    assert every_result(driver) == expected
    assert 0 < len(expected) < len(entries)
    assert "Friday Night Friends" in expected and "Ashby Moor Saturday Club" not in expected


def test_the_phone_line_says_its_own_hours_today(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    page = served_demo.base + "services/northshire-community-transport/"
    open_on(driver, page, "2026-12-05T11:00:00Z")
    lines = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "[data-app-today]")]
    assert lines == ["Open today: 7am to 7pm", "Phone line closed today"]
