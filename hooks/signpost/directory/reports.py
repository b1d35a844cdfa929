"""Reports of something wrong on a service page, as the Local Offer team records them.

Families report through the "Report something wrong" link on each service page (an email or
the council's form). The team keeps a line per report in `directory/_reports.yml`, so
`signpost stats` can count them, and the checks make sure each names a real service:

```yaml
- service: ashby-moor-saturday-club   # the service's file name, without .yml
  reported_on: 2026-11-02
  fixed_on: 2026-11-04                # leave out while it is still being looked at
```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from pydantic import Field, ValidationInfo, field_validator, model_validator

from signpost.core.errors import Problem
from signpost.core.suggest import did_you_mean
from signpost.core.validation import validate
from signpost.core.yaml_source import Document, load_document
from signpost.directory.model import Strict, problem

FILE = "_reports.yml"


class Report(Strict):
    """One report of something wrong with a service's page."""

    service: str = Field(description="The id of the service: its file name without .yml.")
    reported_on: dt.date = Field(description="The day the family told us.")
    fixed_on: dt.date | None = Field(default=None, description="The day the page was put right.")

    @field_validator("service")
    @classmethod
    def _known(cls, value: str, info: ValidationInfo) -> str:
        known = (info.context or {}).get("services")
        if known is not None and value not in known:
            raise problem(f'"{value}" is not a service: {did_you_mean(value, known)}')
        return value

    @model_validator(mode="after")
    def _in_order(self) -> Self:
        if self.fixed_on is not None and self.fixed_on < self.reported_on:
            raise problem("fixed_on must be on or after reported_on")
        return self


@dataclass(frozen=True)
class ReportCounts:
    """How many reports there were, how many are put right, and how long that took."""

    total: int
    fixed: int
    open_by_service: dict[str, int]
    median_days_to_fix: float | None


def load_reports(directory: Path, services: Iterable[str]) -> tuple[list[Report], list[Problem]]:
    """Read directory/_reports.yml if there is one, checking each report names a service."""
    file = directory / FILE
    if not file.is_file():
        return [], []
    doc = load_document(file, f"directory/{FILE}")
    if isinstance(doc, Problem):
        return [], [doc]
    if doc.data is None:
        return [], []
    if not isinstance(doc.data, list):
        return [], [Problem(doc.path, 1, "", "should be a list of reports, each starting with -")]
    context = {"services": sorted(services)}
    reports, problems = [], []
    for n, item in enumerate(doc.data):
        # One item at a time, so a typo is named against the keys of a report.
        found, wrong = validate(Report, Document(doc.path, item), context)
        problems += [_numbered(p, n) for p in wrong]
        if found is not None:
            reports.append(found)
    return (reports if not problems else []), problems


def _numbered(found: Problem, n: int) -> Problem:
    where = f"[{n + 1}]" + (f".{found.field}" if found.field else "")
    return Problem(found.path, found.line, where, found.message)


def count_reports(reports: list[Report]) -> ReportCounts:
    """Count reports, and the open ones by service."""
    fixed = [r for r in reports if r.fixed_on is not None]
    days = sorted((r.fixed_on - r.reported_on).days for r in fixed if r.fixed_on)
    median = None
    if days:
        middle = len(days) // 2
        median = days[middle] if len(days) % 2 else (days[middle - 1] + days[middle]) / 2
    open_by_service: dict[str, int] = {}
    for report in reports:
        if report.fixed_on is None:
            open_by_service[report.service] = open_by_service.get(report.service, 0) + 1
    return ReportCounts(len(reports), len(fixed), open_by_service, median)
