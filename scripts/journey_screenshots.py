"""Screenshots of a family's journey at 320, 390 and 1280 px: home, Find, a service page.

Usage: python scripts/journey_screenshots.py [SITE_DIR] [OUT_DIR]   (after `make build`)
Each is the first screen a family sees (Find is scrolled to its open filters).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser.chrome import start_chrome
from browser.site_server import serve
from selenium.webdriver.common.by import By

PAGES = {
    "home": "",
    "find-filters-open": "find/?q=club&need=autism&near=NQ4",
    "service": "services/ashby-moor-saturday-club/",
}
SCREENS = {320: 700, 390: 844, 1280: 900}


def main() -> None:
    """Serve the site and take each page at each width."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "screenshots/families").resolve()
    out.mkdir(parents=True, exist_ok=True)
    driver = start_chrome()
    try:
        with serve(site) as base:
            for width, height in SCREENS.items():
                driver.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {
                        "width": width,
                        "height": height,
                        "deviceScaleFactor": 1,
                        "mobile": width < 600,
                    },
                )
                for name, path in PAGES.items():
                    driver.get(base + path)
                    time.sleep(1.5)  # search results and fonts settle
                    if name.startswith("find"):
                        filters = driver.find_element(By.CSS_SELECTOR, "[data-app-filters]")
                        driver.execute_script("arguments[0].open = true", filters)
                        driver.execute_script(
                            "arguments[0].scrollIntoView({block: 'start'}); scrollBy(0, -60)",
                            filters,
                        )
                        time.sleep(0.5)
                    target = out / f"{name}-{width}.png"
                    driver.save_screenshot(str(target))
                    print(target)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
