"""The one entry point: a fixed order of stages, one state per build, clear errors."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import REPO, build_into, copy_site
from signpost.engine.plugin import EVENTS, SignpostBuild
from signpost.engine.stages import STAGES, DirectoryStage, ParticipationStage, PublishStage, Stage


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


def test_a_stage_run_before_what_it_needs_stops_the_build_with_a_clear_error(
    tmp_path: Path,
) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    # The same engine with the participation stage moved before the directory stage.
    (root / "misordered.py").write_text(
        "from signpost.engine.plugin import SignpostBuild\n"
        "from signpost.engine.stages import STAGES, DirectoryStage, ParticipationStage\n"
        "order = [s for s in STAGES if s is not ParticipationStage]\n"
        "order.insert(order.index(DirectoryStage), ParticipationStage)\n"
        "globals().update(SignpostBuild(tuple(order)).events())\n"
    )
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(f"{REPO}/hooks/signpost_build.py", "misordered.py")
    )
    result = build_into(root, tmp_path / "out")
    assert result.returncode != 0
    assert "the participation stage needs the service directory" in result.output
    assert "Traceback" not in result.output


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
