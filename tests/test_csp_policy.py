"""The Content-Security-Policy worked out from a finished page (issue 17, finding 3)."""

from __future__ import annotations

import base64
import hashlib

import pytest
from pydantic import ValidationError
from signpost.website.csp import (
    Policy,
    SecuritySettings,
    script_hash,
    template_script_hashes,
    with_policy,
)

PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<script>var a = 1;</script>
<script src="assets/app.js"></script>
<script type="application/json" id="__config">{"a": 1}</script>
</head><body><article>CONTENT</article>
<script type="module">import "./x.js";</script>
</body></html>"""
CONTENT = "<p>Hi</p><script>steal()</script>"


def test_script_hash_is_the_base64_sha256_of_the_script_text() -> None:
    expected = base64.b64encode(hashlib.sha256(b"var a = 1;").digest()).decode()
    assert script_hash("var a = 1;") == f"sha256-{expected}"


def test_template_scripts_are_hashed_and_content_scripts_and_data_are_not() -> None:
    html = PAGE.replace("CONTENT", CONTENT)
    assert template_script_hashes(html, CONTENT) == [
        script_hash("var a = 1;"),
        script_hash('import "./x.js";'),
    ]


def test_the_policy_goes_right_after_the_charset_and_names_each_part() -> None:
    html = with_policy(PAGE, "", Policy(("https://forms.example.org/feedback?x=1",)))
    head = html.split("<script", 1)[0]
    assert head.count('http-equiv="Content-Security-Policy"') == 1
    assert head.index('charset="utf-8"') < head.index("Content-Security-Policy")
    policy = head.split('content="', 1)[1].split('"', 1)[0]
    parts = dict(part.split(" ", 1) for part in policy.split("; "))
    assert parts["default-src"] == "'self'"
    assert parts["object-src"] == "'none'"
    assert parts["base-uri"] == "'self'"
    assert parts["form-action"] == "'self' https://forms.example.org"
    assert f"'{script_hash('var a = 1;')}'" in parts["script-src"]
    assert "'unsafe-inline'" not in parts["script-src"]
    assert "'unsafe-eval'" not in parts["script-src"].replace("'wasm-unsafe-eval'", "")


def test_form_action_addresses_are_checked() -> None:
    assert SecuritySettings(form_action=["https://forms.example.org/"]).form_action
    with pytest.raises(ValidationError, match="must start with https://"):
        SecuritySettings(form_action=["javascript:alert(1)"])
