"""Map services to Open Referral UK (the UK profile of HSDS 3.0) records and listing pages.

docs/open-referral.md has the table of which Signpost key goes where, and why.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any

from signpost.core.file_memo import FileMemo, remembered
from signpost.directory.answers import QUESTIONS
from signpost.directory.load import Entry
from signpost.directory.model import Location, Service
from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.schedules import service_schedules
from signpost.website.views import ages

VERSION = "Open Referral UK 3.0 (UK profile of HSDS 3.0, uk-profile commit ecdfabf)"
FOLDER = "openreferral"
PAGE_SIZE = 50
OUR_TAXONOMY = "signpost"
TERM_KINDS = ("categories", "needs")
# Answers to the Code of Practice questions are attributes of our own taxonomy, a term each.
ANSWER_TERM = "local-offer-"
ANSWER_WORDS = {f"{ANSWER_TERM}{key}": question for key, question in QUESTIONS.items()}
FREE = {"free", "free of charge", "no cost", "£0"}
# ISO 639 codes for the languages families most often ask for; others go by name only.
LANGUAGE_CODES = {
    "english": "en",
    "british sign language": "bfi",
    "welsh": "cy",
    "polish": "pl",
    "urdu": "ur",
    "punjabi": "pa",
    "bengali": "bn",
    "arabic": "ar",
    "romanian": "ro",
    "gujarati": "gu",
    "somali": "so",
    "portuguese": "pt",
    "spanish": "es",
    "french": "fr",
    "lithuanian": "lt",
    "ukrainian": "uk",
    "makaton": "sgn",
}


def namespace(council_name: str) -> uuid.UUID:
    """Return the UUID namespace of one council's Local Offer, so ids never change."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"signpost:{council_name.strip().casefold()}")


def stable_id(ns: uuid.UUID, *parts: str) -> str:
    """Return the same UUID for the same parts, build after build."""
    return str(uuid.uuid5(ns, "/".join(parts)))


def split_address(address: str) -> tuple[str, str]:
    """Split "1 River Road, Hollinford" into the street part and the town (the last part)."""
    street, comma, town = address.rpartition(",")
    return (street.strip(), town.strip()) if comma else (address.strip(), "")


def service_record(entry: Entry, taxonomy: Taxonomy, ns: uuid.UUID, area: str) -> dict[str, Any]:
    """Return the full ORUK service record of one service, as the API's /services/{id} gives."""
    s = entry.service
    sid = stable_id(ns, "service", entry.id)
    record = _core(s, sid, ns)
    record["phones"] = _phones(s, sid, ns)
    record["contacts"] = _contacts(s, sid, ns, record["phones"])
    record["service_at_locations"] = [
        _service_at_location(place, sid, ns, taxonomy, area) for place in s.locations
    ]
    at_ids = [link["id"] for link in record["service_at_locations"]]
    record["service_areas"] = [
        {
            "id": stable_id(ns, "service-area", entry.id, a),
            "service_id": sid,
            "name": taxonomy.label("areas", a),
            "service_area": taxonomy.label("areas", a),
            "extent": a,
            "extent_type": "signpost-area-id",
        }
        for a in s.areas
    ]
    record["cost_options"] = [_cost_option(s.cost, sid, ns)]
    record["schedules"] = service_schedules(s, sid, ns, at_ids)
    record["languages"] = [_language(name, sid, ns) for name in s.languages]
    record["attributes"] = _attributes(s, sid, ns, taxonomy)
    return record


def _core(s: Service, sid: str, ns: uuid.UUID) -> dict[str, Any]:
    org_id = stable_id(ns, "organisation", s.organisation.casefold())
    record: dict[str, Any] = {
        "id": sid,
        "organization_id": org_id,
        "name": s.name,
        "description": f"{s.summary}\n\n{s.description.strip()}",
        "status": "active",
        "application_process": s.how_to_access,
        "fees_description": s.cost,
        "eligibility_description": ages(s.age.min, s.age.max),
        "minimum_age": s.age.min,
        "maximum_age": s.age.max,
        "assured_date": s.last_reviewed.isoformat(),
        "last_modified": f"{s.last_reviewed.isoformat()}T00:00:00.000Z",
        "organization": {"id": org_id, "name": s.organisation, "description": s.organisation},
    }
    if s.contact.website:
        record["url"] = s.contact.website
    if s.contact.email:
        record["email"] = s.contact.email
    return record


