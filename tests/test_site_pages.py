"""A real MkDocs build of the basic fixture site, checked page by page."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import REPO, Build, build_into

RIVERSIDE = "services/riverside-saturday-club/"


def test_service_page_shows_each_part_in_the_order_families_read_it(basic_site: Build) -> None:
    article = basic_site.html(RIVERSIDE).select_one("article.app-service")
    assert article is not None
    ids = [h2["id"] for h2 in article.select("h2")]
    assert ids == [
        "contact",
        "easy-read",
        "what",
        "who",
        "how",
        "cost",
        "when",
        "where",
        "languages",
        "listed",
    ]
    assert article.h1 is not None and article.h1.get_text(strip=True) == "Riverside Saturday Club"
    summary = article.select_one(".app-service__summary")
    assert summary is not None
    assert summary.get_text() == "Play sessions on Saturdays for disabled children aged 5 to 11."
    assert "trained staff" in article.select_one("#what").find_parent("section").get_text()


def test_contact_details_are_one_tap_links(basic_site: Build) -> None:
    links = basic_site.html(RIVERSIDE).select(".app-contact__link")
    assert [a["href"] for a in links] == [
        "tel:+441632960123",
        "sms:+447700900123",
        "mailto:hello@example.org",
        "https://example.org/riverside",
    ]
    assert links[0].get_text() == "Call 01632 960123"


def test_who_it_is_for_links_to_listings(basic_site: Build) -> None:
    who = basic_site.html(RIVERSIDE).select_one("#who").find_parent("section")
    assert "Aged 5 to 11" in who.get_text()
    hrefs = [a["href"] for a in who.select("a")]
    assert hrefs == [
        "../../find/need/autism/",
        "../../find/need/learning-disability/",
        "../../find/area/north/",
        "../../find/area/south/",
    ]


def test_places_show_address_postcode_and_access(basic_site: Build) -> None:
    places = basic_site.html(RIVERSIDE).select(".app-place")
    assert len(places) == 2
    assert "NQ1 2AB" in places[0].get_text()
    assert [li.get_text() for li in places[0].select(".app-place__access li")] == [
        "Step-free access",
        "Hearing loop",
    ]
    assert "Ask the service about access" in places[1].get_text()


def test_credit_last_checked_and_edit_link(basic_site: Build) -> None:
    soup = basic_site.html(RIVERSIDE)
    assert (
        soup.select_one(".app-credit").get_text() == "Written with Northshire Parent Carer Forum."
    )
    checked = soup.select_one(".app-service__checked time")
    assert checked["datetime"] == "2026-09-14"
    assert checked.get_text() == "14 September 2026"
    edit = (
        "https://github.com/testshire/local-offer/edit/main/directory/riverside-saturday-club.yml"
    )
    assert soup.select_one(".app-service__edit a")["href"] == edit
    assert soup.select_one("a.md-content__button[rel=edit]")["href"] == edit


def test_page_title_and_description_name_the_service(basic_site: Build) -> None:
    soup = basic_site.html(RIVERSIDE)
    assert soup.title.get_text() == "Riverside Saturday Club - Testshire Local Offer"
    assert soup.select_one("meta[name=description]")["content"].startswith("Play sessions")


def test_a_service_without_optional_parts_says_so_plainly(basic_site: Build) -> None:
    soup = basic_site.html("services/northshire-advice-line/")
    ids = [h2["id"] for h2 in soup.select("article.app-service h2")]
    assert ids == ["contact", "what", "who", "how", "cost", "where", "listed"]
    text = soup.select_one("article.app-service").get_text(" ", strip=True)
    assert "Any special educational need or disability" in text
    assert "There is no building to visit" in text
    assert "From birth to 25" in text


def test_a_service_past_its_review_date_shows_a_gentle_notice(basic_site: Build) -> None:
    notice = basic_site.html("services/northshire-advice-line/").select_one(".app-notice")
    assert notice is not None
    assert "We last checked this on 31 January 2025" in notice.get_text()


def test_a_to_z_is_split_into_pages_with_letters_that_jump_across_them(basic_site: Build) -> None:
    first = basic_site.html("find/a-z/")
    second = basic_site.html("find/a-z/page-2/")
    names = [
        a.get_text() for soup in (first, second) for a in soup.select(".app-service-card__link")
    ]
    assert names == [
        "Club number 1",
        "Club number 2",
        "Club number 3",
        "Club number 4",
        "Club number 5",
        "Northshire Advice Line",
        "Riverside Saturday Club",
    ]
    letters = {a.get_text(): a["href"] for a in first.select(".app-letters a")}
    assert letters == {"C": "#letter-c", "N": "page-2/#letter-n", "R": "page-2/#letter-r"}
    assert second.select_one("#letter-r") is not None
    assert first.select_one("a[rel=next]")["href"] == "page-2/"
    assert second.select_one("a[rel=prev]")["href"] == "../"
    assert second.select_one("[aria-current=page]").get_text() == "2"


def test_cards_show_name_summary_ages_areas_and_cost(basic_site: Build) -> None:
    card = basic_site.html("find/area/north/").select_one(".app-service-card")
    facts = {
        dt.get_text(): dd.get_text()
        for dt, dd in zip(card.select("dt"), card.select("dd"), strict=True)
    }
    assert card.select_one("a")["href"] == "../../../services/northshire-advice-line/"
    assert facts == {"Ages": "From birth to 25", "Areas": "North", "Cost": "Free"}


def test_need_listing_puts_specialist_services_first(basic_site: Build) -> None:
    first = basic_site.html("find/need/autism/")
    second = basic_site.html("find/need/autism/page-2/")
    assert [h.get_text() for h in first.select("h2.app-listing__letter")] == [
        "Services for this need"
    ]
    headings = [h.get_text() for h in second.select("h2.app-listing__letter")]
    assert headings == ["Services for this need", "Services for any need"]
    assert second.select(".app-service-card__link")[-1].get_text() == "Northshire Advice Line"
    assert "7 services" in first.select_one(".app-listing__count").get_text()


def test_age_listing_matches_overlapping_ranges(basic_site: Build) -> None:
    names = [
        a.get_text() for a in basic_site.html("find/age/0-4/").select(".app-service-card__link")
    ]
    assert names == ["Northshire Advice Line"]


def test_empty_listing_is_never_a_dead_end(basic_site: Build) -> None:
    soup = basic_site.html("find/category/health/")
    assert "There are no services listed here yet" in soup.select_one(".app-empty").get_text()
    other = [a["href"] for a in soup.select(".app-other-ways a")]
    assert "../../" in other and "../../a-z/" in other
    assert "tel:+441632960000" in other


def test_find_page_offers_every_way_in_with_counts(basic_site: Build) -> None:
    soup = basic_site.html("find/")
    headings = [h.get_text() for h in soup.select(".app-way h2")]
    assert headings == ["By what it is for", "By need", "By area", "By age"]
    first_way = [li.get_text(" ", strip=True) for li in soup.select(".app-way")[0].select("li")]
    assert first_way == [
        "Short breaks (6 services)",
        "Health (0 services)",
        "Information and advice (1 service)",
    ]


def test_home_page_offers_ways_in(basic_site: Build) -> None:
    soup = basic_site.html("")
    assert soup.h1.get_text() == "Testshire Local Offer"
    hrefs = [a["href"] for a in soup.select(".app-home-find a")]
    assert "find/category/short-breaks/" in hrefs and "find/" in hrefs


def test_side_navigation_lists_content_pages_only(basic_site: Build) -> None:
    for page in ("", RIVERSIDE, "find/a-z/"):
        nav = [a["href"] for a in basic_site.html(page).select("nav.md-nav--primary a")]
        assert nav, "the page has a navigation"
        assert not any("services/" in href for href in nav), nav


def test_no_page_loads_anything_from_another_host(basic_site: Build) -> None:
    for file in basic_site.site.rglob("*.html"):
        soup = basic_site.html(str(file.relative_to(basic_site.site)))
        for tag in soup.select("script[src], link[href], img[src], iframe, source[src]"):
            address = tag.get("src") or tag.get("href") or ""
            if tag.name == "link" and tag.get("rel") in (["canonical"], ["alternate"]):
                continue
            assert "://" not in address and not address.startswith("//"), (file, address)


def test_the_public_demo_has_no_editors_links_and_a_preview_build_has(tmp_path: Path) -> None:
    public = build_into(REPO, tmp_path / "public")
    assert public.returncode == 0, public.output
    for url in ("health/", "services/ashby-moor-saturday-club/", "you-said-we-did/"):
        page = public.html(url)
        assert page.select('a[rel="edit"]') == [], url
        assert page.select(".app-service__edit") == [], url
    os.environ["SIGNPOST_EDITOR_LINKS"] = "true"
    try:
        preview = build_into(REPO, tmp_path / "preview")
    finally:
        del os.environ["SIGNPOST_EDITOR_LINKS"]
    assert preview.returncode == 0, preview.output
    assert preview.html("health/").select('a[rel="edit"]')
    edit = preview.html("services/ashby-moor-saturday-club/").select_one(".app-service__edit a")
    assert edit is not None and edit["href"].endswith("directory/ashby-moor-saturday-club.yml")
