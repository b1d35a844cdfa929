from __future__ import annotations

from signpost.directory.markdown_checks import entry_problems, markdown_problem


def test_raw_html_is_refused() -> None:
    assert "raw HTML" in (markdown_problem("Hi <b>there</b>") or "")
    assert "raw HTML" in (markdown_problem("<img src=x onerror=alert(1)>") or "")


def test_unsafe_links_are_refused() -> None:
    assert '"javascript:"' in (markdown_problem("[x](javascript:alert(1))") or "")
    assert '"data:"' in (markdown_problem("[x](data:text/html,hi)") or "")


def test_safe_markdown_passes() -> None:
    text = "See <https://example.org>, [us](mailto:a@example.org) or [call](tel:+441632960000)."
    assert markdown_problem(text) is None
    assert markdown_problem("Ages 5 < 11 and 3 > 2") is None


def test_entry_problems_point_at_each_field_line() -> None:
    fields = {"description": "<b>x</b>", "easy_read": "[x](javascript:y)"}
    found = entry_problems("directory/a.yml", fields, {"description": 4, "easy_read": 9})
    assert [(p.line, p.field) for p in found] == [(4, "description"), (9, "easy_read")]
