"""Two builds at once in one folder must not mix: each publishes a whole site."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import copy_site


def test_two_builds_at_once_in_one_folder_leave_a_whole_site(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    command = [sys.executable, "-m", "mkdocs", "build", "--strict"]
    env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
    runs = [
        subprocess.Popen(
            command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300)[0].decode() for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    together = _files(root / "site")
    assert len(together) > 50
    assert _files(build_alone(root)) == together
    assert [p.name for p in root.iterdir() if p.name.startswith(".site.")] == [".site.lock"]


def _files(site: Path) -> list[str]:
    # Pagefind names its index files by a hash that differs between builds: count them instead.
    names = [p.relative_to(site).as_posix() for p in site.rglob("*")]
    return sorted(n if not n.startswith("pagefind/") else f"pagefind/{n.count('/')}" for n in names)


def build_alone(root: Path) -> Path:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(root / "alone")],
        cwd=root,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return root / "alone"
