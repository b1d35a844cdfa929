"""`make test` says loudly at the end when the ORUK schema tests were skipped."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import REPO

BANNER = "ORUK SCHEMA TESTS SKIPPED: 1"


def run_one_schema_test(schemas: str) -> str:
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-k", "really_rejects"]
    command.append("tests/test_oruk_export.py")
    env = {**os.environ, "ORUK_SCHEMAS": schemas}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    return done.stdout


def test_a_run_without_the_schemas_ends_with_a_loud_notice() -> None:
    lines = run_one_schema_test("/nonexistent/oruk").splitlines()
    assert any(BANNER in line for line in lines[-4:]), lines[-6:]
    assert "1 skipped" in lines[-1]


def test_a_run_with_the_schemas_has_no_notice() -> None:
    folder = REPO.parent / "shared" / "oruk"
    if not folder.is_dir():
        pytest.skip(f"{folder} is missing: nothing to compare with")
    output = run_one_schema_test(str(folder))
    assert BANNER not in output and "1 passed" in output
