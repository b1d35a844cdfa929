"""The package's layers: each subpackage imports only from layers below it (or itself).

core < directory < plain_english < easy_read < website < participation, openreferral, statutory
< checks < cli, engine. Only engine/ imports MkDocs, so the data pipeline runs without it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "hooks" / "signpost"
LAYERS = {
    "core": 0,
    "directory": 1,
    "plain_english": 2,
    "easy_read": 3,
    "website": 4,
    "participation": 5,
    "openreferral": 5,
    "statutory": 5,
    "checks": 6,
    "cli": 7,
    "engine": 7,
}


def _imports(file: Path) -> list[str]:
    tree = ast.parse(file.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return found


def _modules() -> list[tuple[str, Path]]:
    return [
        (file.relative_to(PACKAGE).parts[0], file)
        for file in sorted(PACKAGE.rglob("*.py"))
        if len(file.relative_to(PACKAGE).parts) > 1
    ]


def test_every_subpackage_has_a_layer() -> None:
    folders = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    assert folders == set(LAYERS)


def test_no_module_imports_from_a_layer_above_its_own() -> None:
    upward = []
    for layer, file in _modules():
        for name in _imports(file):
            parts = name.split(".")
            other = parts[1] if parts[0] == "signpost" and len(parts) > 1 else ""
            if other in LAYERS and other != layer and LAYERS[other] >= LAYERS[layer]:
                upward.append(f"{file.relative_to(REPO)} imports {name}")
    assert upward == []


def test_only_the_engine_imports_mkdocs() -> None:
    found = [
        f"{file.relative_to(REPO)} imports {name}"
        for layer, file in _modules()
        if layer != "engine"
        for name in _imports(file)
        if name.split(".")[0] == "mkdocs"
    ]
    assert found == []
