from __future__ import annotations

from typing import Any

from signpost.core.yaml_source import Document, parse_text
from signpost.website.settings import council_from_extra

CONFIG = """site_name: Test
extra:
  council:
    name: Northshire County Council
    area: Northshire
    phone: "01632 960000"
    email: localoffer@example.org
    address: County Hall, Hollinford NQ1 1AA
    colours:
      primary: "#99ccff"
    listing_page_size: 2
    favourite: blue
"""


def _doc() -> Document:
    doc = parse_text(CONFIG, "mkdocs.yml")
    assert isinstance(doc, Document)
    return doc


def _extra(**council: Any) -> dict[str, Any]:
    base = {
        "name": "Northshire County Council",
        "area": "Northshire",
        "phone": "01632 960000",
        "email": "localoffer@example.org",
        "address": "County Hall, Hollinford NQ1 1AA",
    }
    base.update(council)
    return {"council": base}


def test_good_settings_get_defaults() -> None:
    council, problems = council_from_extra(_extra(), _doc())
    assert problems == []
    assert council is not None
    assert council.colours.primary == "#1d4f91"
    assert council.review_interval_days == 365


def test_every_bad_setting_is_reported_with_its_line_in_mkdocs_yml() -> None:
    extra = _extra(colours={"primary": "#99ccff"}, listing_page_size=2, favourite="blue")
    council, problems = council_from_extra(extra, _doc())
    assert council is None
    lines = [str(p) for p in problems]
    assert any(
        line.startswith(
            "mkdocs.yml:10: extra.council.colours.primary: #99ccff has a contrast of 1."
        )
        and "choose a darker colour" in line
        for line in lines
    ), lines
    assert "mkdocs.yml:11: extra.council.listing_page_size: should be at least 5 (got 2)" in lines
    assert any(line.startswith("mkdocs.yml:12: extra.council.favourite") for line in lines), lines


def test_missing_council_section_is_reported() -> None:
    council, problems = council_from_extra({}, _doc())
    assert council is None
    assert problems[0].field == "extra.council"


def test_feedback_form_must_be_a_web_address() -> None:
    council, problems = council_from_extra(_extra(feedback_form="forms.example.org"), _doc())
    assert council is None
    assert [p.field for p in problems] == ["extra.council.feedback_form"]
    assert "must start with https://" in problems[0].message
    council, problems = council_from_extra(
        _extra(feedback_form="https://forms.example.org/local-offer"), _doc()
    )
    assert problems == [] and council is not None
    assert council.feedback_form == "https://forms.example.org/local-offer"
