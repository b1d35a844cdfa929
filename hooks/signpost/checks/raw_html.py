"""Raw HTML in content pages: only what Markdown and Signpost's own components write.

Pages come from editors and pull requests, so HTML that runs code or loads things from other
places (script, on* attributes, iframe, object, style with url(), javascript: links) is a
problem at its line, in the build and in `signpost check`. The Content-Security-Policy stops
such code running too, but a page is not published with it in the first place.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from signpost.core.errors import Problem

FIELD = "raw HTML"
# The tags Markdown, its extensions (tables, admonitions, details, attr_list) and our
# components write.
TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "img",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "time",
        "tr",
        "u",
        "ul",
        "var",
    ]
)
ATTRIBUTES = frozenset(
    [
        "class",
        "id",
        "title",
        "lang",
        "dir",
        "markdown",
        "role",
        "alt",
        "href",
        "src",
        "width",
        "height",
        "colspan",
        "rowspan",
        "scope",
        "open",
        "datetime",
        "cite",
        "start",
        "reversed",
        "type",
        "loading",
        "headers",
        "abbr",
    ]
)
LINK_ATTRIBUTES = frozenset({"href", "src", "cite"})
SAFE_SCHEMES = ("https:", "http:", "mailto:", "tel:", "sms:")
SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
# Where Markdown itself makes a link: [text](target) and [label]: target.
MARKDOWN_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
TAG_NAME = re.compile(r"^[a-z][a-z0-9]*$")
HOW = "write it in Markdown, or ask a developer to make it a component in overrides/"


def raw_html_problems(path: str, source: str) -> list[Problem]:
    """Return every disallowed tag, attribute or link in a Markdown page, at its line."""
    text = _without_code(source)
    finder = _Finder(path)
    finder.feed(text)
    finder.close()
    problems = finder.problems
    for number, line in enumerate(text.splitlines(), start=1):
        for match in MARKDOWN_LINK.finditer(line):
            target = match.group(1) or match.group(2) or ""
            if message := link_problem(target):
                problems.append(Problem(path, number, "link", message))
    return sorted(set(problems))


def link_problem(target: str) -> str | None:
    """Say why a link target may not be used, or None for web, mail, phone and page links."""
    squashed = re.sub(r"[\x00-\x20]", "", target).lower()
    scheme = SCHEME.match(squashed)
    if scheme is None or squashed.startswith(SAFE_SCHEMES):
        return None
    return (
        f'"{target[:60]}" is not a link families can follow: '
        "links must start with https://, mailto:, tel: or sms:, or point at a page"
    )


def _without_code(source: str) -> str:
    """Blank out front matter, fenced code and code spans, keeping every line where it was."""
    lines = source.splitlines()
    out, in_code = [], False
    front = bool(lines) and lines[0].strip() == "---"
    for number, line in enumerate(lines):
        if front:
            front = not (number > 0 and line.strip() in {"---", "..."})
            out.append("")
        elif FENCE.match(line):
            in_code = not in_code
            out.append("")
        else:
            out.append("" if in_code else CODE_SPAN.sub(lambda m: " " * len(m.group()), line))
    return "\n".join(out)


class _Finder(HTMLParser):
    """Collect problems with the tags and attributes of raw HTML, with their lines."""

    def __init__(self, path: str) -> None:
        super().__init__(convert_charrefs=True)
        self.path = path
        self.problems: list[Problem] = []

    def _add(self, message: str) -> None:
        self.problems.append(Problem(self.path, self.getpos()[0], FIELD, message))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Check a tag and each of its attributes."""
        if not TAG_NAME.match(tag):  # <https://...> and <a@b.org> are Markdown autolinks
            return
        if tag not in TAGS:
            self._add(f"<{tag}> is not allowed in a page: {HOW}")
            return
        for name, value in attrs:
            if message := _attribute_problem(tag, name, value or ""):
                self._add(message)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Check a self-closing tag like <img ... />."""
        self.handle_starttag(tag, attrs)


def _attribute_problem(tag: str, name: str, value: str) -> str | None:
    if name.startswith("on"):
        return f"{name}= on <{tag}> runs code, which pages may not do: remove it"
    if name == "style":
        return _style_problem(tag, value)
    if name.startswith("aria-"):
        return None
    if name not in ATTRIBUTES:
        return f"{name}= is not allowed on <{tag}>: remove it, or {HOW}"
    if name in LINK_ATTRIBUTES and (message := link_problem(value)):
        return f"{name}= on <{tag}>: {message}"
    return None


def _style_problem(tag: str, value: str) -> str | None:
    lowered = value.lower()
    if any(bad in lowered for bad in ("url(", "expression(", "@import", "\\", "javascript:")):
        return (
            f"style= on <{tag}> loads or runs something (url(), expression, @import): "
            "remove it, and use a class from the site's CSS"
        )
    return None
