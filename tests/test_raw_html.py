"""Raw HTML in content pages: only an allow-list, every problem at its line (issue 17, finding 3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import copy_site
from signpost.checks.project import load_project
from signpost.checks.raw_html import raw_html_problems
from signpost.cli.check import check_project

PAGE = """---
title: A page
---
# A page

Ages 5 < 11, <https://example.org> and <hello@example.org> are fine.

<div markdown class="note" id="n1" aria-label="Note">
<img src="x.png" alt="A map" width="20"
  onerror="alert(1)">
</div>
<script>alert(1)</script>
<iframe src="https://example.org"></iframe>
<p style="background: url(https://example.org/x.png)">Hi</p>
<a href=" jav&#x61;script:alert(1)">Go</a>
[Click](javascript:alert(1)), [ok](https://example.org), [page](other.md#part)
[ref]: vbscript:msgbox
`<script>shown as code</script>`

```html
<object data="x"></object>
```
<object data="x"></object><svg onload="alert(1)"></svg><span data-x="1">y</span>
<details open><summary>More</summary><p style="color: red">Red</p></details>
"""

EXPECTED = [
    "x.md:9: raw HTML: onerror= on <img> runs code, which pages may not do: remove it",
    "x.md:12: raw HTML: <script> is not allowed in a page",
    "x.md:13: raw HTML: <iframe> is not allowed in a page",
    "x.md:14: raw HTML: style= on <p> loads or runs something",
    'x.md:15: raw HTML: href= on <a>: " javascript:alert(1)" is not a link families can follow',
    'x.md:16: link: "javascript:alert(1" is not a link families can follow',
    'x.md:17: link: "vbscript:msgbox" is not a link families can follow',
    "x.md:23: raw HTML: <object> is not allowed in a page",
    "x.md:23: raw HTML: <svg> is not allowed in a page",
    "x.md:23: raw HTML: data-x= is not allowed on <span>",
]


def test_only_allow_listed_html_is_accepted_and_each_problem_has_its_line() -> None:
    found = [str(p) for p in raw_html_problems("x.md", PAGE)]
    assert len(found) == len(EXPECTED), found
    for line, start in zip(found, EXPECTED, strict=True):
        assert line.startswith(start), (line, start)


@pytest.mark.parametrize(
    "html",
    [
        '<a href="https://example.org" title="t">x</a>',
        '<a href="mailto:a@example.org">x</a> <a href="tel:+441632960000">x</a>',
        '<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
        "<abbr title='special educational needs'>SEN</abbr><br><hr>",
    ],
)
def test_what_markdown_and_components_write_is_fine(html: str) -> None:
    assert raw_html_problems("x.md", f"# Page\n\n{html}\n") == []


def test_signpost_check_reports_raw_html_like_the_build(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "root")
    (root / "content" / "hostile.md").write_text("# Hostile\n\n<script>alert(1)</script>\n")
    found = [str(p) for p in check_project(load_project(root), dt.date(2026, 11, 28)).problems]
    assert any(
        p.startswith("content/hostile.md:3: raw HTML: <script> is not allowed") for p in found
    )
