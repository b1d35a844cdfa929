"""MkDocs hook: easy read pages: rules, links both ways, young people's sign-off, review pack."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import material
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
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
from signpost.plain_english.glossary import load_glossary
from signpost.website.views import Link

log = logging.getLogger("mkdocs.plugins.signpost.easy_read")
PACK = "easy-read/review-pack.md"
_build: dict[str, Any] = {}


def on_config(config: Any) -> Any:
    """Check `extra.easy_read` and learn the glossary's words, which easy read must explain."""
    _build.clear()
    settings, problems = validate(
        EasyReadSettings, Document("mkdocs.yml", config.extra.get("easy_read", {}))
    )
    for problem in problems:
        log.warning(
            str(
                Problem(
                    problem.path, problem.line, f"extra.easy_read.{problem.field}", problem.message
                )
            )
        )
    if settings is None:
        raise PluginError("extra.easy_read cannot be used: fix the problems above")
    glossary, _ = load_glossary(Path(config.docs_dir) / "glossary.yml", "content/glossary.yml")
    phrases = glossary_phrases(glossary)
    icons = Path(material.__file__).parent / "templates" / ".icons"
    _build.update(rules=EasyReadRules(settings, phrases, icons), pages={}, versions={})
    return config


def on_files(files: Files, config: Any) -> Files:
    """Find the easy read pages and their standard versions, and check services' easy read text."""
    root = Path(config.config_file_path).parent
    _build["files"] = files
    for file in files.documentation_pages():
        if not file.generated_by and file.abs_src_path:
            _read_page(file, files, root)
    files.append(File.generated(config, PACK, content="", inclusion=InclusionLevel.NOT_IN_NAV))
    for service in service_files(root / "directory"):
        path = service.relative_to(root).as_posix()
        source = read_text(service)  # None if not UTF-8, which the directory hook reports
        if source is not None:
            _warn(service_easy_read_problems(_build["rules"], path, source))
    return files


def _read_page(file: File, files: Files, root: Path) -> None:
    path = Path(file.abs_src_path or "").relative_to(root).as_posix()
    # MkDocs quietly ignores front matter it cannot read, so report it here.
    page, problems = read_front_matter(file.content_string, path)
    _warn(problems)
    meta = page.meta
    if meta.get("easy_read") is not True:
        return
    target, problems = standard_version(
        page, file.src_uri, path, lambda uri: files.get_file_from_path(uri) is not None
    )
    _warn(problems)
    _build["pages"][file.src_uri] = {
        "path": path,
        "meta": meta,
        "standard": target,
        "state": sign_off_state(meta, page.body),
        "ideas": page_ideas(file.content_string),
    }
    if target:
        _build["versions"].setdefault(target, []).append(file.src_uri)


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Check an easy read page by the rules and give it the easy read layout."""
    found = _build["pages"].get(page.file.src_uri)
    if found is not None:
        page.meta["template"] = "signpost/easy-read.html"
        _warn(_build["rules"].check(found["path"], found["ideas"]))
    elif page.file.src_uri == PACK:
        page.meta.update(title="Easy read review pack", template="signpost/review-pack.html")
    return markdown


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Link easy read and standard versions both ways; give the review pack its pages."""
    files: Files = _build["files"]
    uri = page.file.src_uri
    if uri in _build["pages"]:
        info = _build["pages"][uri]
        standard = (
            files.get_file_from_path(info["standard"]) if info["standard"] and files else None
        )
        context["easy_read_page"] = {
            "standard": Link(
                standard.page.title if standard and standard.page else "Standard version",
                standard.url,
            )
            if standard
            else None,
            "sign_off": info["state"],
            "pack": PACK.removesuffix(".md") + "/",
        }
    versions = [(e, files.get_file_from_path(e)) for e in _build["versions"].get(uri, [])]
    context["easy_read_versions"] = [
        Link(_short_title(str(_build["pages"][e]["meta"].get("title", ""))), file.url)
        for e, file in versions
        if file is not None
    ]
    if uri == PACK:
        context["review_pack"] = _review_pack(files)
    return context


def _review_pack(files: Any) -> list[dict[str, Any]]:
    pending = []
    for uri, info in sorted(_build["pages"].items()):
        if info["state"].status != "checked":
            pending.append(
                {
                    "title": info["meta"].get("title", uri),
                    "url": files.get_file_from_path(uri).url,
                    "status": info["state"].status,
                    "ideas": [i.text for i in info["ideas"]],
                }
            )
    return pending


def _warn(problems: list[Problem]) -> None:
    for problem in problems:
        log.warning(str(problem))


def _short_title(title: str) -> str:
    """Drop "Easy read:" from a title the link already says is the easy read version."""
    return title.removeprefix("Easy read:").strip() or "Easy read"
