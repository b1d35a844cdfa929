"""schema.org data for a service page, so search engines and tools understand the service."""

from __future__ import annotations

from typing import Any

from signpost.directory.load import Entry
from signpost.directory.taxonomy import Taxonomy
from signpost.directory.times import Session
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
    if hours := opening_hours(entry.service.phone_times or entry.service.times):
        point["hoursAvailable"] = hours
    channel: dict[str, Any] = {"@type": "ServiceChannel", "servicePhone": point}
    if contact.website:
        channel["serviceUrl"] = contact.website
    if contact.text:
        channel["serviceSmsNumber"] = {"@type": "ContactPoint", "telephone": contact.text}
    places = [
        _place(p.name, p.address, p.postcode, p.times or entry.service.times)
        for p in entry.service.locations
    ]
    if places:
        channel["serviceLocation"] = places
    return channel


def opening_hours(sessions: list[Session]) -> list[dict[str, Any]]:
    """Return schema.org opening hours for the sessions it can describe.

    schema.org has no words for school terms or every other week, so only sessions that run
    every week all year are given: a search engine must not show a term-time club as open.
    """
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{day.title()}" for day in session.days],
            "opens": session.opens,
            "closes": session.closes,
            **({"validFrom": session.starting.isoformat()} if session.starting else {}),
            **({"validThrough": session.until.isoformat()} if session.until else {}),
        }
        for session in sessions
        if session.weeks == "all-year" and not session.every_other_week
    ]


def _place(name: str, address: str, postcode: str, sessions: list[Session]) -> dict[str, Any]:
    street, town = split_address(address)
    postal: dict[str, Any] = {
        "@type": "PostalAddress",
        "streetAddress": street,
        "postalCode": postcode,
        "addressCountry": "GB",
    }
    if town:
        postal["addressLocality"] = town
    place: dict[str, Any] = {"@type": "Place", "name": name, "address": postal}
    if hours := opening_hours(sessions):
        place["openingHoursSpecification"] = hours
    return place
