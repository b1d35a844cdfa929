"""Take screenshots of the built site at phone and desktop widths, to look at as a family would.

Usage: python scripts/screenshots.py [SITE_DIR] [OUT_DIR]   (after `make build`)
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

# The same headless Chromium set-up as the browser tests, so it never reaches the network.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from browser.chrome import FLAGS

PAGES = {
    "home": "",
    "find": "find/",
    "listing": "find/category/short-breaks/",
    "service": "services/northshire-sendiass/",
    "information": "sen-support/",
    "glossary": "glossary/",
    "easy-read": "easy-read/travel/",
    "review-pack": "easy-read/review-pack/",
    "you-said-we-did": "you-said-we-did/",
    "local-area": "have-your-say/areas/north/",
}
WIDTHS = {"phone": (320, 2200), "desktop": (1280, 1400)}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files without logging every request."""

    def log_message(self, format: str, *args: object) -> None:
        """Say nothing."""


def main() -> None:
    """Serve the site on 127.0.0.1 and screenshot each page at each width."""
    site = Path(sys.argv[1] if len(sys.argv) > 1 else "site").resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    browser = (
        shutil.which("chromium")
        or shutil.which("chromium-browser")
        or shutil.which("google-chrome")
    )
    if browser is None:
        sys.exit("No Chromium found: run `make browser` first")
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for name, path in PAGES.items():
            for label, (width, height) in WIDTHS.items():
                target = out / f"{name}-{label}.png"
                with tempfile.TemporaryDirectory() as profile:
                    subprocess.run(
                        [
                            browser,
                            *FLAGS,
                            f"--user-data-dir={profile}",
                            f"--window-size={width},{height}",
                            f"--screenshot={target}",
                            f"http://127.0.0.1:{server.server_port}/{path}",
                        ],
                        check=True,
                        capture_output=True,
                        timeout=60,
                    )
                print(target)
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
