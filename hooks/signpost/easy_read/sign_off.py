"""Young people's sign-off of easy read pages, and spotting pages changed since their check.

Sign a page off after a review session (signpost/cli/sign_off.py):
    signpost sign-off content/easy-read/travel.md --by "Northshire Young Voices"
This records who checked it, when, and a fingerprint of the text they checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

SIGN_OFF_KEYS = ("checked_by", "checked_on", "checked_text")


def split_front_matter(source: str) -> tuple[list[str], str]:
    """Return the front matter lines (without the --- fences) and the body."""
    lines = source.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return [], source
    end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
    if end is None:
        return [], source
    return lines[1:end], "".join(lines[end + 1 :])


def fingerprint(body: str) -> str:
    """Return a short fingerprint of the words of a page, ignoring spacing."""
    return hashlib.sha256(" ".join(body.split()).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class SignOff:
    """Who checked an easy read page, when, and whether it has changed since."""

    checked_by: str | None
    checked_on: dt.date | None
    changed: bool

    @property
    def status(self) -> str:
        """Return "checked", "changed" or "waiting"."""
        if not self.checked_by or not self.checked_on:
            return "waiting"
        return "changed" if self.changed else "checked"


def sign_off_state(meta: dict[str, Any], body: str) -> SignOff:
    """Read the sign-off from a page's front matter and compare the fingerprint with the text."""
    checked_on = meta.get("checked_on")
    when = checked_on if isinstance(checked_on, dt.date) else None
    recorded = str(meta.get("checked_text") or "")
    return SignOff(meta.get("checked_by"), when, recorded != fingerprint(body))


def signed(source: str, by: str, on: dt.date) -> str:
    """Return the page with its sign-off set to `by` on `on` for its current text."""
    front, body = split_front_matter(source)
    if not front:
        raise ValueError("the page has no front matter: add --- lines with easy_read: true")
    kept = [line for line in front if not line.startswith(SIGN_OFF_KEYS)]
    by_text = by.replace('"', "'")
    new = [
        f'checked_by: "{by_text}"\n',
        f"checked_on: {on.isoformat()}\n",
        f"checked_text: {fingerprint(body)}\n",
    ]
    return "---\n" + "".join(kept + new) + "---\n" + body
