"""Stage: the glossary page, plain English checks, and explanations on every page."""

from __future__ import annotations

from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from signpost.checks.content import (
    GLOSSARY_SKIP,
    PARTICIPATION,
    PARTICIPATION_FOLDERS,
    PARTICIPATION_SKIP,
    SERVICE_SKIP,
    plain_english_yaml_problems,
)
from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import Document
from signpost.directory.load import TAXONOMY_FILE, service_files
from signpost.engine.stages.base import Stage
from signpost.engine.state import need
from signpost.plain_english.checker import (
    Checker,
    PlainEnglishSettings,
    Usage,
    is_jargon,
    markdown_lines,
)
from signpost.plain_english.explain import Explainer
from signpost.plain_english.glossary import load_glossary
from signpost.website.glossary_page import glossary_letters

PAGE = "glossary/index.md"
TITLE = "Words we use"


class GlossaryStage(Stage):
    """Read the glossary, check every word families read, and explain terms where they appear."""

    name = "glossary"

    def on_config(self) -> None:
        """Read the glossary and the plain English settings, reporting every problem."""
        state = self.state
        file = state.root / self.config.docs_dir / "glossary.yml"
        state.glossary_file = file
        glossary, problems = load_glossary(file, state.label(file))
        settings, more = validate(
            PlainEnglishSettings, Document("mkdocs.yml", self.config.extra.get("plain_english", {}))
        )
        self.warn(problems)
        self.warn(
            Problem(p.path, p.line, f"extra.plain_english.{p.field}", p.message) for p in more
        )
        if glossary is None or settings is None:
            raise PluginError(
                "The glossary or extra.plain_english cannot be used: fix the problems above"
            )
        state.glossary = glossary
        state.plain_english = settings
        state.checker = Checker(glossary, settings)
        state.explainer = Explainer(glossary)
        state.usage = Usage()

    def on_files(self, files: Files) -> None:
        """Keep glossary.yml out of the site, add the glossary page, and check every YAML file."""
        source = files.get_file_from_path("glossary.yml")
        if source is not None:
            files.remove(source)
        files.append(File.generated(self.config, PAGE, content=""))
        root = self.state.root
        folder = root / "directory"
        checked = [
            (f, SERVICE_SKIP)
            for f in [folder / TAXONOMY_FILE, *service_files(folder)]
            if f.is_file()
        ]
        checked.append((need(self.state.glossary_file, "the glossary", self.name), GLOSSARY_SKIP))
        # "You said, we did", events and partnerships are shown to families too.
        for sub in PARTICIPATION_FOLDERS:
            checked += [(f, PARTICIPATION_SKIP) for f in service_files(root / PARTICIPATION / sub)]
        named = [(file, file.relative_to(root).as_posix(), skip) for file, skip in checked]
        self._report(plain_english_yaml_problems(self._checker(), named))

    def on_page_markdown(self, page: Page) -> None:
        """Check a written page; give the generated glossary page its title and template."""
        if page.file.src_uri == PAGE:
            page.meta.update(title=TITLE, heading=TITLE, template="signpost/glossary.html")
        elif not page.file.generated_by and page.file.abs_src_path:
            path = self.state.label(page.file.abs_src_path)
            self._report(self._checker().problems(path, markdown_lines(page.file.content_string)))

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Hand the glossary page its terms."""
        if page.file.src_uri == PAGE:
            glossary = need(self.state.glossary, "the glossary", self.name)
            context["glossary_letters"] = glossary_letters(glossary)

    def on_post_page(self, html: str, page: Page) -> str:
        """Explain the first use of each term on the page, and count where terms are used."""
        if page.file.src_uri == PAGE:
            return html
        explainer = need(self.state.explainer, "the glossary", self.name)
        usage = need(self.state.usage, "the glossary", self.name)
        html, used = explainer.explain(html, get_relative_url("glossary/", page.url))
        for term in used:
            usage.add(term, page.url)
        return html

    def on_post_build(self) -> None:
        """Report how the glossary is used, and warn about entries no page uses."""
        usage = need(self.state.usage, "the glossary", self.name)
        glossary = need(self.state.glossary, "the glossary", self.name)
        file = need(self.state.glossary_file, "the glossary", self.name)
        pages = {page for where in usage.pages.values() for page in where}
        self.log.info(
            "Plain English: %d of %d glossary terms used, on %d pages",
            len(usage.pages),
            len(glossary.terms),
            len(pages),
        )
        lines = file.read_text(encoding="utf-8").splitlines()
        for term in glossary.terms:
            if term.term not in usage.pages:
                line = next(
                    (i for i, text in enumerate(lines, 1) if f"term: {term.term}" in text), 1
                )
                self.log.warning(
                    '%s:%d: "%s" is not used on any page: remove it, or use it where it helps',
                    self.state.label(file),
                    line,
                    term.term,
                )

    def _checker(self) -> Checker:
        return need(self.state.checker, "the plain English checker", self.name)

    def _report(self, problems: list[Problem]) -> None:
        settings = need(self.state.plain_english, "extra.plain_english", self.name)
        for problem in problems:
            fails = settings.jargon_fails_build or not is_jargon(problem)
            (self.log.warning if fails else self.log.info)(str(problem))
