"""Shared helpers: build real fixture sites with MkDocs in a temporary folder."""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from browser.chrome import start_chrome
from browser.site_server import serve
from bs4 import BeautifulSoup
from selenium import webdriver

# Builds as `mkdocs serve` does (same process, same site folder, the preview's address), once
# per line of edits in argv[3] (a JSON list of lists of [file, old, new]; old CREATE writes a
# new file, new DELETE removes one), printing each log. A failed build is logged, as serve does.
# argv[4] names the engine: mkdocs or properdocs.
SERVE_BUILDS = """
import importlib, json, logging, sys
from pathlib import Path

root, site, rounds = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
build = importlib.import_module(sys.argv[4] + ".commands.build").build
load_config = importlib.import_module(sys.argv[4] + ".config").load_config
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s", stream=sys.stdout)
for edits in rounds:
    for name, old, new in edits:
        path = root / name
        if old == "CREATE":
            path.write_text(new, encoding="utf-8")
            continue
        if new == "DELETE":
            path.unlink()
            continue
        text = path.read_text(encoding="utf-8")
        assert old in text, (name, old)
        path.write_text(text.replace(old, new), encoding="utf-8")
    config = load_config(str(root / "mkdocs.yml"), site_dir=site)
    config.plugins.on_startup(command="serve", dirty=False)
    config.site_url = "http://127.0.0.1:8000/"
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
    except Exception as error:
        print("BUILD FAILED", error, flush=True)
    print("END OF BUILD", flush=True)
"""

REPO = Path(__file__).resolve().parents[1]
SITES = Path(__file__).parent / "fixtures" / "sites"
# The reason oruk_schemas.py gives when it skips a test.
ORUK_SKIP = "the ORUK schemas are not in"


@dataclass
class Build:
    """The result of one `mkdocs build`."""

    root: Path
    returncode: int
    output: str
    site: Path
    started: float

    def html(self, url_path: str) -> BeautifulSoup:
        """Parse a built page, given its address like 'services/x/'."""
        file = (
            self.site / url_path / "index.html"
            if url_path.endswith("/") or not url_path
            else self.site / url_path
        )
        return BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser")

    def warnings(self) -> list[str]:
        """Return the warning lines MkDocs printed, without the level prefix."""
        prefix = "WARNING -  "
        return [line.split(prefix, 1)[1] for line in self.output.splitlines() if prefix in line]


def copy_site(name: str, target: Path) -> Path:
    """Copy a fixture site into `target`, pointing its config at this repository."""
    shutil.copytree(SITES / name, target)
    config = target / "mkdocs.yml"
    config.write_text(config.read_text().replace("{repo}", str(REPO)))
    return target


def build(root: Path, *, strict: bool = True) -> Build:
    """Run `mkdocs build` in `root` as an editor would."""
    return build_into(root, root / "site", strict=strict)


def build_into(
    root: Path,
    site: Path,
    *,
    strict: bool = True,
    site_url: str | None = None,
    extra_args: list[str] | None = None,
) -> Build:
    """Run `mkdocs build` in `root`, writing the site to `site` (for `site_url` if given)."""
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site)]
    command += (["--strict"] if strict else []) + (extra_args or [])
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SIGNPOST_SITE_URL"] = site_url
    started = time.time()
    done = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, timeout=300)
    return Build(root, done.returncode, done.stdout + done.stderr, site, started)


@dataclass
class Served:
    """A built site being served on 127.0.0.1."""

    base: str
    build: Build


def free_port() -> int:
    """Return a TCP port nobody is listening on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


PREVIEW_WAIT = 120  # seconds: a shared 2-core machine can be slow to build and rebuild


@dataclass
class Preview:
    """`mkdocs serve` running on a fixture site: its address, and its output once stopped."""

    base: str
    output: str = ""


@contextmanager
def mkdocs_serve(root: Path, *, livereload: bool = False) -> Iterator[Preview]:
    """Run `mkdocs serve` in `root` as an editor does, until the block ends."""
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    command += [] if livereload else ["--no-livereload"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    log = root.parent / f"serve-{port}.log"  # a file, so a long log never blocks the server
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    preview = Preview(f"http://127.0.0.1:{port}/")
    try:
        yield preview
    finally:
        server.terminate()
        server.wait(timeout=30)
        preview.output = log.read_text()


def fetch(url: str) -> str:
    """Return a page's text, or "" if it does not answer (yet)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_until(condition: Callable[[], bool], what: str = "the preview did not show it") -> None:
    """Wait up to PREVIEW_WAIT seconds for `condition`, then fail saying `what`."""
    deadline = time.monotonic() + PREVIEW_WAIT
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    raise AssertionError(f"{what} within {PREVIEW_WAIT} s")


