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
HELP = "write schema/service.schema.json, which lets text editors explain each field"
DESCRIPTION = """\
Write the description of a service file that text editors understand (a JSON Schema) to
schema/service.schema.json. Editors such as Visual Studio Code, with its YAML extension,
then explain each field as you type and underline mistakes. Run it after changing what a
service file may contain (hooks/signpost/model.py); the tests fail until you do."""
EPILOG = """\
examples:
  signpost schema                   write schema/service.schema.json in this folder
  signpost schema --root ../offer   write it in the Local Offer in the folder ../offer"""

# What each field is for, shown by text editors when you point at the field.
FIELDS = {
    "name": "The name families know the service by.",
    "organisation": "Who runs it: a charity, a company, a school, or a council team.",
    "summary": "One plain sentence, at most 30 words: what it is and who it is for.",
    "description": "What happens there, in plain words. Markdown, without HTML.",
    "easy_read": "Optional: a short easy read version. Short sentences, no acronyms.",
    "categories": "What the service is for: ids from directory/_taxonomy.yml.",
    "needs": "Optional: the needs it is especially for: ids from directory/_taxonomy.yml.",
    "areas": "Where it is, or who it covers: ids from directory/_taxonomy.yml.",
    "age": "The youngest and oldest age it is for, in years, like {min: 5, max: 11}.",
    "cost": "What it costs, in plain words, like: Free.",
    "how_to_access": "How to start using it: ring, fill in a form, or need a referral?",
    "contact": "How families get in touch: at least one of phone, text, email, website.",
    "locations": "Optional: where it happens. Leave out for phone, online or home visits.",
    "opening_times": "Optional: when it is open, like: Saturdays, 10am to 1pm.",
    "languages": "Optional: languages staff speak, like [English, Polish].",
    "coproduced_with": "Optional: families or groups who helped write this, to thank them.",
    "last_reviewed": "The date you last checked every detail with the service (YYYY-MM-DD).",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """`signpost schema` has no options of its own."""


def run(args: argparse.Namespace) -> int:
    """Write the schema file."""
    target = Path(args.root) / SCHEMA_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
    return 0


def service_schema() -> dict[str, Any]:
    """Return the JSON Schema of a service file."""
    schema = Service.model_json_schema()
    for name, text in FIELDS.items():
        schema["properties"][name]["description"] = text
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "A service in a Signpost Local Offer (directory/<id>.yml)",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def schema_text() -> str:
    """Return the schema as the text of schema/service.schema.json."""
    return json.dumps(service_schema(), indent=2, ensure_ascii=False) + "\n"
