"""A Content-Security-Policy for every page, allowing only the scripts the templates wrote.

The policy is worked out from each finished page: every inline script that came from a
template (Material's, Signpost's, or a council's overrides) is allowed by its SHA-256 hash, so
a new template script keeps working without anyone editing a list. A script that came from the
page's own Markdown is never hashed, so it does not run (the build reports it as a problem too).
Scripts from files (`<script src>`) must come from the site itself.

Some settings cannot be given in a page (`frame-ancestors`, reporting): docs/security-headers.md
shows the headers to set on GitHub Pages, Netlify and a plain web server.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from signpost.core.fields import url_problem
from signpost.directory.model import Line, Strict, problem

INLINE_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
SRC = re.compile(r"\bsrc\s*=", re.I)
# Script types a browser runs; anything else (application/json, ld+json) is only data.
RUNNABLE = {"", "module", "text/javascript", "application/javascript"}
HEAD = re.compile(r"<head\b[^>]*>(\s*<meta\s+charset=[^>]*>)?", re.I)


class SecuritySettings(Strict):
    """`extra.security` in mkdocs.yml: where forms on the site may send what is typed in them."""

    # Other sites a form may post to, like a council's own feedback form handler.
    form_action: list[Line] = Field(default_factory=list)

    @field_validator("form_action")
    @classmethod
    def _web_addresses(cls, addresses: list[str]) -> list[str]:
        for address in addresses:
            if message := url_problem(address):
                raise problem(message)
        return addresses


@dataclass(frozen=True)
class Policy:
    """The parts of a page's policy that differ between sites."""

    form_action: tuple[str, ...] = ()

    def for_page(self, hashes: Iterable[str]) -> str:
        """Return the policy text for a page whose allowed inline scripts have `hashes`."""
        scripts = " ".join(f"'{h}'" for h in sorted(set(hashes)))
        forms = " ".join(["'self'", *sorted({_origin(a) for a in self.form_action})])
        return "; ".join(
            [
                "default-src 'self'",
                # Pagefind compiles its search engine from WebAssembly.
                f"script-src 'self' 'wasm-unsafe-eval' {scripts}".rstrip(),
                # Material and our components set styles; no style can load from elsewhere,
                # because images and fonts may only come from the site itself.
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                f"form-action {forms}",
            ]
        )


def _origin(address: str) -> str:
    parts = urlsplit(address)
    return f"{parts.scheme}://{parts.netloc}"


def script_hash(body: str) -> str:
    """Return the CSP source for an inline script: 'sha256-' and the base64 of its digest."""
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def template_script_hashes(html: str, content: str) -> list[str]:
    """Return the hashes of the runnable inline scripts of a page that are not in `content`."""
    hashes = []
    for match in INLINE_SCRIPT.finditer(html):
        attributes, body = match.groups()
        kind = TYPE.search(attributes)
        if SRC.search(attributes) or (kind and kind.group(1).lower() not in RUNNABLE):
            continue
        if body.strip() and match.group(0) in content:
            continue  # written in the page's Markdown: it must not run
        hashes.append(script_hash(body))
    return hashes


def with_policy(html: str, content: str, policy: Policy) -> str:
    """Put the page's policy first in its <head>, before any script or style can load."""
    hashes = template_script_hashes(html, content)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy.for_page(hashes)}">'
    found = HEAD.search(html)
    if found is None:
        return html
    return html[: found.end()] + meta + html[found.end() :]
