"""The words of a YAML file, found by walking its parsed values, each line with its number.

Scanning lines for `key:` is fooled by text that looks like a key (a description line that
starts with "phone:") and by values written over several lines in quotes. Walking the parsed
document knows which value every line belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from signpost.core.yaml_source import Document, LineList, LineMap, Loc, child_line

BLOCK = ("|", ">")
QUOTES = "\"'"


def string_values(doc: Document) -> Iterator[tuple[Loc, int]]:
    """Yield the path and first line of every text value in a parsed document."""
    yield from _walk(doc.data, (), 1)


def _walk(node: Any, loc: tuple[str | int, ...], line: int) -> Iterator[tuple[Loc, int]]:
    if isinstance(node, str):
        yield loc, line
        return
    if isinstance(node, LineMap | CommentedMap | dict):
        children: list[Any] = list(node)
    elif isinstance(node, LineList | CommentedSeq | list):
        children = list(range(len(node)))
    else:
        return
    for key in children:
        found = child_line(node, key)
        yield from _walk(node[key], (*loc, key), found or line)


def value_lines(source_lines: list[str], line: int) -> list[tuple[int, str]]:
    """Return the numbered lines of the value that starts on `line` (1-based), as written.

    The value runs on while the following lines are blank or indented deeper than its key;
    block values (| or >) start on the next line; quotes around flow values are dropped.
    """
    indent, head = _after_key(source_lines[line - 1])
    block = head.startswith(BLOCK)
    found: list[tuple[int, str]] = [] if block else [(line, head)]
    for number in range(line + 1, len(source_lines) + 1):
        text = source_lines[number - 1]
        if text.strip() and len(text) - len(text.lstrip()) <= indent:
            break
        if not block and text.lstrip().startswith("#"):
            break  # a comment ends a value written without | or >
        found.append((number, text.strip()))
    while found and not found[-1][1]:
        found.pop()
    return _unquote(found) if not block else found


def _after_key(line: str) -> tuple[int, str]:
    """Return the column of a value's key (or list dash) and what follows it on the line."""
    indent = len(line) - len(line.lstrip())
    text = line.strip()
    while text.startswith("- ") and not text.startswith("- -"):
        rest = text[2:].lstrip()
        if ": " not in rest and not rest.endswith(":"):
            break  # the dash is this value's key
        indent += len(text) - len(rest)
        text = rest
    if text.startswith("- "):
        text = text[2:].lstrip()
    elif not text.startswith(tuple(QUOTES)):
        _key, colon, rest = text.partition(": ")
        if colon:
            text = rest.lstrip()
        elif text.endswith(":"):
            text = ""
    if text.startswith(tuple(QUOTES)):
        return indent, text
    return indent, text.split(" #", 1)[0].rstrip()


def _unquote(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    if not lines or not lines[0][1][:1] or lines[0][1][0] not in QUOTES:
        return lines
    quote = lines[0][1][0]
    first, *rest = lines
    lines = [(first[0], first[1][1:]), *rest]
    last_number, last_text = lines[-1]
    end = last_text.rfind(quote)
    lines[-1] = (last_number, last_text[:end] if end >= 0 else last_text)
    return lines


def text_lines(doc: Document, source: str, skip_keys: frozenset[str]) -> list[tuple[int, str]]:
    """Return every numbered line of text in a YAML file, leaving out values under `skip_keys`."""
    source_lines = source.splitlines()
    found: dict[int, str] = {}
    for loc, line in string_values(doc):
        keys = [part for part in loc if isinstance(part, str)]
        if (keys and keys[-1] in skip_keys) or not 0 < line <= len(source_lines):
            continue
        for number, text in value_lines(source_lines, line):
            found.setdefault(number, text)
    return sorted(found.items())


def top_value(doc: Document, source: str, key: str) -> tuple[int, str] | None:
    """Return the first line and text of a top-level `key:` as written, block or inline."""
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get(key), str):
        return None
    line = child_line(data, key)
    if line is None:
        return None
    lines = value_lines(source.splitlines(), line)
    if not lines:
        return None
    return lines[0][0], "\n".join(text for _, text in lines)
