"""Random and malformed entries never crash the loader: editors only ever see clear messages."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from signpost.core.errors import Problem
from signpost.core.yaml_source import parse_text
from signpost.directory.load import read_service

CONTEXT: dict[str, Any] = {
    "taxonomy": {
        "categories": {"health"},
        "needs": {"autism"},
        "areas": {"north"},
        "accessibility": {"step-free"},
    },
    "today": dt.date(2026, 11, 24),
}
KEYS = [
    "name",
    "organisation",
    "summary",
    "description",
    "easy_read",
    "categories",
    "needs",
    "areas",
    "age",
    "cost",
    "how_to_access",
    "contact",
    "locations",
    "opening_times",
    "languages",
    "coproduced_with",
    "last_reviewed",
    "min",
    "max",
    "phone",
    "email",
    "website",
    "text",
    "postcode",
    "address",
    "accessibility",
    "nmae",
]
LINE = re.compile(r"^directory/fuzz\.yml:\d+: ")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-100, 100),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.dates(),
    st.sampled_from(["01632 960123", "<script>", "health"]),
)
keys = st.one_of(st.sampled_from(KEYS), st.integers(0, 3), st.booleans())
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=6),
    max_leaves=20,
)


def check(text: str) -> None:
    entry, problems = read_service(parse_text(text, "directory/fuzz.yml"), CONTEXT)
    assert entry is not None or problems
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.line >= 1
        assert LINE.match(str(problem)), str(problem)
        assert "Traceback" not in str(problem)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, values, max_size=12))
def test_random_structures_give_only_clear_problems(data: dict[str, Any]) -> None:
    import io

    stream = io.StringIO()
    YAML(typ="safe", pure=True).dump(data, stream)
    check(stream.getvalue())


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_text_gives_only_clear_problems(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "name: x",
                "  - a",
                ": :",
                "age: {min: 1",
                "\t",
                "'",
                "[",
                "---",
                "contact:",
                "  phone: 1",
                "&a b",
                "*a",
                "!!python/name:os.system",
                "? [a, b]",
                ": c",
                "1: 2",
            ]
        ),
        max_size=10,
    )
)
def test_broken_yaml_lines_give_only_clear_problems(lines: list[str]) -> None:
    check("\n".join(lines))
