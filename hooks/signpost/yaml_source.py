"""Read YAML files keeping line numbers, so problems can point at a line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from signpost.errors import Problem

Loc = Sequence[str | int]


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
            if isinstance(node, CommentedMap) and key in node:
                line = node.lc.key(key)[0] + 1
                node = node[key]
            elif isinstance(node, CommentedSeq) and isinstance(key, int) and key < len(node):
                line = node.lc.item(key)[0] + 1
                node = node[key]
            else:
                break
        return line


def _start_line(node: Any) -> int:
    if isinstance(node, CommentedMap | CommentedSeq) and node.lc.line is not None:
        return int(node.lc.line) + 1
    return 1


def parse_text(text: str, path: str) -> Document | Problem:
    """Parse YAML text, or describe the syntax error an editor must fix."""
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        what = error.problem or error.context or "the YAML cannot be read"
        return Problem(path, line, "", f"YAML syntax error: {_plain(what)}. {_syntax_hint(what)}")
    except YAMLError as error:
        return Problem(path, 1, "", f"YAML syntax error: {error}")
    return Document(path, data)


def load_document(file: Path, path: str) -> Document | Problem:
    """Read and parse one YAML file; `path` is how it is named in messages."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return Problem(path, 1, "", "the file is not UTF-8 text: save it again as UTF-8")
    return parse_text(text, path)


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
