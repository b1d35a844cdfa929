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


# Ashby Moor has an easy read summary with pictures and a website; Community Transport has two
# weeks of opening times and a review notice.
@pytest.mark.parametrize(
    "service", ["send-team", "ashby-moor-saturday-club", "northshire-community-transport"]
)
def test_a_service_of_ordinary_length_prints_on_one_a4_page(
    driver: webdriver.Chrome, served_demo: Served, service: str
) -> None:
    on_paper(driver, served_demo.base + f"services/{service}/")
    assert printed_pages(driver) == 1


# Each piece of text shown inside an element, with its size in CSS pixels (1pt = 96/72 px).
PRINTED_TEXT = """
const walk = document.createTreeWalker(document.querySelector(arguments[0]), NodeFilter.SHOW_TEXT);
const out = [];
for (let n; (n = walk.nextNode()); ) {
  const range = document.createRange();
  range.selectNodeContents(n);
  if (!n.textContent.trim() || !range.getClientRects().length) continue;
  const easyRead = Boolean(n.parentElement.closest(".app-easy-read"));
  out.push([n.textContent.trim().slice(0, 40), parseFloat(getComputedStyle(n.parentElement).fontSize), easyRead]);
}
return out;
"""


def test_a_printed_service_is_11pt_or_more_and_its_easy_read_14pt_or_more(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    on_paper(driver, served_demo.base + "services/ashby-moor-saturday-club/")
    sizes = driver.execute_script(PRINTED_TEXT, ".app-service")
    pt = 96 / 72
    small = [(text, size) for text, size, _ in sizes if size < 11 * pt - 0.01]
    small_easy_read = [(text, size) for text, size, easy in sizes if easy and size < 14 * pt - 0.01]
    assert len(sizes) > 40 and sum(easy for *_, easy in sizes) == 4
    assert small == []
    assert small_easy_read == []


def test_a_content_page_prints_without_navigation(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    on_paper(driver, served_demo.base + "personal-budgets/")
    assert driver.find_element(By.CSS_SELECTOR, ".app-print-header").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, ".md-sidebar--primary").is_displayed()
    assert not driver.find_element(By.CSS_SELECTOR, ".app-feedback").is_displayed()
    assert driver.find_element(By.CSS_SELECTOR, "h1").text == "Personal budgets and direct payments"
