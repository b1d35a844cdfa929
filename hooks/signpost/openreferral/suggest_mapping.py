"""`signpost import-oruk FEED --suggest-mapping`: a first mapping file, from the feed's words.

Every word the feed uses to sort services (taxonomy terms, keywords, service areas and the
values of audience fields) is listed with how many services use it and the closest id in
`directory/_taxonomy.yml`, as a mapping file to check and save.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from typing import Any

from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.council_mapping import MAPPING_FILE, audience_words
from signpost.openreferral.read import Record
from signpost.openreferral.shapes import to_hsds3

KINDS = ("categories", "needs", "areas", "age_bands")
SHORT = 60
# Vendor fields whose names say they sort services: offered as audience fields.
HINTS = ("audience", "keyword", "age", "need", "categor", "tag", "client")
CLOSE = 0.6


def feed_words(records: list[Record], fields: list[str]) -> Counter[tuple[str, str]]:
    """Count (where found, word) over every record."""
    counts: Counter[tuple[str, str]] = Counter()
    for record in records:
        r = to_hsds3(record.data)
        seen: set[tuple[str, str]] = set()
        for attribute in _dicts(r.get("attributes")):
            term = attribute.get("taxonomy_term")
            if isinstance(term, dict) and term.get("taxonomy") != "signpost":
                word = term.get("name") or term.get("term")
                if isinstance(word, str) and word.strip():
                    seen.add((str(term.get("taxonomy") or "taxonomy"), word.strip()))
        for area in _dicts(r.get("service_areas")):
            word = area.get("name") or area.get("service_area") or area.get("extent")
            if isinstance(word, str) and word.strip():
                seen.add(("service area", word.strip()))
        seen |= set(audience_words(r, fields))
        counts.update(seen)
    return counts


def audience_fields(records: list[Record]) -> list[str]:
    """Return the feed's own fields that look like they hold audiences or keywords."""
    found: Counter[str] = Counter()
    for record in records:
        for key, value in record.data.items():
            values = value if isinstance(value, list) else [value]
            short = all(isinstance(v, str) and len(v) <= SHORT for v in values) and values
            if short and any(h in key.casefold() for h in HINTS):
                found[key] += 1
    return sorted(found)


def closest(taxonomy: Taxonomy | None, word: str) -> tuple[str, str, bool] | None:
    """Return (kind, id, exact) of the taxonomy term nearest a word, or None."""
    if taxonomy is None:
        return None
    names = {}
    for kind in KINDS:
        for term in taxonomy.terms(kind):
            names[term.label.casefold()] = (kind, term.id)
            names[term.id.casefold()] = (kind, term.id)
    key = word.casefold()
    if key in names:
        return (*names[key], True)
    near = difflib.get_close_matches(key, list(names), n=1, cutoff=CLOSE)
    return (*names[near[0]], False) if near else None


def suggestion(
    records: list[Record], taxonomy: Taxonomy | None, source: str, fields: list[str]
) -> list[str]:
    """Return the lines of a suggested mapping file."""
    fields = fields or audience_fields(records)
    counts = feed_words(records, fields)
    lines = [
        f"# A first mapping suggested by signpost import-oruk --suggest-mapping from {source}",
        f"# ({len(records)} records). Check every line, then save it as {MAPPING_FILE}.",
        "# Each term: what it means in directory/_taxonomy.yml; after the #, how many",
        "# services use it, where the feed has it, and how sure the suggestion is. Lines",
        "# still starting with # are left out: the import lists those words for an editor.",
        "terms:",
    ]
    for (where, word), count in sorted(counts.items(), key=lambda x: (-x[1], x[0][1])):
        lines.append(_line(word, where, count, closest(taxonomy, word)))
    lines += [f"audience_fields: {json.dumps(fields)}", "defaults:"]
    areas = [t.id for t in taxonomy.terms("areas")] if taxonomy else []
    lines += [
        f"  areas: {json.dumps(areas)}  # every area: narrow it down if the feed is for one",
        "  cost: Ask the service",
        "  how_to_access: Ring or email the service to ask how to start.",
    ]
    return lines


def _line(word: str, where: str, count: int, near: tuple[str, str, bool] | None) -> str:
    key = json.dumps(" ".join(word.split()), ensure_ascii=False)
    used = f"{count} service{'s' if count != 1 else ''}; {' '.join(where.split())}"
    if near is None:
        return f"  # {key}: ignore  # {used}; nothing close: say what it means, or ignore"
    kind, term_id, exact = near
    target = f"{{ages: [{term_id}]}}" if kind == "age_bands" else f"{{{kind}: [{term_id}]}}"
    if exact:
        return f"  # {key}: {target}  # {used}; already matches the taxonomy"
    return f"  {key}: {target}  # {used}; closest match: check it"


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [x for x in value if isinstance(x, dict)] if isinstance(value, list) else []
