"""Write files an editor or an import asked for, never through a link and never by accident.

A service file is made with O_CREAT|O_EXCL|O_NOFOLLOW, so a file (or a link, even a dangling
one) planted where it will go is never written through. Replacing a file (`--update`) writes a
new file beside it and renames it over the old one, which replaces a link rather than following
it; a link is refused before that, so the editor hears about it.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from pathlib import Path

# Ids become file names and web addresses; most file systems allow 255 bytes a name.
MAX_ID = 120
SUFFIX = 6
CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)


class UnsafeTargetError(Exception):
    """Raised when the file to write is a link, or another file is already there."""


def short_id(file_id: str, limit: int = MAX_ID) -> str:
    """Return an id short enough for a file name: cut at a hyphen, plus a stable suffix."""
    if len(file_id) <= limit:
        return file_id
    digest = hashlib.sha256(file_id.encode()).hexdigest()[:SUFFIX]
    head = file_id[: limit - SUFFIX - 1]
    head = head.rsplit("-", 1)[0] if "-" in head[limit // 2 :] else head
    return f"{head.rstrip('-')}-{digest}"


def link_target(path: Path) -> str | None:
    """Return where a link points, or None when the path is not a link."""
    return str(path.readlink()) if path.is_symlink() else None


def create(path: Path, text: str) -> None:
    """Write a new file; refuse if anything, even a dangling link, is already there."""
    try:
        fd = os.open(path, CREATE, 0o644)
    except FileExistsError as error:
        raise UnsafeTargetError(refusal(path)) from error
    except OSError as error:
        if link_target(path) is not None:  # O_NOFOLLOW on a link gives ELOOP
            raise UnsafeTargetError(refusal(path)) from error
        raise
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)


def replace(path: Path, text: str) -> None:
    """Replace a file with new text, refusing a link; write beside it, then rename over it."""
    if link_target(path) is not None:
        raise UnsafeTargetError(refusal(path))
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    create(temporary, text)
    try:
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)
        raise


def refusal(path: Path) -> str:
    """Say why a path is not written: a link (and where to), or a file already there."""
    target = link_target(path)
    if target is not None:
        return f"is a link to {_one_line(target)}: not written; remove the link, or write elsewhere"
    return "already exists"


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)
