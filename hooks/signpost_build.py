"""The one MkDocs hook: Signpost's build, whose stages always run in the same order.

Everything happens in the `signpost` package (signpost/engine/ adapts MkDocs' events); this
file only connects MkDocs to it. ProperDocs runs it the same way.
"""

from __future__ import annotations

from signpost.engine.plugin import SignpostBuild

_build = SignpostBuild()

on_startup = _build.on_startup
on_config = _build.on_config
on_pre_build = _build.on_pre_build
on_files = _build.on_files
on_nav = _build.on_nav
on_env = _build.on_env
on_page_markdown = _build.on_page_markdown
on_page_context = _build.on_page_context
on_post_page = _build.on_post_page
on_template_context = _build.on_template_context
on_post_build = _build.on_post_build
on_serve = _build.on_serve
on_build_error = _build.on_build_error
