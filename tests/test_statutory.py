"""The statutory completeness check: every topic the law names has a page that exists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Served, build, copy_site
from signpost.checks.inputs import project_inputs
from signpost.checks.registry import every_page
from signpost.core.yaml_source import parse_text
from signpost.statutory.coverage import read_coverage
from signpost.statutory.site_pages import page_titles, page_url
from signpost.statutory.topics import TOPIC_IDS, TOPICS

PAGES = {"what-is-the-local-offer.md", "health.md", "personal-budgets.md"}


def config(topics: dict[str, Any] | None, about: str | None = "what-is-the-local-offer.md") -> str:
    """Return a mkdocs.yml with extra.local_offer mapping every topic to health.md but changes."""
    mapping = {topic: ["health.md"] for topic in TOPIC_IDS}
    mapping.update(topics or {})
    lines = ["site_name: Test", "extra:", "  local_offer:"]
    if about is not None:
        lines.append(f"    about: {about}")
    lines.append("    topics:")
    for topic, value in mapping.items():
        if value is not None:
            lines.append(f"      {topic}: {value}")
    return "\n".join(lines) + "\n"


def problems(text: str) -> list[str]:
    doc = parse_text(text, "mkdocs.yml")
    assert not isinstance(doc, Exception) and isinstance(doc.data, dict)
    return [str(p) for p in read_coverage(doc.data["extra"], doc, PAGES)[1]]


def test_every_topic_with_a_real_page_is_complete() -> None:
    assert problems(config({})) == []


def test_a_topic_with_no_page_is_named() -> None:
    found = problems(config({"personal-budgets": None}))
    assert found == [
        'mkdocs.yml:5: extra.local_offer.topics: no page covers "personal budgets" '
        "(SEND Regulations 2014, Schedule 2): add personal-budgets: [the pages that cover it]"
    ]


def test_an_empty_list_counts_as_no_page() -> None:
    found = problems(config({"childcare": []}))
    assert len(found) == 1 and 'topics.childcare: no page covers "childcare"' in found[0]


def test_a_page_that_does_not_exist_is_named_with_its_topic() -> None:
    found = problems(config({"personal-budgets": ["personal-budget.md", "health.md"]}))
    assert len(found) == 1
    assert "extra.local_offer.topics.personal-budgets[1]" in found[0]
    assert '"personal-budget.md" is not a page of this site' in found[0]
    assert 'did you mean "personal-budgets.md"?' in found[0]
    assert '(for "personal budgets")' in found[0]


def test_a_missing_or_wrong_about_page_is_reported() -> None:
    assert "about: is missing" in problems(config({}, about=None))[0]
    assert '"about.md" is not a page of this site' in problems(config({}, about="about.md"))[0]


def test_an_unknown_topic_or_key_is_a_typo() -> None:
    found = problems(config({"personal-budget": ["health.md"]}))
    assert any('"personal-budget" is not a topic the law names: did you mean' in p for p in found)
    doc = parse_text(config({}).replace("    topics:", "    topcs:"), "mkdocs.yml")
    assert not isinstance(doc, Exception)
    found = [str(p) for p in read_coverage(doc.data["extra"], doc, PAGES)[1]]
    assert any('"topcs" is not a known key: did you mean "topics"?' in p for p in found)


def test_a_council_without_the_setting_is_not_checked() -> None:
    doc = parse_text("extra:\n  council: {}\n", "mkdocs.yml")
    assert not isinstance(doc, Exception)
    assert read_coverage(doc.data["extra"], doc, PAGES) == (None, [])


def test_every_topic_has_a_name_and_the_law_it_comes_from() -> None:
    assert len(TOPIC_IDS) == len(set(TOPIC_IDS)) == len(TOPICS)
    for topic in TOPICS:
        assert topic.name and topic.name == topic.name.strip()
        assert "Schedule 2" in topic.law or "section 30" in topic.law
    assert "personal-budgets" in TOPIC_IDS and "comments-and-replies" in TOPIC_IDS


@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("health.md", "health/"),
        ("find/need/autism/index.md", "find/need/autism/"),
        ("index.md", ""),
    ],
)
def test_page_addresses_follow_mkdocs(path: str, url: str) -> None:
    assert page_url(path) == url


def test_the_demo_covers_every_topic() -> None:
    inputs = project_inputs(REPO / "mkdocs.yml", dt.date.today())
    pages = every_page(inputs)
    coverage, found = read_coverage(inputs.extra, inputs.config, pages)
    assert found == []
    assert coverage is not None
    assert all(listed for _, listed in coverage.rows())


def test_every_page_the_check_knows_is_in_the_built_demo(served_demo: Served) -> None:
    inputs = project_inputs(REPO / "mkdocs.yml", dt.date.today())
    pages = every_page(inputs)
    built = {
        p.relative_to(served_demo.build.site).as_posix()
        for p in served_demo.build.site.rglob("index.html")
    }
    missing = [path for path in pages if page_url(path) + "index.html" not in built]
    assert missing == []
    assert len(pages) > 100


def test_the_coverage_page_links_every_topic_to_its_pages(served_demo: Served) -> None:
    html = served_demo.build.html("local-offer-coverage/")
    rows = html.select(".app-coverage tbody tr")
    assert len(rows) == len(TOPICS)
    budgets = next(r for r in rows if r.th.get_text(strip=True) == "Personal budgets")
    assert [a["href"] for a in budgets.select("td a")] == ["../personal-budgets/"]
    assert budgets.select("td a")[0].get_text() == "Personal budgets and direct payments"
    titles = page_titles(
        REPO / "content",
        ["find/category/health/index.md"],
        project_inputs(REPO / "mkdocs.yml", dt.date.today()).directory,
    )
    assert titles == {"find/category/health/index.md": "Services: Health"}


def test_a_fixture_missing_a_topic_fails_the_strict_build_naming_it(tmp_path: Path) -> None:
    root = copy_site("basic", tmp_path / "site-root")
    settings = root / "mkdocs.yml"
    mapping = "".join(
        f"      {topic}: [advice-and-support.md]\n"
        for topic in TOPIC_IDS
        if topic != "personal-budgets"
    )
    block = f"  local_offer:\n    about: index.md\n    topics:\n{mapping}"
    settings.write_text(
        settings.read_text().replace("  plain_english:\n", block + "  plain_english:\n", 1)
    )
    result = build(root)
    assert result.returncode != 0
    assert any('no page covers "personal budgets"' in w for w in result.warnings()), result.output
    assert len([w for w in result.warnings() if "local_offer" in w]) == 1

    settings.write_text(
        settings.read_text().replace(
            "    topics:\n", "    topics:\n      personal-budgets: [advice-and-support.md]\n"
        )
    )
    assert build(root).returncode == 0
    assert (root / "site" / "local-offer-coverage" / "index.html").is_file()
