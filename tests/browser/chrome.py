"""Start headless Chromium for browser tests, without it ever reaching the network."""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
)


def find_browser() -> str | None:
    """Return Chrome or Chromium: $CHROME_PATH first, then the usual names on PATH."""
    given = os.environ.get("CHROME_PATH")
    if given and os.access(given, os.X_OK):
        return given
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


def find_driver() -> str | None:
    """Return ChromeDriver: $CHROMEDRIVER first, then chromedriver on PATH."""
    given = os.environ.get("CHROMEDRIVER")
    if given and os.access(given, os.X_OK):
        return given
    return shutil.which("chromedriver")


def start_chrome() -> webdriver.Chrome:
    """Start headless Chromium that logs network requests; the caller quits it."""
    browser, driver_path = find_browser(), find_driver()
    if browser is None or driver_path is None:
        raise RuntimeError("Chromium and ChromeDriver are needed: run `make browser`")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in (*FLAGS, "--window-size=1280,900"):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='signpost-chrome-')}")
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(60)
    return driver


def emulate(
    driver: webdriver.Chrome, *, width: int, dark: bool, reduced_motion: bool = False
) -> None:
    """Make the page think it is on a screen this wide, in this colour scheme."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    features: list[dict[str, Any]] = [
        {"name": "prefers-color-scheme", "value": "dark" if dark else "light"},
        {
            "name": "prefers-reduced-motion",
            "value": "reduce" if reduced_motion else "no-preference",
        },
    ]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": features})
