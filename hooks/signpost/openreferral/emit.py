"""Write a service's data as YAML quickly, in the same layout as the editors' own files.

A general YAML library spends most of an import's time deciding how to write each value
(about 10 ms a service). A service has a fixed shape, so this writes it directly: plain text
where it is unambiguous, double quotes (JSON's escapes, which YAML shares) otherwise, `|`
blocks for text over several lines, and flow lists like `[north, south]`. The importer
parses what it wrote and compares it with the data, falling back to ruamel if they differ.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

# Lists and groups written on one line, like [short-breaks].
FLOW = {
    "days", "categories", "needs", "areas", "accessibility", "languages", "coproduced_with", "age",
}  # fmt: skip
PHONES = {"phone", "text"}
# Plain text YAML reads back as the same string: starts with a letter, digit, £ or (, and has
# no ": ", " #", ending ":" or line break. In a flow list, no , [ ] { } either.
PLAIN = re.compile(r"[A-Za-z0-9£(](?:[^\n:#]|:(?=\S)|(?<=\S)#)*(?<!:)")
SPECIAL = re.compile(
    r"(?i)(y|n|yes|no|true|false|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)(e[-+]?\d+)?"
    r"|0x[0-9a-f]+|0o?[0-7]+|\.inf|\.nan|\d{4}-\d\d?-\d\d?.*|\d+(:\d+)+)"
)
FLOW_SIGNS = re.compile(r"[,\[\]{}]")


def scalar(value: Any, *, quoted: bool = False, flow: bool = False) -> str:
    """Return one value on one line: plain when safe, else double-quoted."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    plain = PLAIN.fullmatch(text) and text == text.strip() and not SPECIAL.fullmatch(text)
    if plain and not quoted and not (flow and FLOW_SIGNS.search(text)):
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow(key: str, value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {scalar(v, flow=True)}" for k, v in value.items()) + "}"
    return "[" + ", ".join(scalar(v, flow=True) for v in value) + "]"


def text_shape(value: str) -> str | list[str]:
    """Return the one line a text is written as, or the lines of its `|` block.

    Line ends and trailing blank lines are trimmed (as the editors' files have them); text
    whose first line starts with a space stays exactly as it is, on one quoted line.
    """
    body = value.strip("\n")
    if "\n" not in body:
        return body
    lines = [line.rstrip() for line in body.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    first = next((line for line in lines if line), "")
    if first[:1] == " ":  # a block cannot start with a space without an indent marker
        return value
    return lines if len(lines) > 1 else "".join(lines)


def _text(key: str, value: str, indent: str) -> list[str]:
    if key in PHONES:
        return [f"{indent}{key}: {scalar(value, quoted=True)}"]
    shape = text_shape(value)
    if isinstance(shape, str):
        return [f"{indent}{key}: {scalar(shape)}"]
    chomp = "" if value.endswith("\n") else "-"
    inner = indent + "  "
    return [f"{indent}{key}: |{chomp}"] + [f"{inner}{line}" if line else "" for line in shape]


def entry(key: str, value: Any, indent: str = "") -> list[str]:
    """Return the lines of one key and its value."""
    if key in FLOW and isinstance(value, list | dict):
        return [f"{indent}{key}: {_flow(key, value)}"]
    if isinstance(value, str):
        return _text(key, value, indent)
    if isinstance(value, dict):
        lines = [f"{indent}{key}:"]
        for k, v in value.items():
            lines += entry(k, v, indent + "  ")
        return lines
    if isinstance(value, list):
        lines = [f"{indent}{key}:"]
        for item in value:
            lines += _item(item, indent + "  ")
        return lines
    return [f"{indent}{key}: {scalar(value)}"]


def _item(item: Any, indent: str) -> list[str]:
    if not isinstance(item, dict):
        return [f"{indent}- {scalar(item)}"]
    lines: list[str] = []
    for n, (k, v) in enumerate(item.items()):
        sub = entry(k, v, indent + "  ")
        sub[0] = (indent + "- " + sub[0].lstrip()) if n == 0 else sub[0]
        lines += sub
    return lines


def expected(value: Any) -> Any:
    """Return a value as it reads back from what `entry` writes (for checking the text)."""
    if isinstance(value, dict):
        return {k: expected(v) for k, v in value.items()}
    if isinstance(value, list):
        return [expected(v) for v in value]
    if not isinstance(value, str):
        return value
    shape = text_shape(value)
    if isinstance(shape, str):
        return shape
    return "\n".join(shape) + ("\n" if value.endswith("\n") else "")


def dump(data: dict[str, Any], order: tuple[str, ...]) -> str:
    """Return the service's keys in contract order as YAML text."""
    lines: list[str] = []
    for key in order:
        if key in data:
            lines += entry(key, data[key])
    return "\n".join(lines) + "\n"
