"""Easy read in a real browser: found from the home page, read aloud, printed for review.

Speech is replaced by a stub that records what it is asked to say, so the tests hear nothing
and run the same on every machine; the page cannot tell the stub from the browser's speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from browser.axe_check import check_current, load_config
from browser.chrome import emulate, start_chrome
from conftest import REPO, Served
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from signpost.easy_read.rules import page_ideas

LISTEN = "[data-app-listen]"
PLAY = "[data-app-listen-play]"
PAUSE = "[data-app-listen-pause]"
STOP = "[data-app-listen-stop]"
STATUS = "[data-app-listen-status]"
# A recording stand-in for the Web Speech API: speak() only records; finish() ends the
# utterance being spoken, as the browser does when it has said it.
SPEECH_STUB = """
(() => {
  const log = {spoken: [], calls: [], current: null, scrolls: []};
  window.__speech = log;
  function Utterance(text) { this.text = text; this.lang = ""; this.onend = null; this.onerror = null; }
  const synth = {
    speak(u) { log.spoken.push(u.text); log.calls.push("speak"); log.current = u; },
    pause() { log.calls.push("pause"); },
    resume() { log.calls.push("resume"); },
    cancel() {
      log.calls.push("cancel");
      const u = log.current; log.current = null;
      if (u && u.onerror) { u.onerror({error: "interrupted"}); }
    },
    getVoices() { return []; },
  };
  log.finish = () => { const u = log.current; log.current = null; if (u && u.onend) { u.onend({}); } };
  Object.defineProperty(window, "speechSynthesis", {value: synth, configurable: true});
  Object.defineProperty(window, "SpeechSynthesisUtterance", {value: Utterance, configurable: true});
  Element.prototype.scrollIntoView = function (options) { log.scrolls.push(options && options.behavior); };
})();
"""
NO_SPEECH = """
Object.defineProperty(window, "speechSynthesis", {value: undefined, configurable: true});
Object.defineProperty(window, "SpeechSynthesisUtterance", {value: undefined, configurable: true});
"""


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    chrome = start_chrome()
    yield chrome
    chrome.quit()


@pytest.fixture
def speech(driver: webdriver.Chrome) -> Iterator[None]:
    """Give every page loaded during the test the recording speech stub."""
    added = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": SPEECH_STUB})
    yield
    driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", added)


def log(driver: webdriver.Chrome) -> dict[str, Any]:
    return dict(
        driver.execute_script(
            "const l = window.__speech;"
            "return {spoken: l.spoken, calls: l.calls, scrolls: l.scrolls, speaking: !!l.current};"
        )
    )


def shown(driver: webdriver.Chrome, selector: str) -> bool:
    return bool(driver.find_element(By.CSS_SELECTOR, selector).is_displayed())


def current(driver: webdriver.Chrome) -> list[str]:
    found = driver.find_elements(By.CSS_SELECTOR, ".app-listen-current")
    return [" ".join(e.text.split()) for e in found]


def expected_speech(source: str) -> list[str]:
    """What the page should say, from its Markdown: each heading and each idea, in order."""
    body = source.split("\n---\n", 1)[1]
    said = {idea.line: idea.text for idea in page_ideas("---\n---\n" + body)}
    for number, line in enumerate(("---\n---\n" + body).splitlines(), 1):
        if line.startswith("#"):
            said[number] = line.lstrip("#").strip()
    return [re.sub(r"\s+", " ", said[n]).strip() for n in sorted(said)]


def axe_clean(driver: webdriver.Chrome, name: str) -> None:
    findings = check_current(driver, name, "as it is now", load_config())
    assert findings == [], "\n".join(map(str, findings))


def test_the_home_page_links_to_easy_read_on_the_first_screen_of_a_small_phone(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    emulate(driver, width=320, dark=False)
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": 320, "height": 568, "deviceScaleFactor": 1, "mobile": True},
    )
    driver.get(served_demo.base)
    link = driver.find_element(By.CSS_SELECTOR, ".app-easy-read-link a")
    box = driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return {top: r.top, bottom: r.bottom, height: innerHeight, scroll: scrollY};",
        link,
    )
    assert box["scroll"] == 0
    assert box["top"] > 0 and box["bottom"] <= box["height"], box
    assert link.find_element(By.CSS_SELECTOR, "img").get_attribute("alt") == ""
    assert link.find_element(By.CSS_SELECTOR, "img").get_attribute("naturalWidth") != "0"
    link.click()
    WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith("/easy-read/"))
    pages = driver.find_elements(By.CSS_SELECTOR, ".app-easy-read-index .app-picture-links a")
    hrefs = {p.get_attribute("href").removeprefix(served_demo.base) for p in pages}
    easy = {f"easy-read/{p.stem}/" for p in (REPO / "content" / "easy-read").glob("*.md")}
    assert easy - {"easy-read/index/"} <= hrefs
    assert any(h.startswith("services/") and h.endswith("/#easy-read") for h in hrefs)


def test_listen_reads_each_idea_in_order_highlighting_it_then_stops_by_itself(
    driver: webdriver.Chrome, served_demo: Served, speech: None
) -> None:
    emulate(driver, width=1280, dark=False)
    driver.get(served_demo.base + "easy-read/travel/")
    assert shown(driver, LISTEN) and not shown(driver, PAUSE) and not shown(driver, STOP)
    expected = expected_speech((REPO / "content" / "easy-read" / "travel.md").read_text())
    driver.find_element(By.CSS_SELECTOR, PLAY).click()
    heard = []
    for text in expected:
        assert log(driver)["spoken"][-1] == text
        assert current(driver) == [text]
        heard.append(text)
        driver.execute_script("window.__speech.finish()")
    assert log(driver)["spoken"] == heard
    assert not log(driver)["speaking"]
    assert current(driver) == []
    assert driver.find_element(By.CSS_SELECTOR, STATUS).get_attribute("textContent") == (
        "Finished reading."
    )
    assert not shown(driver, PAUSE)
    # Focus was on a button that is still there, or has come back to Listen.
    assert driver.switch_to.active_element.get_attribute("data-app-listen-play") is not None


def test_pause_resume_and_stop_with_their_state_announced_and_axe_clean_throughout(
    driver: webdriver.Chrome, served_demo: Served, speech: None
) -> None:
    emulate(driver, width=320, dark=True)
    driver.get(served_demo.base + "easy-read/complaints/")
    axe_clean(driver, "easy read page, Listen ready")
    driver.find_element(By.CSS_SELECTOR, PLAY).click()
    driver.execute_script("window.__speech.finish()")
    assert current(driver) == ["Sometimes you may not be happy with the help you get."]
    pause = driver.find_element(By.CSS_SELECTOR, PAUSE)
    status = driver.find_element(By.CSS_SELECTOR, STATUS)
    assert status.get_attribute("aria-live") == "polite"
    assert pause.get_attribute("aria-pressed") == "false"
    assert status.get_attribute("textContent") == "Reading aloud."
    axe_clean(driver, "easy read page, reading")
    pause.click()
    assert log(driver)["calls"][-1] == "pause"
    assert pause.get_attribute("aria-pressed") == "true"
    assert status.get_attribute("textContent") == "Paused."
    assert current(driver) == ["Sometimes you may not be happy with the help you get."]
    axe_clean(driver, "easy read page, paused")
    pause.click()
    assert log(driver)["calls"][-1] == "resume"
    assert pause.get_attribute("aria-pressed") == "false"
    driver.find_element(By.CSS_SELECTOR, STOP).click()
    assert log(driver)["calls"][-1] == "cancel"
    assert current(driver) == []
    assert status.get_attribute("textContent") == "Stopped."
    assert not shown(driver, PAUSE) and not shown(driver, STOP)
    assert driver.switch_to.active_element.get_attribute("data-app-listen-play") is not None
    # A late "end" from the cancelled utterance must not start the next idea.
    spoken = len(log(driver)["spoken"])
    driver.execute_script("window.__speech.finish()")
    assert len(log(driver)["spoken"]) == spoken
    axe_clean(driver, "easy read page, stopped")


def test_the_highlight_scrolls_smoothly_only_when_motion_is_welcome(
    driver: webdriver.Chrome, served_demo: Served, speech: None
) -> None:
    for reduced, behaviour in ((True, "auto"), (False, "smooth")):
        emulate(driver, width=320, dark=False, reduced_motion=reduced)
        driver.get(served_demo.base + "easy-read/travel/")
        driver.find_element(By.CSS_SELECTOR, PLAY).click()
        assert set(log(driver)["scrolls"]) == {behaviour}


def test_listen_reads_a_services_easy_read_summary(
    driver: webdriver.Chrome, served_demo: Served, speech: None
) -> None:
    emulate(driver, width=1280, dark=False)
    driver.get(served_demo.base + "services/northshire-portage/")
    driver.find_element(By.CSS_SELECTOR, PLAY).click()
    for _ in range(4):
        driver.execute_script("window.__speech.finish()")
    assert log(driver)["spoken"] == [
        "We visit you and your child at home.",
        "We play together and help your child learn.",
        "You choose the next steps with us.",
        "It is free.",
    ]
    axe_clean(driver, "service page, finished reading")


def test_without_speech_in_the_browser_there_is_no_listen_button(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    added = driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": NO_SPEECH})
    try:
        emulate(driver, width=1280, dark=False)
        for page in ("easy-read/travel/", "services/northshire-portage/"):
            driver.get(served_demo.base + page)
            assert driver.find_elements(By.CSS_SELECTOR, LISTEN)
            assert not shown(driver, LISTEN)
            assert not shown(driver, PLAY)
    finally:
        driver.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", added)


def test_the_review_pack_prints_a_picture_per_idea_at_14pt_or_more(
    driver: webdriver.Chrome, served_demo: Served
) -> None:
    emulate(driver, width=1280, dark=False)
    driver.get(served_demo.base + "easy-read/review-pack/")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        rows = driver.find_elements(By.CSS_SELECTOR, ".app-pack__table tbody tr")
        assert len(rows) > 20
        pictures = driver.execute_script(
            "return [...document.querySelectorAll('.app-pack__table tbody tr')].map(r => {"
            "  const i = r.querySelector('.app-pack__picture img');"
            "  return i && i.complete ? i.naturalWidth : 0; });"
        )
        assert all(width > 0 for width in pictures), pictures
        # Every piece of text in the pack, with its printed size in CSS pixels (14pt = 18.67px).
        sizes = driver.execute_script(
            "const walk = document.createTreeWalker(document.querySelector('.app-pack'),"
            "  NodeFilter.SHOW_TEXT, {acceptNode: n => n.textContent.trim() ?"
            "  NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT});"
            "const out = []; let n;"
            "while ((n = walk.nextNode())) {"
            "  const s = getComputedStyle(n.parentElement);"
            "  if (s.display !== 'none' && s.visibility !== 'hidden')"
            "    out.push([n.textContent.trim().slice(0, 40), parseFloat(s.fontSize)]); }"
            "return out;"
        )
        small = [(text, size) for text, size in sizes if size < 14 * 96 / 72 - 0.01]
        assert len(sizes) > 100 and small == []
        heads = driver.find_elements(By.CSS_SELECTOR, ".app-pack__table thead th")
        assert [h.text for h in heads[:5]] == [
            "Picture",
            "Idea",
            "Good",
            "Not good",
            "What would make it better?",
        ]
        pdf = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        assert len(pdf["data"]) > 10_000
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


@pytest.mark.parametrize(
    "page", ["", "easy-read/", "easy-read/ehc-plans/", "easy-read/review-pack/"]
)
def test_easy_read_pages_have_no_axe_violations_in_any_variant(
    driver: webdriver.Chrome, served_demo: Served, page: str
) -> None:
    config = load_config()
    findings = []
    for variant in config["variants"]:
        emulate(driver, width=variant["width"], dark=variant["dark"])
        driver.get(served_demo.base + page)
        findings += check_current(driver, page or "home", variant["name"], config)
    assert findings == [], "\n".join(map(str, findings))
