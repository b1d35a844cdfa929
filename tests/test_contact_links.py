"""Phone numbers and emails in page text become one-tap links; wrong numbers are reported."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import REPO, Build, build, build_into, copy_site
from signpost.website.contact_links import (
    dial_problems,
    find_contacts,
    link_contacts,
    link_text,
    source_dial_problems,
)

# Deliberately looser than the code's own patterns, so the scan can catch what they miss.
LOOSE_PHONE = re.compile(r"(?:\+44|\b0)\s?\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b")
LOOSE_EMAIL = re.compile(r"\S+@\S+\.[a-z]{2,}", re.IGNORECASE)


def test_a_number_becomes_a_tel_link_and_keeps_its_words() -> None:
    assert link_text("Ring us on 01632 960000.") == (
        'Ring us on <a href="tel:+441632960000">01632 960000</a>.'
    )


@pytest.mark.parametrize(
    "text",
    ["Text 07700 900000", "Text: 07700 900000", "text us on 07700 900000", "or text 07700 900000"],
)
def test_a_mobile_after_the_word_text_becomes_an_sms_link(text: str) -> None:
    assert 'href="sms:+447700900000"' in link_text(text)


def test_a_mobile_to_ring_stays_a_call() -> None:
    assert 'href="tel:+447700900000"' in link_text("Ring 07700 900000 after 6pm")


def test_emails_become_mailto_links() -> None:
    html = link_text("Email sendiass@example.org. We reply in 3 days.")
    assert html == (
        'Email <a href="mailto:sendiass@example.org">sendiass@example.org</a>. We reply in 3 days.'
    )


@pytest.mark.parametrize(
    "text", ["On 2026-09-14 at 10", "Ages 0 to 25", "NQ1 1AA", "Open 9am to 5pm, 2026"]
)
def test_dates_ages_and_postcodes_are_not_numbers(text: str) -> None:
    assert find_contacts(text) == ([], [])


def test_freephone_and_international_forms_are_dialled() -> None:
    found, wrong = find_contacts("Freephone 0808 157 0123 or +44 1632 960000")
    assert [f.href for f in found] == ["tel:+448081570123", "tel:+441632960000"]
    assert wrong == []


def test_headings_code_and_links_are_left_alone() -> None:
    page = (
        "<html><head><title>01632 960000</title></head><body>"
        "<h2>Call 01632 960000</h2><p>See <a href='x'>01632 960001</a>, "
        "<code>01632 960002</code> or ring 01632 960003</p></body></html>"
    )
    html = link_contacts(page)
    assert html.count("tel:") == 1
    assert '<a href="tel:+441632960003">01632 960003</a>' in html
    assert "<h2>Call 01632 960000</h2>" in html


def test_text_between_and_after_skipped_elements_is_still_linked() -> None:
    page = (
        "<body><nav><a href='x'>Home</a><ul><li>Ring <b>01632 960004</b></li></ul></nav>"
        "<svg><text>01632 960005</text></svg><p class='x'>Email a@example.org</p>"
        "<h3>01632 960006</h3>Or 07700 900007<br/>end</body>"
    )
    html = link_contacts(page)
    assert re.findall(r'href="([^"]+)"', html) == [
        "tel:+441632960004",
        "mailto:a@example.org",
        "tel:+447700900007",
    ]
    assert "<b><a href=" in html and "<svg><text>01632 960005</text></svg>" in html


def test_a_number_that_cannot_be_dialled_is_not_linked_but_reported() -> None:
    assert "href" not in link_text("Ring 03000 005 1213")
    problems = dial_problems("content/x.md", ["Hello", "Ring 03000 005 1213 today."])
    assert [str(p) for p in problems] == [
        'content/x.md:2: phone: "03000 005 1213" cannot be dialled (12 digits): a UK number has '
        '10 or 11 digits starting with 0, like "01632 960123"; check it'
    ]


def test_every_demo_page_and_yaml_file_has_numbers_that_can_be_dialled() -> None:
    assert source_dial_problems(REPO, REPO / "content") == []


def test_a_wrong_number_fails_the_strict_build_with_its_line(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    page = root / "content" / "advice-and-support.md"
    page.write_text(page.read_text() + "\nRing the helpline on 0300 005 12134.\n")
    lines = page.read_text().splitlines()
    result = build(root)
    assert result.returncode != 0
    expected = f"content/advice-and-support.md:{len(lines)}: phone: " + '"0300 005 12134"'
    assert any(w.startswith(expected) for w in result.warnings()), result.warnings()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build_into(REPO, tmp_path_factory.mktemp("demo-contacts") / "site")
    assert result.returncode == 0, result.output
    return result


def test_no_demo_page_shows_a_number_or_email_outside_a_link(demo: Build) -> None:
    pages = sorted(demo.site.rglob("*.html"))
    assert len(pages) > 100
    unlinked = []
    for file in pages:
        body = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser").body
        for text in body.find_all(string=True) if body else []:
            if text.find_parent(["a", "script", "style", "template"]):
                continue
            if LOOSE_PHONE.search(text) or LOOSE_EMAIL.search(text):
                unlinked.append((file.relative_to(demo.site).as_posix(), text.strip()[:80]))
    assert unlinked == []


def test_demo_pages_link_numbers_written_in_their_text(demo: Build) -> None:
    html = demo.html("contact-us/")
    hrefs = {a["href"] for a in html.select("article a")}
    assert {"tel:+441632960000", "sms:+447700900000", "mailto:localoffer@example.org"} <= hrefs
    assert "tel:+441632960999" in hrefs, "the out of hours number"
    easy = demo.html("easy-read/travel/")
    assert easy.select_one('article a[href="tel:+441632960000"]') is not None


def test_signpost_check_reports_a_wrong_number_too(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    page = root / "content" / "advice-and-support.md"
    page.write_text(page.read_text() + "\nRing 0300 005 12134.\n")
    done = subprocess.run(
        [sys.executable, "-m", "signpost", "check", "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert '"0300 005 12134" cannot be dialled' in done.stdout + done.stderr


# Words that send a family somewhere: the paragraph saying them must link there.
SENDS_SOMEWHERE = re.compile(
    r"contact the team|see the section|council's complaints procedure|complaints form|"
    r"patient advice and liaison|mediation advice|Ombudsman|appeal to the First-tier Tribunal",
    re.IGNORECASE,
)


def test_no_demo_page_sends_a_family_somewhere_without_a_link(demo: Build) -> None:
    dead_ends = []
    for file in sorted(demo.site.rglob("*.html")):
        article = BeautifulSoup(file.read_text(encoding="utf-8"), "html.parser").article
        for block in article.select("p, li") if article else []:
            if SENDS_SOMEWHERE.search(block.get_text()) and not block.find("a"):
                dead_ends.append((file.relative_to(demo.site).as_posix(), block.get_text()[:90]))
    assert dead_ends == []


def test_complaints_name_and_link_the_ombudsman_and_the_send_tribunal(demo: Build) -> None:
    page = demo.html("complaints-and-disagreements/")
    links = {a.get_text(" ", strip=True): a["href"] for a in page.select("article a")}
    assert links["Local Government and Social Care Ombudsman"] == "https://www.lgo.org.uk/"
    assert links["how to appeal to the SEND Tribunal"].startswith("https://www.gov.uk/")
    assert links["Common Ground Mediation"] == "../services/common-ground-mediation/"
