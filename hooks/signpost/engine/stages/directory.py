"""Stage: load the service directory and generate its pages."""

from __future__ import annotations

import dataclasses

from jinja2 import Environment
from mkdocs.structure.files import File, Files, InclusionLevel

from signpost.engine.stages.base import Stage
from signpost.engine.state import need
from signpost.website.pages import plan_site, ways_in


class DirectoryStage(Stage):
    """A page per service and per listing, the Find page, and the ways of browsing."""

    name = "directory"

    def on_files(self, files: Files) -> None:
        """Read directory/, report every problem, and add a page per service and listing."""
        state = self.state
        directory = state.inputs.directory
        if state.command != "serve":  # drafts are shown only in a preview
            directory = dataclasses.replace(directory, entries=directory.published())
        state.directory = directory
        state.services = {f"services/{entry.id}.md": entry for entry in directory.entries}
        council = need(state.council, "the council's settings", self.name)
        for page in plan_site(directory, council, state.today, state.inputs.memo, state.root):
            files.append(
                File.generated(
                    self.config, page.src_uri, content="", inclusion=InclusionLevel.NOT_IN_NAV
                )
            )
            state.generated[page.src_uri] = page
        state.ways = ways_in(directory)

    def on_env(self, env: Environment) -> None:
        """Give every template the ways of browsing, for the home and Find a service pages."""
        env.globals["signpost_ways"] = self.state.ways
        directory = self.state.directory
        env.globals["signpost_total"] = len(directory.entries) if directory else 0