@contextmanager
def build_and_serve(root: Path, site: Path, *, strict: bool = True) -> Iterator[Served]:
    """Build a site for a local address and serve it there."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    result = build_into(root, site, strict=strict, site_url=base)
    assert result.returncode == 0, result.output
    with serve(site, port):
        yield Served(base, result)


@pytest.fixture(scope="session")
def served_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """The demo Local Offer, built and served on 127.0.0.1 for browser tests."""
    with build_and_serve(REPO, tmp_path_factory.mktemp("demo-served") / "site") as served:
        yield served


@pytest.fixture(scope="module")
def driver() -> Iterator[webdriver.Chrome]:
    """Headless Chromium for the browser tests of one module."""
    chrome = start_chrome()
    yield chrome
    chrome.quit()


@pytest.fixture(scope="session")
def basic_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The basic fixture site, built once for the tests that only read it."""
    root = copy_site("basic", tmp_path_factory.mktemp("basic") / "site-root")
    result = build(root)
    assert result.returncode == 0, result.output
    return result


# Tests that drive a real browser or serve a whole site: left out of `make test-fast`.
SLOW_FIXTURES = {"served_demo", "driver", "audit"}
SLOW_MODULES = {"test_checks_catch_problems.py", "test_links.py", "test_preview.py"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark browser and whole-site tests `slow`, so the inner loop can skip them."""
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & SLOW_FIXTURES or item.path.name in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> Iterator[None]:
    """Say loudly, last, when the ORUK schema tests were skipped: a pass without them is partial."""
    yield  # after pytest's own summary, just above the final count
    skipped = terminalreporter.stats.get("skipped", [])
    reasons = [str(getattr(report, "longrepr", "")) for report in skipped]
    count = sum(ORUK_SKIP in reason for reason in reasons)
    if count:
        terminalreporter.write_sep("!", f"ORUK SCHEMA TESTS SKIPPED: {count}", red=True, bold=True)
        terminalreporter.write_line(
            "The open data export was NOT checked against the Open Referral UK JSON Schemas, "
            "which are not in ../shared/oruk. README.md (Open data) says how to get them; "
            "or set ORUK_SCHEMAS to their folder.",
            red=True,
            bold=True,
        )


def serve_builds(
    root: Path, site: Path, rounds: list[list[list[str]]], engine: str = "mkdocs"
) -> list[str]:
    """Build `root` as `mkdocs serve` does, once per round of edits; return each log."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-c", SERVE_BUILDS, str(root), str(site), json.dumps(rounds), engine],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return (done.stdout + done.stderr).split("END OF BUILD")[:-1]


def reuse_counts(log: str) -> tuple[int, int]:
    """Return how many pages a preview build made and reused, from its log."""
    return preview_counts(log)[:2]


def preview_counts(log: str) -> tuple[int, int, int]:
    """Return how many pages a preview build made, reused, and of those left alone."""
    line = next(line for line in log.splitlines() if "Preview: " in line)
    words = line.split("Preview: ")[1].split()
    return int(words[0]), int(words[3]), int(words[7].lstrip("("))


def same_site(saved: Path, fresh: Path) -> None:
    """Assert two built sites hold the same files, byte for byte (Pagefind's aside)."""

    def files(site: Path) -> list[str]:
        # Pagefind names its chunks anew each time.
        found = (p for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts)
        return sorted(p.relative_to(site).as_posix() for p in found)

    names = files(fresh)
    assert len(names) > 30
    assert files(saved) == names  # nothing left over from an earlier build
    _, mismatch, errors = filecmp.cmpfiles(saved, fresh, names, shallow=False)
    assert (mismatch, errors) == ([], [])