def list_item(record: dict[str, Any]) -> dict[str, Any]:
    """Return the shape of a service in the /services listing: no nested lists."""
    return {key: value for key, value in record.items() if not isinstance(value, list)}


def _phones(s: Service, sid: str, ns: uuid.UUID) -> list[dict[str, Any]]:
    found = [(s.contact.phone, "voice"), (s.contact.text, "text")]
    return [
        {"id": stable_id(ns, sid, "phone", kind), "service_id": sid, "number": n, "type": kind}
        for n, kind in found
        if n
    ]


def _contacts(
    s: Service, sid: str, ns: uuid.UUID, phones: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    contact: dict[str, Any] = {
        "id": stable_id(ns, sid, "contact"),
        "service_id": sid,
        "name": s.organisation,
        "title": "Enquiries",
        "phones": [
            {**phone, "id": stable_id(ns, sid, "contact", phone["type"])} for phone in phones
        ],
    }
    if s.contact.email:
        contact["email"] = s.contact.email
    return [contact]


def _service_at_location(
    place: Location, sid: str, ns: uuid.UUID, taxonomy: Taxonomy, area: str
) -> dict[str, Any]:
    lid = stable_id(ns, "location", place.name.casefold(), place.postcode)
    street, town = split_address(place.address)
    address = {
        "id": stable_id(ns, lid, "address"),
        "location_id": lid,
        "address_1": street,
        "city": town,
        "state_province": area,
        "postal_code": place.postcode,
        "country": "GB",
        "address_type": "physical",
    }
    access = [
        {
            "id": stable_id(ns, lid, "accessibility", feature),
            "location_id": lid,
            "description": taxonomy.label("accessibility", feature),
            "accessibility": taxonomy.label("accessibility", feature),
            "attributes": [_attribute(ns, lid, taxonomy, "accessibility", feature)],
        }
        for feature in place.accessibility
    ]
    return {
        "id": stable_id(ns, sid, "at", lid),
        "service_id": sid,
        "location_id": lid,
        "location": {
            "id": lid,
            "location_type": "physical",
            "name": place.name,
            "addresses": [address],
            "accessibility": access,
        },
    }


def _cost_option(cost: str, sid: str, ns: uuid.UUID) -> dict[str, Any]:
    option: dict[str, Any] = {"id": stable_id(ns, sid, "cost"), "service_id": sid, "option": cost}
    if cost.strip().rstrip(".").casefold() in FREE:
        option["amount"] = 0
    return option


def _language(name: str, sid: str, ns: uuid.UUID) -> dict[str, Any]:
    language = {"id": stable_id(ns, sid, "language", name), "service_id": sid, "name": name}
    code = LANGUAGE_CODES.get(name.casefold())
    return {**language, "code": code} if code else language


def taxonomy_term(ns: uuid.UUID, taxonomy: Taxonomy, kind: str, term_id: str) -> dict[str, Any]:
    """Return one of our taxonomy terms as an ORUK taxonomy_term."""
    term = next(t for t in taxonomy.terms(kind) if t.id == term_id)
    return {
        "id": stable_id(ns, "taxonomy", kind, term_id),
        "name": term.label,
        "description": term.description,
        "taxonomy": kind,
        "term": term_id,
    }


def _attribute(
    ns: uuid.UUID, link_id: str, taxonomy: Taxonomy, kind: str, term_id: str
) -> dict[str, Any]:
    term = taxonomy_term(ns, taxonomy, kind, term_id)
    return {
        "id": stable_id(ns, link_id, "attribute", kind, term_id),
        "link_id": link_id,
        "taxonomy_term_id": term["id"],
        "taxonomy_term": term,
    }


def _our_attribute(ns: uuid.UUID, sid: str, term: str, n: int, value: str) -> dict[str, Any]:
    words = {"easy-read": "Easy read", "coproduced-with": "Written with", **ANSWER_WORDS}
    return {
        "id": stable_id(ns, sid, "attribute", OUR_TAXONOMY, term, str(n)),
        "link_id": sid,
        "taxonomy_term_id": stable_id(ns, "taxonomy", OUR_TAXONOMY, term),
        "value": value,
        "taxonomy_term": {
            "id": stable_id(ns, "taxonomy", OUR_TAXONOMY, term),
            "name": words[term],
            "description": f"{words[term]}: the value holds the text",
            "taxonomy": OUR_TAXONOMY,
            "term": term,
        },
    }


def _attributes(s: Service, sid: str, ns: uuid.UUID, taxonomy: Taxonomy) -> list[dict[str, Any]]:
    found = [_attribute(ns, sid, taxonomy, "categories", c) for c in s.categories]
    found += [_attribute(ns, sid, taxonomy, "needs", n) for n in s.needs]
    if s.easy_read:
        found.append(_our_attribute(ns, sid, "easy-read", 1, s.easy_read))
    for n, name in enumerate(s.coproduced_with, start=1):
        found.append(_our_attribute(ns, sid, "coproduced-with", n, name))
    if s.local_offer is not None:
        for key in QUESTIONS:
            if answer := getattr(s.local_offer, key):
                found.append(_our_attribute(ns, sid, f"{ANSWER_TERM}{key}", 1, answer))
    return found


def page_file(number: int) -> str:
    """Return the file name of one page of the services listing."""
    return "services.json" if number == 1 else f"services-{number}.json"


def listing_pages(items: Sequence[dict[str, Any]], size: int = PAGE_SIZE) -> list[dict[str, Any]]:
    """Split listing items into ORUK pages (total_items, page_number, contents ...)."""
    total_pages = max(1, math.ceil(len(items) / size))
    pages = []
    for number in range(1, total_pages + 1):
        contents = list(items[(number - 1) * size : number * size])
        pages.append(
            {
                "total_items": len(items),
                "total_pages": total_pages,
                "page_number": number,
                "size": len(contents),
                "first_page": number == 1,
                "last_page": number == total_pages,
                "empty": not contents,
                "contents": contents,
            }
        )
    return pages


def export_files(
    entries: Sequence[Entry],
    taxonomy: Taxonomy,
    council: str,
    area: str,
    size: int = PAGE_SIZE,
    memo: FileMemo | None = None,
    root: Path | None = None,
) -> dict[str, Any]:
    """Return every file of the open data export, by its path under the site folder.

    With a `memo` (the editors' preview), the record of a service whose file (under `root`) is
    unchanged is made once, not on every save.
    """
    ns = namespace(council)
    depends = (repr(taxonomy), council, area)
    records = [
        remembered(
            memo,
            "open data record",
            (root or Path()) / entry.path,
            depends,
            partial(service_record, entry, taxonomy, ns, area),
        )
        for entry in entries
    ]
    files: dict[str, Any] = {f"{FOLDER}/services/{record['id']}.json": record for record in records}
    for number, page in enumerate(listing_pages([list_item(r) for r in records], size), 1):
        files[f"{FOLDER}/{page_file(number)}"] = page
    files[f"{FOLDER}/taxonomy_terms.json"] = listing_pages(vocabulary(taxonomy, ns), 10**6)[0]
    return files


def vocabulary(taxonomy: Taxonomy, ns: uuid.UUID) -> list[dict[str, Any]]:
    """Return every term of our taxonomy that services link to, as ORUK taxonomy terms."""
    kinds = (*TERM_KINDS, "areas", "accessibility")
    return [taxonomy_term(ns, taxonomy, kind, t.id) for kind in kinds for t in taxonomy.terms(kind)]


def write_files(
    site_dir: Path, files: dict[str, Any], written: dict[str, Any] | None = None
) -> None:
    """Write each file as compact UTF-8 JSON under the site folder.

    The editors' preview keeps the last site's files and passes `written`, what it wrote last
    time by path: a record that is the very same object (its service file is unchanged,
    core/file_memo.py) is not written again, nor is a file whose bytes are the same.
    """
    folders: set[Path] = set()
    last = written or {}
    for path, data in files.items():
        target = site_dir / path
        if last.get(path) is data and target.is_file():
            continue
        if target.parent not in folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            folders.add(target.parent)
        # Compact, as APIs send it: with indent, json falls back to its slow pure-Python encoder.
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if not _holds(target, text):
            target.write_bytes(text)
    if written is not None:
        written.clear()
        written.update(files)


def _holds(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False
