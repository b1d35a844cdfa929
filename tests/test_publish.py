from __future__ import annotations

from pathlib import Path

from signpost.website.publish import discard, publish, staging_dir


def test_publish_replaces_the_old_site_whole(tmp_path: Path) -> None:
    target = tmp_path / "site"
    (target / "old").mkdir(parents=True)
    staging = staging_dir(target)
    (staging / "new").mkdir(parents=True)
    publish(staging, target)
    assert sorted(p.name for p in target.iterdir()) == ["new"]
    assert not staging.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_publish_works_the_first_time(tmp_path: Path) -> None:
    target = tmp_path / "site"
    staging = staging_dir(target)
    staging.mkdir()
    publish(staging, target)
    assert target.is_dir()


def test_discard_removes_a_failed_build(tmp_path: Path) -> None:
    staging = tmp_path / ".site.building"
    staging.mkdir()
    discard(staging)
    discard(staging)
    assert not staging.exists()
