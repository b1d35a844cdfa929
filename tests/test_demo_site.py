"""The Northshire demo Local Offer: builds strictly and covers what the law asks for."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from conftest import REPO, Build, build_into
from signpost.directory.load import load_directory

DRAMA_PHONES = re.compile(r"^(01632 960\d{3}|07700 900\d{3}|0808 157 0\d{3})$")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Build:
    result = build_into(REPO, tmp_path_factory.mktemp("demo") / "site")
    assert result.returncode == 0, result.output
    return result


def test_demo_builds_strictly_with_no_warnings(demo: Build) -> None:
    assert demo.warnings() == []


def test_demo_directory_is_broad_enough_for_a_real_local_offer() -> None:
    directory = load_directory(REPO / "directory", today=dt.date.today())
    assert directory.problems == []
    assert directory.taxonomy is not None
    entries = directory.entries
    assert len(entries) >= 40
    categories = Counter(c for e in entries for c in e.service.categories)
    assert all(categories[t.id] >= 3 for t in directory.taxonomy.categories), categories
    for kind in ("needs", "areas"):
        used = {i for e in entries for i in getattr(e.service, kind)}
        assert used == {t.id for t in directory.taxonomy.terms(kind)}, kind
    assert min(e.service.age.min for e in entries) == 0
    assert max(e.service.age.max for e in entries) == 25


def test_demo_contacts_are_fictional() -> None:
    for entry in load_directory(REPO / "directory").entries:
        contact = entry.service.contact
        for number in filter(None, (contact.phone, contact.text)):
            assert DRAMA_PHONES.match(number), (entry.path, number)
        if contact.email:
            assert contact.email.endswith("@example.org"), entry.path
        if contact.website:
            assert contact.website.startswith("https://example.org"), entry.path


@pytest.mark.parametrize(
    "page",
    [
        "what-is-the-local-offer",
        "sen-support",
        "ehc-needs-assessments-and-plans",
        "health",
        "social-care-and-short-breaks",
        "travel-and-transport",
        "preparing-for-adulthood",
        "personal-budgets",
        "advice-and-support",
        "complaints-and-disagreements",
        "you-said-we-did",
        "contact-us",
        "accessibility",
    ],
)
def test_information_pages_required_by_the_regulations_are_in_the_menu(
    demo: Build, page: str
) -> None:
    home = demo.html("")
    menu = [a["href"] for a in home.select("nav.md-nav--primary a")]
    assert f"{page}/" in menu
    assert demo.html(f"{page}/").h1 is not None


def test_every_service_has_a_page_and_is_in_the_a_to_z(demo: Build) -> None:
    ids = {p.stem for p in (REPO / "directory").glob("*.yml") if not p.name.startswith("_")}
    built = {p.parent.name for p in (demo.site / "services").glob("*/index.html")}
    assert built == ids
    listed = set()
    for page in (demo.site / "find" / "a-z").rglob("index.html"):
        soup = BeautifulSoup(page.read_text(), "html.parser")
        listed |= {
            a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select(".app-service-card__link")
        }
    assert listed == ids


def test_demo_site_makes_no_request_to_another_host(demo: Build) -> None:
    for file in demo.site.rglob("*.html"):
        soup = BeautifulSoup(file.read_text(), "html.parser")
        for tag in soup.select(
            "script[src], link[href], img[src], iframe, source[src], video, audio"
        ):
            address = tag.get("src") or tag.get("href") or ""
            if tag.name == "link" and tag.get("rel") in (["canonical"], ["alternate"]):
                continue
            assert "://" not in address and not address.startswith("//"), (file, address)
    for css in demo.site.rglob("*.css"):
        assert not re.search(r"@import\s+url\(['\"]?https?:|fonts\.googleapis", css.read_text()), (
            css
        )


def test_no_content_file_is_written_by_a_build(demo: Build) -> None:
    newest = max(
        p.stat().st_mtime for folder in ("content", "directory") for p in (REPO / folder).rglob("*")
    )
    assert newest < demo.started, "a content file changed during the build"
