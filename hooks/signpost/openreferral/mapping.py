"""Map one Open Referral UK service record to a Signpost service entry (the reverse of export)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from signpost.directory.answers import QUESTIONS
from signpost.directory.model import MAX_AGE, SUMMARY_WORDS
from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.council_mapping import CouncilMapping
from signpost.openreferral.export import ANSWER_TERM, OUR_TAXONOMY
from signpost.openreferral.html import html_blocks, looks_like_html
from signpost.openreferral.places import (
    contact,
    languages,
    locations,
)
from signpost.openreferral.prose import places, split_summary, text_blocks, to_markdown
from signpost.openreferral.read import Imported, Reader, Record, plain_text, short
from signpost.openreferral.schedules import read_schedules
from signpost.openreferral.terms import Words, apply_defaults, read_terms
from signpost.openreferral.yaml_out import FILL_IN
from signpost.website.views import ages

# Fields of a service record this import reads; anything else is listed as not imported.
READ = {
    "id", "organization_id", "name", "description", "url", "email", "status", "fees",
    "fees_description", "minimum_age", "maximum_age", "assured_date", "last_modified",
    "schedules", "service_areas", "service_at_locations", "languages", "organization",
    "cost_options", "contacts", "attributes", "phones", "application_process",
    "eligibility_description",
}  # fmt: skip


def map_service(
    record: Record,
    reader: Reader,
    taxonomy: Taxonomy | None,
    council: CouncilMapping | None = None,
) -> Imported | None:
    """Return the Signpost entry for one ORUK service, or None if it has no name.

    `council` is the council's mapping file: its words, and defaults where the feed is silent.
    """
    r, here = record.data, record.path
    name = reader.text(r, "name", here)
    if name is None:
        return None
    out = Imported(name)
    out.data["name"] = name
    _organisation(r, reader, here, out)
    _texts(r, reader, here, out)
    _easy_read(r, reader, here, out)
    _age(r, reader, here, out)
    words = Words(taxonomy, council)
    read_terms(r, reader, here, out, words)
    _cost(r, reader, here, out)
    if how := reader.text(r, "application_process", here):
        out.data["how_to_access"] = plain_text(how, "how_to_access", out)
    contact(r, reader, here, out)
    at_index = locations(r, reader, here, out, taxonomy)
    _no_places(out)
    read_schedules(r, reader, here, out, at_index)
    languages(r, reader, here, out)
    _ours(r, reader, here, out, "coproduced-with", "coproduced_with")
    _answers(r, reader, here, out)
    _reviewed(r, reader, here, out)
    apply_defaults(out, words)
    _leftovers(r, out, set(council.audience_fields) if council else set())
    return out


def _no_places(out: Imported) -> None:
    if "locations" in out.data:
        return
    if out.places:
        found = ", ".join(postcode for _, postcode in out.places)
        out.check.append(
            f"locations: none in the ORUK data, but the description gives {found}: "
            "if families go there, use the lines at the end of this file"
        )


def _organisation(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    org = reader.object(r, "organization", here)
    if name := reader.text(org, "name", f"{here}.organization".lstrip(".")):
        out.data["organisation"] = name


def _texts(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    text = reader.text(r, "description", here)
    if text is None:
        return
    html = looks_like_html(text)
    blocks = html_blocks(text) if html else text_blocks(text)
    if html:
        out.check.append("description: was HTML in the ORUK data; check it reads well")
    summary, rest, why = split_summary(blocks, SUMMARY_WORDS)
    if summary is None:
        out.todo.append(f"summary: left for you: {why}; {FILL_IN['summary']}")
    else:
        out.data["summary"] = summary
    if rest:
        out.data["description"] = to_markdown(rest) + "\n"
    out.places = places(blocks)


def _easy_read(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    _ours(r, reader, here, out, "easy-read", "easy_read")


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
    # HSDS 3.0 writes -1 for "no limit": no youngest age is 0, no oldest the Local Offer's 25.
    low = 0 if low is not None and low < 0 else low
    no_top = high is not None and high < 0
    if low is None and high is None:
        return
    if low is None:
        out.check.append("age.min: not given in the ORUK data; set to 0, check it")
    if no_top:
        high = MAX_AGE
    elif high is None or high > MAX_AGE:
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


def _leftovers(r: dict[str, Any], out: Imported, read: set[str]) -> None:
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
        if key not in READ | read and value not in (None, "", [], {}):
            out.not_imported.append(f"{key}: {short(value)}")
