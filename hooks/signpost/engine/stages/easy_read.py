"""Stage: easy read pages: rules, links both ways, young people's sign-off, review pack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import material
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from signpost.checks.content import (
    glossary_phrases,
    read_front_matter,
    read_text,
    service_easy_read_problems,
    standard_version,
)
from signpost.core.errors import Problem
from signpost.core.validation import validate
from signpost.core.yaml_source import Document
from signpost.directory.load import service_files
from signpost.easy_read.rules import EasyReadRules, EasyReadSettings, page_ideas
from signpost.easy_read.sign_off import sign_off_state
from signpost.engine.stages.base import Stage
from signpost.engine.state import EasyReadPage, need
from signpost.website.views import Link

PACK = "easy-read/review-pack.md"


class EasyReadStage(Stage):
    """Check easy read text, link each easy read page to its standard page, make the pack."""

    name = "easy_read"

    def on_config(self) -> None:
        """Check `extra.easy_read` and learn the glossary's words, which easy read must explain."""
        settings, problems = validate(
            EasyReadSettings, Document("mkdocs.yml", self.config.extra.get("easy_read", {}))
        )
        self.warn(
            Problem(p.path, p.line, f"extra.easy_read.{p.field}", p.message) for p in problems
        )
        if settings is None:
            raise PluginError("extra.easy_read cannot be used: fix the problems above")
        phrases = glossary_phrases(self.state.glossary)
        icons = Path(material.__file__).parent / "templates" / ".icons"
        self.state.easy_read_rules = EasyReadRules(settings, phrases, icons)

    def on_files(self, files: Files) -> None:
        """Find easy read pages and their standard versions; check services' easy read text."""
        for file in files.documentation_pages():
            if not file.generated_by and file.abs_src_path:
                self._read_page(file, files)
        files.append(
            File.generated(self.config, PACK, content="", inclusion=InclusionLevel.NOT_IN_NAV)
        )
        for service in service_files(self.state.root / "directory"):
            source = read_text(service)  # None if not UTF-8, which the directory stage reports
            if source is not None:
                self.warn(
                    service_easy_read_problems(self._rules(), self.state.label(service), source)
                )

    def _read_page(self, file: File, files: Files) -> None:
        path = self.state.label(file.abs_src_path or "")
        # MkDocs quietly ignores front matter it cannot read, so report it here.
        page, problems = read_front_matter(file.content_string, path)
        self.warn(problems)
        if page.meta.get("easy_read") is not True:
            return
        target, problems = standard_version(
            page, file.src_uri, path, lambda uri: files.get_file_from_path(uri) is not None
        )
        self.warn(problems)
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
        """Check an easy read page by the rules and give it the easy read layout."""
        found = self.state.easy_read_pages.get(page.file.src_uri)
        if found is not None:
            page.meta["template"] = "signpost/easy-read.html"
            self.warn(self._rules().check(found.path, found.ideas))
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

    def _rules(self) -> EasyReadRules:
        return need(self.state.easy_read_rules, "the easy read rules", self.name)


def _short_title(title: str) -> str:
    """Drop "Easy read:" from a title the link already says is the easy read version."""
    return title.removeprefix("Easy read:").strip() or "Easy read"
