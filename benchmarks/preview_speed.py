"""Benchmark: how long after saving a service `mkdocs serve` shows the change.

Run: python -m benchmarks.preview_speed [--sizes 1000,5000]
For each size: a synthetic Local Offer, a full `mkdocs build`, then `mkdocs serve`; the time
from saving a service to the served page showing the change is measured for two edits, three
saves each (the median): a new name (which moves the service in the A to Z and in every
listing it is in, so every listing page after it changes too) and new words in its
description (its own page changes). Each save comes a few seconds (`--pause`) after the last
change was shown, as an editor reads the page before the next edit. Prints seconds and the
ratio to the full build in the same run (issue 15's target: 0.15 or less; under 2 s at 1,000
services and 5 s at 5,000).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from benchmarks.synthetic import make_site

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def full_build(root: Path) -> float:
    """Build once and return the wall time."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"],
        cwd=root,
        env=ENV,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait(url: str, text: str, limit: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        if text in _get(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise TimeoutError(f"{url} did not show {text!r} within {limit:.0f} s")


def _rename(text: str, name: str, marker: str) -> str:
    """A new name: the service moves in every list it is in."""
    return text.replace(name, marker, 1)


def _reword(text: str, name: str, marker: str) -> str:
    """New words in its description: its own page changes."""
    words = "club sessions every week"
    return text.replace(words, f"{words} ({marker})", 1)


EDITS = {"rename": _rename, "reword": _reword}


def save_to_preview(root: Path, port: int, pause: float, saves: int = 3) -> dict[str, list[float]]:
    """Serve the site, make each edit to a service `saves` times, and time each save."""
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=root,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/services/service-1/"
        service = root / "directory" / "service-1.yml"
        original = service.read_text(encoding="utf-8")
        name = original.splitlines()[0].removeprefix("name: ")
        _wait(url, name, 900)
        times: dict[str, list[float]] = {}
        for edit, change in EDITS.items():
            for n in range(saves):
                time.sleep(pause)  # the editor reads the page
                marker = f"Changed {n} {time.time_ns()}"
                start = time.perf_counter()
                service.write_text(change(original, name, marker), encoding="utf-8")
                _wait(url, marker, 900)
                times.setdefault(edit, []).append(time.perf_counter() - start)
        return times
    finally:
        server.terminate()
        server.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    """Print save-to-preview times and their ratio to a full build, per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--pause", type=float, default=3.0, help="seconds between saves")
    args = parser.parse_args(argv)
    print(
        "| Services | Full build | Save a new name: median (each) | Ratio | "
        "Save new words: median (each) | Ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            root = make_site(Path(folder) / "site-root", size, 20)
            build = full_build(root)
            times = save_to_preview(root, args.port, args.pause)
            cells = [f"{size:,}", f"{build:.1f} s"]
            for edit in EDITS:
                median = statistics.median(times[edit])
                each = ", ".join(f"{t:.1f}" for t in times[edit])
                cells += [f"{median:.1f} s ({each})", f"{median / build:.2f}"]
            print(f"| {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
