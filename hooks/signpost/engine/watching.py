"""The preview notices a save at once: content folders are watched with the system's file events.

`mkdocs serve` looks for changes by listing every watched file twice a second, so a save waits
a quarter of a second on average before the rebuild starts, and at 5,000 services each look
lists 5,000 files. Signpost watches the content folders (the docs folder and the folders
`PreviewStage` adds: directory/, participation/) with the operating system's file events
(inotify on Linux) and asks MkDocs' server for a rebuild the moment a file there changes.
Single files (mkdocs.yml) and theme folders stay with MkDocs' own watching.

Asking for a rebuild uses two attributes of MkDocs' LiveReloadServer that are not public
(`_rebuild_cond`, `_want_rebuild`, set exactly as its own watcher sets them); a server without
them (another engine) keeps its own watching, unchanged.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from watchdog.events import (
    EVENT_TYPE_CREATED,
    EVENT_TYPE_DELETED,
    EVENT_TYPE_MODIFIED,
    EVENT_TYPE_MOVED,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

LOG = logging.getLogger("mkdocs.plugins.signpost.preview")
# A file was written, added, removed or renamed; not merely opened or read (the build reads).
CHANGES = frozenset({EVENT_TYPE_CREATED, EVENT_TYPE_DELETED, EVENT_TYPE_MODIFIED, EVENT_TYPE_MOVED})


class _Rebuild(FileSystemEventHandler):
    """Ask the server for a rebuild when a file changes, as its own watcher does."""

    def __init__(self, server: Any) -> None:
        self.server = server

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in CHANGES:
            return
        with self.server._rebuild_cond:
            self.server._want_rebuild = True
            self.server._rebuild_cond.notify_all()


def watch_content(server: Any, config: MkDocsConfig) -> BaseObserver | None:
    """Watch the content folders with file events instead of MkDocs' polling; return the
    observer (to stop when the preview ends), or None if this server cannot be asked."""
    if not (hasattr(server, "_rebuild_cond") and hasattr(server, "_want_rebuild")):
        return None
    folders = [str(Path(config.docs_dir).resolve())]
    try:
        server.unwatch(config.docs_dir)  # watched by `mkdocs serve` before this event
    except (KeyError, ValueError):
        return None
    # Watched by `mkdocs serve` after this event: take the folders before it does.
    for item in list(config.watch):
        if Path(item).is_dir():
            config.watch.remove(item)
            folders.append(str(Path(item).resolve()))
    folders = list(dict.fromkeys(folders))
    observer = Observer()
    handler = _Rebuild(server)
    for folder in folders:
        observer.schedule(handler, folder, recursive=True)
    observer.daemon = True
    observer.start()
    LOG.info("Watching %s for saves", ", ".join(f"'{folder}'" for folder in folders))
    return observer
