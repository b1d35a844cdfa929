"""The JSON Schema of a service file: committed, up to date, and named by every demo service."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO
from signpost.cli.main import main
from signpost.cli.new import SCHEMA_LINE
from signpost.core.yaml_source import Document, load_document
from signpost.directory.model import Service
from signpost.directory.schema import FIELDS_DOC, SCHEMA_FILE, fields_table, schema_text


def test_committed_schema_is_up_to_date() -> None:
    committed = (REPO / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(), (
        f"{SCHEMA_FILE} is out of date with hooks/signpost/model.py: "
        "run `.venv/bin/signpost schema` and commit the file"
    )


def test_schema_follows_the_model() -> None:
    schema = json.loads((REPO / SCHEMA_FILE).read_text(encoding="utf-8"))
    required = [name for name, info in Service.model_fields.items() if info.is_required()]
    assert schema["required"] == required
    assert schema["additionalProperties"] is False, "unknown keys are mistakes"
    assert list(schema["properties"]) == list(Service.model_fields)
    assert all(prop.get("description") for prop in schema["properties"].values())
    assert schema["properties"]["last_reviewed"]["format"] == "date"


def test_every_demo_service_names_the_schema_and_uses_only_its_keys() -> None:
    schema = json.loads((REPO / SCHEMA_FILE).read_text(encoding="utf-8"))
    services = [f for f in sorted((REPO / "directory").glob("*.yml")) if f.name[0] != "_"]
    assert len(services) >= 50
    for file in services:
        assert file.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_LINE, file.name
        doc = load_document(file, file.name)
        assert isinstance(doc, Document)
        assert set(doc.data) <= set(schema["properties"]), file.name


def test_signpost_schema_writes_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "--root", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"wrote {SCHEMA_FILE}\nwrote {FIELDS_DOC}\n"
    assert (tmp_path / SCHEMA_FILE).read_text(encoding="utf-8") == schema_text()
    assert (tmp_path / FIELDS_DOC).read_text(encoding="utf-8") == fields_table()


def test_the_fields_table_is_made_from_the_model_and_up_to_date() -> None:
    committed = (REPO / FIELDS_DOC).read_text(encoding="utf-8")
    assert committed == fields_table(), f"run `.venv/bin/signpost schema` and commit {FIELDS_DOC}"
    for name, info in Service.model_fields.items():
        assert f"| `{name}` | {'yes' if info.is_required() else 'no'} | {info.description} |" in (
            committed
        )
