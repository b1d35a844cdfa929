"""No broken internal links or anchors, ever; contact links are well formed."""

from __future__ import annotations

import re

from browser.audit import site_pages
from browser.links import check_links
from bs4 import BeautifulSoup
from conftest import Served
from email_validator import validate_email

TEL = re.compile(r"^(tel|sms):\+44\d{9,10}$")


def test_every_internal_link_anchor_and_asset_works(served_demo: Served) -> None:
    report = check_links(served_demo.base)
    assert (report.returncode, report.errors, report.warnings) == (0, 0, 0), report.output
    assert report.urls >= len(site_pages(served_demo.build.site)), "every page was crawled"


def test_phone_text_and_email_links_are_well_formed(served_demo: Served) -> None:
    checked = 0
    for page in (served_demo.build.site / "services").glob("*/index.html"):
        soup = BeautifulSoup(page.read_text(), "html.parser")
        for link in soup.select("a[href^='tel:'], a[href^='sms:'], a[href^='mailto:']"):
            href = link["href"]
            if href.startswith("mailto:"):
                # A mailto: link may carry a subject and body after "?" (RFC 6068).
                address = href.removeprefix("mailto:").split("?", 1)[0]
                validate_email(address, check_deliverability=False)
            else:
                assert TEL.match(href), (page, href)
            checked += 1
    assert checked >= 40
