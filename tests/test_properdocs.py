"""ProperDocs, the maintained fork of MkDocs 1.6, builds the demo into the same site."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _build(engine: str, repo: Path, site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", engine, "build", "--strict", "-f", "mkdocs.yml"]
    done = subprocess.run(
        [*command, "--site-dir", str(site)],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _files(site: Path) -> dict[str, bytes]:
    # Pagefind names its chunks by a hash that differs from run to run, whichever engine built.
    return {
        file.relative_to(site).as_posix(): GENERATOR.sub(b"", file.read_bytes())
        for file in sorted(site.rglob("*"))
        if file.is_file() and "pagefind" not in file.relative_to(site).parts
    }


def test_properdocs_and_mkdocs_build_the_same_demo(tmp_path: Path) -> None:
    # A copy without reports/, so both builds see the same accessibility statement input.
    repo = tmp_path / "repo"
    shutil.copytree(
        REPO,
        repo,
        ignore=shutil.ignore_patterns(".git", ".venv", "site", "reports", "node_modules", ".*"),
    )
    _build("mkdocs", repo, tmp_path / "mkdocs-site")
    _build("properdocs", repo, tmp_path / "properdocs-site")
    mkdocs, properdocs = _files(tmp_path / "mkdocs-site"), _files(tmp_path / "properdocs-site")
    assert sorted(mkdocs) == sorted(properdocs)
    assert len(mkdocs) > 200
    different = [name for name in mkdocs if mkdocs[name] != properdocs[name]]
    assert different == []
    html = (tmp_path / "properdocs-site" / "index.html").read_text(encoding="utf-8")
    assert "ProperDocs" in html, "the page says which engine built it"
