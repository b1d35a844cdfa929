"""Checks of the files themselves: links out of the project, and names the build would skip.

A link (symlink) in content/ would publish whatever it points to, from anywhere on the build
machine (`.git/config` holds the CI token after a checkout), so links are refused outright. A
file named `riverside.YML` or `riverside.yml~` is silently not read, so it is reported.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from signpost.core.errors import Problem

# The folders an editor or a pull request writes in (content/ is named by docs_dir).
CONTENT_FOLDERS = ("directory", "participation", "overrides")
READ_AS = {".yml": ".yml", ".yaml": ".yaml", ".md": ".md", ".markdown": ".md"}
# Copies editors and their tools leave behind (MkDocs would publish them from content/).
BACKUP_ENDINGS = ("~", ".bak", ".orig", ".old", ".tmp", ".txt")


def project_file_problems(root: Path, docs: Path) -> tuple[list[Problem], list[Path]]:
    """Check the files of a project; return the problems and the links found (not to publish)."""
    content = os.path.relpath(docs, root)
    links = links_under(root, [content, *CONTENT_FOLDERS])
    problems = link_problems(root, links)
    problems += near_miss_problems(root, [content, "directory", "participation"])
    return sorted(problems), links


def links_under(root: Path, folders: Iterable[str]) -> list[Path]:
    """Return every link (to a file or a folder) inside `folders` of `root`, without following."""
    found = []
    for name in folders:
        top = root / name
        if top.is_symlink():
            found.append(top)
            continue
        for folder, dirs, files in os.walk(top):
            here = Path(folder)
            found += [here / n for n in sorted(dirs + files) if (here / n).is_symlink()]
    return sorted(found)


def link_problems(root: Path, links: Iterable[Path]) -> list[Problem]:
    """Describe each link as a problem an editor can fix."""
    return [
        Problem(
            Path(os.path.relpath(link, root)).as_posix(),
            1,
            "",
            f"is a link to {link.readlink()}: copy the file in instead "
            "(a link could publish any file on the machine that builds the site)",
        )
        for link in links
    ]


def near_miss_problems(root: Path, folders: Iterable[str]) -> list[Problem]:
    """Report files the build skips because of how their name ends, like x.YML or x.yml~."""
    problems = []
    for name in folders:
        top = root / name
        if not top.is_dir() or top.is_symlink():
            continue
        for folder, _dirs, files in os.walk(top):
            for file in sorted(files):
                message = _near_miss(file)
                if message:
                    path = Path(os.path.relpath(Path(folder) / file, root)).as_posix()
                    problems.append(Problem(path, 1, "", message))
    return problems


def _near_miss(name: str) -> str | None:
    """Say why a file name is skipped though it looks like content, or None."""
    lower = name.lower()
    if any(name.endswith(ending) for ending in READ_AS):
        return None
    for ending, proper in READ_AS.items():
        if lower.endswith(ending):  # riverside.YML
            renamed = name[: -len(ending)] + proper
            return f"is not read, because only names ending in {proper} are: rename it to {renamed}"
        if ending in lower and lower.rpartition(ending)[2] in BACKUP_ENDINGS:  # riverside.yml~
            return (
                f"is not read: it looks like a copy of a {proper} file. Remove it, "
                f"or rename it to end in {proper} if it should be used"
            )
    return None
