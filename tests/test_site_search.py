"""The built site carries its own search index and marks what each page is for search."""

from __future__ import annotations

from conftest import Build


def test_the_build_writes_a_pagefind_index_and_no_lunr_index(basic_site: Build) -> None:
    assert (basic_site.site / "pagefind" / "pagefind.js").is_file()
    assert list((basic_site.site / "pagefind" / "index").glob("*.pf_index"))
    assert not (basic_site.site / "search" / "search_index.json").exists()


def test_a_service_page_is_indexed_with_its_filters(basic_site: Build) -> None:
    page = basic_site.html("services/riverside-saturday-club/")
    body = page.select("[data-pagefind-body]")
    assert len(body) == 1
    filters = sorted(e["data-pagefind-filter"] for e in body[0].select("[data-pagefind-filter]"))
    ages = [f"age:{n}" for n in range(5, 12)]
    expected = [
        *sorted(ages),
        "area:north",
        "area:south",
        "category:short-breaks",
        "cost:free",
        "need:autism",
        "need:learning-disability",
        "named-need:autism",
        "named-need:learning-disability",
        "district:NQ1",
        "district:NQ5",
        "type:service",
    ]
    assert filters == sorted(expected)
    meta = {
        e["data-pagefind-meta"]: e.get_text(strip=True)
        for e in body[0].select("[data-pagefind-meta]")
        if ":" not in e["data-pagefind-meta"]
    }
    assert meta["summary"] == "Play sessions on Saturdays for disabled children aged 5 to 11."
    assert meta["cost"] == "Free"
    assert meta["ages"] == "Aged 5 to 11"
    assert page.select_one("h1[data-pagefind-sort='name']").get_text(strip=True)


def test_listings_and_the_find_page_are_left_out_of_the_index(basic_site: Build) -> None:
    for url in ("find/", "find/a-z/", "find/need/autism/", "search/", ""):
        assert not basic_site.html(url).select("[data-pagefind-body]"), url


def test_information_pages_are_indexed_as_information(basic_site: Build) -> None:
    page = basic_site.html("advice-and-support/")
    kind = page.select_one("[data-pagefind-body] [data-pagefind-filter='type:page']")
    assert kind is not None
    assert kind["data-pagefind-meta"] == "kind:Information"


def test_without_javascript_the_find_page_offers_the_listings(basic_site: Build) -> None:
    page = basic_site.html("find/")
    form = page.select_one("form[data-app-search]")
    assert form is not None and not form.has_attr("hidden"), "in the page: nothing moves later"
    note = form.select_one("noscript")
    assert note is not None and "needs JavaScript" in note.get_text()
    links = [a["href"] for a in page.select(".app-way a")]
    assert any(h.endswith("need/autism/") for h in links)
    assert any(h.endswith("area/north/") for h in links)
    assert any("a-z/" in a["href"] for a in page.select("a.app-button"))


def test_every_page_links_to_the_search_page(basic_site: Build) -> None:
    for url in ("", "advice-and-support/", "services/riverside-saturday-club/"):
        link = basic_site.html(url).select_one("a.app-header-search")
        assert link is not None and link["href"].endswith("search/"), url
