from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError
from signpost.directory.model import Service

TAXONOMY = {
    "categories": {"short-breaks"},
    "needs": {"autism"},
    "areas": {"north"},
    "accessibility": {"step-free"},
}
CONTEXT = {"taxonomy": TAXONOMY, "today": dt.date(2026, 11, 24)}


def entry(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": "Riverside Saturday Club",
        "organisation": "Riverside Families Trust",
        "summary": "Play sessions on Saturdays for disabled children.",
        "description": "We run play sessions.",
        "categories": ["short-breaks"],
        "areas": ["north"],
        "age": {"min": 5, "max": 11},
        "cost": "Free",
        "how_to_access": "Ring us.",
        "contact": {"phone": "01632 960123"},
        "last_reviewed": dt.date(2026, 9, 14),
    }
    data.update(changes)
    return data


def errors(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        Service.model_validate(data, context=CONTEXT)
    return {".".join(map(str, e["loc"])): e["msg"] for e in caught.value.errors()}


def test_a_valid_entry_loads_with_tidied_values() -> None:
    service = Service.model_validate(
        entry(locations=[{"name": "Hall", "address": "1 Road", "postcode": "nq1 2ab"}]),
        context=CONTEXT,
    )
    assert service.locations[0].postcode == "NQ1 2AB"
    assert service.needs == []


def test_text_is_not_guessed_from_numbers() -> None:
    assert "cost" in errors(entry(cost=0))


def test_whitespace_only_text_counts_as_empty() -> None:
    assert "name" in errors(entry(name="   "))


def test_summary_must_be_one_short_sentence() -> None:
    assert "one sentence" in errors(entry(summary="We play. We sing."))["summary"]
    assert "30 words" in errors(entry(summary=" ".join(["word"] * 31) + "."))["summary"]


def test_age_limits_and_order() -> None:
    assert "age.max" in errors(entry(age={"min": 5, "max": 26}))
    assert "max must be at least min" in errors(entry(age={"min": 9, "max": 5}))["age"]
    Service.model_validate(entry(age={"min": 0, "max": 25}), context=CONTEXT)
    Service.model_validate(entry(age={"min": 7, "max": 7}), context=CONTEXT)


def test_taxonomy_ids_are_checked_against_the_context() -> None:
    found = errors(entry(categories=["short-break"], needs=["autsm"]))
    assert 'did you mean "short-breaks"' in found["categories.0"]
    assert 'did you mean "autism"' in found["needs.0"]


def test_last_reviewed_must_be_a_date_and_not_in_the_future() -> None:
    assert "future" in errors(entry(last_reviewed=dt.date(2026, 11, 25)))["last_reviewed"]
    assert "last_reviewed" in errors(entry(last_reviewed="2026-09-14"))
    assert "last_reviewed" in errors(entry(last_reviewed=dt.datetime(2026, 9, 14, 10, 0)))
    Service.model_validate(entry(last_reviewed=dt.date(2026, 11, 24)), context=CONTEXT)


def test_contact_needs_at_least_one_way() -> None:
    assert "at least one" in errors(entry(contact={}))["contact"]


def test_unknown_keys_are_errors_at_every_level() -> None:
    found = errors(entry(colour="blue", contact={"phone": "01632 960123", "fax": "x"}))
    assert set(found) >= {"colour", "contact.fax"}


def test_local_offer_answers_take_the_fixed_questions_only() -> None:
    answers = {"support": "Small groups.", "who_to_contact": "Ask for Mrs Patel."}
    service = Service.model_validate(entry(local_offer=answers), context=CONTEXT)
    assert service.local_offer is not None
    assert service.local_offer.answered() == [
        ("How will you support my child?", "Small groups."),
        ("Who can I talk to about special educational needs?", "Ask for Mrs Patel."),
    ]
    assert "local_offer.how_we_help" in errors(entry(local_offer={"how_we_help": "x"}))
    assert "answer at least one question" in errors(entry(local_offer={}))["local_offer"]
    assert "local_offer.support" in errors(entry(local_offer={"support": "  "}))
