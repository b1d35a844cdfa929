"""Postcode districts: where each one is, so families can sort services by distance.

The council keeps `directory/_postcode_districts.yml`: the centroid of each postcode district
of its area (for a real council, averaged from the ONS Postcode Directory). The build hands the
table to the browser, which compares the family's district or location with it: no postcode or
location is ever sent anywhere.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, Field

from signpost.core import fields
from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import load_document
from signpost.directory.model import Strict, Text, problem

DISTRICTS_FILE = "_postcode_districts.yml"
OUTWARD = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?$")
EARTH_RADIUS_MILES = 3958.8
ANYWHERE = "anywhere"


def _outward(value: str) -> str:
    if not OUTWARD.match(value):
        raise problem(f'"{value}" is not a postcode district: write the first half, like "NQ4"')
    return value


class District(Strict):
    """The middle of one postcode district."""

    latitude: float = Field(ge=49, le=61, description="Degrees north, like 54.318")
    longitude: float = Field(ge=-9, le=2.5, description="Degrees east (west is minus)")
    name: Text | None = None


class Districts(Strict):
    """The council's table of postcode districts, and where the figures came from."""

    source: Text
    attribution: list[Text] = Field(default_factory=list)
    districts: dict[Annotated[str, AfterValidator(_outward)], District] = Field(min_length=1)


def load_districts(file: Path, path: str) -> tuple[Districts | None, list[Problem]]:
    """Read the table, or return every problem in it; no file means no sorting by distance."""
    if not file.is_file():
        return None, []
    doc = load_document(file, path)
    if isinstance(doc, Problem):
        return None, [doc]
    return validate(Districts, doc)


def district_of(postcode: str) -> str | None:
    """Return the district (outward code) of a full postcode, like NQ4 for "nq4 6pr"."""
    normal = fields.normal_postcode(postcode)
    return normal.split(" ")[0] if normal else None


def miles(a: District, b: District) -> float:
    """Return the distance between two districts' middles, in miles (haversine)."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(math.sqrt(h))


def browser_table(districts: Districts | None) -> dict[str, list[float]]:
    """Return the table as the browser reads it: district to [latitude, longitude]."""
    if districts is None:
        return {}
    return {k: [d.latitude, d.longitude] for k, d in sorted(districts.districts.items())}
