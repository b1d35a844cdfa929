"""Run LinkChecker over a served site and read its verdict."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CONFIG = Path(__file__).parents[1] / "linkcheckerrc"
# Run as root, LinkChecker switches to `nobody` before it reads its settings and plugins; in a
# checkout inside a private folder (as `mktemp -d` makes) it then silently ran without them:
# no anchor checks. It only reads our own site on 127.0.0.1, so it keeps the user it was given.
KEEP_USER = (
    "import sys; from linkcheck.command import linkchecker as command; "
    "command.drop_privileges = lambda: None; "
    "sys.argv[0] = 'linkchecker'; sys.exit(command.linkchecker())"
)
SUMMARY = re.compile(
    r"(\d+) links? in (\d+) URLs? checked\. (\d+) warnings? found\. (\d+) errors? found"
)


@dataclass(frozen=True)
class LinkReport:
    """LinkChecker's exit code, its report, and how much it checked."""

    returncode: int
    output: str
    urls: int
    warnings: int
    errors: int


def check_links(base: str) -> LinkReport:
    """Check every internal link, anchor, image and asset from the home page and the sitemap."""
    command = [
        sys.executable,
        "-c",
        KEEP_USER,
        "--config",
        str(CONFIG),
        base,
        base + "sitemap.xml",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    found = SUMMARY.search(done.stdout)
    if found is None:
        raise RuntimeError(f"LinkChecker gave no summary:\n{done.stdout}\n{done.stderr}")
    _, urls, warnings, errors = map(int, found.groups())
    return LinkReport(done.returncode, done.stdout, urls, warnings, errors)
