"""Families' journeys on a 390 x 844 phone, in a real browser over the built demo site."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser.chrome import start_chrome
from conftest import REPO, Served
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from signpost.directory.load import Entry, load_directory

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
STATUS = "[data-app-status]"


@pytest.fixture(scope="module")
def phone() -> Iterator[webdriver.Chrome]:
    chrome = start_chrome()
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    yield chrome
    chrome.quit()


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return load_directory(REPO / "directory").entries


def status(driver: webdriver.Chrome) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, STATUS).text)


def search(driver: webdriver.Chrome, address: str) -> str:
    """Open a search address and wait for its results; return what the status line says."""
    driver.get(address)
    WebDriverWait(driver, 15).until(lambda d: status(d) != "")
    WebDriverWait(driver, 15).until(
        lambda d: (
            d.find_element(By.CSS_SELECTOR, "[data-app-results]").get_attribute("aria-busy") is None
        )
    )
    return status(driver)


def result_links(driver: webdriver.Chrome) -> list[str]:
    """Return the service ids of the results shown, in order."""
    links = driver.find_elements(By.CSS_SELECTOR, "[data-app-results] h2 a")
    return [str(a.get_attribute("href")).rstrip("/").rsplit("/", 1)[-1] for a in links]


def bottom(driver: webdriver.Chrome, css: str) -> float:
    """Return how far down the page's first screen an element ends, in CSS pixels."""
    element = driver.find_element(By.CSS_SELECTOR, css)
    return float(
        driver.execute_script("return arguments[0].getBoundingClientRect().bottom", element)
    )


def test_every_service_page_shows_how_to_get_in_touch_on_the_first_screen(
    phone: webdriver.Chrome, served_demo: Served, entries: list[Entry]
) -> None:
    late = []
    for entry in entries:
        phone.get(f"{served_demo.base}services/{entry.id}/")
        first = phone.find_elements(By.CSS_SELECTOR, "article .app-contact__link")
        assert first, entry.id
        href = str(first[0].get_attribute("href"))
        contact = entry.service.contact
        if contact.phone or contact.text or contact.email:
            assert href.startswith(("tel:", "sms:", "mailto:")), (entry.id, href)
        for css in (".app-service__name", ".app-service__summary", "article .app-contact__link"):
            if bottom(phone, css) > PHONE["height"]:
                late.append((entry.id, css, bottom(phone, css)))
    assert late == []
