"""Search and filters on the served demo site, in a real browser, over the real Pagefind index."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from browser.axe_check import check_current, load_config
from browser.chrome import emulate
from conftest import REPO, Served
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait
from signpost.directory.load import Entry, load_directory

STATUS = "[data-app-status]"


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return load_directory(REPO / "directory").entries


def status(driver: webdriver.Chrome) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, STATUS).text)


def wait_for_status(driver: webdriver.Chrome, before: str = "") -> str:
    WebDriverWait(driver, 15).until(lambda d: status(d) not in ("", before))
    return status(driver)


def wait_until_done(driver: webdriver.Chrome) -> None:
    """Wait for the search that the last key press or tick started to finish."""
    WebDriverWait(driver, 15).until(
        lambda d: (
            d.find_element(By.CSS_SELECTOR, "[data-app-results]").get_attribute("aria-busy") is None
        )
    )


def every_result(driver: webdriver.Chrome) -> list[str]:
    """Press "Show more" until every result is on the page; return the result titles."""
    more = driver.find_element(By.CSS_SELECTOR, "[data-app-more]")
    while more.is_displayed():
        shown = len(titles(driver))
        more.click()
        WebDriverWait(driver, 10).until(lambda d, shown=shown: len(titles(d)) > shown)
    return titles(driver)


def titles(driver: webdriver.Chrome) -> list[str]:
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, "[data-app-results] h2 a")]


def tick(driver: webdriver.Chrome, box_id: str) -> WebElement:
    """Open the box's filter group and tick it with the keyboard, as without a mouse."""
    box = driver.find_element(By.ID, box_id)
    group = box.find_element(By.XPATH, "ancestor::details[@data-app-group]")
    if not group.get_attribute("open"):
        group.find_element(By.TAG_NAME, "summary").send_keys(Keys.ENTER)
        WebDriverWait(driver, 5).until(lambda d: group.get_attribute("open"))
    driver.execute_script("arguments[0].focus()", box)
    box.send_keys(Keys.SPACE)
    return box


def open_filters(driver: webdriver.Chrome) -> None:
    summary = driver.find_element(By.CSS_SELECTOR, "[data-app-filters] summary")
    summary.send_keys(Keys.ENTER)
    WebDriverWait(driver, 5).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "[data-app-filters]").get_attribute("open")
    )


