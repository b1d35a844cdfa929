"""Stage: the coverage page, which lists the pages that cover each topic the law names."""

from __future__ import annotations

from mkdocs.structure.files import File, Files, InclusionLevel

from signpost.checks.registry import every_page
from signpost.engine.stages.base import Stage
from signpost.statutory.coverage import PAGE, coverage_rows, read_coverage
from signpost.statutory.site_pages import page_titles, page_url
from signpost.website.pages import GeneratedPage


class StatutoryStage(Stage):
    """Add /local-offer-coverage/ when `extra.local_offer` is set (the checks report problems)."""

    name = "statutory"

    def on_files(self, files: Files) -> None:
        """Plan the coverage page from the settings the checks already reported on."""
        inputs = self.state.inputs
        coverage = read_coverage(inputs.extra, inputs.config, every_page(inputs))[0]
        if coverage is None:
            return
        about = page_url(coverage.about) if coverage.about else None
        named = [page for _, listed in coverage.rows() for page in listed]
        titles = page_titles(inputs.docs, named, inputs.directory)
        self.state.generated[PAGE] = GeneratedPage(
            PAGE,
            "What the Local Offer covers",
            "Each topic the law says a Local Offer must cover, and the pages of this website "
            "that cover it.",
            "signpost/coverage.html",
            {"rows": coverage_rows(coverage, titles), "about": about},
        )
        files.append(
            File.generated(self.config, PAGE, content="", inclusion=InclusionLevel.NOT_IN_NAV)
        )
