"""The GitHub workflow, pre-commit hooks and pull request template editors rely on."""

from __future__ import annotations

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
        index_of_run(job, "make setup"),
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
    assert preview["with"]["path"] == "site/"
    pages = step_using(job, "actions/upload-pages-artifact")
    assert "refs/heads/main" in pages["if"] and pages["with"]["path"] == "site/"
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "check"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert "refs/heads/main" in deploy["if"]
    step_using(deploy, "actions/deploy-pages")
    assert workflow["permissions"] == {"contents": "read"}, "least privilege by default"


def test_pre_commit_runs_ruff_and_signpost_check() -> None:
    config = read(".pre-commit-config.yaml")
    ruff = next(r for r in config["repos"] if r["repo"].endswith("/ruff-pre-commit"))
    assert {h["id"] for h in ruff["hooks"]} == {"ruff", "ruff-format"}
    assert next(h for h in ruff["hooks"] if h["id"] == "ruff-format")["args"] == ["--check"]
    local = next(r for r in config["repos"] if r["repo"] == "local")
    check = local["hooks"][0]
    assert check["entry"] == "signpost check"
    assert check["pass_filenames"] is False, "signpost check always checks everything"


def test_pull_request_template_is_a_checklist_for_editors() -> None:
    text = (REPO / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    boxes = [line for line in text.splitlines() if line.startswith("- [ ] ")]
    assert len(boxes) == 5
    for needed in ("coproduced_with", "last_reviewed", "young reviewers", "signpost check"):
        assert needed in text, needed
