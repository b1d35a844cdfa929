"""Each service page describes the service in schema.org JSON-LD, and no text can break out."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from conftest import SITES, Build, build, copy_site
from golden import SERVICES, load_case
from signpost.directory.load import load_directory
from signpost.openreferral.json_ld import service_json_ld

HOSTILE = """\
name: </script><script>alert("name")</script><!-- Club & Co
organisation: </SCRIPT><img src=x onerror=alert(1)>
summary: Ends the script early </script> if it can.
description: A club.
categories: [short-breaks]
areas: [north]
age: {min: 5, max: 11}
cost: Free
how_to_access: Ring us.
contact:
  phone: "01632 960999"
locations:
  - name: Hall </script>
    address: 1 Road, Town
    postcode: NQ1 2AB
last_reviewed: 2026-09-14
"""


def _json_ld(result: Build, url: str) -> list[Any]:
    scripts = result.html(url).find_all("script", type="application/ld+json")
    return [json.loads(script.string) for script in scripts]


def test_a_service_page_describes_the_service(basic_site: Build) -> None:
    [data] = _json_ld(basic_site, "services/riverside-saturday-club/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Service"
    assert data["name"] == "Riverside Saturday Club"
    assert data["url"] == "https://localoffer.example.org/services/riverside-saturday-club/"
    assert data["provider"] == {"@type": "Organization", "name": "Riverside Families Trust"}
    assert [a["name"] for a in data["areaServed"]] == ["North", "South"]
    assert data["audience"] == {
        "@type": "PeopleAudience",
        "suggestedMinAge": 5,
        "suggestedMaxAge": 11,
    }
    channel = data["availableChannel"]
    assert channel["servicePhone"]["telephone"] == "01632 960123"
    assert channel["servicePhone"]["email"] == "hello@example.org"
    assert channel["serviceUrl"] == "https://example.org/riverside"
    assert channel["serviceSmsNumber"]["telephone"] == "07700 900123"
    first = channel["serviceLocation"][0]
    assert first["name"] == "Riverside Centre"
    assert first["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "1 River Road",
        "addressLocality": "Hollinford",
        "postalCode": "NQ1 2AB",
        "addressCountry": "GB",
    }
    assert data["availableLanguage"] == ["English", "British Sign Language"]


def test_a_council_service_is_a_government_service() -> None:
    directory = load_directory(SITES / "basic" / "directory", today=dt.date.today())
    assert directory.taxonomy is not None
    entry = next(e for e in directory.entries if e.id == "northshire-advice-line")
    assert service_json_ld(entry, directory.taxonomy, "Testshire Council", None)["@type"] == (
        "Service"
    )
    ours = replace(
        entry, service=entry.service.model_copy(update={"organisation": "Testshire Council"})
    )
    data = service_json_ld(ours, directory.taxonomy, "testshire council", None)
    assert data["@type"] == "GovernmentService"
    assert "url" not in data
    assert "serviceLocation" not in data["availableChannel"]


def test_other_pages_have_no_service_json_ld(basic_site: Build) -> None:
    assert _json_ld(basic_site, "") == []
    assert _json_ld(basic_site, "find/") == []


def test_hostile_text_cannot_close_the_script(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "directory" / "hostile.yml").write_text(HOSTILE, encoding="utf-8")
    result = build(root)
    assert result.returncode == 0, result.output
    page = result.html("services/hostile/")
    assert (
        page.find("script", string=lambda s: s is not None and "alert" in s and "@context" not in s)
        is None
    )
    raw = (result.site / "services" / "hostile" / "index.html").read_text(encoding="utf-8")
    block = raw.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)
    assert data["name"] == '</script><script>alert("name")</script><!-- Club & Co'
    assert data["provider"]["name"] == "</SCRIPT><img src=x onerror=alert(1)>"
    assert data["availableChannel"]["serviceLocation"][0]["name"] == "Hall </script>"


def test_opening_hours_are_given_only_where_schema_org_can_say_them(tmp_path: Path) -> None:
    directory = load_case(SERVICES / "valid" / "full.yml", tmp_path)
    assert directory.taxonomy is not None
    data = service_json_ld(directory.entries[0], directory.taxonomy, "Testshire Council", None)
    phone = data["availableChannel"]["servicePhone"]
    assert phone["hoursAvailable"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{day}"
                for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
            ],
            "opens": "09:00",
            "closes": "17:00",
        }
    ]
    riverside, marbrook = data["availableChannel"]["serviceLocation"]
    # The service's own sessions are term time, school holidays or every other week.
    assert "openingHoursSpecification" not in riverside
    assert marbrook["openingHoursSpecification"][0]["dayOfWeek"] == ["https://schema.org/Sunday"]
