"""`signpost schema`: write the JSON Schema of a service file, made from the pydantic model.

Editors' text editors (VS Code with the YAML extension, for example) read it through the
`# yaml-language-server: $schema=../schema/service.schema.json` line at the top of each
service file, and then explain each field and underline mistakes as the editor types.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from signpost.directory.model import Service

SCHEMA_FILE = "schema/service.schema.json"
HELP = "write schema/service.schema.json and docs/service-fields.md from the service model"
DESCRIPTION = """\
Write the description of a service file that text editors understand (a JSON Schema) to
schema/service.schema.json. Editors such as Visual Studio Code, with its YAML extension,
then explain each field as you type and underline mistakes. Run it after changing what a
service file may contain (hooks/signpost/directory/model.py); the tests fail until you do."""
EPILOG = """\
examples:
  signpost schema                   write schema/service.schema.json in this folder
  signpost schema --root ../offer   write it in the Local Offer in the folder ../offer"""

FIELDS_DOC = "docs/service-fields.md"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`signpost schema` has no options of its own."""


def run(args: argparse.Namespace) -> int:
    """Write the schema file and the table of fields for people."""
    for name, text in ((SCHEMA_FILE, schema_text()), (FIELDS_DOC, fields_table())):
        target = Path(args.root) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {name}")
    return 0


def service_schema() -> dict[str, Any]:
    """Return the JSON Schema of a service file."""
    schema = Service.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "A service in a Signpost Local Offer (directory/<id>.yml)",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    """Return the schema as the text of schema/service.schema.json."""
    return json.dumps(service_schema(), indent=2, ensure_ascii=False) + "\n"


def field_notes() -> dict[str, str]:
    """Return what each field of a service means, in file order."""
    return {name: info.description or "" for name, info in Service.model_fields.items()}


def fields_table() -> str:
    """Return the Markdown table of every field of a service file, made from the model."""
    rows = [
        "# The fields of a service file",
        "",
        "Made by `signpost schema` from `hooks/signpost/directory/model.py`: do not edit by hand.",
        "",
        "| Field | Required | What to write | Example |",
        "|---|---|---|---|",
    ]
    for name, info in Service.model_fields.items():
        example = json.dumps(info.examples[0], ensure_ascii=False) if info.examples else ""
        required = "yes" if info.is_required() else "no"
        rows.append(f"| `{name}` | {required} | {info.description} | {example} |")
    return "\n".join(rows) + "\n"
