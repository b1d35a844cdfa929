"""Everyday words written in capitals (CLOSED, FREE, THE) are shouting, not acronyms.

A word list decides, not a guess: the Dale-Chall list of about 3,000 words most children
know (shipped with textstat, already a dependency), and the words below that service
directories often write in capitals. A capitalised word is everyday when it, or the word it
is made from by an ending (CLOSED, BOOKINGS, PLACES), is on the list. The glossary is looked
up first, so an acronym that is also a word (SEND) is still explained where it is one.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from signpost.plain_english.acronyms import ALL_CAPS

# Words often shouted in service listings that the Dale-Chall list does not have.
DIRECTORY_WORDS = """
accessible activities activity address advice applications apply appointment appointments
available booking bookings cancel cancelled carers centre closure contact council courses
disabled email enquiries essential families important information limited monday online
parking payment places please referral register registration session sessions sunday
support thursday tuesday update updated urgent wednesday welcome
"""
# Acronyms in the SEND world that are also everyday words: always acronyms in capitals.
ACRONYMS = frozenset({"SEND", "SALT", "PEP", "ACE", "IT", "US", "AIM", "CAT", "PAT"})
ENDINGS: tuple[tuple[str, str], ...] = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""))
ENDINGS += (("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", ""))
SHORTEST_STEM = 3


@cache
def everyday_words() -> frozenset[str]:
    """Return the word list, in lower case."""
    easy = resources.files("textstat") / "resources" / "en" / "easy_words.txt"
    words = easy.read_text(encoding="utf-8").split()
    return frozenset(w.casefold() for w in [*words, *DIRECTORY_WORDS.split()])


def is_everyday(word: str) -> bool:
    """Return whether a word in capitals is an everyday English word, like CLOSED or FREE."""
    if not ALL_CAPS.match(word) or "&" in word or word in ACRONYMS:
        return False
    lower = word.casefold()
    known = everyday_words()
    if lower in known:
        return True
    return any(
        lower.endswith(end) and lower[: -len(end)] + add in known
        for end, add in ENDINGS
        if len(lower) - len(end) >= SHORTEST_STEM
    )
