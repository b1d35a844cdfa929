"""Stage: build into a side folder and publish only a build that succeeded."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import CountHandler

from signpost.engine.stages.base import Stage
from signpost.website.publish import IncompleteSiteError, discard, publish, staging_dir


class PublishStage(Stage):
    """`mkdocs build` writes a side folder, swapped in only when the build has succeeded."""

    name = "safe_output"

    def on_config(self) -> None:
        """Point `mkdocs build` at a side folder next to the real one."""
        if self.state.command == "build":
            target = Path(self.config.site_dir)
            self.state.publish_to = target
            self.state.staging = staging_dir(target)
            self.config.site_dir = str(self.state.staging)

    def on_post_build(self) -> None:
        """Publish the new site, unless strict mode is about to fail the build."""
        target = self.state.publish_to
        if target is None:
            return
        staging = Path(self.config.site_dir)
        if self.config.strict and _warnings_logged():
            discard(staging)
            self.log.info("The build failed, so %s still holds the last good site", target)
            return
        try:
            notes = publish(staging, target)
        except IncompleteSiteError as error:
            raise PluginError(str(error)) from error
        for note in notes:
            self.log.info(note)

    def on_build_error(self) -> None:
        """Throw away a half-written site."""
        if self.state.staging is not None:
            discard(self.state.staging)


def _warnings_logged() -> bool:
    handlers = logging.getLogger("mkdocs").handlers
    return any(isinstance(h, CountHandler) and h.get_counts() for h in handlers)
