"""A real MkDocs build of a fixture site with participation/: pages, feed, calendars, feedback."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
from conftest import Build, build, copy_site
from icalendar import Calendar

CASES = Path(__file__).parent / "fixtures" / "participation"
CREDIT = "---\ntitle: Advice and support\ncoproduced_with: [Testshire Young Voices]\n---\n"


def add_participation(root: Path, case: str = "valid") -> None:
    """Give a copied fixture site a participation folder and a credited page."""
    shutil.copytree(CASES / case, root / "participation")
    shutil.copy(CASES / "themes.yml", root / "participation" / "themes.yml")
    page = root / "content" / "advice-and-support.md"
    page.write_text(CREDIT + page.read_text())


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    root = copy_site("basic", tmp_path_factory.mktemp("participation") / "site-root")
    add_participation(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SIGNPOST_TODAY", "2026-11-28")
        result = build(root)
    assert result.returncode == 0, result.output
    yield result


def test_builds_strictly_with_no_warnings(site: Build) -> None:
    assert site.warnings() == []


def test_you_said_we_did_lists_entries_by_theme_newest_first(site: Build) -> None:
    soup = site.html("you-said-we-did/")
    groups = soup.select("[data-said-group]")
    assert [g["id"] for g in groups] == ["theme-website", "theme-transport"]
    transport = [a["id"] for a in groups[1].select("article.app-said")]
    assert transport == ["late-drivers", "free-buses"]
    free = soup.select_one("#free-buses")
    assert free["data-status"] == "not-possible"
    assert "Our budget does not stretch to everyone." in free.select_one(".app-said__why").text
    assert free.select_one("a.app-said__link")["href"] == "#free-buses"
    assert soup.select_one("#clearer-words blockquote").get_text(strip=True) == "Too many initials."
    assert soup.select_one(".app-said__source").get_text(" ", strip=True).startswith("Testshire")


def test_the_filter_is_real_form_controls_hidden_until_the_script_runs(site: Build) -> None:
    soup = site.html("you-said-we-did/")
    form = soup.select_one("form[data-app-filter]")
    assert form.has_attr("hidden")
    for name in ("theme", "status"):
        select = form.select_one(f"select[name={name}]")
        assert form.select_one(f"label[for={select['id']}]") is not None
    assert [o["value"] for o in form.select("select[name=status] option")] == [
        "",
        "done",
        "in-progress",
        "not-possible",
    ]
    assert form.select_one("[aria-live=polite]") is not None
    scripts = [s["src"] for s in soup.select("script[src]")]
    assert "../assets/javascripts/you-said-we-did.js" in scripts
    assert (site.site / "assets" / "javascripts" / "you-said-we-did.js").is_file()


def test_feed_is_linked_and_parses(site: Build) -> None:
    soup = site.html("you-said-we-did/")
    assert soup.select_one(".app-you-said__feed a")["href"] == "feed.xml"
    # Material fetches sitemap.xml beside every <link rel=alternate>: a feed there means a 404.
    assert soup.select("head link[rel=alternate]") == []
    parsed = feedparser.parse((site.site / "you-said-we-did" / "feed.xml").read_bytes())
    assert not parsed.bozo
    base = "https://localoffer.example.org/you-said-we-did/"
    assert parsed.feed.id == base
    assert [e.id for e in parsed.entries] == [
        base + "#late-drivers",
        base + "#free-buses",
        base + "#clearer-words",
    ]


def test_events_page_lists_only_upcoming_events_with_calendars(site: Build) -> None:
    soup = site.html("have-your-say/events/")
    ids = [a["id"] for a in soup.select("article.app-event")]
    assert ids == ["winter-social", "holiday-club", "spring-drop-in"]
    winter = soup.select_one("#winter-social")
    assert "Wednesday 9 December 2026, 5pm" in winter.select_one(".app-event__when").text
    assert winter.select_one(".app-event__calendar a")["href"] == "winter-social.ics"
    calendar = Calendar.from_ical((site.site / "have-your-say/events/upcoming.ics").read_bytes())
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [
        "winter-social@localoffer.example.org",
        "holiday-club@localoffer.example.org",
        "spring-drop-in@localoffer.example.org",
    ]
    club = soup.select_one("#holiday-club")
    facts = {row.dt.get_text(): row.dd.get_text() for row in club.select(".app-facts__row")}
    assert facts["Who it is for"] == "Disabled children and their brothers and sisters."
    assert (facts["Ages"], facts["Cost"]) == ("Aged 5 to 14", "£5 a day")
    assert club.select_one(".app-event__kind").get_text() == "Holiday club"
    item = club.find_parent("li")
    assert (item["data-area"], item["data-age-min"], item["data-age-max"]) == ("north", "5", "14")
    assert (item["data-month"], item["data-date"]) == ("2027-02", "2027-02-16")
    one = Calendar.from_ical((site.site / "have-your-say/events/winter-social.ics").read_bytes())
    assert str(one.walk("VEVENT")[0]["SUMMARY"]) == "Winter get-together & party"


def test_area_page_shows_services_partnership_and_its_events(site: Build) -> None:
    soup = site.html("have-your-say/areas/north/")
    assert soup.h1.get_text(strip=True) == "North"
    services = soup.select_one("#services").find_parent("section")
    assert services.select(".app-service-card")
    assert services.select_one("a.app-button")["href"] == "../../../find/area/north/"
    partnership = soup.select_one("#partnership").find_parent("section")
    assert "North local partnership" in partnership.text
    assert "A headteacher" in partnership.text
    events = soup.select_one("#events").find_parent("section")
    assert [a["id"] for a in events.select("article.app-event")] == [
        "winter-social",
        "holiday-club",
    ]
    south = site.html("have-your-say/areas/south/")
    assert "not published details" in south.select_one("#partnership").find_parent("section").text


def test_made_with_families_lists_partners_pages_and_services(site: Build) -> None:
    soup = site.html("made-with-families/")
    sections = {s.h2.get_text(strip=True): s for s in soup.select("section.app-partner")}
    assert "Testshire Young Voices" in sections
    assert [a.text for a in sections["Testshire Young Voices"].select("a")] == [
        "Advice and support"
    ]
    forum = sections["Northshire Parent Carer Forum"]
    assert "Riverside Saturday Club" in [a.text for a in forum.select("a")]


@pytest.mark.parametrize(
    "page",
    ["", "advice-and-support/", "services/riverside-saturday-club/", "find/a-z/", "glossary/"],
)
def test_every_page_type_ends_with_feedback(site: Build, page: str) -> None:
    soup = site.html(page)
    box = soup.select_one("article .app-feedback")
    assert box.h2.get_text(strip=True) == "Was this page useful?"
    link = box.select_one("a.app-feedback__link")
    assert link.get_text(strip=True) == "Tell us how to make it better"
    parts = urlsplit(link["href"])
    assert parts.scheme == "mailto" and parts.path == "localoffer@example.org"
    body = parse_qs(parts.query)["body"][0]
    assert f"https://localoffer.example.org/{page}" in body
    assert box.select_one('a[href="tel:+441632960000"]') is not None


def test_credit_shows_on_a_written_page(site: Build) -> None:
    credit = site.html("advice-and-support/").select_one(".app-credit--page")
    assert credit.get_text(" ", strip=True).startswith("Written with Testshire Young Voices.")
    assert credit.a["href"] == "../made-with-families/"


def test_problems_fail_the_strict_build_with_file_and_line(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    add_participation(root, "invalid")
    result = build(root)
    assert result.returncode != 0
    expected = (CASES / "invalid" / "expected.txt").read_text().splitlines()
    # The fixture taxonomy has no "east", so suggestions differ there; the rest are the same.
    found = set(result.warnings())
    assert (
        "participation/events/end-before-start.yml:4: end: 17:00 is not later than start (18:00): check both times"
        in found
    )
    assert sum(line in found for line in expected) >= len(expected) - 3


def test_generated_pages_edit_their_data_file_or_show_no_edit_link(site: Build) -> None:
    north = site.html("have-your-say/areas/north/")
    edit = north.select_one("a.md-content__button[rel=edit]")
    assert edit["href"] == (
        "https://github.com/testshire/local-offer/edit/main/participation/localities/north.yml"
    )
    assert site.html("have-your-say/events/").select_one("a[rel=edit]") is None


def test_acronyms_in_participation_files_fail_the_build(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    add_participation(root)
    entry = root / "participation" / "you-said-we-did" / "late-drivers.yml"
    entry.write_text(entry.read_text().replace("Drivers change", "QRT drivers change"))
    result = build(root)
    assert result.returncode != 0
    assert any(
        w.startswith(
            'participation/you-said-we-did/late-drivers.yml:1: "QRT" is not in the glossary'
        )
        for w in result.warnings()
    ), result.warnings()


def test_replies_are_in_the_page_contents(site: Build) -> None:
    toc = site.html("you-said-we-did/").select("nav.md-nav--secondary a")
    assert "#what-you-said" in [a["href"] for a in toc]


def test_a_feedback_form_replaces_the_email_on_every_page(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "    listing_page_size: 5\n",
            "    listing_page_size: 5\n    feedback_form: https://forms.example.org/local-offer\n",
        )
    )
    result = build(root)
    assert result.returncode == 0, result.output
    for page in ("", "services/riverside-saturday-club/"):
        box = result.html(page).select_one(".app-feedback")
        href = box.select_one("a.app-feedback__link")["href"]
        assert urlsplit(href).netloc == "forms.example.org"
        assert parse_qs(urlsplit(href).query) == {
            "page": [f"https://localoffer.example.org/{page}"]
        }
        assert "feedback form" in box.get_text()
