"""The Open Referral UK JSON Schemas, resolved locally (never over the network)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT202012

# The schemas are not committed (see ../shared/oruk/README.md); ORUK_SCHEMAS may point elsewhere.
FOLDER = Path(os.environ.get("ORUK_SCHEMAS", REPO.parent / "shared" / "oruk"))
BASE = "https://openreferraluk.org/schema/"
NAMES = ("service.json", "service_list.json", "organization.json")
# The listing envelope of the ORUK API (the Page object of its OpenAPI description).
PAGE = {
    "type": "object",
    "required": [
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
        "contents",
    ],
    "properties": {
        "total_items": {"type": "integer", "minimum": 0},
        "total_pages": {"type": "integer", "minimum": 1},
        "page_number": {"type": "integer", "minimum": 1},
        "size": {"type": "integer", "minimum": 0},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"},
        "contents": {"type": "array", "items": {"$ref": BASE + "service_list.json"}},
    },
}


def _no_network(uri: str) -> Resource[Any]:
    raise NoSuchResource(ref=uri)


def validators() -> dict[str, Draft202012Validator]:
    """Return a validator per schema, with $ref between the files resolved from disk."""
    if not FOLDER.is_dir():
        pytest.skip(f"the ORUK schemas are not in {FOLDER}: set ORUK_SCHEMAS to their folder")
    schemas = {name: json.loads((FOLDER / name).read_text()) for name in NAMES}
    schemas["page.json"] = PAGE
    registry: Registry[Any] = Registry(retrieve=_no_network).with_resources(
        (BASE + name, DRAFT202012.create_resource(schema)) for name, schema in schemas.items()
    )
    return {
        name: Draft202012Validator(
            schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
        )
        for name, schema in schemas.items()
    }


def errors(validator: Draft202012Validator, data: Any) -> list[str]:
    """Return every schema error as `path: message`."""
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(data)]
