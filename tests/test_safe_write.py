"""Writing files safely: never through a link, never over a file by accident."""

from __future__ import annotations

from pathlib import Path

import pytest
from signpost.core.safe_write import UnsafeTargetError, create, replace, short_id


def test_create_refuses_a_file_or_a_link_already_there(tmp_path: Path) -> None:
    create(tmp_path / "a.yml", "one\n")
    with pytest.raises(UnsafeTargetError, match="already exists"):
        create(tmp_path / "a.yml", "two\n")
    (tmp_path / "b.yml").symlink_to(tmp_path / "a.yml")
    with pytest.raises(UnsafeTargetError, match="is a link to"):
        create(tmp_path / "b.yml", "two\n")
    assert (tmp_path / "a.yml").read_text() == "one\n"


def test_replace_swaps_the_file_and_refuses_a_link(tmp_path: Path) -> None:
    create(tmp_path / "a.yml", "one\n")
    replace(tmp_path / "a.yml", "two\n")
    assert (tmp_path / "a.yml").read_text() == "two\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.yml"]
    (tmp_path / "b.yml").symlink_to(tmp_path / "a.yml")
    with pytest.raises(UnsafeTargetError, match="is a link to"):
        replace(tmp_path / "b.yml", "three\n")
    assert (tmp_path / "a.yml").read_text() == "two\n"


def test_short_ids_are_left_alone_and_long_ones_cut_at_a_hyphen() -> None:
    assert short_id("riverside-club") == "riverside-club"
    long = "-".join(["riverside"] * 30)
    cut = short_id(long)
    assert len(cut) <= 120 and cut == short_id(long)
    head, suffix = cut.rsplit("-", 1)
    assert len(suffix) == 6 and head.endswith("riverside")
    assert short_id(long + "-x") != cut
