"""Turn pydantic's validation errors into problems an editor can act on."""

from __future__ import annotations

import datetime as dt
import re
import typing
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from signpost.core.errors import Problem
from signpost.core.suggest import did_you_mean
from signpost.core.yaml_source import Document

M = TypeVar("M", bound=BaseModel)

PHONES = {"phone", "text"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
QUOTES = "\u201c\u201d\u2018\u2019"  # curly quotes, which word processors put in
# How to write a field, shown when its shape is wrong.
EXAMPLES = {
    "age": "age: {min: 5, max: 11}",
    "contact": 'contact: then, indented on the next lines, phone: "01632 960123"',
    "categories": "categories: [short-breaks]",
    "needs": "needs: [autism, learning-disability]",
    "areas": "areas: [north, south]",
    "accessibility": "accessibility: [step-free, hearing-loop]",
    "languages": "languages: [English, Polish]",
    "coproduced_with": "coproduced_with: [Northshire Parent Carer Forum]",
    "locations": "locations: then, indented, - name: ..., address: ..., postcode: ...",
    "times": "times: then, indented, - days: [monday], opens: 09:30, closes: 15:00",
    "phone_times": "phone_times: then, indented, - days: [weekdays], opens: 09:00, closes: 17:00",
}
SHAPES = {"list_type", "model_type", "model_attributes_type", "dict_type"}
PLAIN = {
    "string_type": "should be text",
    "int_type": "should be a whole number, like 5",
    "int_from_float": "should be a whole number, like 5",
    "list_type": "should be a list, like [first, second]",
    "model_type": "should be a group of keys, each on its own indented line",
    "model_attributes_type": "should be a group of keys, each on its own indented line",
    "dict_type": "should be a group of keys, each on its own indented line",
    "date_type": "should be a date written as YYYY-MM-DD, like 2026-09-14",
    "bool_type": "should be true or false",
    "too_short": "needs at least one item",
    "string_too_short": "is empty: fill it in, or remove the line if it is optional",
}


def validate(
    model: type[M], doc: Document, context: Mapping[str, Any] | None = None
) -> tuple[M | None, list[Problem]]:
    """Validate a document against a model, returning the result or every problem in it."""
    try:
        return model.model_validate(doc.data, context=dict(context or {})), []
    except ValidationError as error:
        problems = [_problem(model, doc, detail) for detail in error.errors()]
        return None, sorted(set(problems))


def field_name(loc: Sequence[str | int]) -> str:
    """Write a location like ('locations', 0, 'postcode') as 'locations[1].postcode'."""
    name = ""
    for part in loc:
        name += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if name else part)
    return name


def _problem(model: type[BaseModel], doc: Document, detail: ErrorDetails) -> Problem:
    loc = [part for part in detail["loc"] if isinstance(part, str | int)]
    line = doc.line_of(loc)
    kind = detail["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = _keys_at(model, loc[:-1])
        message = f'"{key}" is not a known key: {did_you_mean(key, allowed)}'
        return Problem(doc.path, line, field_name(loc[:-1]) or key, message)
    if kind == "missing":
        return Problem(doc.path, line, field_name(loc), "is missing: add it, it is required")
    return Problem(doc.path, line, field_name(loc), _message(kind, detail))


def _real_date(text: str) -> bool:
    try:
        return bool(ISO_DATE.fullmatch(text)) and bool(dt.date.fromisoformat(text))
    except ValueError:
        return False


def _message(kind: str, detail: ErrorDetails) -> str:
    given = detail.get("input")
    if kind == "date_type" and isinstance(given, str) and _real_date(given.strip(QUOTES)):
        # Written without quotes, YAML would have read a real date as a date.
        return f"remove the quotes around the date: write it like {given.strip(QUOTES)}"
    if kind == "string_type" and isinstance(given, int) and detail["loc"][-1] in PHONES:
        return 'put the number in quotes, like "01632 960123", so the first 0 is kept'
    if kind == "string_type" and isinstance(given, int | float):
        return f'should be text: put it in quotes, like "{given}", so nothing is lost'
    if kind in {"greater_than_equal", "less_than_equal"}:
        limit = (detail.get("ctx") or {}).get("ge", (detail.get("ctx") or {}).get("le"))
        side = "at least" if kind == "greater_than_equal" else "at most"
        return f"should be {side} {limit} (got {given})"
    if kind == "literal_error":
        expected = (detail.get("ctx") or {}).get("expected", "")
        return f'"{given}" is not one of the choices: use {expected}'
    if kind == "model_type" and given is None:
        return "is empty: fill it in, or remove the line if it is optional"
    last = detail["loc"][-1] if detail["loc"] else ""
    if kind in SHAPES and last in EXAMPLES:
        return f"is not written the right way: write it like {EXAMPLES[str(last)]}"
    return PLAIN.get(kind, str(detail["msg"]))


def _keys_at(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    current: Any = model
    for part in loc:
        if isinstance(part, str) and _is_model(current):
            current = _inner_model(current.model_fields[part].annotation)
    return list(current.model_fields) if _is_model(current) else []


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _inner_model(annotation: Any) -> Any:
    if _is_model(annotation):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
