"""Recognise which Open Referral shape a record has, and bring older shapes to HSDS 3.0's.

Councils' directory suppliers publish three shapes:

- **ORUK 1.0** (the first Open Referral UK API): `eligibilitys`, `service_taxonomys`,
  `regular_schedules`, locations with `physical_addresses` and
  `accessibility_for_disabilities`; listing pages in Spring's shape (`content`,
  `totalElements`).
- **HSDS 2.x-style**: the same ideas with singular names (`eligibility`, `service_taxonomy`,
  `regular_schedule`, `physical_address`, `language`) and often plain `keywords`.
- **ORUK 3.0 / HSDS 3.0**: `attributes`, `schedules`, `minimum_age` on the service,
  `addresses`, `accessibility` (what Signpost exports).

Older records are rewritten into the 3.0 field names before mapping, so one mapping reads all
three; a field that cannot be rewritten is left as it is and listed as not imported.
"""

from __future__ import annotations

from typing import Any

ORUK_1 = "ORUK 1.0"
HSDS_2 = "HSDS 2.x-style"
HSDS_3 = "ORUK 3.0 / HSDS 3.0"
OLD_KEYS = {
    ORUK_1: {"eligibilitys", "service_taxonomys", "regular_schedules", "holiday_schedules"},
    HSDS_2: {"eligibility", "service_taxonomy", "taxonomy", "regular_schedule", "keywords"},
}
NEW_KEYS = {"attributes", "schedules", "minimum_age", "maximum_age", "last_modified"}
# Terms from these fields are matched like taxonomy terms (and named in the mapping file).
KEYWORD_TAXONOMY = "keywords"


def shape(record: dict[str, Any]) -> str:
    """Return the name of the shape a service record has."""
    keys = set(record)
    for name, old in OLD_KEYS.items():
        if keys & old and not keys & NEW_KEYS:
            return name
    locations = [link.get("location") for link in _dicts(record.get("service_at_locations"))]
    if any(isinstance(p, dict) and "physical_addresses" in p for p in locations):
        return ORUK_1
    return HSDS_3


def to_hsds3(record: dict[str, Any]) -> dict[str, Any]:
    """Return the record with ORUK 1.0 and HSDS 2.x field names rewritten to HSDS 3.0's."""
    kind = shape(record)
    if kind == HSDS_3:
        return record
    r = dict(record)
    _eligibility(r, r.pop("eligibilitys", None) or r.pop("eligibility", None))
    terms = [*_dicts(r.pop("service_taxonomys", None)), *_dicts(r.pop("service_taxonomy", None))]
    attributes = [_attribute(t.get("taxonomy", t)) for t in terms]
    attributes += [_attribute(t) for t in _dicts(r.pop("taxonomy", None))]
    attributes += [_keyword(k) for k in _keywords(r.pop("keywords", None))]
    if attributes:
        r["attributes"] = [a for a in attributes if a]
    schedules = r.pop("regular_schedules", None) or r.pop("regular_schedule", None)
    if schedules:
        r["schedules"] = [_schedule(s) for s in _dicts(schedules)]
    languages = r.pop("languages", None) or r.pop("language", None)
    if languages:
        r["languages"] = [_language(x) for x in _list(languages)]
    if "service_at_locations" in r:
        r["service_at_locations"] = [_link(x) for x in _dicts(r["service_at_locations"])]
    r.pop("holiday_schedules", None)
    return r


def _eligibility(r: dict[str, Any], value: object) -> None:
    items = _list(value)
    for item in items:
        if isinstance(item, dict):
            for key in ("minimum_age", "maximum_age"):
                if item.get(key) is not None and key not in r:
                    r[key] = item[key]
    words = [i.get("eligibility") if isinstance(i, dict) else i for i in items]
    text = "; ".join(w for w in words if isinstance(w, str) and w.strip())
    if text and "eligibility_description" not in r:
        r["eligibility_description"] = text


def _attribute(term: object) -> dict[str, Any] | None:
    if not isinstance(term, dict):
        return None
    taxonomy = term.get("vocabulary") or term.get("taxonomy") or ""
    return {
        "taxonomy_term": {"term": term.get("id"), "name": term.get("name"), "taxonomy": taxonomy}
    }


def _keyword(word: str) -> dict[str, Any]:
    return {"taxonomy_term": {"name": word, "taxonomy": KEYWORD_TAXONOMY}}


def _keywords(value: object) -> list[str]:
    if isinstance(value, str):
        return [w.strip() for w in value.split(",") if w.strip()]
    return [w.strip() for w in _list(value) if isinstance(w, str) and w.strip()]


def _schedule(s: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        k: s[k] for k in ("byday", "opens_at", "closes_at", "description") if k in s
    }
    if "description" not in out and isinstance(s.get("dtstart"), str):
        out["description"] = s["dtstart"]
    return out


def _language(x: object) -> object:
    if isinstance(x, str):
        return {"name": x}
    if isinstance(x, dict) and "language" in x and "name" not in x:
        return {"name": x["language"]}
    return x


def _link(link: dict[str, Any]) -> dict[str, Any]:
    place = link.get("location")
    if not isinstance(place, dict):
        return link
    p = dict(place)
    addresses = p.pop("physical_addresses", None) or p.pop("physical_address", None)
    if addresses is not None:
        p["addresses"] = _list(addresses)
    access = p.pop("accessibility_for_disabilities", None)
    if access is not None:
        p["accessibility"] = [
            {"description": a.get("accessibility")}
            for a in _dicts(access)
            if a.get("accessibility")
        ]
    return {**link, "location": p}


def _list(value: object) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _dicts(value: object) -> list[dict[str, Any]]:
    return [x for x in _list(value) if isinstance(x, dict)]
