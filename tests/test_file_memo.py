"""What was read from a file is reused only while the file and what it depends on are the same."""

from __future__ import annotations

import os
from pathlib import Path

from signpost.core.file_memo import FileMemo, remembered


def test_a_result_is_reused_until_the_file_or_what_it_depends_on_changes(tmp_path: Path) -> None:
    file = tmp_path / "club.yml"
    file.write_text("name: Club\n")
    memo, calls = FileMemo(), []

    def read() -> str:
        calls.append(1)
        return file.read_text()

    assert memo.get("service", file, "a", read) == "name: Club\n"
    assert memo.get("service", file, "a", read) == "name: Club\n"
    assert len(calls) == 1
    assert memo.get("service", file, "b", read) == "name: Club\n"  # other settings
    assert len(calls) == 2
    file.write_text("name: Club 2\n")
    os.utime(file, ns=(1, 1))  # even a change that keeps the old time changes the size
    # A file is looked at once a build: the save is seen by the build it starts.
    assert memo.get("service", file, "a", read) == "name: Club\n"
    memo.new_build()
    assert memo.get("service", file, "a", read) == "name: Club 2\n"
    assert len(calls) == 3


def test_results_no_build_asked_for_are_forgotten(tmp_path: Path) -> None:
    one, two = tmp_path / "one.yml", tmp_path / "two.yml"
    one.write_text("1")
    two.write_text("2")
    memo = FileMemo()
    memo.get("service", one, None, one.read_text)
    memo.get("service", two, None, two.read_text)
    memo.forget_unused()
    memo.get("service", one, None, one.read_text)
    memo.forget_unused()
    assert memo.knows("service", one, None)
    assert not memo.knows("service", two, None)


def test_without_a_memo_or_a_readable_file_everything_is_read(tmp_path: Path) -> None:
    calls: list[int] = []
    assert remembered(None, "service", tmp_path / "x.yml", None, lambda: calls.append(1)) is None
    FileMemo().get("service", tmp_path / "missing.yml", None, lambda: calls.append(1))
    assert calls == [1, 1]
