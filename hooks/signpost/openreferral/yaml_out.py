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

from signpost.core.errors import Problem
from signpost.core.yaml_source import Document
from signpost.directory.model import Service
from signpost.openreferral import emit
from signpost.openreferral.read import Imported

# The order and required fields of the service model, so imported files read like new ones.
ORDER = tuple(Service.model_fields)
REQUIRED = tuple(name for name, info in Service.model_fields.items() if info.is_required())
FLOW = emit.FLOW
PHONES = {"phone", "text"}
# Everything YAML or an editor could take as the end of a line, and the other C0/C1 controls.
BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
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


def fill_in(item: Imported) -> list[str]:
    """Return what the editor must write, one line per missing field, saying why."""
    lines = []
    for key in missing(item.data):
        said = [line for line in item.todo if line.startswith(f"{key}:")]
        lines += said or [f"{key}: missing in the ORUK data; {FILL_IN[key]}"]
    return lines


def place_lines(item: Imported) -> str:
    """Return the places found in the text as commented-out locations, to confirm and use."""
    if not item.places or "locations" in item.data:
        return ""
    lines = ["", "# Found in the description: if families go to this place, take the # off", "#"]
    lines.append("# locations:")
    for address, postcode in item.places:
        name, _, rest = address.partition(", ")
        lines.append(f"#   - name: {one_line(name) or 'write the name of the place'}")
        lines.append(f"#     address: {one_line(rest or address) or 'write the address'}")
        lines.append(f"#     postcode: {postcode}")
    return "\n".join(lines) + "\n"


def header(item: Imported, today: dt.date, source: str) -> str:
    """Return the comment block at the top of an imported file, for an editor to review."""
    lines = [f"Imported from Open Referral UK on {today.isoformat()} ({source})."]
    sections = (
        ("Fill in:", [line.replace("missing in the ORUK data; ", "") for line in fill_in(item)]),
        ("Please check:", item.check),
        ("Not in directory/_taxonomy.yml, so not imported:", item.unknown_terms),
        ("Not imported:", item.not_imported),
    )
    for title, notes in sections:
        if notes:
            lines.append(title)
            lines += [f"  - {note}" for note in notes]
    lines.append("Delete these comments once you have checked the file.")
    return "".join(f"# {one_line(line)}\n" for line in lines)


def one_line(text: str) -> str:
    """Return text on one line: a line break in a comment would start live YAML."""
    return BREAKS.sub(" ", text)


def to_yaml(item: Imported, today: dt.date, source: str, *, fast: bool = True) -> str:
    """Return the whole file: the comment block, then the service in contract order.

    The fast writer's text is checked by the caller with `reads_back`; if it does not read
    back as the data, write it again with `fast=False` (ruamel).
    """
    body = emit.dump(item.data, ORDER) if fast else _ruamel(item)
    return header(item, today, source) + body + draft_lines(item) + place_lines(item)


def reads_back(doc: Document | Problem, item: Imported) -> bool:
    """Return whether a written file, parsed, holds exactly the service's data."""
    wanted = {key: emit.expected(item.data[key]) for key in ORDER if key in item.data}
    return isinstance(doc, Document) and doc.data == wanted


def _ruamel(item: Imported) -> str:
    doc = CommentedMap((key, node(key, item.data[key])) for key in ORDER if key in item.data)
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


DRAFT = """\
# A draft: checked, and shown by mkdocs serve, but not published until the notes at the top
# are done. Then delete these lines and the status line.
status: draft
"""


def draft_lines(item: Imported) -> str:
    """Return the status line of a draft, last, so every other line keeps its number."""
    return DRAFT if item.draft else ""


def node(key: str, value: Any) -> Any:
    """Return a value as the YAML node the file writes: flow lists, quoted phones, blocks."""
    if isinstance(value, dict):
        group = CommentedMap((k, node(k, v)) for k, v in value.items())
        if key in FLOW:
            group.fa.set_flow_style()
        return group
    if isinstance(value, list):
        seq = CommentedSeq(node(key, v) for v in value)
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
