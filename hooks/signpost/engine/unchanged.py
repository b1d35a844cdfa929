"""The editors' preview leaves alone the pages made from data that a save did not change.

memory.py saves rendering a page that comes out the same, but MkDocs still makes a page object
for it, converts its Markdown, works out its context and writes its file: at 5,000 services
that is most of a save's wait. A page made from data (a service, a listing) is made from its
plan (website/pages.py: its title, template and data), its service's entry, and what every
such page shares (the files of the site, the council's settings, the taxonomy, the glossary,
easy read data, today, the ways in). When all of that is as it was in the last build, MkDocs
is told to leave the page out (`InclusionLevel.EXCLUDED`) and the last site folder, set aside
before MkDocs empties it (kept_site.py), becomes the new one: each page made again is written
over its old file, and the pages left alone are there as they were. What MkDocs still does
with the whole page list is made to match a full build: the sitemap lists the pages left alone
too, and its note that a page links to an excluded page is not shown.

Only once the pages are read is the navigation known; if what every page shares has changed
after all (memory.py's build key: the navigation's titles, templates, settings), the pages
left out are read after all, and made like any other page. `mkdocs build` never leaves out.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from signpost.engine.kept_site import KeptSite, Reprs
from signpost.engine.memory import UNREADABLE, PageMemory, digest, readable
from signpost.engine.stages.council import EDITOR_LINKS
from signpost.engine.state import BuildState
from signpost.participation.pages import MADE_WITH, nav_paths
from signpost.plain_english.checker import Usage

# MkDocs' note: "Doc file 'a.md' contains a link to 'b.md' which is excluded from the built site."
EXCLUDED_LINK = re.compile(r"'([^']*)' which is excluded from the built site")
# Pages made from data that also show what other pages say (their titles and credits), known
# only once those pages are read: always made again.
READ_PAGES = frozenset({MADE_WITH})
NOT_IN_NAV = InclusionLevel.NOT_IN_NAV
HIDDEN = (InclusionLevel.EXCLUDED, InclusionLevel.DRAFT)  # what a full build leaves out
SITEMAP = "sitemap.xml"
DELETE = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"


def plan_keys(
    state: BuildState, config: MkDocsConfig, files: Files, reprs: Reprs
) -> dict[str, str]:
    """Return the key of each page made from data whose key can be known."""
    directory = state.directory
    shared = shared_key(
        [
            *readable(dict(config.items())),
            file_list(files),
            f"today={state.today}",
            f"editor_links={os.environ.get(EDITOR_LINKS)}",
            *map(
                repr,
                (
                    state.council,
                    directory.taxonomy if directory else None,
                    len(directory.entries) if directory else None,
                    state.glossary,
                    state.ways,
                    state.easy_read_pages,
                    state.easy_read_versions,
                    state.inputs.security,
                ),
            ),
        ]
    )
    # A page in the navigation is read for its title, which every page shows: always made.
    listed = nav_paths(config.nav)
    keys = {}
    for uri, planned in state.generated.items():
        file = files.get_file_from_path(uri)
        if uri in READ_PAGES or uri in listed or file is None or file.inclusion != NOT_IN_NAV:
            continue
        key = page_key(shared, *reprs.parts(planned), reprs.of(state.services.get(uri)))
        if key is not None:
            keys[uri] = key
    reprs.next_build()
    return keys


def shared_key(parts: Iterable[str]) -> str | None:
    """Return the key of what every page made from data shares, or None if unknowable."""
    text = "\n".join(parts)
    return None if UNREADABLE in text else digest(text)


def page_key(shared: str | None, *parts: str) -> str | None:
    """Return the key of one page made from data, or None if it cannot be known."""
    if shared is None:
        return None
    text = "\n".join([shared, *parts])
    return None if UNREADABLE in text else digest(text)


def file_list(files: Files) -> str:
    """Every file of the site and where it goes: links between pages depend on it."""
    return "\n".join(sorted(f"{f.src_uri} {f.dest_uri} {f.inclusion.name}" for f in files))


class _HideExcludedNotes(logging.Filter):
    """Drop MkDocs' note that a page links to a page this build left alone."""

    def __init__(self, left_alone: set[str]) -> None:
        super().__init__()
        self.left_alone = left_alone

    def filter(self, record: logging.LogRecord) -> bool:
        found = EXCLUDED_LINK.search(record.getMessage())
        return found is None or found[1] not in self.left_alone


