"""Run Lighthouse (npm, pinned in benchmarks/package.json) on a page, as a mobile phone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
from browser.chrome import FLAGS, find_browser  # noqa: E402

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BINARY = HERE / "node_modules" / ".bin" / "lighthouse"


def install() -> None:
    """Install Lighthouse from the lock file when it is missing."""
    if not BINARY.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True)


def scores(url: str) -> dict[str, float]:
    """Return Lighthouse's four category scores (0 to 100) for `url` on a simulated phone, and
    its cumulative layout shift ("cls", 0 when nothing moves as the page loads)."""
    browser = find_browser()
    if browser is None:
        raise RuntimeError("Lighthouse needs Chromium: run `make browser`")
    flags = " ".join(f for f in FLAGS if not f.startswith("--hide"))
    command = [
        str(BINARY),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={flags}",
    ]
    env = {**os.environ, "CHROME_PATH": browser}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    report = json.loads(result.stdout)
    figures: dict[str, float] = {
        name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES
    }
    # Issue 13 holds Find to CLS 0: its form once jumped as the script showed it.
    figures["cls"] = round(report["audits"]["cumulative-layout-shift"]["numericValue"], 3)
    return figures
