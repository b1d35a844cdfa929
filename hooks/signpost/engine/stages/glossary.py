"""Stage: the glossary page, and explanations of terms on every page."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from signpost.engine.stages.base import Stage
from signpost.engine.state import EASY_READ_WORDS, need
from signpost.plain_english.checker import Usage
from signpost.plain_english.explain import Explainer, MissingMarkersError
from signpost.website.glossary_page import glossary_letters
from signpost.website.pages import GLOSSARY_PAGE

PAGE = GLOSSARY_PAGE
TITLE = "Words we use"
TERM_LINK = "signpost/components/term-link/macro.html"


class GlossaryStage(Stage):
    """Make the glossary page, explain terms where they appear, and report unused terms."""

    name = "glossary"

    def on_config(self) -> None:
        """Use the glossary and plain English settings, or stop if they cannot be used."""
        inputs = self.state.inputs
        (glossary, problems), (settings, more) = inputs.glossary, inputs.plain_english
        if glossary is None or settings is None:
            self.warn(problems + more)  # the checks stage reports them when the build goes on
            raise PluginError(
                "The glossary or extra.plain_english cannot be used: fix the problems above"
            )
        self.state.glossary = glossary
        self.state.usage = Usage()

    def on_files(self, files: Files) -> None:
        """Keep glossary.yml out of the site and add the glossary page."""
        source = files.get_file_from_path("glossary.yml")
        if source is not None:
            files.remove(source)
        files.append(File.generated(self.config, PAGE, content=""))

    def on_env(self, env: Environment) -> None:
        """Explain terms with the term-link component, which a council may override."""
        glossary = need(self.state.glossary, "the glossary", self.name)
        macro = env.get_template(TERM_LINK).module.term_link  # type: ignore[attr-defined]
        self.state.explainer = Explainer(glossary, lambda link: str(macro(link)))

    def on_page_markdown(self, page: Page) -> None:
        """Give the generated glossary page its title and template."""
        if page.file.src_uri == PAGE:
            page.meta.update(title=TITLE, heading=TITLE, template="signpost/glossary.html")

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
        try:
            explained, used = explainer.explain(html, get_relative_url("glossary/", page.url))
        except MissingMarkersError as error:
            raise PluginError(f"{page.file.src_uri}: {error}") from error
        for term in used:
            usage.add(term, page.url)
        # Easy read explains each word in place: no links to the adult "Words we use" page.
        return html if page.meta.get(EASY_READ_WORDS) else explained

    def on_post_build(self) -> None:
        """Report how the glossary is used, and warn about entries no page uses."""
        usage = need(self.state.usage, "the glossary", self.name)
        glossary = need(self.state.glossary, "the glossary", self.name)
        file = self.state.inputs.glossary_file
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
