from __future__ import annotations

from bs4 import BeautifulSoup
from signpost.core.render import render_markdown

PAYLOADS = """Hello <script>alert(1)</script> and <img src=x onerror=alert(2)>.

<div onclick="alert(3)">block</div>

[click](javascript:alert(4)) [data](data:text/html;base64,PHNjcmlwdD4=) [ok](https://example.org)
"""


def test_markdown_becomes_html() -> None:
    html = render_markdown("We **really** help.\n\n- one\n- two\n")
    assert "<strong>really</strong>" in html
    assert "<li>one</li>" in html


def test_raw_html_is_shown_as_text_and_nothing_is_live() -> None:
    soup = BeautifulSoup(render_markdown(PAYLOADS), "html.parser")
    assert soup.find_all(["script", "img", "div"]) == []
    assert all(not any(a.startswith("on") for a in tag.attrs) for tag in soup.find_all(True))
    hrefs = [a.get("href") for a in soup.find_all("a")]
    assert hrefs == [None, None, "https://example.org"]
    assert "<script>alert(1)</script>" in soup.get_text()
