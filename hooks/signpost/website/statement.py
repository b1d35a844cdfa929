"""The result of the last full accessibility check, for the accessibility statement."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

REPORT = Path("reports") / "accessibility.json"


class CheckResult(BaseModel):
    """What the last full check of the site found (written by the test suite)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    checked_on: dt.date
    pages: int
    axe_core: str
    schemes: list[str]
    widths: list[int]
    violations: int
    sampled: bool = False


def load_check(file: Path) -> CheckResult | None:
    """Read the last check's result, or None if there is none or it cannot be read."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        return CheckResult.model_validate({**data, "violations": len(data.get("violations", []))})
    except (OSError, ValueError, ValidationError):
        return None
