"""Render Markdown written in YAML fields safely: no raw HTML, no script links."""

from __future__ import annotations

import markdown
import nh3
from markupsafe import Markup

TAGS = {"p", "br", "ul", "ol", "li", "strong", "em", "a", "code", "blockquote", "h3", "h4"}
ATTRIBUTES = {"a": {"href", "title"}}
SCHEMES = {"http", "https", "mailto", "tel", "sms"}


def render_markdown(text: str) -> Markup:
    """Turn editor Markdown into HTML where raw HTML shows as text and links are safe."""
    engine = markdown.Markdown(extensions=["sane_lists"])
    # Raw HTML is shown as text rather than passed through: editors write Markdown only.
    engine.preprocessors.deregister("html_block")
    engine.inlinePatterns.deregister("html")
    html = engine.convert(text)
    clean = nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=SCHEMES,
        link_rel=None,
    )
    return Markup(clean)
