"""MkDocs hook: build into a side folder and publish only a build that succeeded."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.utils import CountHandler
from signpost.website.publish import discard, publish, staging_dir

log = logging.getLogger("mkdocs.plugins.signpost.safe_output")
_run: dict[str, Any] = {}


def on_startup(command: str, dirty: bool) -> None:
    """Remember the command: only `mkdocs build` publishes through a side folder."""
    _run["command"] = command


def on_config(config: Any) -> Any:
    """Point the build at a side folder next to the real one."""
    if _run.get("command") == "build":
        target = Path(config.site_dir)
        _run["target"] = target
        config.site_dir = str(staging_dir(target))
    return config


def on_post_build(config: Any) -> None:
    """Publish the new site, unless strict mode is about to fail the build."""
    target = _run.get("target")
    if target is None:
        return
    staging = Path(config.site_dir)
    if config.strict and _warnings_logged():
        discard(staging)
        log.info("The build failed, so %s still holds the last good site", target)
        return
    publish(staging, target)


def on_build_error(error: Exception) -> None:
    """Throw away a half-written site."""
    target = _run.get("target")
    if target is not None:
        discard(staging_dir(target))


def _warnings_logged() -> bool:
    handlers = logging.getLogger("mkdocs").handlers
    return any(isinstance(h, CountHandler) and h.get_counts() for h in handlers)
