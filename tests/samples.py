"""Small glossaries shared by the unit tests."""

from __future__ import annotations

from signpost.plain_english.glossary import Glossary, Term

SENCO = Term(
    term="SENCO",
    stands_for="special educational needs co-ordinator",
    meaning="A teacher.",
    also=["SENCo"],
)
EHCP = Term(
    term="EHCP",
    stands_for="Education, Health and Care plan",
    meaning="A plan.",
    also=["EHC plan"],
)


def glossary(*more: Term) -> Glossary:
    """Return a glossary of SENCO, EHCP and any more terms."""
    return Glossary(terms=[SENCO, EHCP, *more])
