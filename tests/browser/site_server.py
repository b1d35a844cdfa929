"""Serve a built site on 127.0.0.1, as a static host would."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files without logging each request."""

    def log_message(self, format: str, *args: object) -> None:
        """Say nothing."""

    def end_headers(self) -> None:
        """Let LinkChecker go faster than its polite 10 requests a second (our own server)."""
        self.send_header("LinkChecker", "allow")
        super().end_headers()


@contextmanager
def serve(folder: Path, port: int = 0) -> Iterator[str]:
    """Serve `folder` and yield its base address, like http://127.0.0.1:8123/."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
