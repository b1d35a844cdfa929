"""Benchmark: how long `signpost check` takes for 1,000 and 5,000 services.

Run: python -m benchmarks.check_speed   (the target is under 5 seconds for 5,000 services)
Makes synthetic Local Offers with benchmarks/synthetic.py in a temporary folder, runs the
installed `signpost check` on each as an editor would (best of two), and prints the times and
their ratio. It prints figures; it does not fail when they are slow.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import make_site

SIZES = (1000, 5000)


def check_seconds(root: Path) -> tuple[float, float]:
    """Run `signpost check` once on a site; return the wall time and the processor time."""
    command = [sys.executable, "-m", "signpost", "check", "--root", str(root)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    used = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"signpost check failed on {root}:\n{done.stdout}{done.stderr}")
    return seconds, _children_cpu() - used


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Print the time of `signpost check` for each size and the ratio between them."""
    best = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in SIZES:
            root = make_site(Path(folder) / f"s{size}", size, 0)
            best[size] = min(check_seconds(root) for _ in range(2))
    load = os.getloadavg()[0]
    print(f"signpost check, best of two runs ({os.cpu_count()} processor cores, load {load:.1f}):")
    for size, (seconds, cpu) in best.items():
        print(f"  {size:>5} services: {seconds:.2f} s (processor time {cpu:.2f} s, all processes)")
    small, large = SIZES
    ratio = best[large][0] / best[small][0]
    print(f"  ratio {large}/{small}: {ratio:.2f} (for {large / small:.0f} times the services)")
    print(f"  target: under 5 s for {large} services")


if __name__ == "__main__":
    main()
