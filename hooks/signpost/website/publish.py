"""Swap a freshly built site into place, keeping the last good site if a build fails."""

from __future__ import annotations

import shutil
from pathlib import Path


def staging_dir(target: Path) -> Path:
    """Return the folder a build writes into before it is published."""
    return target.with_name(f".{target.name}.building")


def publish(staging: Path, target: Path) -> None:
    """Replace `target` with `staging` so readers never see a half-written site."""
    old = target.with_name(f".{target.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    if old.exists():
        shutil.rmtree(old)


def discard(staging: Path) -> None:
    """Remove a failed build's folder."""
    if staging.exists():
        shutil.rmtree(staging)
