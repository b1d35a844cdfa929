from __future__ import annotations

import pytest
from markupsafe import Markup
from samples import glossary
from signpost.plain_english.explain import Explainer, MissingMarkersError, TermLink
from signpost.plain_english.glossary import Term

GLOSSARY = glossary(
    Term(term="Annual review", meaning="A yearly meeting."),
    Term(term="SEN", stands_for="special educational needs", meaning="Extra needs."),
)
EXPLAINER = Explainer(GLOSSARY)


def page(body: str) -> str:
    article = f'<article class="md-content__inner">{body}</article>'
    return f"<html><body><nav>SENCO</nav><main>{article}</main>SENCO</body></html>"


def explain(body: str) -> tuple[str, set[str]]:
    html, used = EXPLAINER.explain(page(body), "../glossary/")
    return html[html.index("<main>") : html.index("</main>")], used


def test_first_use_of_an_acronym_links_and_shows_what_it_stands_for() -> None:
    html, used = explain("<p>Ask the SENCO. The SENCO will help.</p>")
    assert html.count('class="app-term"') == 1
    assert (
        '<a class="app-term" href="../glossary/#senco">SENCO</a> '
        '<span class="app-term__expansion">(special educational needs co-ordinator)</span>'
    ) in html
    assert used == {"SENCO"}


def test_nothing_outside_the_main_content_changes() -> None:
    html, _ = EXPLAINER.explain(page("<p>Hello</p>"), "g/")
    assert html == page("<p>Hello</p>")


def test_headings_links_and_code_are_left_alone_but_counted() -> None:
    body = '<h2>Your SENCO</h2><p><a href="x">SENCO</a> <code>SENCO</code></p><p>The SENCO.</p>'
    html, used = explain(body)
    assert (
        "<h2>Your SENCO</h2>" in html
        and '<a href="x">SENCO</a>' in html
        and "<code>SENCO</code>" in html
    )
    assert html.count('class="app-term"') == 1 and "<p>The <a class" in html
    assert used == {"SENCO"}


def test_no_double_expansion_when_the_text_already_says_it() -> None:
    html, _ = explain("<p>Your Education, Health and Care plan (EHCP) lists the help.</p>")
    assert "app-term__expansion" not in html
    assert 'href="../glossary/#ehcp">Education, Health and Care plan</a>' in html


def test_longer_spellings_win_and_plurals_and_phrases_match() -> None:
    html, used = explain("<p>Your EHC plan and annual reviews. More SENCOs.</p>")
    assert '#ehcp">EHC plan</a>' in html
    assert '#annual-review">annual reviews</a>' in html
    assert '#senco">SENCOs</a> <span class="app-term__expansion">' in html
    assert used == {"EHCP", "Annual review", "SENCO"}


def test_written_out_form_is_linked_without_repeating_itself() -> None:
    html, _ = explain("<p>Children with special educational needs.</p>")
    assert '#sen">special educational needs</a>.' in html
    assert "(special educational needs)" not in html


def test_words_that_only_contain_a_term_are_not_matched() -> None:
    html, used = explain("<p>SENCOLAND and PRESENCO and pre-SENCO.</p>")
    assert used == set() and "app-term" not in html


def test_a_page_without_materials_content_markers_fails_loudly() -> None:
    # If mkdocs-material changes its markup, terms must not silently stop being explained.
    explainer = Explainer(glossary())
    with pytest.raises(MissingMarkersError, match="markup has changed"):
        explainer.explain("<html><body><p>Ask your SENCO.</p></body></html>", "../glossary/")


def test_term_links_are_written_by_the_render_function_given() -> None:
    seen: list[TermLink] = []

    def render(link: TermLink) -> str:
        seen.append(link)
        return f"[{link.text}]"

    html, _ = Explainer(glossary(), render).explain(page("Ask your SENCO."), "../glossary/")
    assert "Ask your [SENCO]." in html
    assert seen == [TermLink("../glossary/#senco", Markup("SENCO"), seen[0].stands_for)]
    assert seen[0].stands_for
