"""What the search index is told about each page and service."""

from __future__ import annotations

import pytest
from conftest import REPO
from signpost.directory.load import Directory, load_directory
from signpost.directory.taxonomy import Taxonomy
from signpost.directory.times import Session
from signpost.website.search_tags import (
    is_free,
    kind_facet,
    page_kind,
    service_facets,
    service_filters,
)


@pytest.mark.parametrize(
    ("cost", "free"),
    [
        ("Free", True),
        ("free of charge", True),
        ("Free. Trips cost £5.", True),
        ("£5 a session. Free if your child has a short breaks assessment.", False),
        ("Freedom passes cost £10", False),
        ("Costs vary", False),
    ],
)
def test_a_service_is_free_only_when_its_cost_starts_by_saying_so(cost: str, free: bool) -> None:
    assert is_free(cost) is free


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("services/riverside/", "service"),
        ("easy-read/ehc-plans/", "easy-read"),
        ("health/", "page"),
        ("glossary/", "page"),
        ("", None),
        ("find/", None),
        ("find/need/autism/page-2/", None),
        ("search/", None),
        ("easy-read/review-pack/", None),
        ("404.html", None),
    ],
)
def test_only_pages_with_answers_are_searchable(url: str, kind: str | None) -> None:
    assert page_kind(url) == kind


@pytest.fixture(scope="module")
def directory() -> Directory:
    return load_directory(REPO / "directory")


@pytest.fixture(scope="module")
def taxonomy(directory: Directory) -> Taxonomy:
    assert directory.taxonomy is not None
    return directory.taxonomy


def test_a_service_matches_its_categories_needs_areas_and_every_age_in_its_range(
    directory: Directory, taxonomy: Taxonomy
) -> None:
    entry = next(e for e in directory.entries if e.service.needs and e.service.age.min > 0)
    pairs = service_filters(entry.service, taxonomy)
    service = entry.service
    assert [v for k, v in pairs if k == "need"] == service.needs
    assert [v for k, v in pairs if k == "named-need"] == service.needs
    assert [v for k, v in pairs if k == "category"] == service.categories
    assert [v for k, v in pairs if k == "area"] == service.areas
    ages = [int(v) for k, v in pairs if k == "age"]
    assert ages == list(range(service.age.min, service.age.max + 1))
    assert ("cost", "free") in pairs if is_free(service.cost) else ("cost", "free") not in pairs


def test_a_service_for_any_need_matches_every_need(
    directory: Directory, taxonomy: Taxonomy
) -> None:
    entry = next(e for e in directory.entries if not e.service.needs)
    needs = [v for k, v in service_filters(entry.service, taxonomy) if k == "need"]
    assert needs == [t.id for t in taxonomy.terms("needs")]
    assert len(needs) > 1
    assert [k for k, _ in service_filters(entry.service, taxonomy) if k == "named-need"] == []


def test_the_find_page_filters_follow_the_taxonomy(taxonomy: Taxonomy) -> None:
    facets = service_facets(taxonomy)
    assert [f.name for f in facets] == ["need", "category", "area", "when"]
    area = facets[2]
    assert [(o.value, o.label) for o in area.options] == [
        (t.id, t.label) for t in taxonomy.terms("areas")
    ]


def test_the_site_search_can_narrow_to_one_kind_of_page() -> None:
    facet = kind_facet()
    assert facet.name == "type"
    assert [o.value for o in facet.options] == ["service", "page", "easy-read"]


def test_the_when_filter_reads_times_of_the_service_and_its_places(
    directory: Directory, taxonomy: Taxonomy
) -> None:
    entry = next(e for e in directory.entries if e.service.locations)
    weekday = Session(days=["monday"], opens="09:00", closes="12:00", weeks="term-time")
    evening = Session(days=["saturday"], opens="18:00", closes="20:00")
    place = entry.service.locations[0].model_copy(update={"times": []})

    def when(**changes: object) -> list[str]:
        service = entry.service.model_copy(update={"locations": [place], **changes})
        return [v for k, v in service_filters(service, taxonomy) if k == "when"]

    assert when(times=[], phone_times=[evening]) == [], "the phone line is not the service"
    assert when(times=[weekday]) == ["weekdays"]
    moved = place.model_copy(update={"times": [evening]})
    assert when(times=[weekday], locations=[moved]) == [
        "weekdays",
        "evenings",
        "weekends",
        "school-holidays",
    ]
