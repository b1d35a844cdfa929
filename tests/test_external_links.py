"""The external link checker: real requests to a local server, a cache, and an honest skip."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from signpost.cli.external_links import external_links, main

HITS: list[str] = []


class Handler(http.server.BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        HITS.append(self.path)
        self.send_response(200 if self.path == "/ok" else 404)
        self.end_headers()

    do_GET = do_HEAD  # noqa: N815 (the name http.server looks for)

    def log_message(self, format: str, *args: object) -> None:
        """Say nothing."""


@pytest.fixture
def other_site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _site(tmp_path: Path, other: str) -> Path:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "a" / "index.html").write_text(
        f'<a href="{other}/ok">ok</a> <a href="{other}/gone">gone</a> <a href="../b/">inside</a>'
        '<a href="https://localoffer.example.org/x/">own</a> <a href="mailto:a@example.org">m</a>'
    )
    return site


def test_finds_only_links_to_other_hosts(tmp_path: Path, other_site: str) -> None:
    links = external_links(_site(tmp_path, other_site), "localoffer.example.org")
    assert links == {f"{other_site}/ok": {"a/index.html"}, f"{other_site}/gone": {"a/index.html"}}


def test_broken_links_are_listed_and_good_ones_cached(
    tmp_path: Path, other_site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    site, cache = _site(tmp_path, other_site), tmp_path / "cache.json"
    args = [str(site), "--cache", str(cache), "--probe-host", "127.0.0.1"]
    HITS.clear()
    assert main(args) == 1
    out = capsys.readouterr().out
    assert f"{other_site}/gone: HTTP 404 (on a/index.html)" in out
    assert "2 external links, 1 broken." in out
    HITS.clear()
    assert main(args) == 1
    assert "/ok" not in HITS, "a link that worked is not asked again while the cache is fresh"


def test_without_a_network_it_says_it_did_not_check(
    tmp_path: Path, other_site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    site = _site(tmp_path, other_site)
    assert (
        main([str(site), "--cache", str(tmp_path / "c.json"), "--probe-host", "nothing.invalid"])
        == 2
    )
    assert (
        "SKIPPED: no network, so the 2 external links were NOT checked." in capsys.readouterr().out
    )
