"""The one entry point: hands each MkDocs event to every stage, always in the same order."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from signpost.checks.inputs import project_inputs
from signpost.core.errors import ContentError
from signpost.engine.reuse import PageReuse
from signpost.engine.stages import STAGES, Stage
from signpost.engine.state import BuildState, Lasting, need
from signpost.engine.unchanged import SITEMAP, UnchangedPages, plan_keys
from signpost.engine.watching import watch_content
from signpost.participation.load import today_from
from signpost.plain_english.checker import Usage

LOG = logging.getLogger("mkdocs.plugins.signpost.preview")
EVENTS = (
    "on_startup",
    "on_config",
    "on_pre_build",
    "on_files",
    "on_nav",
    "on_env",
    "on_page_markdown",
    "on_page_context",
    "on_post_page",
    "on_template_context",
    "on_post_build",
    "on_serve",
    "on_build_error",
)


class SignpostBuild:
    """Signpost's build: a new BuildState and new stages for every build, run in STAGES order."""

    def __init__(self, stages: tuple[type[Stage], ...] = STAGES) -> None:
        self.command = ""
        self.stage_types = stages
        self.stages: list[Stage] = []
        # What the preview keeps across the rebuilds of `mkdocs serve`: finished pages
        # (memory.py), what was read from unchanged files, compiled templates. None otherwise.
        self.lasting: Lasting | None = None
        self.reuse: PageReuse | None = None
        self.unchanged: UnchangedPages | None = None
        self.nav: Navigation | None = None

    def events(self) -> dict[str, Callable[..., Any]]:
        """Return the `on_*` functions a MkDocs hook module exposes."""
        return {name: getattr(self, name) for name in EVENTS}

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Remember the command, which lasts across the rebuilds of `mkdocs serve`."""
        self.command = command
        if command == "serve" and self.lasting is None:
            self.lasting = Lasting()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Start a new build: one state, one `today`, and every stage's settings checked."""
        # Resolved, because `-f mkdocs.yml` gives a bare file name whose parent is "".
        config_file = Path(config.config_file_path).resolve()
        today = today_from(os.environ, dt.date.today())
        if self.lasting is not None:
            self.lasting.tidy.cancel()
            self.lasting.files.new_build()
        try:
            lasting = self.lasting
            inputs = project_inputs(config_file, today, lasting.files if lasting else None)
        except ContentError as error:
            raise PluginError(str(error)) from error
        state = BuildState(config_file.parent, today, inputs, command=self.command, lasting=lasting)
        self.stages = [stage(state, config) for stage in self.stage_types]
        self.reuse = PageReuse(lasting.pages, lasting.made) if lasting else None
        self.unchanged = UnchangedPages(lasting.kept, lasting.pages) if lasting else None
        for stage in self.stages:
            stage.on_config()
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """In the preview, keep the last site's pages aside before MkDocs empties the folder."""
        if self.unchanged is not None:
            self.unchanged.on_pre_build(config.site_dir)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Read the content, report its problems and add the generated pages."""
        for stage in self.stages:
            stage.state.files = files
            stage.on_files(files)
        if self.unchanged is not None:
            keys = plan_keys(self.stages[0].state, config, files, self.unchanged.kept.reprs)
            self.unchanged.choose(files, keys, config)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """Keep the navigation, whose titles are part of what every page shares."""
        self.nav = nav
        return nav

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        """Register Signpost's filters and template globals."""
        if self.lasting is not None:
            env.bytecode_cache = self.lasting.templates
        for stage in self.stages:
            stage.on_env(env)
        if self.reuse is not None:
            state = self.stages[0].state
            more = [f"glossary={state.glossary!r}", f"today={state.today}"]
            same = self.reuse.on_env(config, env, more, str(self.nav))
            if self.unchanged is not None:
                self.unchanged.check(same, config, files)
        return env

    def on_page_markdown(
        self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        """Give each page its title, template and meta, and check written pages.

        A stage may rewrite `page.markdown` (easy read turns picture shortcodes into images).
        """
        page.markdown = markdown
        for stage in self.stages:
            stage.on_page_markdown(page)
        if self.reuse is not None:
            self.reuse.after_markdown(page)
        return page.markdown or ""

    def on_page_context(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        """Hand each page's template its data."""
        if self.reuse is not None:
            self.reuse.before_context(page)
        for stage in self.stages:
            stage.on_page_context(context, page)
        if self.reuse is not None:
            self.reuse.after_context(context, page)
        return context

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        """Finish each page's HTML."""
        reused = self.reuse.reused(page, self._usage()) if self.reuse else None
        if reused is not None:
            return reused
        for stage in self.stages:
            output = stage.on_post_page(output, page)
        if self.reuse is not None:
            self.reuse.keep(page, output, self._usage())
        return output

    def on_template_context(
        self, context: dict[str, Any], *, template_name: str, config: MkDocsConfig
    ) -> dict[str, Any]:
        """List in the preview's sitemap the pages left alone too (unchanged.py)."""
        if self.unchanged is not None and template_name == SITEMAP:
            self.unchanged.sitemap_pages(context)
        return context

    def _usage(self) -> Usage:
        return need(self.stages[0].state.usage, "the glossary", "preview")

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Write open data and the search index, report on the build, then publish."""
        left_alone = self.unchanged.finish(self._usage()) if self.unchanged else 0
        for stage in self.stages:
            stage.on_post_build()
        if self.lasting is not None:
            self.lasting.files.forget_unused()
            memory = self.lasting.pages
            LOG.info(
                "Preview: %d pages made, %d unchanged and reused (%d of them left alone)",
                memory.made,
                memory.reused,
                left_alone,
            )
            self.lasting.tidy.soon()

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Callable[..., Any]) -> Any:
        """Start each rebuild as soon as a content file is saved (watching.py)."""
        if self.lasting is not None:
            self.lasting.watcher = watch_content(server, config)
        return server

    def on_build_error(self, *, error: Exception) -> None:
        """Throw away what a failed build wrote."""
        if self.unchanged is not None:
            self.unchanged.failed()
        for stage in self.stages:
            stage.on_build_error()
