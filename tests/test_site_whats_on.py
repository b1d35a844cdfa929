"""What's on, on the served demo, in a real browser: filters by area, age and month, and
events already over drop off on the day, though the page was built before."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import REPO, Served
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from signpost.participation.load import load_participation
from test_site_opening_times import PIN

PAGE = "have-your-say/events/"


@pytest.fixture(scope="module")
def events() -> list[tuple[str, str, dt.date, int, int]]:
    """(id, area, date, youngest, oldest) of every demo event still to come."""
    found = load_participation(REPO / "participation", None, dt.date.today())
    return [
        (
            r.id,
            r.item.area,
            r.item.date,
            *((r.item.age.min, r.item.age.max) if r.item.age else (0, 25)),
        )
        for r in sorted(found.events, key=lambda r: (r.item.date, r.item.start))
        if r.item.date >= dt.date.today()
    ]


def shown(driver: webdriver.Chrome) -> list[str]:
    items = driver.find_elements(By.CSS_SELECTOR, "[data-app-whats-on-list] > li")
    return [
        i.find_element(By.CSS_SELECTOR, "article").get_attribute("id")
        for i in items
        if i.is_displayed()
    ]


def status(driver: webdriver.Chrome) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, "[data-app-whats-on-status]").text)


def test_every_event_shows_until_a_filter_is_chosen(
    driver: webdriver.Chrome, served_demo: Served, events: list[tuple[str, str, dt.date, int, int]]
) -> None:
    driver.get(served_demo.base + PAGE)
    assert driver.find_element(By.CSS_SELECTOR, "[data-app-whats-on]").is_displayed()
    assert shown(driver) == [e[0] for e in events]
    assert status(driver) == f"{len(events)} events coming up"


def test_area_age_and_month_narrow_the_list_and_go_in_the_address(
    driver: webdriver.Chrome, served_demo: Served, events: list[tuple[str, str, dt.date, int, int]]
) -> None:
    driver.get(served_demo.base + PAGE)
    Select(driver.find_element(By.ID, "whats-on-area")).select_by_value("south")
    assert shown(driver) == [e[0] for e in events if e[1] == "south"]
    driver.find_element(By.ID, "whats-on-age").send_keys("4")
    expected = [e[0] for e in events if e[1] == "south" and e[3] <= 4 <= e[4]]
    assert shown(driver) == expected
    assert "half-term-holiday-club" not in expected, "the holiday club is for ages 5 to 14"
    assert (
        status(driver)
        == f"{len(expected)} event{'s' if len(expected) != 1 else ''} match your choices"
    )
    assert parse_qs(urlsplit(driver.current_url).query) == {"area": ["south"], "age": ["4"]}

    driver.get(served_demo.base + PAGE + "?month=2027-02")
    assert (
        Select(driver.find_element(By.ID, "whats-on-month")).first_selected_option.text
        == "February 2027"
    )
    assert shown(driver) == [e[0] for e in events if e[2].strftime("%Y-%m") == "2027-02"]


def test_nothing_matching_says_what_to_try(driver: webdriver.Chrome, served_demo: Served) -> None:
    driver.get(served_demo.base + PAGE + "?area=east&month=2026-12")
    assert shown(driver) == []
    assert driver.find_element(By.CSS_SELECTOR, "[data-app-whats-on-empty]").is_displayed()
    assert status(driver) == "0 events match your choices"


def test_events_already_over_drop_off_in_the_browser(
    driver: webdriver.Chrome, served_demo: Served, events: list[tuple[str, str, dt.date, int, int]]
) -> None:
    later = dt.date(2027, 1, 15)
    added = driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument", {"source": PIN % f"{later.isoformat()}T12:00:00Z"}
    )
    try:
        driver.get(served_demo.base + PAGE)
    finally:
        driver.execute_cdp_cmd(
            "Page.removeScriptToEvaluateOnNewDocument", {"identifier": added["identifier"]}
        )
    expected = [e[0] for e in events if e[2] >= later]
    assert shown(driver) == expected
    assert "relaxed-swim" not in expected and "winter-fun-day" not in expected
    assert status(driver) == f"{len(expected)} events coming up"


def test_calendars_and_the_feed_are_still_published(served_demo: Served) -> None:
    site = served_demo.build.site
    assert (site / PAGE / "upcoming.ics").is_file()
    assert (site / PAGE / "half-term-holiday-club.ics").is_file()
    assert (site / "you-said-we-did" / "feed.xml").is_file()
