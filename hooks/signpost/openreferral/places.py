"""Import how to reach a service from ORUK data: phones, email, website, places, times."""

from __future__ import annotations

import re
from typing import Any

import phonenumbers

from signpost.core import fields
from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.export import LANGUAGE_CODES
from signpost.openreferral.read import Imported, Reader, short

CODES = {code: name for name, code in LANGUAGE_CODES.items()}
TEXT_PHONES = {"text", "sms"}
CALL_PHONES = {"voice", "cell", "mobile", "phone", ""}
PREFIX = re.compile(r"^(tel|telephone|phone|call|mobile|text|sms)\s*[:.]?\s*", re.IGNORECASE)


def match_term(
    taxonomy: Taxonomy | None, kinds: tuple[str, ...], words: list[str | None]
) -> tuple[str, str] | None:
    """Return the (kind, id) of the first taxonomy term whose id or label is one of `words`."""
    if taxonomy is None:
        return None
    wanted = {w.casefold() for w in words if w}
    for kind in kinds:
        for term in taxonomy.terms(kind):
            if {term.id.casefold(), term.label.casefold()} & wanted:
                return kind, term.id
    return None


def unknown_term(words: list[str | None], kind: str) -> str:
    """Describe a term that is not in the taxonomy, by its most readable name."""
    shown = next((w for w in reversed(words) if w), "(no name)")
    return f'"{shown}"' + (f" ({kind})" if kind else "")


def tidy_phone(number: str) -> str:
    """Return a UK number written the usual way, like 01632 960123, or as given if unsure."""
    bare = PREFIX.sub("", number).strip()
    if fields.phone_problem(bare) is not None:
        return number
    if not re.search(r"\+|\(0\)|[-./]", bare) and bare.startswith("0"):
        return bare
    bare = bare.replace("(0)", "")
    parsed = phonenumbers.parse(bare, "GB")
    return str(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))


def contact(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    """Set contact: the first phone and text numbers, email and website."""
    found: dict[str, str] = {}
    for number, kind, where in _phones(r, reader, here):
        key = "text" if kind in TEXT_PHONES else ("phone" if kind in CALL_PHONES else None)
        tidy = tidy_phone(number)
        # A second, different number of a kind has no place; the same one again is fine.
        if key is None or found.get(key, tidy) != tidy:
            out.not_imported.append(f"{where}: {number} ({kind or 'phone'})")
            continue
        if key not in found and tidy != number:
            out.check.append(f'contact.{key}: was "{number}" in the ORUK data; now "{tidy}"')
        found[key] = tidy
    org = reader.object(r, "organization", here)
    where_org = f"{here}.organization".lstrip(".")
    _people(r, reader, here, out, reader.text(org, "name", where_org))
    for key, ours, theirs in (("email", "email", "email"), ("url", "website", "website")):
        value = reader.text(r, key, here)
        if value is None and (value := reader.text(org, theirs, where_org)):
            out.check.append(
                f"contact.{ours}: taken from the organisation; is it right for this service?"
            )
        if value and ours == "website" and value.casefold().startswith("www."):
            out.check.append(f'contact.website: was "{value}" in the ORUK data; added https://')
            value = f"https://{value}"
        if value:
            found[ours] = value
    if found:
        order = ("phone", "text", "email", "website")
        out.data["contact"] = {key: found[key] for key in order if key in found}


def _people(
    r: dict[str, Any], reader: Reader, here: str, out: Imported, organisation: str | None
) -> None:
    """Note named contacts: Signpost lists ways to reach a service, not people."""
    for where, person in reader.objects(r, "contacts", here):
        name = reader.text(person, "name", where)
        title = reader.text(person, "title", where)
        if name and name != organisation:
            out.not_imported.append(f"{where}: {name}" + (f" ({title})" if title else ""))


def _phones(r: dict[str, Any], reader: Reader, here: str) -> list[tuple[str, str, str]]:
    found = list(reader.objects(r, "phones", here))
    for where, person in reader.objects(r, "contacts", here):
        found += list(reader.objects(person, "phones", where))
    phones = []
    for where, phone in found:
        if number := reader.text(phone, "number", where):
            kind = (reader.text(phone, "type", where) or "").casefold()
            phones.append((number, kind, f"{where}.number"))
    return phones


def locations(
    r: dict[str, Any], reader: Reader, here: str, out: Imported, taxonomy: Taxonomy | None
) -> dict[str, int]:
    """Set locations: each physical place with its address and accessibility features.

    Return which place each service_at_location id became, for schedules of one place.
    """
    places: list[dict[str, Any]] = []
    at_index: dict[str, int] = {}
    for where, link in reader.objects(r, "service_at_locations", here):
        place = reader.object(link, "location", where)
        at = f"{where}.location"
        kind = reader.text(place, "location_type", at) or "physical"
        if kind != "physical":
            out.not_imported.append(f"{at}: a {kind} location ({short(place.get('name', ''))})")
            continue
        if link_id := reader.text(link, "id", where):
            at_index[link_id] = len(places)
        places.append(_place(place, reader, at, out, taxonomy))
    if places:
        out.data["locations"] = places
    return at_index


def _place(
    place: dict[str, Any], reader: Reader, at: str, out: Imported, taxonomy: Taxonomy | None
) -> dict[str, Any]:
    addresses = list(reader.objects(place, "addresses", at))
    where, address = addresses[0] if addresses else (at, {})
    for other, _ in addresses[1:]:
        out.not_imported.append(f"{other}: another address of the same place")
    parts = [reader.text(address, k, where) for k in ("address_1", "address_2", "city")]
    result: dict[str, Any] = {}
    name = reader.text(place, "name", at) or parts[0]
    if name and not reader.text(place, "name", at):
        out.check.append(f"locations: {at} has no name; used the first line of its address")
    if name:
        result["name"] = name
    if street := ", ".join(p for p in parts if p):
        result["address"] = street
    if postcode := reader.text(address, "postal_code", where):
        result["postcode"] = fields.normal_postcode(postcode) or postcode
    features = _features(place, reader, at, out, taxonomy)
    if features:
        result["accessibility"] = features
    return result


def _features(
    place: dict[str, Any], reader: Reader, at: str, out: Imported, taxonomy: Taxonomy | None
) -> list[str]:
    features: list[str] = []
    for where, access in reader.objects(place, "accessibility", at):
        words = [reader.text(access, k, where) for k in ("description", "accessibility")]
        for w, attribute in reader.objects(access, "attributes", where):
            term = reader.object(attribute, "taxonomy_term", w)
            words += [reader.text(term, k, f"{w}.taxonomy_term") for k in ("term", "name")]
        match = match_term(taxonomy, ("accessibility",), words)
        if match is None:
            out.unknown_terms.append(unknown_term(words[:1], "accessibility"))
        elif match[1] not in features:
            features.append(match[1])
    return features


def languages(r: dict[str, Any], reader: Reader, here: str, out: Imported) -> None:
    """Set languages from their names, or from their ISO 639 codes."""
    names = []
    for where, language in reader.objects(r, "languages", here):
        name = reader.text(language, "name", where)
        code = reader.text(language, "code", where)
        if name is None and code:
            name = CODES.get(code.casefold(), "").title() or None
        if name:
            names.append(name)
        else:
            out.not_imported.append(f"{where}: a language with no name or known code")
    if names:
        out.data["languages"] = names
