"""Benchmark: what the plain English check and explanations add to a build.

Run: python -m benchmarks.plain_english [SERVICES] [PAGES]   (default 5000 services, 200 pages)
Builds the same synthetic site with and without the glossary stage, in one run, and prints the
times and their ratio. The target is under 1.10 (less than 10% added).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synthetic import make_site

# The build without its glossary stage: the same engine, every other stage in the same order.
WITHOUT_GLOSSARY = """\
from signpost.engine.plugin import SignpostBuild
from signpost.engine.stages import STAGES, GlossaryStage

globals().update(SignpostBuild(tuple(s for s in STAGES if s is not GlossaryStage)).events())
"""


def build_seconds(root: Path) -> float:
    """Build the site once and return the wall time."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet"],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def main() -> None:
    """Print build times with and without the plain English hook, best of two each."""
    services = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    with tempfile.TemporaryDirectory() as folder:
        with_check = make_site(Path(folder) / "with", services, pages)
        without = make_site(Path(folder) / "without", services, pages)
        config = without / "mkdocs.yml"
        (without / "without_glossary.py").write_text(WITHOUT_GLOSSARY)
        text = re.sub(
            r"  - \S*/hooks/signpost_build.py", "  - without_glossary.py", config.read_text()
        )
        config.write_text(text.replace("  - Words we use: glossary/index.md\n", ""))
        times = {"with": [], "without": []}
        for _ in range(2):
            times["without"].append(build_seconds(without))
            times["with"].append(build_seconds(with_check))
    best = {name: min(values) for name, values in times.items()}
    print(f"Plain English check: {services} services, {pages} extra pages")
    print(f"  build without the check: {best['without']:.1f} s")
    print(f"  build with the check:    {best['with']:.1f} s")
    print(f"  ratio: {best['with'] / best['without']:.3f} (target under 1.10)")


if __name__ == "__main__":
    main()
