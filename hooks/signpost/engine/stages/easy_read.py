"""Stage: easy read pages: rules, links both ways, young people's sign-off, review pack."""

from __future__ import annotations

from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from signpost.checks.content import (
    read_front_matter,
    standard_version,
)
from signpost.easy_read.rules import page_ideas
from signpost.easy_read.sign_off import sign_off_state
from signpost.engine.stages.base import Stage
from signpost.engine.state import EasyReadPage, need
from signpost.website.pages import REVIEW_PACK
from signpost.website.views import Link

PACK = REVIEW_PACK


class EasyReadStage(Stage):
    """Check easy read text, link each easy read page to its standard page, make the pack."""

    name = "easy_read"

    def on_config(self) -> None:
        """Use `extra.easy_read`, or stop if it cannot be used."""
        rules, problems = self.state.inputs.rules, self.state.inputs.easy_read[1]
        if rules is None:
            self.warn(problems)  # the checks stage reports them when the build goes on
            raise PluginError("extra.easy_read cannot be used: fix the problems above")

    def on_files(self, files: Files) -> None:
        """Find easy read pages and their standard versions; add the review pack."""
        for file in files.documentation_pages():
            if not file.generated_by and file.abs_src_path:
                self._read_page(file, files)
        files.append(
            File.generated(self.config, PACK, content="", inclusion=InclusionLevel.NOT_IN_NAV)
        )

    def _read_page(self, file: File, files: Files) -> None:
        path = self.state.label(file.abs_src_path or "")
        # The checks stage reports front matter that cannot be read and a wrong standard_version.
        page = read_front_matter(file.content_string, path)[0]
        if page.meta.get("easy_read") is not True:
            return
        target = standard_version(
            page, file.src_uri, path, lambda uri: files.get_file_from_path(uri) is not None
        )[0]
        self.state.easy_read_pages[file.src_uri] = EasyReadPage(
            path,
            page.meta,
            target,
            sign_off_state(page.meta, page.body),
            page_ideas(file.content_string),
        )
        if target:
            self.state.easy_read_versions.setdefault(target, []).append(file.src_uri)

    def on_page_markdown(self, page: Page) -> None:
        """Give an easy read page the easy read layout, and the review pack its own."""
        if page.file.src_uri in self.state.easy_read_pages:
            page.meta["template"] = "signpost/easy-read.html"
        elif page.file.src_uri == PACK:
            page.meta.update(title="Easy read review pack", template="signpost/review-pack.html")

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Link easy read and standard versions both ways; give the review pack its pages."""
        files = need(self.state.files, "the site's files", self.name)
        pages = self.state.easy_read_pages
        uri = page.file.src_uri
        if uri in pages:
            info = pages[uri]
            standard = files.get_file_from_path(info.standard) if info.standard else None
            context["easy_read_page"] = {
                "standard": Link(
                    standard.page.title if standard.page else "Standard version", standard.url
                )
                if standard
                else None,
                "sign_off": info.state,
                "pack": PACK.removesuffix(".md") + "/",
            }
        versions = [
            (e, files.get_file_from_path(e)) for e in self.state.easy_read_versions.get(uri, [])
        ]
        context["easy_read_versions"] = [
            Link(_short_title(str(pages[e].meta.get("title", ""))), file.url)
            for e, file in versions
            if file is not None
        ]
        if uri == PACK:
            context["review_pack"] = self._review_pack(files)

    def _review_pack(self, files: Files) -> list[dict[str, Any]]:
        pending = []
        for uri, info in sorted(self.state.easy_read_pages.items()):
            file = files.get_file_from_path(uri)
            if info.state.status != "checked" and file is not None:
                pending.append(
                    {
                        "title": info.meta.get("title", uri),
                        "url": file.url,
                        "status": info.state.status,
                        "ideas": [i.text for i in info.ideas],
                    }
                )
        return pending


def _short_title(title: str) -> str:
    """Drop "Easy read:" from a title the link already says is the easy read version."""
    return title.removeprefix("Easy read:").strip() or "Easy read"
