"""Map one Open Referral UK service record to a Signpost service entry (the reverse of export)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from signpost.directory.answers import QUESTIONS
from signpost.directory.model import MAX_AGE, SUMMARY_WORDS
from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.export import ANSWER_TERM, OUR_TAXONOMY, TERM_KINDS
from signpost.openreferral.places import (
    contact,
    languages,
    locations,
    match_term,
    unknown_term,
)
from signpost.openreferral.read import Imported, Reader, Record, plain_text, short
from signpost.openreferral.schedules import read_schedules
from signpost.website.views import ages

# Fields of a service record this import reads; anything else is listed as not imported.
READ = {
    "id", "organization_id", "name", "description", "url", "email", "status", "fees",
    "fees_description", "minimum_age", "maximum_age", "assured_date", "last_modified",
    "schedules", "service_areas", "service_at_locations", "languages", "organization",
    "cost_options", "contacts", "attributes", "phones", "application_process",
    "eligibility_description",
}  # fmt: skip


def map_service(record: Record, reader: Reader, taxonomy: Taxonomy | None) -> Imported | None:
    """Return the Signpost entry for one ORUK service, or None if it has no name."""
    r, here = record.data, record.path
    name = reader.text(r, "name", here)
    if name is None:
        return None
    out = Imported(name)
    out.data["name"] = name
    _organisation(r, reader, here, out)
    _texts(r, reader, here, out)
    _terms(r, reader, here, out, taxonomy)
    _age(r, reader, here, out)
    _cost(r, reader, here, out)
    if how := reader.text(r, "application_process", here):
        out.data["how_to_access"] = plain_text(how, "how_to_access", out)
    contact(r, reader, here, out)
    at_index = locations(r, reader, here, out, taxonomy)
    read_schedules(r, reader, here, out, at_index)
    languages(r, reader, here, out)
    _ours(r, reader, here, out, "coproduced-with", "coproduced_with")
    _answers(r, reader, here, out)
    _reviewed(r, reader, here, out)
    _leftovers(r, out)
    return out


def _organisation(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    org = reader.object(r, "organization", here)
    if name := reader.text(org, "name", f"{here}.organization".lstrip(".")):
        out.data["organisation"] = name


def _texts(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    text = reader.text(r, "description", here)
    if text is None:
        return
    text = plain_text(text, "description", out).strip("\n")
    if not text.strip():
        return
    # Cut at the first blank line, so the rest comes back exactly as it was written.
    gap = re.search(r"\n[ \t]*\n", text)
    first = (text[: gap.start()] if gap else text).strip()
    if gap and _one_sentence(first):
        out.data["summary"] = first
        out.data["description"] = text[gap.end() :].strip("\n") + "\n"
        return
    sentence = re.split(r"(?<=[.!?])\s+", first, maxsplit=1)[0]
    if _one_sentence(sentence):
        out.data["summary"] = sentence
        out.check.append("summary: taken from the first sentence of the description; check it")
    out.data["description"] = text + "\n"


def _one_sentence(text: str) -> bool:
    return len(text.split()) <= SUMMARY_WORDS and not re.search(r"[.!?]\s+\S", text)


def _term_ids(
    r: dict[str, Any], reader: Reader, here: str, out: Imported, taxonomy: Taxonomy | None
) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {kind: [] for kind in TERM_KINDS}
    for where, attribute in reader.objects(r, "attributes", here):
        term = reader.object(attribute, "taxonomy_term", where)
        kind = reader.text(term, "taxonomy", f"{where}.taxonomy_term") or ""
        if kind == OUR_TAXONOMY:
            continue
        words = [reader.text(term, key, f"{where}.taxonomy_term") for key in ("term", "name")]
        match = match_term(taxonomy, TERM_KINDS if kind not in TERM_KINDS else (kind,), words)
        if match is None:
            out.unknown_terms.append(unknown_term(words, kind))
        elif match[1] not in found[match[0]]:
            found[match[0]].append(match[1])
    return found


def _terms(
    r: dict[str, Any], reader: Reader, here: str, out: Imported, taxonomy: Taxonomy | None
) -> None:
    _ours(r, reader, here, out, "easy-read", "easy_read")
    for kind, ids in _term_ids(r, reader, here, out, taxonomy).items():
        if ids:
            out.data[kind] = ids
    areas: list[str] = []
    for where, area in reader.objects(r, "service_areas", here):
        words = [reader.text(area, key, where) for key in ("extent", "name", "service_area")]
        match = match_term(taxonomy, ("areas",), words)
        if match is None:
            out.unknown_terms.append(unknown_term(words[1:], "service area"))
        elif match[1] not in areas:
            areas.append(match[1])
    if areas:
        out.data["areas"] = areas


def _ours(r: dict[str, Any], reader: Reader, here: str, out: Imported, term: str, key: str) -> None:
    values = []
    for where, attribute in reader.objects(r, "attributes", here):
        t = reader.object(attribute, "taxonomy_term", where)
        ours = t.get("taxonomy") == OUR_TAXONOMY and t.get("term") == term
        if ours and (value := reader.text(attribute, "value", where)):
            values.append(value)
    if values:
        out.data[key] = values if key == "coproduced_with" else values[0] + "\n"


def _answers(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    """Set local_offer from our attributes holding answers to the Code of Practice questions."""
    found: dict[str, str] = {}
    for where, attribute in reader.objects(r, "attributes", here):
        t = reader.object(attribute, "taxonomy_term", where)
        term = str(t.get("term") or "")
        key = term.removeprefix(ANSWER_TERM)
        ours = t.get("taxonomy") == OUR_TAXONOMY and term.startswith(ANSWER_TERM)
        if ours and key in QUESTIONS and (value := reader.text(attribute, "value", where)):
            found.setdefault(key, value)
    if found:
        out.data["local_offer"] = {key: found[key] for key in QUESTIONS if key in found}


def _whole(value: float, key: str, out: Imported) -> int:
    if value != int(value):
        out.check.append(f"{key}: was {value:g} in the ORUK data; rounded down to whole years")
    return int(value)


def _age(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    low, high = reader.number(r, "minimum_age", here), reader.number(r, "maximum_age", here)
    if low is None and high is None:
        return
    if low is None:
        out.check.append("age.min: not given in the ORUK data; set to 0, check it")
    if high is None or high > MAX_AGE:
        was = "not given" if high is None else f"{high:g}"
        out.check.append(f"age.max: {was} in the ORUK data; set to {MAX_AGE}, check it")
    age = {"min": _whole(low or 0, "age.min", out), "max": MAX_AGE}
    if high is not None and high <= MAX_AGE:
        age["max"] = _whole(high, "age.max", out)
    out.data["age"] = age


def _cost(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    if cost := reader.text(r, "fees_description", here) or reader.text(r, "fees", here):
        out.data["cost"] = plain_text(cost, "cost", out)
        return
    options = []
    for where, option in reader.objects(r, "cost_options", here):
        amount = reader.number(option, "amount", where)
        words = [reader.text(option, k, where) for k in ("option", "amount_description")]
        price = (
            "Free" if amount == 0 else (f"£{amount:,.2f}".replace(".00", "") if amount else None)
        )
        parts = [w for w in (price, *words) if w]
        if parts:
            options.append(" ".join(parts))
    if options:
        out.data["cost"] = "; ".join(options)
        out.check.append("cost: made from the ORUK cost options; check it reads well")


def _reviewed(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    for key in ("assured_date", "last_modified"):
        text = reader.text(r, key, here)
        if text is None:
            continue
        try:
            day = dt.date.fromisoformat(text[:10])
        except ValueError:
            out.check.append(f'last_reviewed: {key} "{text}" in the ORUK data is not a date')
            continue
        out.data["last_reviewed"] = day
        if key != "assured_date":
            out.check.append("last_reviewed: taken from when the ORUK record last changed")
        return


def _leftovers(r: dict[str, Any], out: Imported) -> None:
    status = r.get("status")
    if status not in (None, "active"):
        out.check.append(
            f'status: the service is "{status}" in the ORUK data: is it still running?'
        )
    eligibility = r.get("eligibility_description")
    age = out.data.get("age")
    if eligibility and (age is None or eligibility != ages(age["min"], age["max"])):
        out.not_imported.append(f"eligibility_description: {short(eligibility)}")
    for key, value in r.items():
        if key not in READ and value not in (None, "", [], {}):
            out.not_imported.append(f"{key}: {short(value)}")
