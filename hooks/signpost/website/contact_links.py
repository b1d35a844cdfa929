"""Get in touch in one tap: phone numbers and emails in page text become links.

Every UK phone number, text number and email address in the text of a built page becomes a
`tel:`, `sms:` or `mailto:` link. Headings, code and text already inside a link are left alone.
Numbers are found by `phonenumbers`' matcher, but only inside stretches shaped like a UK number
(starting 0 or +44): at its loosest the matcher also takes dates and fragments of wrong
numbers, and a half-linked wrong number would dial a stranger. A stretch the matcher cannot
read as one whole possible number is reported to the editor instead (`dial_problems`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import phonenumbers
from markupsafe import escape

from signpost.core.errors import Problem
from signpost.core.file_memo import FileMemo, remembered

# 0 or +44, then 8 to 13 more digits with single spaces or hyphens between groups.
CANDIDATE = re.compile(r"(?<![\w+\-/.:@])(?:\+44[ ]?(?:\(0\)[ ]?)?|0)\d(?:[ \-]?\d){7,12}(?![\w@])")
EMAIL = re.compile(r"(?<![\w.+\-@/:])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+\b")
# Text inside these is left alone: no links in links, headings, buttons, code or the head.
SKIP_TAG = re.compile(
    r"<(/?)(a|button|code|h[1-6]|head|kbd|label|pre|samp|script|select|style|svg|textarea|title)"
    r"(?=[\s>/])[^>]*>",
    re.IGNORECASE,
)
TAG = re.compile(r"<[^>]*>")
# "Text 07700 900000", "Text: 07700 900101", "text us on 07700 900000": an sms: link.
TEXT_BEFORE = re.compile(r"\btext\b[^.;\d]{0,20}$", re.IGNORECASE)
ANY_DIGITS = re.compile(r"\d[\d \-]{7,}\d")


@dataclass(frozen=True)
class Found:
    """A phone number or email in some text: where it is and the link it becomes."""

    start: int
    end: int
    href: str


def dialable(raw: str) -> str | None:
    """Return the E.164 form of a whole UK number the matcher reads as possible, or None."""
    matches = list(phonenumbers.PhoneNumberMatcher(raw, "GB", phonenumbers.Leniency.POSSIBLE))
    if len(matches) != 1 or matches[0].raw_string != raw:
        return None
    return phonenumbers.format_number(matches[0].number, phonenumbers.PhoneNumberFormat.E164)


def find_contacts(text: str) -> tuple[list[Found], list[str]]:
    """Return the links to make in plain text, and the number-shaped text that cannot be dialled."""
    found: list[Found] = []
    wrong: list[str] = []
    if ANY_DIGITS.search(text):
        for match in CANDIDATE.finditer(text):
            number = dialable(match.group())
            if number is None:
                wrong.append(match.group())
                continue
            texting = number.startswith("+447") and TEXT_BEFORE.search(text[: match.start()])
            found.append(
                Found(match.start(), match.end(), ("sms:" if texting else "tel:") + number)
            )
    if "@" in text:
        found += [Found(m.start(), m.end(), "mailto:" + m.group()) for m in EMAIL.finditer(text)]
    return sorted(found, key=lambda f: f.start), wrong


def link_text(text: str) -> str:
    """Return HTML text (already escaped) with its phone numbers and emails made into links."""
    found, _ = find_contacts(text)
    out, done = [], 0
    for item in found:
        shown = text[item.start : item.end]
        out += [text[done : item.start], f'<a href="{escape(item.href)}">{shown}</a>']
        done = item.end
    out.append(text[done:])
    return "".join(out)


def link_contacts(html: str) -> str:
    """Link every phone number and email in the text of a page's body."""
    start = html.find("<body")
    if start < 0 or not (ANY_DIGITS.search(html, start) or "@" in html[start:]):
        return html
    # Only the stretches between skipped elements (links, headings, svg, ...) are read tag by
    # tag, and only if they hold something number- or email-shaped: most of a page does not.
    out, done = [html[:start]], start
    skipping: list[str] = []
    for tag in SKIP_TAG.finditer(html, start):
        stretch = html[done : tag.start()]
        out += [stretch if skipping else _link_stretch(stretch), tag.group()]
        _track(tag, skipping)
        done = tag.end()
    tail = html[done:]
    out.append(tail if skipping else _link_stretch(tail))
    return "".join(out)


def _link_stretch(html: str) -> str:
    """Link the contacts in the text of some HTML that holds no skipped element."""
    if not (ANY_DIGITS.search(html) or "@" in html):
        return html
    out, done = [], 0
    for tag in TAG.finditer(html):
        out += [link_text(html[done : tag.start()]), tag.group()]
        done = tag.end()
    out.append(link_text(html[done:]))
    return "".join(out)


def _track(tag: re.Match[str] | None, skipping: list[str]) -> None:
    if tag is None:
        return
    name = tag.group(2).lower()
    if not tag.group(1):
        if not tag.group().endswith("/>"):
            skipping.append(name)
    elif name in skipping:
        del skipping[len(skipping) - 1 - skipping[::-1].index(name)]


def dial_problems(path: str, lines: list[str], first_line: int = 1) -> list[Problem]:
    """Report every number-shaped piece of text on these lines that cannot be dialled."""
    problems = []
    for number, line in enumerate(lines, first_line):
        for wrong in find_contacts(line)[1]:
            digits = sum(c.isdigit() for c in wrong)
            problems.append(
                Problem(
                    path,
                    number,
                    "phone",
                    f'"{wrong}" cannot be dialled ({digits} digits): a UK number has 10 or 11 '
                    'digits starting with 0, like "01632 960123"; check it',
                )
            )
    return problems


# Keys whose values the service and settings models already check as phone numbers.
CHECKED_KEY = re.compile(r"^\s*(?:-\s*)?(?:phone|text)\s*:")
SOURCES = ("directory/*.yml", "participation/**/*.yml")


def source_dial_problems(root: Path, docs: Path, memo: FileMemo | None = None) -> list[Problem]:
    """Check every page and YAML file families read for numbers that cannot be dialled.

    With a `memo` (the editors' preview), an unchanged file is not read again.
    """
    files = sorted(docs.rglob("*.md")) + sorted(docs.rglob("*.yml"))
    files += [f for pattern in SOURCES for f in sorted(root.glob(pattern))]
    problems = []
    for file in files:
        label = _label(file, root)
        problems += remembered(memo, "dial problems", file, label, partial(_file, file, label))
    return problems


def _file(file: Path, label: str) -> list[Problem]:
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []  # the loaders of pages and services report unreadable files
    if file.suffix == ".yml":
        lines = ["" if CHECKED_KEY.match(line) else line for line in lines]
    return dial_problems(label, lines)


def _label(file: Path, root: Path) -> str:
    if file.is_absolute() and file.is_relative_to(root):  # found under the folder: no look-ups
        return file.relative_to(root).as_posix()
    try:
        return file.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return file.as_posix()
