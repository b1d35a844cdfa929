"""MkDocs hook: the glossary page, plain English checks, and explanations on every page."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
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

log = logging.getLogger("mkdocs.plugins.signpost.glossary")
PAGE = "glossary/index.md"
TITLE = "Words we use"
_build: dict[str, Any] = {}


def on_config(config: Any) -> Any:
    """Read the glossary and the plain English settings, reporting every problem."""
    _build.clear()
    file = Path(config.docs_dir) / "glossary.yml"
    glossary, problems = load_glossary(file, _label(config, file))
    settings, more = validate(
        PlainEnglishSettings, Document("mkdocs.yml", config.extra.get("plain_english", {}))
    )
    for problem in problems + [
        Problem(p.path, p.line, f"extra.plain_english.{p.field}", p.message) for p in more
    ]:
        log.warning(str(problem))
    if glossary is None or settings is None:
        raise PluginError(
            "The glossary or extra.plain_english cannot be used: fix the problems above"
        )
    _build.update(
        glossary=glossary,
        checker=Checker(glossary, settings),
        explainer=Explainer(glossary),
        usage=Usage(),
        file=file,
        label=_label(config, file),
    )
    return config


def on_files(files: Files, config: Any) -> Files:
    """Keep glossary.yml out of the site, add the glossary page, and check every YAML file."""
    source = files.get_file_from_path("glossary.yml")
    if source is not None:
        files.remove(source)
    files.append(File.generated(config, PAGE, content=""))
    root = Path(config.config_file_path).parent
    folder = root / "directory"
    checked = [
        (f, SERVICE_SKIP) for f in [folder / TAXONOMY_FILE, *service_files(folder)] if f.is_file()
    ]
    checked.append((_build["file"], GLOSSARY_SKIP))
    # "You said, we did", events and partnerships are shown to families too.
    for sub in PARTICIPATION_FOLDERS:
        checked += [(f, PARTICIPATION_SKIP) for f in service_files(root / PARTICIPATION / sub)]
    named = [(file, file.relative_to(root).as_posix(), skip) for file, skip in checked]
    _report(plain_english_yaml_problems(_build["checker"], named), config)
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    """Check a written page; give the generated glossary page its title and template."""
    if page.file.src_uri == PAGE:
        page.meta.update(title=TITLE, heading=TITLE, template="signpost/glossary.html")
    elif not page.file.generated_by and page.file.abs_src_path:
        path = (
            Path(page.file.abs_src_path)
            .relative_to(Path(config.config_file_path).parent)
            .as_posix()
        )
        _report(_build["checker"].problems(path, markdown_lines(page.file.content_string)), config)
    return markdown


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """Hand the glossary page its terms."""
    if page.file.src_uri == PAGE:
        context["glossary_letters"] = glossary_letters(_build["glossary"])
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Explain the first use of each term on the page, and count where terms are used."""
    if page.file.src_uri == PAGE:
        return output
    glossary_url = get_relative_url("glossary/", page.url)
    explainer: Explainer = _build["explainer"]
    html, used = explainer.explain(output, glossary_url)
    for term in used:
        _build["usage"].add(term, page.url)
    return html


def on_post_build(config: Any) -> None:
    """Report how the glossary is used, and warn about entries no page uses."""
    usage: Usage = _build["usage"]
    glossary = _build["glossary"]
    pages = {page for where in usage.pages.values() for page in where}
    log.info(
        "Plain English: %d of %d glossary terms used, on %d pages",
        len(usage.pages),
        len(glossary.terms),
        len(pages),
    )
    lines = _build["file"].read_text(encoding="utf-8").splitlines()
    for term in glossary.terms:
        if term.term not in usage.pages:
            line = next((i for i, text in enumerate(lines, 1) if f"term: {term.term}" in text), 1)
            log.warning(
                '%s:%d: "%s" is not used on any page: remove it, or use it where it helps',
                _build["label"],
                line,
                term.term,
            )


def _report(problems: list[Problem], config: Any) -> None:
    fails = config.extra.get("plain_english", {}).get("jargon_fails_build", True)
    for problem in problems:
        (log.warning if fails or not is_jargon(problem) else log.info)(str(problem))


def _label(config: Any, file: Path) -> str:
    return file.relative_to(Path(config.config_file_path).parent).as_posix()
