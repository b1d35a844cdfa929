"""The `signpost` command: one line registers a subcommand, and every one explains itself."""

from __future__ import annotations

import importlib

import pytest
from signpost.cli.main import SUBCOMMANDS, main

NAMES = [name for name, _ in SUBCOMMANDS]


def test_every_subcommand_is_registered() -> None:
    assert NAMES == [
        "check",
        "new",
        "schema",
        "review-due",
        "stats",
        "sign-off",
        "import-oruk",
        "export",
        "glossary",
        "preview",
    ]


def test_help_lists_every_subcommand(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for name, module_name in SUBCOMMANDS:
        help_text = importlib.import_module(module_name).HELP
        assert f"    {name}" in out and help_text[:40] in " ".join(out.split())


@pytest.mark.parametrize("name", NAMES)
def test_each_subcommand_has_help_with_examples(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main([name, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert f"\nexamples:\n  signpost {name}" in out
    assert "--root FOLDER" in out


def test_no_subcommand_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([])
    assert done.value.code == 2
    assert "the following arguments are required: COMMAND" in capsys.readouterr().err
