"""Suggest the closest valid word for a typo."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, choices: Iterable[str]) -> str | None:
    """Return the valid choice closest to `word`, or None if nothing is close."""
    options = {choice.casefold(): choice for choice in choices}
    matches = difflib.get_close_matches(word.casefold(), list(options), n=1, cutoff=0.6)
    return options[matches[0]] if matches else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return a hint naming the closest choice, or listing the choices."""
    options = sorted(choices)
    match = closest(word, options)
    if match:
        return f'did you mean "{match}"?'
    shown = ", ".join(options[:12]) + (", ..." if len(options) > 12 else "")
    return f"use one of: {shown}"
