"""The plan of the pages made from data."""

from __future__ import annotations

import datetime as dt

from conftest import REPO
from signpost.checks.inputs import project_inputs
from signpost.website.pages import plan_site, site_paths


def test_site_paths_names_exactly_the_pages_the_plan_makes() -> None:
    inputs = project_inputs(REPO / "mkdocs.yml", dt.date(2026, 11, 1))
    council = inputs.council[0]
    assert council is not None
    planned = [page.src_uri for page in plan_site(inputs.directory, council, inputs.today)]
    assert site_paths(inputs.directory, council) == planned
    assert len(planned) > len(inputs.directory.entries) + 3
