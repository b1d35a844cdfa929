"""Check Markdown written in service fields: no raw HTML, no unsafe links.

A service with these problems still builds (its text is escaped and the links dropped), so
`mkdocs serve` keeps showing it; the strict build fails until the editor fixes the text.
"""

from __future__ import annotations

import re

from signpost.core.errors import Problem

RAW_HTML = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")
AUTOLINK = re.compile(r"<(https?://|mailto:)[^>\s]+>")
LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)")
SAFE_TARGETS = ("https://", "http://", "mailto:", "tel:", "sms:", "#")
MARKDOWN_FIELDS = ("description", "easy_read")


def markdown_problem(text: str) -> str | None:
    """Say what is unsafe in a Markdown field, or None if it is fine."""
    html = RAW_HTML.search(AUTOLINK.sub("", text))
    if html:
        return (
            f'raw HTML is not allowed ("{html.group(0)}"): use Markdown, '
            "like **bold** or [link text](https://example.org)"
        )
    for target in LINK_TARGET.findall(text):
        if not target.lower().startswith(SAFE_TARGETS):
            shown = target.split(":")[0] + ":" if ":" in target else target
            return (
                f'a link to "{shown}" is not allowed: '
                "links must start with https://, mailto: or tel:"
            )
    return None


def entry_problems(path: str, fields: dict[str, object], line_of: dict[str, int]) -> list[Problem]:
    """Check each Markdown field of one entry."""
    problems = []
    for name in MARKDOWN_FIELDS:
        text = fields.get(name)
        if isinstance(text, str) and (message := markdown_problem(text)):
            problems.append(Problem(path, line_of.get(name, 1), name, message))
    return problems
