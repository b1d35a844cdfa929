from __future__ import annotations

from pathlib import Path

from conftest import REPO
from signpost.plain_english.glossary import Glossary, load_glossary, slug

GOOD = """terms:
  - term: SENCO
    stands_for: special educational needs co-ordinator
    meaning: The teacher who makes sure children get the right help.
    also: [SENCo]
  - term: EHCP
    stands_for: Education, Health and Care plan
    meaning: A legal document.
    also: [EHC plan]
    related: [SENCO]
"""


def _load(tmp_path: Path, text: str) -> tuple[Glossary | None, list[str]]:
    file = tmp_path / "glossary.yml"
    file.write_text(text)
    glossary, problems = load_glossary(file, "content/glossary.yml")
    return glossary, [str(p) for p in problems]


def test_demo_glossary_loads() -> None:
    glossary, problems = load_glossary(REPO / "content" / "glossary.yml", "content/glossary.yml")
    assert problems == []
    assert glossary is not None and len(glossary.terms) >= 20


def test_spellings_and_acronyms_inside_spellings_are_known(tmp_path: Path) -> None:
    glossary, _ = _load(tmp_path, GOOD)
    assert glossary is not None
    known = glossary.by_spelling()
    assert known["SENCo"].term == "SENCO"
    assert known["EHC"].term == "EHCP", "an acronym inside a spelling is explained by it"


def test_meanings_must_be_short(tmp_path: Path) -> None:
    text = GOOD.replace("A legal document.", "One. Two. Three.")
    _, problems = _load(tmp_path, text)
    assert problems == [
        "content/glossary.yml:8: terms[2].meaning: has 3 sentences: "
        "explain it in one or two short sentences"
    ]


def test_related_terms_must_exist_with_a_suggestion(tmp_path: Path) -> None:
    _, problems = _load(tmp_path, GOOD.replace("related: [SENCO]", "related: [SENC0]"))
    assert problems == [
        'content/glossary.yml:10: terms[2].related: "SENC0" is not a term in the '
        'glossary: did you mean "SENCO"?'
    ]


def test_a_spelling_may_belong_to_one_term_only(tmp_path: Path) -> None:
    _, problems = _load(tmp_path, GOOD.replace("also: [EHC plan]", "also: [SENCo]"))
    assert problems == [
        'content/glossary.yml:9: terms[2].also: "SENCo" is already a spelling of '
        '"SENCO": each spelling may belong to one term'
    ]


def test_unknown_keys_and_missing_file(tmp_path: Path) -> None:
    _, problems = _load(tmp_path, GOOD.replace("    also: [SENCo]", "    aslo: [SENCo]"))
    assert problems == [
        'content/glossary.yml:5: terms[1]: "aslo" is not a known key: did you mean "also"?'
    ]
    _, missing = load_glossary(tmp_path / "none.yml", "content/glossary.yml")
    assert "missing" in missing[0].message


def test_slug() -> None:
    assert slug("EHC needs assessment") == "ehc-needs-assessment"
    assert slug("SEN support") == "sen-support"
