"""Links, near-miss file names and repeated keys in mkdocs.yml (issue 17, findings 2 and 8)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import build, copy_site
from signpost.checks.files import links_under, project_file_problems
from signpost.checks.project import load_project
from signpost.cli.check import check_project

TODAY = dt.date(2026, 11, 28)
SECRET = "token=ghp_not_a_real_token_but_secret"


def hostile_site(tmp_path: Path) -> Path:
    """A fixture site with links pointing out of it, as a pull request could add."""
    root = copy_site("basic", tmp_path / "root")
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "config").write_text(SECRET)
    (outside / "folder" / "page.md").write_text(f"# Secret\n\n{SECRET}\n")
    service = root / "directory" / "club-1.yml"
    (outside / "service.yml").write_text(service.read_text().replace("number 1", "secret"))
    (root / "content" / "config.txt").symlink_to(outside / "config")
    (root / "content" / "linked").symlink_to(outside / "folder")
    (root / "directory" / "linked-club.yml").symlink_to(outside / "service.yml")
    return root


def test_links_fail_the_build_and_are_never_published(tmp_path: Path) -> None:
    root = hostile_site(tmp_path)
    result = build(root)
    assert result.returncode == 1
    warnings = result.warnings()
    outside = tmp_path / "outside"
    for path, target in [
        ("content/config.txt", outside / "config"),
        ("content/linked", outside / "folder"),
        ("directory/linked-club.yml", outside / "service.yml"),
    ]:
        assert f"{path}:1: is a link to {target}: copy the file in instead " in " ".join(
            warnings
        ), warnings
    # Even without --strict (as `mkdocs serve` runs) nothing a link points to is read.
    assert build(root, strict=False).returncode == 0
    site = root / "site"
    assert not (site / "config.txt").exists()
    assert not (site / "linked").exists()
    assert not (site / "services" / "linked-club").exists()
    assert not any(SECRET in f.read_text(errors="ignore") for f in site.rglob("*") if f.is_file())


def test_signpost_check_reports_links_like_the_build(tmp_path: Path) -> None:
    root = hostile_site(tmp_path)
    found = [str(p) for p in check_project(load_project(root), TODAY).problems]
    assert [p.split(": is a link")[0] for p in found if "is a link to" in p] == [
        "content/config.txt:1",
        "content/linked:1",
        "directory/linked-club.yml:1",
    ], found


def test_links_in_overrides_and_participation_are_found(tmp_path: Path) -> None:
    (tmp_path / "overrides" / "partials").mkdir(parents=True)
    (tmp_path / "participation" / "events").mkdir(parents=True)
    (tmp_path / "overrides" / "partials" / "footer.html").symlink_to("/etc/hostname")
    (tmp_path / "participation" / "events" / "x.yml").symlink_to("/etc/hostname")
    (tmp_path / "participation" / "localities").symlink_to(tmp_path / "overrides")
    found = links_under(tmp_path, ["content", "directory", "participation", "overrides"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "overrides/partials/footer.html",
        "participation/events/x.yml",
        "participation/localities",
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "directory/club-9.YML",
            "is not read, because only names ending in .yml are: rename it to club-9.yml",
        ),
        ("directory/club-9.yaml~", "is not read: it looks like a copy of a .yaml file. Remove it,"),
        ("directory/club-9.yml.bak", "is not read: it looks like a copy of a .yml file."),
        (
            "participation/events/party.Yml",
            "is not read, because only names ending in .yml are: rename",
        ),
        (
            "content/help.MD",
            "is not read, because only names ending in .md are: rename it to help.md",
        ),
    ],
)
def test_near_miss_file_names_are_reported(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text("name: x\n")
    problems, _ = project_file_problems(tmp_path, tmp_path / "content")
    assert len(problems) == 1, problems
    assert str(problems[0]).startswith(f"{name}:1: {message}")


def test_the_build_reports_a_near_miss_name(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "directory" / "club-1.yml").rename(root / "directory" / "club-9.YML")
    result = build(root)
    assert result.returncode == 1
    assert (
        "directory/club-9.YML:1: is not read, because only names ending in .yml are: "
        "rename it to club-9.yml"
    ) in result.warnings(), result.output


def test_the_build_rejects_a_key_given_twice_in_mkdocs_yml(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text() + "site_name: Another name\n")
    result = build(root)
    assert result.returncode == 1
    assert 'mkdocs.yml:50: YAML syntax error: found duplicate key "site_name"' in result.output
    assert "Traceback" not in result.output