def test_typing_a_query_lists_matching_services(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    driver.get(served_demo.base + "find/")
    box = driver.find_element(By.ID, "find-q")
    assert box.is_displayed(), "the search form shows once its script runs"
    box.send_keys("swimming")
    found = wait_for_status(driver)
    names = every_result(driver)
    assert found == f"{len(names)} services found for “swimming”"
    assert names, "somebody offers swimming"
    assert parse_qs(urlsplit(driver.current_url).query) == {"q": ["swimming"]}


def test_a_need_and_an_age_show_exactly_the_services_that_fit(
    driver: webdriver.Chrome, served_demo: Served, entries: list[Entry]
) -> None:
    driver.get(served_demo.base + "find/")
    open_filters(driver)
    tick(driver, "find-need-autism")
    wait_for_status(driver)
    driver.find_element(By.ID, "find-age").send_keys("17")
    wait_until_done(driver)
    second = status(driver)
    expected = sorted(
        e.service.name
        for e in entries
        if (not e.service.needs or "autism" in e.service.needs)
        and e.service.age.min <= 17 <= e.service.age.max
    )
    shown = every_result(driver)
    assert shown == expected, "sorted by name when there are no words to match"
    assert second == f"{len(expected)} services found"
    assert 0 < len(expected) < len(entries)
    query = parse_qs(urlsplit(driver.current_url).query)
    assert query == {"need": ["autism"], "age": ["17"]}


def test_needs_widen_and_areas_narrow(
    driver: webdriver.Chrome, served_demo: Served, entries: list[Entry]
) -> None:
    driver.get(served_demo.base + "find/?need=hearing&need=vision&area=east&cost=free")
    wait_for_status(driver)
    needs = {"hearing", "vision"}
    expected = sorted(
        e.service.name
        for e in entries
        if (not e.service.needs or needs & set(e.service.needs))
        and "east" in e.service.areas
        and e.service.cost.lower().startswith("free")
    )
    assert every_result(driver) == expected
    assert expected
    assert driver.find_element(By.ID, "find-area-east").is_selected(), "the address sets the boxes"
    assert driver.find_element(By.CSS_SELECTOR, "[data-app-filters]").get_attribute("open")


def test_a_shared_address_shows_the_same_results(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    driver.get(served_demo.base + "find/")
    driver.find_element(By.ID, "find-q").send_keys("therapy", Keys.ENTER)
    wait_for_status(driver)
    open_filters(driver)
    tick(driver, "find-area-north")
    wait_until_done(driver)
    assert "area=north" in driver.current_url
    address, names = driver.current_url, every_result(driver)
    driver.get("about:blank")
    driver.get(address)
    wait_for_status(driver)
    assert every_result(driver) == names
    assert driver.find_element(By.ID, "find-q").get_attribute("value") == "therapy"


def test_no_results_says_what_to_try(driver: webdriver.Chrome, served_demo: Served) -> None:
    driver.get(served_demo.base + "find/?q=xylophonequartet")
    assert wait_for_status(driver) == "No services found for “xylophonequartet”."
    assert titles(driver) == []
    none = driver.find_element(By.CSS_SELECTOR, "[data-app-none]")
    assert none.is_displayed()
    hrefs = [a.get_attribute("href") for a in none.find_elements(By.TAG_NAME, "a")]
    assert served_demo.base + "find/a-z/" in hrefs
    assert "tel:+441632960000" in hrefs
    assert not driver.find_element(By.CSS_SELECTOR, "[data-app-suggest]").is_displayed()


def test_clear_filters_empties_the_results(driver: webdriver.Chrome, served_demo: Served) -> None:
    driver.get(served_demo.base + "find/?need=autism")
    wait_for_status(driver)
    driver.find_element(By.CSS_SELECTOR, "[data-app-clear]").click()
    WebDriverWait(driver, 5).until(lambda d: status(d) == "")
    assert titles(driver) == []
    assert not driver.find_element(By.ID, "find-need-autism").is_selected()
    assert urlsplit(driver.current_url).query == ""


def test_site_search_finds_information_pages_too(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    driver.get(served_demo.base + "search/?q=tribunal")
    wait_for_status(driver)
    cards = driver.find_elements(By.CSS_SELECTOR, "[data-app-results] .app-service-card")
    kinds = {
        c.find_element(By.CSS_SELECTOR, ".app-tag").text
        for c in cards
        if c.find_elements(By.CSS_SELECTOR, ".app-tag")
    }
    assert "Information" in kinds
    assert any(c.find_elements(By.CSS_SELECTOR, "mark") for c in cards), "matched words marked"
    driver.get(served_demo.base + "search/?q=tribunal&type=page")
    wait_for_status(driver)
    links = [
        a.get_attribute("href")
        for a in driver.find_elements(By.CSS_SELECTOR, "[data-app-results] h2 a")
    ]
    assert links and not [link for link in links if "/services/" in link]


def test_the_header_search_link_leads_to_the_search_page(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    driver.get(served_demo.base + "health/")
    driver.find_element(By.CSS_SELECTOR, "a.app-header-search").click()
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith("/search/"))
    assert driver.find_element(By.ID, "search-q").is_displayed()


def test_search_with_results_and_filters_open_has_no_axe_violations(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    config = load_config()
    findings = []
    for variant in config["variants"]:
        emulate(driver, width=variant["width"], dark=variant["dark"])
        for page in ("find/?q=club&need=autism&age=7", "search/?q=tribunal"):
            driver.get(served_demo.base + page)
            wait_for_status(driver)
            for details in driver.find_elements(By.CSS_SELECTOR, "[data-app-filters]"):
                driver.execute_script("arguments[0].open = true", details)
            findings += check_current(driver, page, variant["name"], config)
    assert not findings, "\n".join(map(str, findings))
