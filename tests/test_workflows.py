"""The GitHub workflow, pre-commit hooks and pull request template editors rely on."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from signpost.core.yaml_source import Document, load_document

WORKFLOW = REPO / ".github" / "workflows" / "site.yml"
PRE_COMMIT = REPO / ".pre-commit-config.yaml"


def read(path: str) -> Any:
    """Parse a YAML file as YAML 1.2, so `on:` stays a key (YAML 1.1 reads it as true)."""
    doc = load_document(REPO / path, path)
    assert isinstance(doc, Document), str(doc)
    return doc.data


@pytest.fixture(scope="module")
def workflow() -> Any:
    return read(".github/workflows/site.yml")


def steps(job: dict[str, Any]) -> list[dict[str, Any]]:
    return list(job["steps"])


def step_using(job: dict[str, Any], action: str) -> dict[str, Any]:
    found = [s for s in steps(job) if str(s.get("uses", "")).startswith(action + "@")]
    assert len(found) == 1, f"one step should use {action}"
    return found[0]


def index_of_run(job: dict[str, Any], command: str) -> int:
    runs = [i for i, s in enumerate(steps(job)) if s.get("run", "").strip() == command]
    assert runs, f"no step runs `{command}`"
    return runs[0]


def test_runs_on_pull_requests_and_pushes_to_main(workflow: Any) -> None:
    assert "pull_request" in workflow["on"]
    assert workflow["on"]["push"]["branches"] == ["main"]


def test_checks_builds_and_tests_in_order(workflow: Any) -> None:
    job = workflow["jobs"]["check"]
    assert steps(job)[0]["uses"].startswith("actions/checkout@")
    python = step_using(job, "actions/setup-python")
    assert python["with"]["cache"] == "pip"
    # The same make targets as .ci/run, so CI runs what the README tells people to run.
    order = [
        index_of_run(job, "make setup-locked"),
        index_of_run(job, ".venv/bin/signpost check --format github"),
        index_of_run(job, "make build"),
        index_of_run(job, "make test"),
    ]
    assert "make test" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert order == sorted(order)
    assert steps(job).index(python) < order[0]


def test_pull_requests_get_a_preview_and_main_is_published(workflow: Any) -> None:
    job = workflow["jobs"]["check"]
    preview = step_using(job, "actions/upload-artifact")
    assert preview["if"] == "github.event_name == 'pull_request'"
    assert preview["with"]["path"] == "site-preview/", "the copy that works opened from disk"
    made = index_of_run(job, "make preview BASE=origin/${{ github.base_ref }}")
    # Straight after the build, before the tests, so a failing test cannot lose the preview.
    assert index_of_run(job, "make build") < made < steps(job).index(preview)
    assert steps(job).index(preview) < index_of_run(job, "make test")
    pages = step_using(job, "actions/upload-pages-artifact")
    assert "refs/heads/main" in pages["if"] and pages["with"]["path"] == "site/"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "check"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "refs/heads/main" in deploy["if"]
    step_using(deploy, "actions/deploy-pages")
    assert workflow["permissions"] == {"contents": "read"}, "least privilege by default"


def test_pre_commit_runs_ruff_and_signpost_check_from_the_projects_environment() -> None:
    config = read(".pre-commit-config.yaml")
    assert [r["repo"] for r in config["repos"]] == ["local"], "nothing to download"
    hooks = {h["id"]: h for h in config["repos"][0]["hooks"]}
    assert hooks["ruff"]["entry"] == ".venv/bin/ruff check"
    assert hooks["ruff-format"]["entry"] == ".venv/bin/ruff format --check"
    assert hooks["signpost-check"]["entry"] == ".venv/bin/signpost check"
    assert hooks["signpost-check"]["pass_filenames"] is False, "it always checks everything"
    assert all(h["language"] == "system" for h in hooks.values())


def test_pre_commit_runs_offline_in_a_fresh_clone(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
    (clone / ".venv").symlink_to(REPO / ".venv")
    shutil.copy(PRE_COMMIT, clone / ".pre-commit-config.yaml")  # as it is now, even uncommitted
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [str(REPO / ".venv" / "bin" / "pre-commit"), "run", "--all-files"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "signpost check" in done.stdout and "Passed" in done.stdout


def test_pull_request_template_is_a_checklist_for_editors() -> None:
    text = (REPO / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    boxes = [line for line in text.splitlines() if line.startswith("- [ ] ")]
    assert len(boxes) == 5
    for needed in ("coproduced_with", "last_reviewed", "young reviewers", "signpost check"):
        assert needed in text, needed


def test_every_action_is_pinned_by_commit_with_its_tag_beside_it() -> None:
    for workflow in sorted((REPO / ".github" / "workflows").glob("*.yml")):
        uses = re.findall(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$", workflow.read_text(), re.M)
        assert uses, workflow
        for action, comment in uses:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", action), action
            assert re.fullmatch(r"\s+# v\d+(\.\d+)*", comment), f"{action}: say its tag"


def test_checkout_leaves_no_token_behind(workflow: Any) -> None:
    checkout = step_using(workflow["jobs"]["check"], "actions/checkout")
    assert checkout["with"]["persist-credentials"] is False


def test_dependabot_keeps_actions_and_the_lock_file_current() -> None:
    config = read(".github/dependabot.yml")
    kinds = {u["package-ecosystem"]: u["directory"] for u in config["updates"]}
    assert kinds == {"github-actions": "/", "pip": "/requirements"}


def test_code_owners_review_the_files_that_are_code() -> None:
    owners = (REPO / ".github" / "CODEOWNERS").read_text(encoding="utf-8")
    paths = {line.split()[0] for line in owners.splitlines() if line and not line.startswith("#")}
    needed = {"/mkdocs.yml", "/hooks/", "/overrides/", "/.github/", "/pyproject.toml"}
    assert needed <= paths


def test_the_lock_file_pins_every_dependency_with_hashes() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    names = {
        _normal(re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0]) for requirement in wanted
    }
    lock = (REPO / "requirements" / "lock.txt").read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", lock.strip())
    pinned = {}
    for entry in entries:
        first = entry.split(" ", 1)[0]
        name, _, version = first.partition("==")
        assert version, f"not an exact version: {first}"
        assert "--hash=sha256:" in entry, f"no hash for {first}"
        pinned[_normal(name.split("[")[0])] = version
    assert names <= set(pinned), names - set(pinned)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
