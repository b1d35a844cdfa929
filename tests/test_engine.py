"""The one entry point: a fixed order of stages, one state per build, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from conftest import REPO, build_into, copy_site
from mkdocs.exceptions import PluginError
from signpost.engine.plugin import EVENTS, SignpostBuild
from signpost.engine.stages import STAGES, DirectoryStage, ParticipationStage, PublishStage, Stage
from signpost.engine.state import BuildState, need


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml, leaving its !ENV and !!python tags unresolved."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def test_the_demo_names_one_hook_so_stages_cannot_be_reordered() -> None:
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    assert config["hooks"] == ["hooks/signpost_build.py"]
    hook = (REPO / "hooks" / "signpost_build.py").read_text(encoding="utf-8")
    for event in EVENTS:
        assert f"{event} = _build.{event}" in hook


def test_stages_that_read_the_directory_run_after_it_and_publishing_runs_last() -> None:
    order = list(STAGES)
    assert order.index(DirectoryStage) < order.index(ParticipationStage)
    assert order[-1] is PublishStage
    assert all(issubclass(stage, Stage) for stage in order)


def test_a_stage_missing_what_an_earlier_stage_makes_stops_with_a_clear_error() -> None:
    state = BuildState(root=Path(), today=dt.date(2026, 11, 29))
    with pytest.raises(PluginError, match="the participation stage needs the service directory"):
        need(state.directory, "the service directory", "participation")


def test_events_are_the_on_functions_of_a_hook_module() -> None:
    events = SignpostBuild().events()
    assert set(events) == set(EVENTS)
    assert all(callable(function) for function in events.values())


def test_a_relative_config_path_builds(tmp_path: Path) -> None:
    # ProperDocs recommends `-f mkdocs.yml`; MkDocs then gives a bare file name.
    root = copy_site("basic", tmp_path / "site-root")
    result = build_into(root, tmp_path / "out", extra_args=["-f", "mkdocs.yml"])
    assert result.returncode == 0, result.output
    assert (tmp_path / "out" / "services").is_dir()
