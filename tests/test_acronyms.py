from __future__ import annotations

import pytest
from signpost.plain_english.acronyms import core_of, find_acronyms


@pytest.mark.parametrize(
    ("word", "core"),
    [
        ("EHCP", "EHCP"),
        ("EHCPs", "EHCP"),
        ("GP's", "GP"),
        ("SENCo", "SENCo"),
        ("SENDCo", "SENDCo"),
        ("PfA", "PfA"),
        ("SpLD", "SpLD"),
        ("A&E", "A&E"),
        ("BSc", "BSc"),
        ("FREE", "FREE"),
    ],
)
def test_acronyms_are_found_with_plurals_and_mixed_case(word: str, core: str) -> None:
    assert core_of(word) == core


@pytest.mark.parametrize(
    "word", ["McDonald", "YouTube", "PowerPoint", "iPhone", "I", "A", "Hello", "Is"]
)
def test_ordinary_words_are_not_acronyms(word: str) -> None:
    assert core_of(word) is None


def test_postcodes_phone_numbers_and_codes_are_not_acronyms() -> None:
    text = "Write to NQ1 1AA, call 01632 960000, or quote ref AB12."
    assert [a.core for a in find_acronyms(text)] == []


def test_find_acronyms_gives_positions_in_order() -> None:
    found = list(find_acronyms("Ask the SENCO about EHCPs."))
    assert [(a.written, a.core, a.start) for a in found] == [
        ("SENCO", "SENCO", 8),
        ("EHCPs", "EHCP", 20),
    ]
