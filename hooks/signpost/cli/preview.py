"""`signpost preview SITE OUT`: a copy of a built site that works opened from disk.

For pull requests: CI uploads the copy, and the job summary lists the pages the pull request
changed, each with the file to open in the unzipped preview.
"""

from __future__ import annotations

import argparse
import os
import subprocess
from pathlib import Path

from signpost.core.errors import ContentError
from signpost.website.preview import make_preview, page_for

HELP = "copy the built site so it works opened from disk, and list the pages a change touches"
DESCRIPTION = """\
Copy the built site (site/) to another folder whose links name files, so it works when
unzipped and opened from disk: open index.html. Search needs a web server, so in the copy
the search pages say so and offer the A to Z. With --changed-from, it also lists the pages
that files changed since that commit appear on."""
EPILOG = """\
examples:
  signpost preview site site-preview
  signpost preview site site-preview --changed-from origin/main"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of `signpost preview`."""
    parser.add_argument("site", help="the built site, like site")
    parser.add_argument("out", help="where to write the copy, like site-preview")
    parser.add_argument(
        "--changed-from",
        metavar="COMMIT",
        help="list the pages showing files changed since this commit (needs git)",
    )


def run(args: argparse.Namespace) -> int:
    """Write the copy, then say which file to open and which pages changed."""
    root = Path(args.root)
    site, out = root / args.site, root / args.out
    if not (site / "index.html").is_file():
        raise ContentError(f"{args.site}/index.html is missing: build the site first (make build)")
    pages = set(make_preview(site, out))
    lines = [f"Preview written to {args.out}/: unzip it and open index.html in your browser."]
    if args.changed_from:
        changed = _changed(root, args.changed_from)
        shown = sorted({p for p in map(page_for, changed) if p and p in pages})
        lines += ["", "Pages this change touches (open these files in the preview):", ""]
        lines += [f"- `{page}`" for page in shown] or ["- none of the pages (only other files)"]
    print("\n".join(lines))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with Path(summary).open("a", encoding="utf-8") as stream:
            stream.write("## Preview of this pull request\n\n" + "\n".join(lines) + "\n\n")
    return 0


def _changed(root: Path, commit: str) -> list[str]:
    done = subprocess.run(
        ["git", "diff", "--name-only", f"{commit}...HEAD"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise ContentError(f"git cannot compare with {commit}: {done.stderr.strip()}")
    return done.stdout.split()
