"""Serve a built site as a static host does: gzip for text, caching headers, 304 replies.

Modelled on GitHub Pages: text files gzipped when the browser asks, `Cache-Control:
max-age=600` on everything, and an ETag so a repeat visit can get `304 Not Modified`.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import http.server
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TEXT_TYPES = ("text/", "application/javascript", "application/json", "image/svg+xml")
MAX_AGE = 600


class Traffic:
    """What the host has sent: bytes (headers and bodies, as sent) and responses."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.bytes = self.responses = 0

    def add(self, size: int) -> None:
        """Count one response."""
        with self._lock:
            self.bytes += size
            self.responses += 1

    def take(self) -> tuple[int, int]:
        """Return the bytes and responses sent since the last call."""
        with self._lock:
            taken = (self.bytes, self.responses)
            self.bytes = self.responses = 0
        return taken


@dataclass(frozen=True)
class Host:
    """A site being served: its address and a meter of what it sent."""

    base: str
    traffic: Traffic


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Send files with the headers a static host sends, counting every byte."""

    traffic: Traffic

    def end_headers(self) -> None:
        """Count the headers about to be sent."""
        self._sent = sum(len(line) for line in getattr(self, "_headers_buffer", []))
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        """Say nothing."""

    def do_GET(self) -> None:
        """Send a file, gzipped if it is text, or 304 if the browser's copy is current."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                super().do_GET()  # the redirect to the folder's address
                return
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404, "File not found")
            return
        body = path.read_bytes()
        tag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == tag:
            self.send_response(304)
            self._caching(tag)
            self.end_headers()
            self.traffic.add(self._sent)
            return
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if kind.startswith(TEXT_TYPES) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = _gzipped(str(path), body)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self._caching(tag)
        self.end_headers()
        self.wfile.write(body)
        self.traffic.add(self._sent + len(body))

    def _caching(self, tag: str) -> None:
        self.send_header("Cache-Control", f"max-age={MAX_AGE}")
        self.send_header("ETag", tag)


@functools.lru_cache(maxsize=4096)
def _gzipped(key: str, body: bytes) -> bytes:
    return gzip.compress(body, compresslevel=6, mtime=0)


@contextmanager
def serve(folder: Path) -> Iterator[Host]:
    """Serve `folder` on a free port of 127.0.0.1; yield its address and traffic meter."""
    traffic = Traffic()
    handler_class = type("Meter", (StaticHost,), {"traffic": traffic})
    handler = functools.partial(handler_class, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Host(f"http://127.0.0.1:{server.server_port}/", traffic)
    finally:
        server.shutdown()
        server.server_close()
