"""The preview notices a save at once (engine/watching.py): a file written in a content folder
asks MkDocs' server for a rebuild; a file merely read, as the build reads them, does not."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

from signpost.engine.watching import watch_content


class _Server:
    """The parts of MkDocs' LiveReloadServer the watcher uses."""

    def __init__(self) -> None:
        self._rebuild_cond = threading.Condition()
        self._want_rebuild = False
        self.unwatched: list[str] = []

    def unwatch(self, path: str) -> None:
        self.unwatched.append(path)

    def asked(self, within: float) -> bool:
        with self._rebuild_cond:
            return self._rebuild_cond.wait_for(lambda: self._want_rebuild, timeout=within)


def test_a_saved_file_asks_for_a_rebuild_and_a_read_file_does_not(tmp_path: Path) -> None:
    docs, directory, config_file = (
        tmp_path / "docs",
        tmp_path / "directory",
        tmp_path / "mkdocs.yml",
    )
    docs.mkdir()
    directory.mkdir()
    (docs / "index.md").write_text("# Home\n")
    (directory / "club.yml").write_text("name: Club\n")
    config_file.write_text("site_name: x\n")
    server = _Server()
    config = SimpleNamespace(docs_dir=str(docs), watch=[str(directory), str(config_file)])
    observer = watch_content(server, config)  # type: ignore[arg-type]
    assert observer is not None
    try:
        assert server.unwatched == [str(docs)]  # MkDocs' polling no longer lists the docs
        assert config.watch == [str(config_file)]  # a single file stays with MkDocs
        (docs / "index.md").read_text()
        (directory / "club.yml").read_text()
        assert not server.asked(within=0.5)
        (directory / "club.yml").write_text("name: Club for all\n")
        assert server.asked(within=5)
    finally:
        observer.stop()


def test_a_server_that_cannot_be_asked_keeps_its_own_watching(tmp_path: Path) -> None:
    config = SimpleNamespace(docs_dir=str(tmp_path), watch=[str(tmp_path)])
    assert watch_content(object(), config) is None  # type: ignore[arg-type]
    assert config.watch == [str(tmp_path)]
