"""Write an imported service as a readable YAML file in the editors' contract."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from signpost.directory.model import Service
from signpost.openreferral.read import Imported

# The order and required fields of the service model, so imported files read like new ones.
ORDER = tuple(Service.model_fields)
REQUIRED = tuple(name for name, info in Service.model_fields.items() if info.is_required())
FLOW = {
    "days", "categories", "needs", "areas", "accessibility", "languages", "coproduced_with", "age",
}  # fmt: skip
PHONES = {"phone", "text"}
# What to write when the ORUK data has nothing for a required field.
FILL_IN = {
    "organisation": "write who runs the service",
    "summary": "write one plain sentence saying what the service is",
    "description": "describe the service for families",
    "categories": "choose what it is for from directory/_taxonomy.yml",
    "areas": "choose the areas it covers from directory/_taxonomy.yml",
    "age": "write the ages it is for, like age: {min: 5, max: 11}",
    "cost": "write what it costs, or Free",
    "how_to_access": "write how families get this service",
    "contact": "give at least one of phone, text, email or website",
    "last_reviewed": "write the date you checked it, like 2026-09-14",
}


def slug(name: str) -> str:
    """Return a file id made from a service name: lowercase letters, digits and hyphens."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    # Curly apostrophes are dropped by the ASCII step; straight ones here: "children's".
    plain = ascii_name.lower().replace("'", "").replace("&", " and ")
    words = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return words or "service"


def missing(data: dict[str, Any]) -> list[str]:
    """Return the required fields the ORUK data had nothing for."""
    return [key for key in REQUIRED if key not in data]


def header(item: Imported, today: dt.date, source: str) -> str:
    """Return the comment block at the top of an imported file, for an editor to review."""
    lines = [f"Imported from Open Referral UK on {today.isoformat()} ({source})."]
    sections = (
        ("Fill in:", [f"{key}: {FILL_IN[key]}" for key in missing(item.data)]),
        ("Please check:", item.check),
        ("Not in directory/_taxonomy.yml, so not imported:", item.unknown_terms),
        ("Not imported:", item.not_imported),
    )
    for title, notes in sections:
        if notes:
            lines.append(title)
            lines += [f"  - {note}" for note in notes]
    lines.append("Delete these comments once you have checked the file.")
    return "".join(f"# {line}\n" for line in lines)


def to_yaml(item: Imported, today: dt.date, source: str) -> str:
    """Return the whole file: the comment block, then the service in contract order."""
    doc = CommentedMap((key, _node(key, item.data[key])) for key in ORDER if key in item.data)
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(doc, out)
    return header(item, today, source) + out.getvalue()


def _node(key: str, value: Any) -> Any:
    if isinstance(value, dict):
        node = CommentedMap((k, _node(k, v)) for k, v in value.items())
        if key in FLOW:
            node.fa.set_flow_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_node(key, v) for v in value)
        if key in FLOW:
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and key in PHONES:
        return DoubleQuotedScalarString(value)
    if isinstance(value, str) and "\n" in value.strip():
        return LiteralScalarString("\n".join(line.rstrip() for line in value.split("\n")))
    if isinstance(value, str) and value.endswith("\n"):
        return value.strip()
    return value
