"""Read YAML files keeping line numbers, so problems can point at a line.

Files are parsed with libyaml (PyYAML's C parser) and read as YAML 1.2, the way ruamel.yaml
reads them: a file with a mistake is parsed again with ruamel.yaml, whose messages say
more, so an editor sees the same message either way. libyaml is about ten times faster,
which matters for a directory of thousands of services.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from signpost.core.errors import Problem

Loc = Sequence[str | int]
NOT_UTF8 = "the file is not UTF-8 text: save it again as UTF-8"
LOST_BAR = (
    "this text has a list on the lines below, so it needs a | after the colon: "
    "write the key, a colon and |, then every line of the text below it, indented"
)
LOST_BAR_KEY = re.compile(r"^\s*([a-z_]+): [^|>\s'\"].*:\s*$")
# No service nests lists and maps more than a few levels; hundreds is a mistake or an attack.
MAX_DEPTH = 100
TOO_DEEP = (
    f"values are nested more than {MAX_DEPTH} levels deep, which no service needs: "
    "check the brackets [ ] and { } and the indentation"
)
# A service file is a few KB; one far bigger is a mistake (or an attack) that would make a huge
# page. SIGNPOST_MAX_FILE_KB changes the limit.
MAX_FILE_KB = 256
MAX_FILE_VARIABLE = "SIGNPOST_MAX_FILE_KB"
TAG = "tag:yaml.org,2002:"
STR = TAG + "str"
# libyaml counts these as line breaks where ruamel.yaml does not always, so line numbers differ.
ODD_LINE_BREAKS = ("\x85", "\u2028", "\u2029")


class LineMap(dict[Any, Any]):
    """A mapping from a YAML file that knows the line of each key (1-based)."""

    line: int = 1
    key_lines: dict[Any, int]


class LineList(list[Any]):
    """A list from a YAML file that knows the line of each item (1-based)."""

    line: int = 1
    item_lines: list[int]


class _Loader(yaml.CSafeLoader):
    """libyaml with the YAML 1.2 core schema: "yes" and "on" stay text, 012 is twelve."""

    yaml_implicit_resolvers = {}  # noqa: RUF012 (a fresh set of rules)


_RESOLVERS = {
    "bool": (r"true|True|TRUE|false|False|FALSE", "tTfF"),
    "null": (r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    "int": (r"[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?[0-9_]+|[-+]?0x[0-9a-fA-F_]+", "-+0123456789"),
    "float": (
        r"[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
        r"|[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        "-+0123456789.",
    ),
    "timestamp": (
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}"
        r":[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?",
        "0123456789",
    ),
}
for _kind, (_pattern, _first) in _RESOLVERS.items():
    _Loader.add_implicit_resolver(TAG + _kind, re.compile(f"^(?:{_pattern})$"), list(_first))


class _FallbackError(Exception):
    """The fast reader met something it leaves to ruamel.yaml (a mistake, a merge key)."""


@dataclass(frozen=True)
class Document:
    """A parsed YAML file and where it came from."""

    path: str
    data: Any

    def line_of(self, loc: Loc) -> int:
        """Return the 1-based line of the deepest part of `loc` found in the file."""
        node = self.data
        line = _start_line(node)
        for key in loc:
            found = child_line(node, key)
            if found is None:
                break
            line = found
            node = node[key]
        return line


def child_line(node: Any, key: str | int) -> int | None:
    """Return the 1-based line of a key or item inside a parsed mapping or list, if known."""
    if isinstance(node, LineMap) and key in node:
        return node.key_lines[key]
    if isinstance(node, LineList) and isinstance(key, int) and 0 <= key < len(node):
        return node.item_lines[key]
    if isinstance(node, CommentedMap) and key in node:
        return int(node.lc.key(key)[0]) + 1
    if isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
        return int(node.lc.item(key)[0]) + 1
    return None


def _start_line(node: Any) -> int:
    if isinstance(node, LineMap | LineList):
        return node.line
    if isinstance(node, CommentedMap | CommentedSeq) and node.lc.line is not None:
        return int(node.lc.line) + 1
    return 1


def parse_text(text: str, path: str) -> Document | Problem:
    """Parse YAML text, or describe the syntax error an editor must fix."""
    if any(mark in text for mark in ODD_LINE_BREAKS):
        return _parse_slowly(text, path)
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        return Document(path, None if node is None else _Builder(loader).build(node))
    except RecursionError:
        return Problem(path, 1, "", TOO_DEEP)
    except yaml.YAMLError as error:
        # libyaml stops at 1,000 levels; ruamel.yaml would take seconds to fail the same way.
        if "nesting depth" in str(error):
            return Problem(path, 1, "", TOO_DEEP)
        return _parse_slowly(text, path)
    except (_FallbackError, TypeError, ValueError):
        return _parse_slowly(text, path)


class _Builder:
    """Turn composed YAML nodes into dicts and lists that remember their lines."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.done: dict[int, Any] = {}

    def build(self, node: yaml.Node) -> Any:
        """Return the value of a node; an alias gives the same value as its anchor."""
        if id(node) in self.done:
            return self.done[id(node)]
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node)
        if isinstance(node, yaml.SequenceNode):
            items = LineList()
            self.done[id(node)] = items
            items.line = node.start_mark.line + 1
            items.item_lines = [child.start_mark.line + 1 for child in node.value]
            items.extend(self.build(child) for child in node.value)
            return items
        return self._scalar(node)

    def _mapping(self, node: yaml.MappingNode) -> LineMap:
        mapping = LineMap()
        self.done[id(node)] = mapping
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == TAG + "merge" or key_node.value == "<<":
                raise _FallbackError("merge keys")
            key = self.build(key_node)
            if key in mapping:
                raise _FallbackError("duplicate key")
            mapping.key_lines[key] = key_node.start_mark.line + 1
            mapping[key] = self.build(value_node)
        return mapping

    def _scalar(self, node: yaml.Node) -> Any:
        if node.tag == STR:  # most values are text
            return node.value
        kind, value = node.tag.removeprefix(TAG), node.value
        if kind == "null":
            return None
        if kind == "bool":
            return value.lower() == "true"
        if kind == "int":
            return _int(value)
        if kind == "float":
            return _float(value)
        if kind == "timestamp":
            try:
                return self.loader.construct_yaml_timestamp(node)
            except ValueError:  # like 2026-13-01: kept as text, so the model says what is wrong
                return value
        return value


