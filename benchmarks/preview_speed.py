"""Benchmark: how long after saving a service `mkdocs serve` shows the change.

Run: python -m benchmarks.preview_speed [--sizes 1000,5000]
For each size: a synthetic Local Offer, a full `mkdocs build`, then `mkdocs serve`; one
service's name is changed and the time until the served page shows it is measured (three
saves, the median). Prints seconds and the ratio to the full build in the same run (issue 15's
target: 0.15 or less; under 2 s at 1,000 services and 5 s at 5,000).
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


def save_to_preview(root: Path, port: int, saves: int = 3) -> list[float]:
    """Serve the site, change a service `saves` times, and time each change to the page."""
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
        times = []
        for n in range(saves):
            marker = f"Renamed {n} {time.time_ns()}"
            start = time.perf_counter()
            service.write_text(original.replace(name, marker, 1), encoding="utf-8")
            _wait(url, marker, 900)
            times.append(time.perf_counter() - start)
        return times
    finally:
        server.terminate()
        server.wait(timeout=60)


def main(argv: list[str] | None = None) -> int:
    """Print save-to-preview times and their ratio to a full build, per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args(argv)
    print("| Services | Full build | Save to preview (median of 3) | Ratio (target <= 0.15) |")
    print("|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            root = make_site(Path(folder) / "site-root", size, 20)
            build = full_build(root)
            preview = statistics.median(save_to_preview(root, args.port))
            print(f"| {size:,} | {build:.1f} s | {preview:.1f} s | {preview / build:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
