"""My shortlist on the served demo, in a real browser: save, remove, share and print, by
keyboard, with nothing leaving the device."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from browser.axe_check import check_current, load_config
from browser.chrome import emulate, start_chrome
from conftest import Served
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

SATURDAY = "ashby-moor-saturday-club"
TRANSPORT = "northshire-community-transport"


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    chrome = start_chrome()
    yield chrome
    chrome.quit()


@pytest.fixture
def fresh(driver: webdriver.Chrome, served_demo: Served) -> webdriver.Chrome:
    """The browser with an empty shortlist."""
    driver.get(served_demo.base)
    driver.execute_script("localStorage.clear()")
    return driver


def saved(driver: webdriver.Chrome) -> list[str]:
    raw = driver.execute_script("return localStorage.getItem('signpost-shortlist')")
    return [item["id"] for item in json.loads(raw or "[]")]


def press(driver: webdriver.Chrome, selector: str, key: str = Keys.ENTER) -> None:
    """Focus a control and press a key on it, as a keyboard user would."""
    control = driver.find_element(By.CSS_SELECTOR, selector)
    driver.execute_script("arguments[0].focus()", control)
    control.send_keys(key)


def open_shortlist(driver: webdriver.Chrome, base: str, query: str = "") -> list[str]:
    driver.get(base + "my-shortlist/" + query)
    WebDriverWait(driver, 10).until(
        lambda d: (
            d.find_element(By.CSS_SELECTOR, "[data-app-shortlist-list]").get_attribute("aria-busy")
            is None
        )
    )
    return [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".app-shortlist__card h2")]


def save_on_page(driver: webdriver.Chrome, base: str, service: str) -> None:
    driver.get(base + f"services/{service}/")
    press(driver, ".app-save__button", Keys.SPACE)


def test_save_on_a_service_page_keeps_it_on_this_device(
    fresh: webdriver.Chrome, served_demo: Served
) -> None:
    driver = fresh
    driver.get(served_demo.base + f"services/{SATURDAY}/")
    button = driver.find_element(By.CSS_SELECTOR, ".app-save__button")
    assert button.is_displayed() and button.get_attribute("aria-pressed") == "false"
    assert button.accessible_name == "Save Ashby Moor Saturday Club to my shortlist"
    press(driver, ".app-save__button", Keys.SPACE)
    assert button.get_attribute("aria-pressed") == "true"
    assert saved(driver) == [SATURDAY]
    link = driver.find_element(By.CSS_SELECTOR, "[data-app-save-link]")
    assert link.is_displayed() and link.text == "My shortlist (1)"
    driver.refresh()
    again = driver.find_element(By.CSS_SELECTOR, ".app-save__button")
    assert again.get_attribute("aria-pressed") == "true", "it is still saved after a reload"
    assert open_shortlist(driver, served_demo.base) == ["Ashby Moor Saturday Club"]
    card = driver.find_element(By.CSS_SELECTOR, ".app-shortlist__card").text
    assert "Call 01632 960501" in card and "Ashby Moor Community Centre" in card


def test_save_on_listing_cards_and_search_results(
    fresh: webdriver.Chrome, served_demo: Served
) -> None:
    driver = fresh
    driver.get(served_demo.base + "find/a-z/")
    cards = driver.find_elements(By.CSS_SELECTOR, ".app-service-card")
    assert cards and all(c.find_element(By.CSS_SELECTOR, ".app-save__button") for c in cards)
    press(driver, ".app-service-card .app-save__button")
    first = cards[0].find_element(By.CSS_SELECTOR, "a").get_attribute("href")
    assert saved(driver) == [urlsplit(first).path.split("/")[-2]]
    driver.get(served_demo.base + "find/?q=minibus")
    WebDriverWait(driver, 15).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "[data-app-results] .app-save__button")
    )
    press(driver, "[data-app-results] .app-save__button")
    assert TRANSPORT in saved(driver)


def test_remove_takes_it_off_and_says_so(fresh: webdriver.Chrome, served_demo: Served) -> None:
    driver = fresh
    save_on_page(driver, served_demo.base, SATURDAY)
    save_on_page(driver, served_demo.base, TRANSPORT)
    names = open_shortlist(driver, served_demo.base)
    assert names == ["Ashby Moor Saturday Club", "Northshire Community Transport"]
    remove = driver.find_element(By.CSS_SELECTOR, ".app-shortlist__remove")
    assert remove.accessible_name == "Remove Ashby Moor Saturday Club from my shortlist"
    press(driver, ".app-shortlist__remove")
    status = driver.find_element(By.CSS_SELECTOR, "[data-app-shortlist-status]")
    assert status.text == "Removed Ashby Moor Saturday Club. 1 service left on your shortlist."
    assert status.get_attribute("role") == "status"
    assert saved(driver) == [TRANSPORT]
    focused = driver.switch_to.active_element
    assert focused.text == "Northshire Community Transport", "focus moves to the next card"
    press(driver, ".app-shortlist__remove")
    assert saved(driver) == []
    empty = driver.find_element(By.CSS_SELECTOR, "[data-app-shortlist-empty]")
    assert empty.is_displayed() and "Your shortlist is empty" in empty.text
    assert not driver.find_element(By.CSS_SELECTOR, "[data-app-shortlist-actions]").is_displayed()


def test_share_as_a_link_and_by_email(fresh: webdriver.Chrome, served_demo: Served) -> None:
    driver = fresh
    save_on_page(driver, served_demo.base, SATURDAY)
    save_on_page(driver, served_demo.base, TRANSPORT)
    open_shortlist(driver, served_demo.base)
    link = driver.find_element(By.CSS_SELECTOR, "[data-app-share]").get_attribute("value")
    assert parse_qs(urlsplit(link).query) == {"services": [f"{SATURDAY},{TRANSPORT}"]}
    mail = driver.find_element(By.CSS_SELECTOR, "[data-app-mail]").get_attribute("href")
    parts = urlsplit(mail)
    assert parts.scheme == "mailto" and parts.path == "", "no address: the family chooses"
    body = unquote(parse_qs(parts.query)["body"][0])
    assert "Ashby Moor Saturday Club\nCall 01632 960501" in body
    assert f"services/{TRANSPORT}/" in body and link in body

    # Someone else opens the link, on a device with nothing saved.
    driver.execute_script("localStorage.clear()")
    names = open_shortlist(driver, served_demo.base, "?" + urlsplit(link).query)
    assert names == ["Ashby Moor Saturday Club", "Northshire Community Transport"]
    assert driver.find_element(By.CSS_SELECTOR, "[data-app-shared]").is_displayed()
    assert saved(driver) == [], "a shared link saves nothing until asked"
    assert not driver.find_elements(By.CSS_SELECTOR, ".app-shortlist__remove")
    press(driver, "[data-app-keep-shared]")
    assert saved(driver) == [SATURDAY, TRANSPORT]


def test_a_shared_link_ignores_anything_that_is_not_a_service_id(
    fresh: webdriver.Chrome, served_demo: Served
) -> None:
    query = f"?services={SATURDAY},<script>,../../etc,no-such-service"
    names = open_shortlist(fresh, served_demo.base, query)
    assert names == ["Ashby Moor Saturday Club", "no-such-service"]
    assert (
        "We could not find this service"
        in fresh.find_elements(By.CSS_SELECTOR, ".app-shortlist__card")[1].text
    )


def test_print_opens_the_print_dialog_and_prints_only_the_list(
    fresh: webdriver.Chrome, served_demo: Served
) -> None:
    driver = fresh
    save_on_page(driver, served_demo.base, SATURDAY)
    open_shortlist(driver, served_demo.base)
    driver.execute_script("window.printed = 0; window.print = () => { window.printed += 1; }")
    press(driver, "[data-app-print]")
    assert driver.execute_script("return window.printed") == 1
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        hidden = (".app-shortlist__remove", "[data-app-print]", "[data-app-share]", ".md-header")
        for selector in hidden:
            assert not driver.find_element(By.CSS_SELECTOR, selector).is_displayed(), selector
        card = driver.find_element(By.CSS_SELECTOR, ".app-shortlist__card")
        assert card.is_displayed() and "Call 01632 960501" in card.text
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_without_javascript_there_is_no_save_button(served_demo: Served) -> None:
    page = (served_demo.build.site / "services" / SATURDAY / "index.html").read_text()
    assert 'class="app-save" data-app-save="ashby-moor-saturday-club"' in page
    box = page.split('class="app-save"', 1)[1].split(">", 1)[0]
    assert " hidden" in box
    shortlist = (served_demo.build.site / "my-shortlist" / "index.html").read_text()
    assert "data-app-shortlist-off" in shortlist and "needs JavaScript" in shortlist


def test_the_shortlist_page_has_no_axe_violations(
    fresh: webdriver.Chrome, served_demo: Served
) -> None:
    driver = fresh
    save_on_page(driver, served_demo.base, SATURDAY)
    config = load_config()
    findings = []
    for variant in config["variants"]:
        emulate(driver, width=variant["width"], dark=variant["dark"])
        open_shortlist(driver, served_demo.base)
        findings += check_current(driver, "my-shortlist/", variant["name"], config)
        driver.get(served_demo.base + f"services/{SATURDAY}/")
        findings += check_current(driver, f"services/{SATURDAY}/", variant["name"], config)
    assert not findings, "\n".join(map(str, findings))
