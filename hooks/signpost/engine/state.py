"""What one build knows, handed from stage to stage instead of through `config.extra`."""

from __future__ import annotations

import atexit
import datetime as dt
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from jinja2.bccache import BytecodeCache, MemcachedBytecodeCache
from mkdocs.exceptions import PluginError

from signpost.core.file_memo import FileMemo
from signpost.engine.kept_site import KeptSite
from signpost.engine.memory import PageMemory
from signpost.engine.tidy import Tidy

if TYPE_CHECKING:
    from markupsafe import Markup
    from mkdocs.structure.files import Files
    from watchdog.observers.api import BaseObserver

    from signpost.checks.background import PendingChecks
    from signpost.checks.inputs import Inputs
    from signpost.core.errors import Problem
    from signpost.directory.load import Directory, Entry
    from signpost.easy_read.rules import Idea
    from signpost.easy_read.sign_off import SignOff
    from signpost.participation.pages import Plan
    from signpost.plain_english.checker import Usage
    from signpost.plain_english.explain import Explainer
    from signpost.plain_english.glossary import Glossary
    from signpost.website.pages import GeneratedPage, Way
    from signpost.website.settings import Council
    from signpost.website.views import Link

T = TypeVar("T")
# Page meta set on easy read pages and the review pack: their words are explained in place,
# so the glossary stage adds no links to the adult "Words we use" page.
EASY_READ_WORDS = "signpost_easy_read_words"


@dataclass
class EasyReadPage:
    """An easy read page found in the docs folder, with what its template and checks need."""

    path: str
    meta: dict[str, Any]
    standard: str
    state: SignOff
    ideas: list[Idea]


@dataclass
class _Store:
    """Compiled templates in memory, with the get/set Jinja's bytecode cache expects."""

    kept: dict[str, bytes] = field(default_factory=dict)

    def get(self, key: str) -> bytes:
        """Return a compiled template (empty when there is none: Jinja then compiles)."""
        return self.kept.get(key, b"")

    def set(self, key: str, value: bytes, timeout: int | None = None) -> None:
        """Keep a compiled template."""
        self.kept[key] = value


@dataclass
class Lasting:
    """What the editors' preview (`mkdocs serve`) keeps from one build to the next."""

    pages: PageMemory = field(default_factory=PageMemory)
    made: set[str] = field(default_factory=set)  # the pages the builds so far made
    files: FileMemo = field(default_factory=FileMemo)
    # Compiled templates: MkDocs makes a new Jinja environment for every build.
    templates: BytecodeCache = field(default_factory=lambda: MemcachedBytecodeCache(_Store()))
    # The search index of the last build, made while the editor already sees the page.
    indexing: subprocess.Popen[str] | None = None
    # The keys of pages made from data, and the last site folder (unchanged.py).
    kept: KeptSite = field(default_factory=KeptSite)
    # Watches the content folders for saves (watching.py).
    watcher: BaseObserver | None = None
    # Tidies Python's memory between builds (tidy.py).
    tidy: Tidy = field(default_factory=Tidy)

    def __post_init__(self) -> None:
        atexit.register(self.close)  # when the preview stops, its site is thrown away

    def close(self) -> None:
        """Stop indexing and delete the site folders kept aside."""
        self.stop_indexing()
        self.tidy.cancel()
        if self.watcher is not None:
            self.watcher.stop()
        self.kept.close()

    def stop_indexing(self) -> None:
        """Stop indexing a site that is about to be emptied or thrown away."""
        if self.indexing is not None:
            self.indexing.kill()
            self.indexing.wait()
            self.indexing = None


@dataclass
class BuildState:
    """Everything one build has read and planned; made new in `on_config` for every build."""

    root: Path
    today: dt.date
    # The folder read once, shared with the checks (signpost/checks/registry.py).
    inputs: Inputs
    # The MkDocs command (build, serve, gh-deploy): only `build` publishes through a side folder.
    command: str = ""
    council: Council | None = None
    files: Files | None = None
    directory: Directory | None = None
    # Each service's entry, by the path of its generated page ("services/<id>.md").
    services: dict[str, Entry] = field(default_factory=dict)
    # Pages made from data (services, listings, participation), by their path in the docs.
    generated: dict[str, GeneratedPage] = field(default_factory=dict)
    ways: list[Way] = field(default_factory=list)
    glossary: Glossary | None = None
    explainer: Explainer | None = None
    usage: Usage | None = None
    easy_read_pages: dict[str, EasyReadPage] = field(default_factory=dict)
    # Standard page -> the easy read pages that are its versions.
    easy_read_versions: dict[str, list[str]] = field(default_factory=dict)
    # Every problem the checks found, by file: the preview shows them on the page.
    problems: dict[str, list[Problem]] = field(default_factory=dict)
    participation: Plan | None = None
    credits: dict[str, list[str]] = field(default_factory=dict)
    service_credits: list[tuple[str, Link]] = field(default_factory=list)
    # Material's side navigation as rendered, by the links it holds (stages/shared_nav.py).
    shared_nav: dict[tuple[str, ...], Markup] = field(default_factory=dict)
    nav_targets: tuple[str, ...] | None = None  # every address the side navigation links to
    # Where `mkdocs build` publishes once the build in its side folder has succeeded.
    publish_to: Path | None = None
    # The folder this build writes into (its own, so two builds at once never mix).
    staging: Path | None = None
    # `mkdocs build`'s checks, running beside it until their report is needed.
    pending_checks: PendingChecks | None = None
    # Kept across the builds of the editors' preview; None for `mkdocs build`.
    lasting: Lasting | None = None

    def label(self, file: Path | str) -> str:
        """Name a file as messages do: relative to the folder holding mkdocs.yml."""
        return Path(file).resolve().relative_to(self.root).as_posix()


def need(value: T | None, what: str, stage: str) -> T:
    """Return what an earlier stage made, or stop the build saying which stage missed it."""
    if value is None:
        raise PluginError(
            f"Signpost: the {stage} stage needs {what}, which an earlier stage did not make. "
            "This is a bug in Signpost's build order, not in your content: please report it."
        )
    return value
