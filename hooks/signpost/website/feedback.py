"""The "Was this page useful?" link at the foot of every page."""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import quote, urlencode, urlsplit


def feedback_href(title: str, page_url: str, council: dict[str, Any]) -> str:
    """Return where "Tell us how to make it better" goes: the form if set, or an email.

    Titles reach templates HTML-escaped (Material prints them raw), so they are unescaped here
    before being URL-encoded.
    """
    title = html.unescape(title or "")
    form = council.get("feedback_form")
    if form:
        joiner = "&" if urlsplit(form).query else "?"
        return f"{form}{joiner}{urlencode({'page': page_url})}"
    address = council.get("feedback_email") or council.get("email") or ""
    subject = f"Feedback about the page: {title}"
    body = f"Page: {title}\nAddress: {page_url}\n\nWhat could be better?\n"
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


def report_href(name: str, page_url: str, last_checked: str, council: dict[str, Any]) -> str:
    """Return where "Report something wrong" on a service page goes, with the service named."""
    form = council.get("feedback_form")
    if form:
        joiner = "&" if urlsplit(form).query else "?"
        fields = {"page": page_url, "service": name, "last_checked": last_checked}
        return f"{form}{joiner}{urlencode({**fields, 'report': 'wrong'})}"
    address = council.get("feedback_email") or council.get("email") or ""
    subject = f"Something is wrong: {name}"
    body = (
        f"Service: {name}\nAddress: {page_url}\nLast checked: {last_checked}\n\n"
        "What is wrong, and what should it say?\n"
    )
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"
