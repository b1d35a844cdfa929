"""`signpost check`: the same problems as a strict build, at once, without building."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SITES, build, copy_site
from golden import SERVICES, TODAY, cases
from signpost.checks.project import load_project
from signpost.checks.registry import Report, check_project
from signpost.cli.check import format_github, step_summary
from signpost.cli.main import main
from signpost.core.errors import Problem
from signpost.core.yaml_source import LOST_BAR, NOT_UTF8

FIXED_TODAY = ["--today", TODAY.isoformat()]
NOT_IN_GLOSSARY = "is not in the glossary: add it to content/glossary.yml or write it out in full"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    """Run `signpost` in this process and return its exit code and output lines."""
    code = main(list(argv))
    return code, capsys.readouterr().out.splitlines()


def test_a_good_site_has_no_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_site("basic", tmp_path / "root")
    code, out = run(capsys, "check", "--root", str(root), *FIXED_TODAY)
    assert (code, out) == (0, ["checked 7 services, 3 pages: no problems"])


@pytest.mark.parametrize("case", cases("invalid") + cases("valid"), ids=lambda p: p.name)
def test_each_golden_case_gives_its_expected_lines(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.rmtree(root / "directory")
    (root / "directory").mkdir()
    shutil.copy(SERVICES / "_taxonomy.yml", root / "directory" / "_taxonomy.yml")
    files = sorted(case.iterdir()) if case.is_dir() else [case]
    for file in files:
        if file.suffix in {".yml", ".yaml"}:
            shutil.copy(file, root / "directory" / file.name)
    lines = case / "expected.txt" if case.is_dir() else case.with_suffix(".expected")
    expected = lines.read_text(encoding="utf-8").splitlines() if lines.is_file() else []
    code, out = run(capsys, "check", "--root", str(root), *FIXED_TODAY)
    # Golden cases use acronyms freely; the plain English check has its own tests below.
    problems = [line for line in out[:-1] if NOT_IN_GLOSSARY not in line]
    assert (code, problems) == (1 if out[:-1] else 0, expected)
    services = len([f for f in files if f.suffix in {".yml", ".yaml"}])
    assert out[-1].startswith(f"checked {services} services, 3 pages: ")


def test_pages_and_services_give_the_same_lines_as_a_strict_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SITES / "plain-english-problems.md", root / "content" / "plain.md")
    shutil.copy(SITES / "acronym-service.yml", root / "directory" / "family-club.yml")
    shutil.copy(SITES / "easy-read-problems.md", root / "content" / "easy-read-problems.md")
    (root / "content" / "bad-front-matter.md").write_text("---\ntitle: a: b\n---\n\n# Hi\n")
    page = root / "content" / "advice-and-support.md"
    page.write_text(f"---\ntitle: Advice\nlast_reviewed: 2026-13-01\n---\n\n{page.read_text()}")
    code, out = run(capsys, "check", "--root", str(root))
    built = build(root)
    assert code == 1 and built.returncode == 1
    from_build = [
        w
        for w in built.warnings()
        if w.startswith(("content/", "directory/")) and "not used on any page" not in w
    ]
    front_matter = (
        "content/bad-front-matter.md:2: front matter: YAML syntax error: mapping values are "
        'not allowed here. Put text that contains ": " inside quotes, like "Open: 9am to 5pm".'
    )
    assert front_matter in from_build, "the build reports front matter it cannot read, too"
    assert (
        "content/advice-and-support.md:3: last_reviewed: "
        "should be a date written as YYYY-MM-DD, like 2026-09-14"
    ) in out
    notes = [line for line in out[:-1] if line.endswith(" (a note: it does not fail)")]
    assert sorted(set(out[:-1]) - set(notes)) == sorted(from_build)
    assert f'content/plain.md:3: "QRT" {NOT_IN_GLOSSARY}' in out
    assert sorted(n.split('"')[1] for n in notes) == ["FREE", "NOTE", "PLEASE"]
    assert all(n.removesuffix(" (a note: it does not fail)") in built.output for n in notes)
    # 12 in the pages and services, and 3 pages this test adds without adding them to the menu.
    assert out[-1] == "checked 8 services, 6 pages: 15 problems to fix"


def test_jargon_that_does_not_fail_the_build_is_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text().replace("fails_build: true", "fails_build: false"))
    page = root / "content" / "advice-and-support.md"
    page.write_text(page.read_text() + "\nWe make provision.\n")
    code, out = run(capsys, "check", "--root", str(root), *FIXED_TODAY)
    assert code == 0
    assert out == [
        'content/advice-and-support.md:9: "provision" is jargon: say "support" instead '
        "(a note: it does not fail)",
        "checked 7 services, 3 pages: no problems",
    ]


def test_github_format_writes_annotations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SERVICES / "invalid" / "age-order.yml", root / "directory" / "age-order.yml")
    code, out = run(capsys, "check", "--root", str(root), "--format", "github", *FIXED_TODAY)
    assert code == 1
    assert out == [
        "::error file=directory/age-order.yml,line=7,title=age::"
        "max must be at least min (got min 11, max 5)",
        "checked 8 services, 3 pages: 1 problem to fix",
    ]


def test_github_annotations_escape_what_github_reads_as_syntax() -> None:
    problem = Problem("a,b.yml", 3, "contact.phone", "100% wrong:\nfix it")
    assert format_github(problem) == (
        "::error file=a%2Cb.yml,line=3,title=contact.phone::100%25 wrong:%0Afix it"
    )


def test_sharing_the_work_between_processes_finds_the_same_problems(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    for case in ("age-order", "bad-contact", "unknown-keys"):
        shutil.copy(SERVICES / "invalid" / f"{case}.yml", root / "directory" / f"{case}.yml")
    project = load_project(root)
    alone = check_project(project, TODAY, workers=1)
    shared = check_project(project, TODAY, workers=2)
    assert alone.problems and shared == alone


def test_a_folder_without_mkdocs_yml_is_explained(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--root", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert error == (
        f"signpost check: {tmp_path}/mkdocs.yml: there is no mkdocs.yml here: run this in the "
        "folder of your Local Offer, or give it with --root\n"
    )


def test_the_demo_passes_and_the_installed_command_runs(tmp_path: Path) -> None:
    command = [str(Path(sys.executable).with_name("signpost")), "check"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    services = len([f for f in (REPO / "directory").glob("*.yml") if not f.name.startswith("_")])
    pages = len(list((REPO / "content").rglob("*.md")))
    *notes, last = done.stdout.splitlines()
    assert (done.returncode, last) == (
        0,
        f"checked {services} services, {pages} pages: no problems",
    )
    # Easy read pages changed after young people checked them are notes, not problems.
    assert all(n.startswith("content/easy-read/") for n in notes), notes
    assert all(n.endswith("(a note: it does not fail)") for n in notes), notes
    module = subprocess.run(
        [sys.executable, "-m", "signpost", "check", "--help"], capture_output=True, text=True
    )
    assert module.returncode == 0
    assert "examples:\n  signpost check " in module.stdout


def test_a_future_review_date_depends_on_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    service = root / "directory" / "club-1.yml"
    service.write_text(
        "\n".join(
            f"last_reviewed: {later}" if line.startswith("last_reviewed:") else line
            for line in service.read_text().splitlines()
        )
    )
    code, out = run(capsys, "check", "--root", str(root))
    assert code == 1
    assert out[0].endswith(f"last_reviewed: {later} is in the future: use the date you checked it")


def test_files_that_are_not_utf8_are_reported_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "directory" / "cafe-club.yml").write_bytes(b"name: Caf\xe9 club\n")
    (root / "content" / "cafe.md").write_bytes(b"# Our caf\xc3\xa9\n\nThe caf\xe9 opens at 9.\n")
    code, out = run(capsys, "check", "--root", str(root), *FIXED_TODAY)
    assert (code, out) == (
        1,
        [
            f"content/cafe.md:3: {NOT_UTF8} (byte 0xE9 on this line, probably "
            '"é" saved by an older program)',
            f"directory/cafe-club.yml:1: {NOT_UTF8} (byte 0xE9 on this line, probably "
            '"é" saved by an older program)',
            "checked 8 services, 4 pages: 2 problems to fix",
        ],
    )


def test_the_build_also_reports_a_service_that_is_not_utf8(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "directory" / "cafe-club.yml").write_bytes(b"name: Caf\xe9 club\n")
    built = build(root)
    assert built.returncode == 1
    assert "Traceback" not in built.output
    assert built.warnings() == [
        f'directory/cafe-club.yml:1: {NOT_UTF8} (byte 0xE9 on this line, probably "é" saved '
        "by an older program)"
    ]


def test_the_build_reports_a_page_that_is_not_utf8_without_a_traceback(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "content" / "cafe.md").write_bytes(b"# Our cafe\n\nThe caf\xe9 opens at 9.\n")
    built = build(root)
    assert built.returncode == 1
    assert "Traceback" not in built.output
    assert f"content/cafe.md:3: {NOT_UTF8}" in "\n".join(built.warnings())


def test_participation_files_are_checked_like_services(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copytree(REPO / "participation", root / "participation")
    event = sorted((root / "participation" / "events").glob("*.yml"))[0]
    lines = event.read_text(encoding="utf-8").splitlines()
    title = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    date = next(i for i, line in enumerate(lines) if line.startswith("date:"))
    lines[title] = "title: Meet the QZXW team"
    lines[date] = "date: 2026-02-30"
    event.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run(capsys, "check", "--root", str(root), *FIXED_TODAY)
    path = f"participation/events/{event.name}"
    assert code == 1
    assert f'{path}:{title + 1}: "QZXW" {NOT_IN_GLOSSARY}' in out
    assert (
        f"{path}:{date + 1}: date: should be a date written as YYYY-MM-DD, like 2026-09-14" in out
    )


def test_a_list_that_lost_its_bar_is_reported_by_check_and_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    shutil.copy(SITES / "list-without-bar.yml", root / "directory" / "riverside.yml")
    line = f"directory/riverside.yml:4: description: {LOST_BAR}"
    code, out = run(capsys, "check", "--root", str(root), *FIXED_TODAY)
    assert code == 1 and line in out
    built = build(root)
    assert built.returncode == 1 and line in built.warnings()


def test_broken_links_anchors_and_pages_missing_from_the_menu_are_found_with_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "content" / "extra.md").write_text(
        "# Extra help\n\n"
        "See [advice](advice-and-support.md) and [the heading](advice-and-support.md#nowhere).\n"
        "Read [the old page](old-page.md) or [from the top](/health.md).\n\n"
        "```\n[not a link](missing.md)\n```\n\n"
        "Ring [us](tel:+441632960000) or see [services](find/index.md).\n",
        encoding="utf-8",
    )
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - Words we use:", "  - Gone: gone.md\n  - Words we use:")
    )
    expected = [
        'content/extra.md:1: this page is not in the menu: add it under nav: in mkdocs.yml, like "- Extra help: extra.md", or list it under not_in_nav',
        'content/extra.md:3: link: "#nowhere" is not a heading on advice-and-support.md: use one of its headings, written in lower case with - between words',
        'content/extra.md:4: link: "/health.md" starts with /: link to the page\'s file from this one, like "health.md"',
        'content/extra.md:4: link: "old-page.md" is not a page: link to the page\'s .md file, like "health.md"',
        'mkdocs.yml:39: nav: "gone.md" is not a page in content/: check the name',
    ]
    code, out = run(capsys, "check", "--root", str(root), *FIXED_TODAY)
    assert code == 1
    assert out[:-1] == expected
    built = build(root)
    assert built.returncode == 1
    assert set(expected) <= set(built.warnings()), "the build reports the same lines"


def test_github_job_summary_lists_every_problem_beyond_the_ten_annotations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = copy_site("basic", tmp_path / "root")
    page = root / "content" / "advice-and-support.md"
    page.write_text(
        page.read_text() + "".join(f"\nAsk the Q{chr(65 + n)}X team today.\n" for n in range(12))
    )
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out = run(capsys, "check", "--root", str(root), "--format", "github", *FIXED_TODAY)
    assert code == 1
    annotations = [line for line in out if line.startswith("::error ")]
    assert len(annotations) == 12
    rows = [line for line in summary.read_text().splitlines() if line.startswith("| content/")]
    assert len(rows) == 12
    assert rows[0].startswith("| content/advice-and-support.md | ")


def test_a_bar_in_a_message_stays_inside_its_table_cell() -> None:
    report = Report(1, 0, [Problem("directory/a.yml", 3, "cost", "write 5 | 6\nnot this")])
    row = step_summary(report).strip().splitlines()[-1]
    assert row == "| directory/a.yml | 3 | cost | write 5 \\| 6 not this | to fix |"
