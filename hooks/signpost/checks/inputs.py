"""A Local Offer read once: settings, glossary, directory and participation, with their problems.

The build and `signpost check` both read the folder through one `Inputs`, and the checks in
`registry.py` report what it found, so the two always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from importlib.util import find_spec
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from signpost.checks.content import PARTICIPATION, PARTICIPATION_FOLDERS, glossary_phrases
from signpost.checks.project import Project
from signpost.core.errors import ContentError, Problem
from signpost.core.file_memo import FileMemo
from signpost.core.validation import validate
from signpost.core.yaml_source import Document, load_document
from signpost.directory.load import (
    TAXONOMY_FILE,
    Directory,
    file_name_problems,
    load_directory,
    service_files,
)
from signpost.easy_read.pictures import PictureLibrary, load_library
from signpost.easy_read.reviews import Review, load_reviews
from signpost.easy_read.rules import EasyReadRules, EasyReadSettings
from signpost.participation.load import Participation, load_participation
from signpost.participation.pages import YOU_SAID_PAGE, plan_participation
from signpost.plain_english.checker import Checker, PlainEnglishSettings
from signpost.plain_english.glossary import Glossary, load_glossary
from signpost.statutory.coverage import PAGE as COVERAGE_PAGE
from signpost.statutory.coverage import SECTION as COVERAGE_SECTION
from signpost.website.csp import SecuritySettings
from signpost.website.pages import GLOSSARY_PAGE, REVIEW_PACK, site_paths
from signpost.website.settings import Council, council_from_extra

M = TypeVar("M", bound=BaseModel)


@dataclass
class Inputs:
    """One Local Offer folder for one run; each part is read the first time it is asked for."""

    root: Path
    docs: Path
    config: Document  # mkdocs.yml, for line numbers
    extra: dict[str, Any]
    today: dt.date
    # Processes that check the words in services; None: one per core for a large directory.
    workers: int | None = None
    # What was read from unchanged files in earlier builds: only the editors' preview has one.
    memo: FileMemo | None = None

    @classmethod
    def from_project(cls, project: Project, today: dt.date) -> Inputs:
        """Read a Local Offer as `signpost check` does, from mkdocs.yml on disk."""
        return cls(project.root, project.docs, project.config, project.extra, today)

    def label(self, file: Path) -> str:
        """Name a file as messages do: relative to the folder holding mkdocs.yml."""
        return file.resolve().relative_to(self.root.resolve()).as_posix()

    @cached_property
    def council(self) -> tuple[Council | None, list[Problem]]:
        """Return `extra.council`, checked, with its problems."""
        return council_from_extra(self.extra, self.config)

    @cached_property
    def plain_english(self) -> tuple[PlainEnglishSettings | None, list[Problem]]:
        """Return `extra.plain_english`, checked, with its problems."""
        return self._section(PlainEnglishSettings, "plain_english")

    @cached_property
    def easy_read(self) -> tuple[EasyReadSettings | None, list[Problem]]:
        """Return `extra.easy_read`, checked, with its problems."""
        return self._section(EasyReadSettings, "easy_read")

    @cached_property
    def security(self) -> tuple[SecuritySettings | None, list[Problem]]:
        """Return `extra.security` (for the Content-Security-Policy), checked, with its problems."""
        return self._section(SecuritySettings, "security")

    @cached_property
    def glossary_file(self) -> Path:
        """Return where the glossary is: glossary.yml in the docs folder."""
        return self.docs / "glossary.yml"

    @cached_property
    def glossary(self) -> tuple[Glossary | None, list[Problem]]:
        """Return the glossary with its problems."""
        return load_glossary(self.glossary_file, self.label(self.glossary_file))

    @cached_property
    def directory(self) -> Directory:
        """Return every valid service and the taxonomy, with every problem found."""
        return load_directory(self.root / "directory", "directory", self.today, self.memo)

    @cached_property
    def participation(self) -> Participation:
        """Return You said, we did, events and partnerships, with every problem found."""
        taxonomy = self.directory.taxonomy
        ids = taxonomy.ids() if taxonomy else None
        return load_participation(self.root / PARTICIPATION, ids, self.today)

    @cached_property
    def checker(self) -> Checker | None:
        """Return the plain English checker, or None if its settings cannot be used."""
        glossary, settings = self.glossary[0], self.plain_english[0]
        return Checker(glossary, settings) if glossary and settings else None

    @cached_property
    def easy_read_rules(self) -> tuple[EasyReadRules | None, list[Problem]]:
        """Return the easy read rules, with their picture library's problems."""
        settings = self.easy_read[0]
        if settings is None:
            return None, []
        library: PictureLibrary | None = None
        problems: list[Problem] = []
        if settings.picture_library:
            folder = self.root / settings.picture_library
            library, problems = load_library(folder, self.root)
            # A library that cannot be read still decides: every picture must come from it.
            library = library or PictureLibrary(folder, {})
        phrases = glossary_phrases(self.glossary[0])
        return EasyReadRules(settings, phrases, material_icons(), library), problems

    @cached_property
    def rules(self) -> EasyReadRules | None:
        """Return the easy read rules, or None if their settings cannot be used."""
        return self.easy_read_rules[0]

    @cached_property
    def words_key(self) -> str:
        """Return what checking the words of a file depends on besides the file itself."""
        rules = self.rules
        library = rules.library if rules else None
        parts = (self.glossary[0], self.plain_english[0], self.easy_read[0], library)
        return repr(parts)

    @cached_property
    def easy_read_reviews(self) -> tuple[list[Review], list[Problem]]:
        """Return young people's review results of easy read pages, with their problems."""
        return load_reviews(self.root, self.today)

    @cached_property
    def services(self) -> list[Path]:
        """Return every service file in directory/."""
        return service_files(self.root / "directory")

    @cached_property
    def readable_services(self) -> list[Path]:
        """Return the service files whose names do not clash (a clash is reported once)."""
        repeated = file_name_problems(self.services, "directory")[1]
        return [file for file in self.services if file not in repeated]

    @cached_property
    def pages(self) -> list[Path]:
        """Return every Markdown page in the docs folder."""
        return sorted(self.docs.rglob("*.md")) if self.docs.is_dir() else []

    @cached_property
    def word_files(self) -> list[Path]:
        """Return the YAML files other than services whose words families read."""
        files = [self.root / "directory" / TAXONOMY_FILE, self.glossary_file]
        found = [file for file in files if file.is_file()]
        for sub in PARTICIPATION_FOLDERS:
            found += service_files(self.root / PARTICIPATION / sub)
        return found

    @cached_property
    def docs_files(self) -> list[Path]:
        """Return every file in the docs folder."""
        return sorted(p for p in self.docs.rglob("*") if p.is_file()) if self.docs.is_dir() else []

    @cached_property
    def generated(self) -> frozenset[str]:
        """Return the docs paths of every page the build makes from data."""
        found = {GLOSSARY_PAGE, REVIEW_PACK, YOU_SAID_PAGE}
        if self.extra.get(COVERAGE_SECTION) is not None:
            found.add(COVERAGE_PAGE)
        council = self.council[0]
        if council is not None:
            found |= set(site_paths(self.directory, council))
            plan = plan_participation(
                self.participation, self.directory, "", council.name, self.today
            )
            found |= {page.src_uri for page in plan.pages}
        return frozenset(found)

    def _section(self, model: type[M], name: str) -> tuple[M | None, list[Problem]]:
        """Check one section of `extra:`, naming each problem's full key."""
        value = self.extra.get(name)
        section = Document(self.config.path, value if isinstance(value, dict) else {})
        found, problems = validate(model, section)
        return found, [
            Problem(
                p.path, p.line, f"extra.{name}.{p.field}" if p.field else f"extra.{name}", p.message
            )
            for p in problems
        ]


def project_inputs(config_file: Path, today: dt.date, memo: FileMemo | None = None) -> Inputs:
    """Read the Local Offer whose settings are `config_file`, or say why it cannot be read."""
    doc = load_document(config_file, config_file.name)
    if isinstance(doc, Problem):
        raise ContentError(str(doc))
    inputs = Inputs.from_project(Project(config_file.parent, doc), today)
    inputs.memo = memo
    return inputs


def material_icons() -> Path:
    """Return mkdocs-material's icon folder, the pictures easy read pages may use.

    Found without importing Material, so checking content needs no site generator.
    """
    spec = find_spec("material")
    folders = list(spec.submodule_search_locations or []) if spec else []
    if not folders:
        raise ContentError("mkdocs-material is not installed: run make setup")
    return Path(folders[0]) / "templates" / ".icons"
