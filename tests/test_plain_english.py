from __future__ import annotations

from samples import glossary
from signpost.core.yaml_source import Document, parse_text
from signpost.plain_english.checker import (
    Checker,
    PlainEnglishSettings,
    Usage,
    is_jargon,
    markdown_lines,
    yaml_lines,
)
from signpost.plain_english.glossary import Term

GLOSSARY = glossary(Term(term="Co-production", meaning="Working together as equals."))
SETTINGS = PlainEnglishSettings(
    allowed_acronyms={"NHS": "everyone knows it"},
    jargon={"provision": "support", "facilitate": "help", "co-production": "working together"},
)
CHECKER = Checker(GLOSSARY, SETTINGS)


def messages(text: str) -> list[str]:
    return [str(p) for p in CHECKER.problems("content/a.md", [(7, text)])]


def test_known_allowed_and_plural_acronyms_pass() -> None:
    assert messages("Ask your SENCo or SENCOs about EHCPs, EHC plans and the NHS.") == []


def test_unknown_acronyms_are_reported_exactly() -> None:
    fix = "is not in the glossary: add it to content/glossary.yml or write it out in full"
    assert messages("The QRT and HVs and our SpLD team.") == [
        f'content/a.md:7: "QRT" {fix}',
        f'content/a.md:7: "HV" {fix}',
        f'content/a.md:7: "SpLD" {fix}',
    ]


def test_everyday_words_in_capitals_are_emphasis_not_acronyms() -> None:
    found = messages("PLEASE NOTE: the club is FREE. Ring us or ask the NHS.")
    assert [m.split('"')[1] for m in found] == ["PLEASE", "NOTE", "FREE"]
    assert found[2] == (
        'content/a.md:7: "FREE" is in capitals: avoid capitals for emphasis, they are harder '
        'to read; write "free" (or **free** if it must stand out). If it is an acronym, add it '
        "to content/glossary.yml"
    )


def test_jargon_is_reported_with_its_plain_alternative_and_word_forms() -> None:
    found = messages("We facilitated the provision.")
    assert found == [
        'content/a.md:7: "facilitated" is jargon: say "help" instead',
        'content/a.md:7: "provision" is jargon: say "support" instead',
    ]
    assert all(is_jargon(p) for p in CHECKER.problems("a", [(1, "provisions")]))


def test_jargon_that_the_glossary_explains_is_not_reported() -> None:
    assert messages("Co-production is how we work.") == []


def test_usage_is_counted() -> None:
    usage = Usage()
    CHECKER.problems("content/a.md", [(1, "SENCO and EHC")], usage)
    assert usage.pages == {"SENCO": {"content/a.md"}, "EHCP": {"content/a.md"}}


def test_markdown_lines_skip_code_links_tags_and_hidden_front_matter() -> None:
    source = "\n".join(
        [
            "---",
            "title: About the QRT",
            "template: signpost/home.html",
            "coproduced_with: [XYZ]",
            "---",
            "# Heading with ABC",
            "",
            'Text with `CODE` and [a link](https://ex.org/ABCD) <span class="DEF">x</span>',
            "```",
            "GHI in a code block",
            "```",
            "mail KLM@example.org",
        ]
    )
    lines = list(markdown_lines(source))
    text = " ".join(t for _, t in lines)
    assert "QRT" in text and "ABC" in text
    assert not any(
        word in text for word in ("template", "XYZ", "CODE", "ABCD", "DEF", "GHI", "KLM")
    )
    assert (6, "# Heading with ABC") in lines


def test_yaml_lines_skip_ids_contacts_and_comments() -> None:
    source = "\n".join(
        [
            "# A COMMENT",
            "name: The ABC Club",
            "categories: [XYZ]",
            "description: |",
            "  We run DEF sessions.",
            "contact:",
            '  phone: "01632 960000"',
            "  email: GHI@example.org",
            "locations:",
            "  - name: JKL Hall",
            "    postcode: NQ1 2AB",
        ]
    )
    doc = parse_text(source, "x.yml")
    assert isinstance(doc, Document)
    lines = dict(yaml_lines(doc, source, frozenset({"categories", "phone", "email", "postcode"})))
    text = " ".join(lines.values())
    assert "ABC" in text and "DEF" in text and "JKL" in text
    assert not any(word in text for word in ("COMMENT", "XYZ", "GHI", "NQ"))
    assert "DEF" in lines[5]


def test_text_that_looks_like_a_key_is_still_checked() -> None:
    # A line of a description that starts with "phone:" is words, not the phone number.
    source = 'name: Club\ndescription: |\n  We run clubs.\n  phone: ask the QRT team\ncontact:\n  phone: "01632 960000"\n'
    doc = parse_text(source, "x.yml")
    assert isinstance(doc, Document)
    lines = dict(yaml_lines(doc, source, frozenset({"phone"})))
    assert lines[4] == "phone: ask the QRT team"
    assert 6 not in lines
