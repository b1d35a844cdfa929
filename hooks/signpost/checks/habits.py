"""Text that YAML quietly changes: lines that start like a list but lost the | that keeps them."""

from __future__ import annotations

from signpost.core.errors import Problem
from signpost.core.yaml_source import LOST_BAR, Document
from signpost.core.yaml_text import string_values, value_lines

LIST_START = ("- ", "* ", "• ")


def lost_block_lists(doc: Document, source: str) -> list[Problem]:
    """Report text written over lines that start like a list but has no | to keep them apart.

    Without a |, YAML joins the lines into one: "We offer - swimming - music".
    """
    lines = source.splitlines()
    problems = []
    for loc, line in string_values(doc):
        if not 0 < line <= len(lines) or _is_block(lines[line - 1]):
            continue
        written = value_lines(lines, line)
        if any(text.startswith(LIST_START) for _, text in written[1:]):
            field = ".".join(str(part) for part in loc)
            problems.append(Problem(doc.path, line, field, LOST_BAR))
    return problems


def _is_block(line: str) -> bool:
    value = line.split(":", 1)[-1].strip()
    return value.startswith(("|", ">"))
