"""Printed pages of the served demo: the site, address and date on top; no navigation,
search, feedback or buttons; every contact written out; a service on one A4 page."""

from __future__ import annotations

import base64
import datetime as dt
import re
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from browser.chrome import start_chrome
from conftest import Served
from selenium import webdriver
from selenium.webdriver.common.by import By

HIDDEN_ON_PAPER = (
    ".md-header",
    ".md-sidebar--primary",
    ".md-footer",
    ".app-feedback",
    ".app-back",
    ".app-save",
    ".app-service__edit",
    ".app-times__today",
)


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    chrome = start_chrome()
    yield chrome
    chrome.quit()


def printed_pages(driver: webdriver.Chrome) -> int:
    """Print the open page to A4 as Chromium does, and count the sheets."""
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})
    counts = re.findall(rb"/Count (\d+)", base64.b64decode(pdf["data"]))
    return max(int(n) for n in counts)


def on_paper(driver: webdriver.Chrome, url: str) -> None:
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.get(url)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})


def test_a_printed_service_says_whose_it_is_where_and_when(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    on_paper(driver, served_demo.base + "services/ashby-moor-saturday-club/")
    header = driver.find_element(By.CSS_SELECTOR, ".app-print-header")
    assert header.is_displayed()
    lines = header.text.splitlines()
    assert lines[0] == "Northshire Local Offer"
    assert lines[1].endswith("/services/ashby-moor-saturday-club/")
    today = dt.datetime.now(ZoneInfo("Europe/London")).date()
    assert lines[2] == f"Printed on {today.day} {today:%B %Y}"
    for selector in HIDDEN_ON_PAPER:
        for element in driver.find_elements(By.CSS_SELECTOR, selector):
            assert not element.is_displayed(), selector
    website = driver.find_element(By.CSS_SELECTOR, ".app-contact__link[href^='https:']")
    after = driver.execute_script(
        "return getComputedStyle(arguments[0], '::after').content", website
    )
    assert after == '" (https://example.org/ashby-moor-saturday-club)"'
    assert "Call 01632 960501" in driver.find_element(By.CSS_SELECTOR, ".app-contact").text


def test_the_header_is_for_paper_only(driver: webdriver.Chrome, served_demo: Served) -> None:
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    driver.get(served_demo.base + "services/ashby-moor-saturday-club/")
    assert not driver.find_element(By.CSS_SELECTOR, ".app-print-header").is_displayed()


# Known: with its easy read summary (pictures, issue 14) and contact box (issue 13), this
# service now takes two pages. Strict: the test fails once it fits again, to be put back.
TWO_PAGES = pytest.mark.xfail(strict=True, reason="easy read summary makes it two A4 pages")


@pytest.mark.parametrize(
    "service",
    [
        "send-team",
        pytest.param("ashby-moor-saturday-club", marks=TWO_PAGES),
        "northshire-community-transport",
    ],
)
def test_a_service_of_ordinary_length_prints_on_one_a4_page(
    driver: webdriver.Chrome, served_demo: Served, service: str
) -> None:
    on_paper(driver, served_demo.base + f"services/{service}/")
    assert printed_pages(driver) == 1


def test_a_content_page_prints_without_navigation(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    on_paper(driver, served_demo.base + "personal-budgets/")
    assert driver.find_element(By.CSS_SELECTOR, ".app-print-header").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, ".md-sidebar--primary").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, ".app-feedback").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, "h1").text == "Personal budgets and direct payments"
