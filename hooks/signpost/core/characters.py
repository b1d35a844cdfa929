"""Characters an editor cannot see: control codes, invisible marks and look-alike letters.

Control codes break the Atom feed (XML may not hold them) and calendar files; invisible and
direction marks make two names look the same, or a phone number show one number and dial
another; a web address mixing alphabets can copy a real one letter for letter.
"""

from __future__ import annotations

import unicodedata

# Line breaks and tabs are how text is laid out; every other control code is a mistake.
ALLOWED_CONTROLS = frozenset("\t\n")
NOT_CHARACTERS = frozenset("\ufffe\uffff")


def _describe(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".strip()


def control_problem(value: str) -> str | None:
    """Say where a text has a control code (other than tab and line break), or None."""
    for position, char in enumerate(value, start=1):
        kind = unicodedata.category(char)
        control = kind == "Cc" and char not in ALLOWED_CONTROLS
        if control or kind == "Cs" or char in NOT_CHARACTERS:
            return (
                f"has a hidden control character ({_describe(char)}) at character {position}: "
                "delete that part and type it again"
            )
    return None


def line_problem(value: str) -> str | None:
    """Say why a value that must be one line is not, or None."""
    if "\n" in value:
        return "should be on one line: remove the line break (with | or > YAML keeps them)"
    return None


def invisible_problem(value: str) -> str | None:
    """Say where a name, phone number or address has an invisible or direction mark, or None."""
    for position, char in enumerate(value, start=1):
        if unicodedata.category(char) == "Cf":
            return (
                f"has an invisible character ({_describe(char)}) at character {position}: it can "
                "change how the text looks or what it links to; delete it and type that part again"
            )
    return None


def same_name_key(name: str) -> str:
    """Return what two names that look the same have in common (for finding duplicates)."""
    normal = unicodedata.normalize("NFKC", name)
    visible = "".join(c for c in normal if unicodedata.category(c) != "Cf")
    return " ".join(visible.casefold().split())


def _script(char: str) -> str | None:
    """Return the alphabet a letter belongs to (LATIN, CYRILLIC ...), or None if not a letter."""
    if not char.isalpha():
        return None
    return unicodedata.name(char, "UNKNOWN").split(" ")[0]


def mixed_script_problem(host: str, shown: str) -> str | None:
    """Say if a part of a domain mixes alphabets, as look-alike fake addresses do, or None."""
    for label in host.split("."):
        scripts = sorted({s for s in map(_script, label) if s is not None})
        if len(scripts) > 1:
            alphabets = " and ".join(s.title() for s in scripts)
            return (
                f'"{shown}" mixes letters from different alphabets ({alphabets}) in '
                f'"{label}": fake addresses copy real ones this way; type the address again'
            )
    return None