def _int(value: str) -> int:
    digits = value.replace("_", "")
    sign = -1 if digits.startswith("-") else 1
    digits = digits.lstrip("+-")
    if digits[:2] in {"0b", "0o", "0x"}:
        return sign * int(digits, 0)
    return sign * int(digits, 10)


def _float(value: str) -> float:
    lowered = value.lower().replace("_", "")
    if lowered.endswith(".inf"):
        return float("-inf") if lowered.startswith("-") else float("inf")
    if lowered == ".nan":
        return float("nan")
    return float(lowered)


def _parse_slowly(text: str, path: str) -> Document | Problem:
    """Parse with ruamel.yaml, whose messages about mistakes are the ones editors see."""
    if _too_deep(text):  # ruamel.yaml takes many seconds to fail on these
        return Problem(path, 1, "", TOO_DEEP)
    reader = YAML(typ="rt")
    reader.allow_duplicate_keys = False
    try:
        data = reader.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = error.problem or error.context or "the YAML cannot be read"
        if lost := _lost_block_list(text, line):
            return Problem(path, lost[0], lost[1], LOST_BAR)
        return Problem(path, line, "", f"YAML syntax error: {_plain(what)}. {_syntax_hint(what)}")
    except YAMLError as error:
        return Problem(path, 1, "", f"YAML syntax error: {error}")
    except ValueError as error:  # a value that looks like a date but is not one
        return Problem(path, 1, "", f"a value cannot be read ({error}): check the dates")
    except RecursionError:
        return Problem(path, 1, "", TOO_DEEP)
    return Document(path, data)


def _too_deep(text: str) -> bool:
    """Return whether lists and maps nest deeper than MAX_DEPTH (libyaml's events, quickly)."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return True
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                depth -= 1
    except yaml.YAMLError as error:  # a mistake ruamel.yaml will describe, or too deep
        return "nesting depth" in str(error)
    return False


def load_document(file: Path, path: str) -> Document | Problem:
    """Read and parse one YAML file; `path` is how it is named in messages."""
    if too_big := size_problem(file, path):
        return too_big
    text = read_utf8(file, path)
    return text if isinstance(text, Problem) else parse_text(text, path)


def read_utf8(file: Path, path: str) -> str | Problem:
    """Return a file's text, or say on which line it is not UTF-8 and how to fix it."""
    data = file.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        return not_utf8(path, data, error.start)


def not_utf8(path: str, data: bytes, at: int) -> Problem:
    """Describe the first byte that is not UTF-8: its line, and what it probably was."""
    line = data.count(b"\n", 0, at) + 1
    byte = data[at]
    guess = bytes([byte]).decode("cp1252", errors="replace")
    was = f', probably "{guess}" saved by an older program' if guess.isprintable() else ""
    return Problem(path, line, "", f"{NOT_UTF8} (byte 0x{byte:02X} on this line{was})")


def _lost_block_list(text: str, line: int) -> tuple[int, str] | None:
    """Find `key: text:` followed by "- " lines near a syntax error: a list that lost its |."""
    lines = text.splitlines()
    for number in range(max(0, line - 3), min(line, len(lines) - 1)):
        key = LOST_BAR_KEY.match(lines[number])
        if key and lines[number + 1].lstrip().startswith(("- ", "* ")):
            return number + 1, key.group(1)
    return None


def max_file_bytes() -> int:
    """Return the largest file Signpost reads, in bytes (SIGNPOST_MAX_FILE_KB, or 256 KB)."""
    value = os.environ.get(MAX_FILE_VARIABLE, "").strip()
    return (int(value) if value.isdigit() else MAX_FILE_KB) * 1024


def size_problem(file: Path, path: str) -> Problem | None:
    """Say if a file is too big to be content an editor wrote, or None."""
    size, limit = file.stat().st_size, max_file_bytes()
    if size <= limit:
        return None
    return Problem(
        path,
        1,
        "",
        f"the file is {size // 1024:,} KB, over the limit of {limit // 1024:,} KB: "
        "check it is the right file, and move long text into a page in content/ "
        f"(a council can raise the limit with {MAX_FILE_VARIABLE})",
    )


def _plain(what: str) -> str:
    return what.strip().rstrip(".").replace("\n", " ")


def _syntax_hint(what: str) -> str:
    if "duplicate key" in what:
        return "Each key may appear only once: remove or merge the repeated one."
    if "mapping values are not allowed" in what:
        return 'Put text that contains ": " inside quotes, like "Open: 9am to 5pm".'
    if "'\\t'" in what:
        return "Indent with spaces, not tabs."
    return "Check the indentation and that the line follows the pattern `key: value`."
