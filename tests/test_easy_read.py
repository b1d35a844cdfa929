from __future__ import annotations

from signpost.core.yaml_source import Document, parse_text
from signpost.core.yaml_text import top_value
from signpost.easy_read.rules import (
    EasyReadRules,
    EasyReadSettings,
    page_ideas,
    split_sentences,
    text_ideas,
)

RULES = EasyReadRules(
    EasyReadSettings(
        max_words=15,
        max_sentences=3,
        min_reading_ease=70,
        hard_words={"eligible": "can get"},
        third_person={},
    ),
    glossary_phrases=["annual review"],
)

PAGE = """---
title: Easy read: Travel
easy_read: true
---

# Getting to school

:material-bus: A bus can take your child to school.
It is free for many children.

## Asking

You can ask us for help with travel.

:material-phone: Your child has an EHCP and we will look at their needs and decide together with you what happens next.

:material-school: Some children are eligible. We talk about it at the annual review. It is a meeting. We meet once a year.
"""


def lines(path: str = "content/easy-read/travel.md") -> list[str]:
    return [str(p) for p in RULES.check(path, page_ideas(PAGE))]


def test_ideas_are_paragraphs_with_their_first_line_and_picture() -> None:
    ideas = page_ideas(PAGE)
    assert [(i.line, i.has_picture) for i in ideas] == [
        (8, True),
        (13, False),
        (15, True),
        (17, True),
    ]
    assert ideas[0].text == "A bus can take your child to school. It is free for many children."


def test_a_page_with_a_long_sentence_an_acronym_and_a_missing_picture_fails_with_exact_lines() -> (
    None
):
    long = (
        "Your child has an EHCP and we will look at their needs and decide together with you "
        "what happens next."
    )
    assert lines() == [
        "content/easy-read/travel.md:13: idea without a picture: You can ask us for help with travel.",
        f"content/easy-read/travel.md:15: sentence longer than 15 words (20): {long}",
        f'content/easy-read/travel.md:15: acronym "EHCP": write the words out in full: {long}',
        "content/easy-read/travel.md:17: more than 3 sentences in one idea (4): Some children are eligible.",
        'content/easy-read/travel.md:17: hard word "eligible": say "can get": Some children are eligible.',
        'content/easy-read/travel.md:17: glossary word "annual review" without its plain meaning: '
        'say what it means, like "This means ...": We talk about it at the annual review.',
    ]


def test_a_glossary_word_explained_in_the_same_idea_passes() -> None:
    ideas = text_ideas("We meet at the annual review. This means a meeting every year.", 5)
    assert RULES.check("x", ideas, pictures=False) == []
    defined = text_ideas("An annual review is a meeting every year.", 5)
    assert RULES.check("x", defined, pictures=False) == []


def test_reading_ease_is_checked_per_page_with_the_score() -> None:
    hard = ":material-school: Comprehensive multidisciplinary evaluation necessitates considerable organisational coordination."
    found = [str(p) for p in RULES.check("p.md", page_ideas(hard))]
    assert any(
        line.startswith("p.md:1: reading ease ") and "is below 70" in line for line in found
    ), found


def test_fields_are_checked_without_the_picture_rule() -> None:
    assert (
        RULES.check("directory/a.yml", text_ideas("We play games.\nIt is free.", 9), pictures=False)
        == []
    )


def test_split_sentences() -> None:
    assert split_sentences("One. Two? Three!") == ["One.", "Two?", "Three!"]


def _value(source: str) -> tuple[int, str] | None:
    doc = parse_text(source, "x.yml")
    assert isinstance(doc, Document)
    return top_value(doc, source, "easy_read")


def test_top_value_finds_block_inline_and_quoted_values() -> None:
    source = "name: X\neasy_read: |\n  We play.\n\n  It is free.\ncost: Free\n"
    assert _value(source) == (3, "We play.\n\nIt is free.")
    assert _value("easy_read: We play.\n") == (1, "We play.")
    assert _value("name: X\n") is None
    # Written in quotes over several lines: every line, not only the first.
    quoted = 'name: X\neasy_read: "We play.\n\n  It is free on Saturdays."\ncost: Free\n'
    assert _value(quoted) == (2, "We play.\n\nIt is free on Saturdays.")


def test_pictures_must_be_bundled_icons() -> None:
    from pathlib import Path

    import material

    icons = Path(material.__file__).parent / "templates" / ".icons"
    rules = EasyReadRules(EasyReadSettings(), icons=icons)
    good = page_ideas(":material-bus: We go by bus.\n\n:fontawesome-solid-bus: We go by bus.")
    assert rules.check("p.md", good) == []
    bad = [str(p) for p in rules.check("p.md", page_ideas(":material-bsu: We go by bus."))]
    assert bad == [
        'p.md:1: picture ":material-bsu:" is not an icon: pick one from the Material icons: We go by bus.'
    ]


def test_phrases_about_a_third_person_are_reported_with_what_to_say() -> None:
    rules = EasyReadRules(EasyReadSettings())
    page = (
        ":material-bus: Your child\u2019s plan says how you get to school.\n"
        "We talk to your son.\n\n"
        ":material-home: Parents and carers: you can help your child get ready.\n"
    )
    found = [str(p) for p in rules.check("p.md", page_ideas(page))]
    parents = 'put a line for parents in its own idea starting "Parents and carers:"'
    assert found == [
        f'p.md:1: talks about "Your child\'s": speak to the young person, say "your"; {parents}: '
        "Your child\u2019s plan says how you get to school.",
        f'p.md:2: talks about "your son": speak to the young person, say "you"; {parents}: '
        "We talk to your son.",
    ]


def test_the_third_person_phrases_and_the_parents_line_are_configurable() -> None:
    settings = EasyReadSettings(third_person={"the pupil": 'say "you"'}, parents_line="Parents:")
    rules = EasyReadRules(settings)
    page = ":material-bus: The pupil goes by bus.\n\n:material-home: Parents: the pupil can walk."
    found = [p.field for p in rules.check("p.md", page_ideas(page))]
    assert len(found) == 1
    assert found[0].startswith('talks about "The pupil": speak to the young person, say "you"')


def test_at_most_two_sentences_beside_a_picture_by_default() -> None:
    rules = EasyReadRules(EasyReadSettings())
    found = rules.check("p.md", page_ideas(":material-bus: We go. We come. We stay."))
    assert [str(p) for p in found] == ["p.md:1: more than 2 sentences in one idea (3): We go."]


def test_a_link_to_the_adult_glossary_is_reported_on_its_line() -> None:
    rules = EasyReadRules(EasyReadSettings())
    page = (
        ":material-bus: You get a plan.\n"
        "It is called a [care plan](../glossary/index.md#ehcp).\n\n"
        ":material-home: Read [our words](../glossary/) and [travel](../travel.md).\n"
    )
    found = [str(p) for p in rules.check("p.md", page_ideas(page))]
    assert found == [
        'p.md:2: link to the "Words we use" page for "care plan": explain the word here '
        'instead, like "care plan means ...": It is called a care plan.',
        'p.md:4: link to the "Words we use" page for "our words": explain the word here '
        'instead, like "our words means ...": Read our words and travel.',
    ]