class UnchangedPages:
    """One preview build's pages left alone: chosen, moved, and read after all if need be."""

    def __init__(self, kept: KeptSite, memory: PageMemory) -> None:
        self.kept = kept
        self.memory = memory
        self.previous: Path | None = None
        self.keys: dict[str, str] = {}
        self.left_alone: dict[str, File] = {}
        self.files: Files | None = None
        self.hide = _HideExcludedNotes(set())
        self.logger: logging.Logger | None = None

    def on_pre_build(self, site_dir: str) -> None:
        """Move the last site aside before MkDocs empties the folder."""
        self.previous = self.kept.set_aside(Path(site_dir))

    def choose(self, files: Files, keys: dict[str, str], config: MkDocsConfig) -> None:
        """Leave out each page whose key is the last build's, keeping the last site's files."""
        self.keys = keys
        previous = self.previous
        if previous is None or not hasattr(_build_module(files), "_populate_page"):
            return  # without the engine's own page reading, a page left out could not be read
        for uri, key in keys.items():
            file = files.get_file_from_path(uri)
            if file is None or self.kept.keys.get(uri) != key or uri not in self.memory.keys:
                continue
            if (previous / file.dest_uri).is_file():
                self.left_alone[uri] = file
        if not self.left_alone:
            return
        # The last site becomes this one: every page made again is written over its file, and
        # with the same files in the site (part of every key) no other page is left over.
        _delete_later(self.kept.put_back(previous, Path(config.site_dir)))
        self.previous = None
        self.files = files
        for file in self.left_alone.values():
            file.inclusion = InclusionLevel.EXCLUDED
            Page(None, file, config)  # for the sitemap: a page object, never read
        self.hide.left_alone = set(self.left_alone)
        self.logger = logging.getLogger(f"{_engine(files)}.structure.pages")
        self.logger.addFilter(self.hide)

    def check(self, same_build: bool, config: MkDocsConfig, files: Files) -> None:
        """If what every page shares changed after all, read the pages left out after all."""
        if same_build or not self.left_alone:
            return
        # The engine's own reading of a page (MkDocs or ProperDocs), as its build loop does.
        build = _build_module(files)
        for file in self.left_alone.values():
            file.inclusion = InclusionLevel.NOT_IN_NAV
            build._populate_page(file.page, config, files)
        self._stop_hiding()
        self.left_alone = {}

    def sitemap_pages(self, context: dict[str, Any]) -> None:
        """List in the sitemap the pages left alone too, in the order a full build does."""
        if self.left_alone and self.files is not None:
            context["pages"] = [
                file
                for file in self.files.documentation_pages(inclusion=InclusionLevel.all)
                if file.inclusion not in HIDDEN or file.src_uri in self.left_alone
            ]

    def finish(self, usage: Usage) -> int:
        """Keep the pages left alone for the next build, counting their glossary terms."""
        for uri, file in self.left_alone.items():
            found = self.memory.carry(uri)
            if found is None:  # not remembered after all: make it again next time
                self.keys.pop(uri, None)
                continue
            for term in found.terms:
                usage.add(term, file.url)
        self.kept.keys = self.keys
        self._stop_hiding()
        self._delete_previous()
        return len(self.left_alone)

    def failed(self) -> None:
        """After a failed build nothing is known to be unchanged: the next makes every page."""
        self.kept.keys = {}
        self._stop_hiding()
        self._delete_previous()

    def _stop_hiding(self) -> None:
        if self.logger is not None:
            self.logger.removeFilter(self.hide)

    def _delete_previous(self) -> None:
        _delete_later(self.previous)
        self.previous = None


def _engine(files: Files) -> str:
    """Name the engine running the build: "mkdocs", or "properdocs" (MkDocs' fork)."""
    return type(files).__module__.split(".")[0]


def _build_module(files: Files) -> Any:
    """Return the running engine's build module, whose `_populate_page` reads a page."""
    return importlib.import_module(f"{_engine(files)}.commands.build")


def _delete_later(folder: Path | None) -> None:
    """Delete a folder set aside, without keeping the editor waiting: in another process, so
    that it neither holds up the build nor slows it (a thread would share its interpreter)."""
    if folder is not None:
        subprocess.Popen([sys.executable, "-c", DELETE, str(folder)], stdin=subprocess.DEVNULL)
