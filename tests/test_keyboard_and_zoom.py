"""What axe cannot check: reflow, zoom, the skip link, Tab order and focus, reduced motion."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser.chrome import emulate, start_chrome
from browser.keyboard import horizontal_overflow, longest_motion, mark_reachable, tab_through
from conftest import Served
from selenium import webdriver

# One page of each kind: home, content, Find a service, listing, long A to Z, service, 404,
# You said, we did (with its filter) and a local area.
PAGES = [
    "",
    "ehc-needs-assessments-and-plans/",
    "find/",
    "find/category/short-breaks/",
    "find/a-z/",
    "services/northshire-sendiass/",
    "404.html",
    "you-said-we-did/",
    "have-your-say/areas/north/",
]


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    chrome = start_chrome()
    yield chrome
    chrome.quit()


@pytest.mark.parametrize("page", PAGES)
def test_no_sideways_scrolling_at_320px(
    driver: webdriver.Chrome, served_demo: Served, page: str
) -> None:
    for dark in (False, True):
        emulate(driver, width=320, dark=dark)
        driver.get(served_demo.base + page)
        assert horizontal_overflow(driver) <= 0, f"{page or 'home'} scrolls sideways at 320px"


@pytest.mark.parametrize("page", PAGES)
def test_text_at_200_percent_still_fits(
    driver: webdriver.Chrome, served_demo: Served, page: str
) -> None:
    # Browser zoom at 200% on a 1280px window lays the page out 640 CSS pixels wide.
    emulate(driver, width=640, dark=False)
    driver.get(served_demo.base + page)
    assert horizontal_overflow(driver) <= 0, "page zoom"
    # Text-only zoom (WCAG 1.4.4): double the root font size at desktop width.
    emulate(driver, width=1280, dark=False)
    driver.get(served_demo.base + page)
    driver.execute_script("document.documentElement.style.fontSize = '200%'")
    assert horizontal_overflow(driver) <= 0, "text zoom"


@pytest.mark.parametrize("page", PAGES)
def test_first_tab_stop_skips_to_the_main_content(
    driver: webdriver.Chrome, served_demo: Served, page: str
) -> None:
    emulate(driver, width=1280, dark=False)
    driver.get(served_demo.base + page)
    first = tab_through(driver, 1)[0]
    assert first["tag"] == "a" and "skip" in first["text"].lower(), first
    target = first["href"].lstrip("#")
    assert driver.execute_script("return document.getElementById(arguments[0]) !== null", target)
    assert first["visible_focus"], "the skip link shows when focused"


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("width", [320, 1280])
def test_every_control_is_reachable_by_tab_with_visible_focus(
    driver: webdriver.Chrome, served_demo: Served, page: str, width: int
) -> None:
    emulate(driver, width=width, dark=False)
    driver.get(served_demo.base + page)
    controls = mark_reachable(driver)
    stops = tab_through(driver, len(controls) + 10)
    reached = {stop["index"] for stop in stops}
    missed = [html for i, html in enumerate(controls) if i not in reached]
    assert missed == [], f"not reachable by Tab: {missed}"
    hidden = [s for s in stops if not s["visible_focus"]]
    assert hidden == [], f"no visible focus on: {hidden[:5]}"


def test_motion_stops_when_the_reader_asks(driver: webdriver.Chrome, served_demo: Served) -> None:
    emulate(driver, width=1280, dark=False, reduced_motion=False)
    driver.get(served_demo.base)
    assert longest_motion(driver) > 0.05, (
        "the page normally animates, so this check means something"
    )
    for page in PAGES:
        emulate(driver, width=1280, dark=False, reduced_motion=True)
        driver.get(served_demo.base + page)
        assert longest_motion(driver) <= 0.001, page
