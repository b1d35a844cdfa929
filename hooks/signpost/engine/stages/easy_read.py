"""Stage: easy read pages: pictures, links both ways, the easy read home page, young people's
sign-off and review results, and the review pack. The checks stage reports their problems."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from signpost.checks.content import (
    read_front_matter,
    standard_version,
)
from signpost.easy_read.pictures import PictureLibrary
from signpost.easy_read.reviews import ReviewSummary, latest, summary
from signpost.easy_read.rules import page_ideas
from signpost.easy_read.sign_off import sign_off_state
from signpost.easy_read.views import (
    PackItem,
    PictureLink,
    page_link,
    page_pack_item,
    picture_files,
    picture_view,
    service_groups,
    service_ideas,
    service_pack_items,
    with_pictures,
)
from signpost.engine.stages.base import Stage
from signpost.engine.state import EASY_READ_WORDS, EasyReadPage, need
from signpost.website.pages import REVIEW_PACK
from signpost.website.views import Link

PACK = REVIEW_PACK
INDEX = "easy-read/index.md"


class EasyReadStage(Stage):
    """Lay out easy read pages with their pictures, link them, list them, make the pack."""

    name = "easy_read"

    def on_config(self) -> None:
        """Use `extra.easy_read`, or stop if it cannot be used."""
        rules, problems = self.state.inputs.rules, self.state.inputs.easy_read[1]
        if rules is None:
            self.warn(problems)  # the checks stage reports them when the build goes on
            raise PluginError("extra.easy_read cannot be used: fix the problems above")

    def on_files(self, files: Files) -> None:
        """Find easy read pages and their standard versions; add the pack and the pictures."""
        for file in files.documentation_pages():
            if not file.generated_by and file.abs_src_path:
                self._read_page(file, files)
        files.append(
            File.generated(self.config, PACK, content="", inclusion=InclusionLevel.NOT_IN_NAV)
        )
        library = self._library()
        for uri, drawing in picture_files(library) if library else []:
            files.append(File.generated(self.config, uri, abs_src_path=drawing))

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

    def on_env(self, env: Environment) -> None:
        """Give the home page its link to the easy read home page, with its picture."""
        if INDEX in self.state.easy_read_pages:
            picture = picture_view(self._library(), "easy-read")
            env.globals["easy_read_home"] = {"url": "easy-read/", "picture": picture}

    def on_page_markdown(self, page: Page) -> None:
        """Give an easy read page its layout and pictures, and the review pack its own."""
        library = self._library()
        if page.file.src_uri in self.state.easy_read_pages:
            page.meta.update({"template": "signpost/easy-read.html", EASY_READ_WORDS: True})
            if library and page.markdown is not None:
                page.markdown = with_pictures(page.markdown, library, page.file.src_uri)
        elif page.file.src_uri == PACK:
            page.meta.update(title="Easy read review pack", template="signpost/review-pack.html")
            page.meta[EASY_READ_WORDS] = True

    def on_page_context(self, context: dict[str, Any], page: Page) -> None:
        """Link easy read and standard versions both ways; give the home page and pack theirs."""
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
                "review": self._review(info),
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
        entries = self.state.inputs.directory.entries
        service = self.state.services.get(uri)
        if service is not None and service.service.easy_read and self._library():
            context["easy_read_ideas"] = service_ideas(service.service.easy_read, self._library())
        if uri == PACK:
            services = service_pack_items(entries, self._library())
            context["review_pack"] = self._review_pack(files) + services
        elif uri == INDEX:
            taxonomy = self.state.inputs.directory.taxonomy
            context["easy_read_index"] = {
                "pages": self._index_pages(files, context.get("nav")),
                "services": service_groups(entries, taxonomy, self._library()),
            }

    def _review(self, info: EasyReadPage) -> ReviewSummary | None:
        review = latest(self.state.inputs.easy_read_reviews[0]).get(info.path)
        return summary(review, info.ideas) if review else None

    def _index_pages(self, files: Files, nav: Any) -> list[PictureLink]:
        """Link every easy read page but the home page, in the order of the navigation."""
        order = {p.file.src_uri: i for i, p in enumerate(nav.pages)} if nav else {}
        links = []
        for uri in sorted(self.state.easy_read_pages, key=lambda u: (order.get(u, len(order)), u)):
            file = files.get_file_from_path(uri)
            if uri != INDEX and file is not None:
                info = self.state.easy_read_pages[uri]
                title = _short_title(str(info.meta.get("title", "")))
                links.append(page_link(title, file.url, info.ideas, self._library()))
        return links

    def _review_pack(self, files: Files) -> list[PackItem]:
        pending = []
        for uri, info in sorted(self.state.easy_read_pages.items()):
            file = files.get_file_from_path(uri)
            if info.state.status != "checked" and file is not None:
                title = str(info.meta.get("title", uri))
                library = self._library()
                pending.append(page_pack_item(title, file.url, info.state, info.ideas, library))
        return pending

    def _library(self) -> PictureLibrary | None:
        rules = self.state.inputs.rules
        return rules.library if rules else None


def _short_title(title: str) -> str:
    """Drop "Easy read:" from a title the link already says is the easy read version."""
    return title.removeprefix("Easy read:").strip() or "Easy read"
