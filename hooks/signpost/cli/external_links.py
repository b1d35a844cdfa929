"""Check links to other websites in a built site: needs the network, keeps a cache, retries.

Run: python -m signpost.cli.external_links site/ [--site-url URL] [--cache FILE]
Exit 0: every external link works. 1: some are broken (listed). 2: no network, so NOT checked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import socket
import sys
import time
import urllib.error
import urllib.request
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

CACHE_DAYS = 7
RETRIES = 3
USER_AGENT = "Signpost link checker (Local Offer website)"


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"href", "src"} and value and value.startswith(("http://", "https://")):
                self.found.append(value)


def external_links(site: Path, own_host: str) -> dict[str, set[str]]:
    """Return each external link in the site and the pages it is on."""
    pages: dict[str, set[str]] = defaultdict(set)
    for file in sorted(site.rglob("*.html")):
        parser = _Links()
        parser.feed(file.read_text(encoding="utf-8"))
        for url in parser.found:
            if urlsplit(url).netloc != own_host:
                pages[url].add(file.relative_to(site).as_posix())
    return dict(pages)


def network_available(probe_host: str) -> bool:
    """Return whether this machine can look up a public host name."""
    try:
        socket.getaddrinfo(probe_host, 443)
    except OSError:
        return False
    return True


def check_url(url: str, retries: int = RETRIES, timeout: float = 15) -> str | None:
    """Return None if the URL answers, or what went wrong after `retries` tries."""
    problem = "not tried"
    for attempt in range(retries):
        for method in ("HEAD", "GET"):
            request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
            try:
                with urllib.request.urlopen(request, timeout=timeout):
                    return None
            except urllib.error.HTTPError as error:
                problem = f"HTTP {error.code}"
                if error.code in {404, 410}:
                    return problem
            except (urllib.error.URLError, OSError) as error:
                problem = str(getattr(error, "reason", error))
        time.sleep(2**attempt)
    return problem


def load_cache(file: Path, today: dt.date) -> dict[str, str]:
    """Return the URLs that worked within the last CACHE_DAYS days."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    fresh = today - dt.timedelta(days=CACHE_DAYS)
    return {url: day for url, day in data.items() if dt.date.fromisoformat(day) > fresh}


def main(argv: list[str] | None = None) -> int:
    """Check every external link; print what is broken and where."""
    parser = argparse.ArgumentParser(
        description="Check links from the built site to other websites."
    )
    parser.add_argument("site", type=Path, help="the built site folder, usually site/")
    parser.add_argument(
        "--site-url", default="https://localoffer.example.org/", help="the site's own address"
    )
    parser.add_argument("--cache", type=Path, default=Path(".cache/external-links.json"))
    parser.add_argument(
        "--probe-host", default="example.org", help="a public host used to test the network"
    )
    args = parser.parse_args(argv)
    links = external_links(args.site, urlsplit(args.site_url).netloc)
    if not network_available(args.probe_host):
        print(f"SKIPPED: no network, so the {len(links)} external links were NOT checked.")
        return 2
    today = dt.date.today()
    cache = load_cache(args.cache, today)
    broken = {}
    for url in sorted(links):
        if url in cache:
            continue
        problem = check_url(url)
        if problem is None:
            cache[url] = today.isoformat()
        else:
            broken[url] = problem
    args.cache.parent.mkdir(parents=True, exist_ok=True)
    args.cache.write_text(json.dumps(cache, indent=1, sort_keys=True), encoding="utf-8")
    for url, problem in broken.items():
        print(f"{url}: {problem} (on {', '.join(sorted(links[url]))})")
    print(f"{len(links)} external links, {len(broken)} broken.")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
