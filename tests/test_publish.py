from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from signpost.website import publish as publishing
from signpost.website.publish import IncompleteSiteError, discard, publish, staging_dir


def _whole_site(folder: Path, marker: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("index.html", "404.html", "sitemap.xml"):
        (folder / name).write_text(marker)
    return folder


def _siblings(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))


def test_publish_replaces_the_old_site_whole(tmp_path: Path) -> None:
    target = tmp_path / "site"
    (target / "old").mkdir(parents=True)
    staging = _whole_site(staging_dir(target), "new")
    (staging / "new").mkdir()
    assert publish(staging, target) == []
    assert sorted(p.name for p in target.iterdir()) == [
        "404.html",
        "index.html",
        "new",
        "sitemap.xml",
    ]
    assert not staging.exists()
    assert _siblings(tmp_path) == ["site"]


def test_publish_works_the_first_time(tmp_path: Path) -> None:
    target = tmp_path / "site"
    publish(_whole_site(staging_dir(target), "new"), target)
    assert (target / "index.html").read_text() == "new"


def test_each_build_has_its_own_staging_folder(tmp_path: Path) -> None:
    target = tmp_path / "site"
    first, second = staging_dir(target), staging_dir(target)
    assert first != second
    assert first.is_dir() and second.is_dir() and first.parent == tmp_path


def test_a_site_without_its_home_page_404_or_sitemap_is_not_published(tmp_path: Path) -> None:
    target = _whole_site(tmp_path / "site", "old")
    (target / "index.html").unlink()
    staging = staging_dir(target)
    (staging / "index.html").write_text("new")
    with pytest.raises(IncompleteSiteError, match=r"no 404\.html, sitemap\.xml"):
        publish(staging, target)
    assert (target / "404.html").read_text() == "old"
    assert not staging.exists()


def test_a_stale_old_site_that_cannot_be_removed_does_not_stop_publishing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = _whole_site(tmp_path / "site", "old")
    (tmp_path / ".site.old").mkdir()
    real_rmtree = shutil.rmtree

    def stubborn(path: Path, *args: object, **kwargs: object) -> None:
        if Path(path).name == ".site.old":
            raise PermissionError(13, "Permission denied")
        real_rmtree(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(publishing.shutil, "rmtree", stubborn)
    for marker in ("first", "second"):
        notes = publish(_whole_site(staging_dir(target), marker), target)
        assert (target / "index.html").read_text() == marker
        assert len(notes) == 1 and ".site.old (an earlier site) could not be removed" in notes[0]
    assert _siblings(tmp_path) == [".site.old", "site"]


def test_discard_removes_a_failed_build(tmp_path: Path) -> None:
    staging = staging_dir(tmp_path / "site")
    discard(staging)
    discard(staging)
    assert not staging.exists()
