"""Stage: "You said, we did", events, local areas, the feed, calendars and credits."""

from __future__ import annotations

from typing import Any

from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink

from signpost.engine.stages.base import Stage
from signpost.engine.state import need
from signpost.participation.credits import page_credit, partners, service_credits
from signpost.participation.pages import (
    DEFAULT_YOU_SAID,
    MADE_WITH,
    YOU_SAID_PAGE,
    Plan,
    nav_paths,
    plan_participation,
)
from signpost.website.views import Link

# The heading signpost/you-said-we-did.html puts above the replies.
REPLIES = ("What you said and what we did", "what-you-said")


class ParticipationStage(Stage):
    """Read participation/, add its pages, feed and calendars, and credit co-production."""

    name = "participation"

    def on_files(self, files: Files) -> None:
        """Read participation/, report every problem, and add its pages, feed and calendars."""
        state = self.state
        directory = need(state.directory, "the service directory", self.name)
        council = need(state.council, "the council's settings", self.name)
        participation = state.inputs.participation
        site_url = self.config.site_url.rstrip("/") + "/" if self.config.site_url else ""
        plan = plan_participation(participation, directory, site_url, council.name, state.today)
        self._add_files(files, plan)
        state.participation = plan
        state.generated.update((page.src_uri, page) for page in plan.pages)
        state.service_credits = service_credits(directory.entries)

    def on_page_markdown(self, page: Page) -> None:
        """Give the You said, we did page its template; read and check a written page's credit."""
        uri = page.file.src_uri
        if uri in self.state.generated:
            return
        if uri == YOU_SAID_PAGE:
            page.meta["template"] = "signpost/you-said-we-did.html"
        if not page.file.generated_by and page.file.abs_src_path:
            path = self.state.label(page.file.abs_src_path)
            self.state.credits[uri] = page_credit(page.file.content_string, path)[0]

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Hand participation pages their data, and every written page its credit."""
        uri = page.file.src_uri
        plan = need(self.state.participation, "the participation plan", self.name)
        if uri == YOU_SAID_PAGE:
            context["you_said"] = plan.you_said
            _add_to_contents(page, REPLIES)
        if uri == MADE_WITH:
            context["partners"] = partners(self._page_credits(), self.state.service_credits)
        context["page_credit"] = self.state.credits.get(uri, [])

    def _add_files(self, files: Files, plan: Plan) -> None:
        """Add the pages, feed and calendars; pages the council's nav lists go in the menu."""
        listed = nav_paths(self.config.nav)
        if files.get_file_from_path(YOU_SAID_PAGE) is None:
            files.append(
                File.generated(
                    self.config,
                    YOU_SAID_PAGE,
                    content=DEFAULT_YOU_SAID,
                    inclusion=_level(YOU_SAID_PAGE, listed),
                )
            )
        for page in plan.pages:
            level = _level(page.src_uri, listed)
            files.append(File.generated(self.config, page.src_uri, content="", inclusion=level))
        for path, content in plan.files.items():
            files.append(File.generated(self.config, path, content=content))

    def _page_credits(self) -> list[tuple[str, Link]]:
        files = need(self.state.files, "the site's files", self.name)
        found = []
        for uri, names in self.state.credits.items():
            file = files.get_file_from_path(uri)
            if file is not None and file.page is not None:
                # Its own title, not its menu label: "Easy read: Short breaks", not "Short breaks".
                title = str(file.page.meta.get("title") or file.page.title or uri)
                found += [(name, Link(title, file.url)) for name in names]
        return found


def _add_to_contents(page: Page, heading: tuple[str, str]) -> None:
    """List the replies, which the template adds after the Markdown, in the page's contents."""
    top = next(iter(page.toc), None)
    if top is not None and top.level == 1:
        top.children.append(AnchorLink(heading[0], heading[1], 2))


def _level(src_uri: str, listed: set[str]) -> InclusionLevel:
    return InclusionLevel.INCLUDED if src_uri in listed else InclusionLevel.NOT_IN_NAV
