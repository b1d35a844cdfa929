"""schema.org data for a service page, so search engines and tools understand the service."""

from __future__ import annotations

from typing import Any

from signpost.directory.load import Entry
from signpost.directory.taxonomy import Taxonomy
from signpost.openreferral.export import split_address


def service_json_ld(
    entry: Entry, taxonomy: Taxonomy, council: str, page_url: str | None
) -> dict[str, Any]:
    """Return the schema.org description of a service; the template writes it with tojson."""
    s = entry.service
    kind = "GovernmentService" if s.organisation.casefold() == council.casefold() else "Service"
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": s.name,
        "description": s.summary,
        "provider": {"@type": "Organization", "name": s.organisation},
        "serviceType": [taxonomy.label("categories", c) for c in s.categories],
        "areaServed": [
            {"@type": "AdministrativeArea", "name": taxonomy.label("areas", a)} for a in s.areas
        ],
        "audience": {
            "@type": "PeopleAudience",
            "suggestedMinAge": s.age.min,
            "suggestedMaxAge": s.age.max,
        },
        "availableChannel": _channel(entry),
    }
    if page_url:
        data["url"] = page_url
    if s.languages:
        data["availableLanguage"] = list(s.languages)
    return data


def _channel(entry: Entry) -> dict[str, Any]:
    contact = entry.service.contact
    point: dict[str, Any] = {"@type": "ContactPoint", "contactType": "enquiries"}
    if contact.phone:
        point["telephone"] = contact.phone
    if contact.email:
        point["email"] = contact.email
    if contact.website:
        point["url"] = contact.website
    channel: dict[str, Any] = {"@type": "ServiceChannel", "servicePhone": point}
    if contact.website:
        channel["serviceUrl"] = contact.website
    if contact.text:
        channel["serviceSmsNumber"] = {"@type": "ContactPoint", "telephone": contact.text}
    places = [_place(p.name, p.address, p.postcode) for p in entry.service.locations]
    if places:
        channel["serviceLocation"] = places
    return channel


def _place(name: str, address: str, postcode: str) -> dict[str, Any]:
    street, town = split_address(address)
    postal: dict[str, Any] = {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": postcode,
        "addressCountry": "GB",
    }
    if town:
        postal["addressLocality"] = town
    return {"@type": "Place", "name": name, "address": postal}
