"""Random participation files never crash the loader: editors only ever see clear messages."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from io import StringIO
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from signpost.participation.load import load_participation
from test_participation_load import AREAS, CASES

FOLDERS = {
    "you-said-we-did": ["said", "said_by", "said_on", "theme", "we_did", "status", "why"],
    "events": ["title", "date", "start", "end", "area", "place", "how_to_book"],
    "localities": ["name", "about", "members", "meets", "contact"],
}
LINE = re.compile(r"^participation/[a-z-]+/[a-z-]+\.yml:\d+: ")
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.text(max_size=12),
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1)),
    st.sampled_from(["18:00", "25:61", "done", "not-possible", "north", "website"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _yaml(data: Any) -> str:
    out = StringIO()
    YAML(typ="safe", pure=True).dump(data, out)
    return out.getvalue()


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(sorted(FOLDERS)),
    st.data(),
)
def test_random_files_give_problems_not_crashes(folder: str, data: st.DataObject) -> None:
    keys = st.sampled_from([*FOLDERS[folder], "extra"])
    entry = data.draw(st.dictionaries(keys, VALUES, max_size=7) | SCALARS)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "participation"
        (root / folder).mkdir(parents=True)
        shutil.copy(CASES / "themes.yml", root / "themes.yml")
        (root / folder / "north.yml").write_text(_yaml(entry), encoding="utf-8")
        found = load_participation(root, AREAS, dt.date(2026, 11, 28))
    assert all(LINE.match(str(p)) for p in found.problems), found.problems
