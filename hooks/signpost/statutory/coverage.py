"""Which pages cover each topic the law asks a Local Offer to cover, from `extra.local_offer`.

```yaml
extra:
  local_offer:
    about: what-is-the-local-offer.md      # what the Local Offer is, how to get it another way
    topics:
      personal-budgets: [personal-budgets.md]
      ...                                  # every topic in signpost/statutory/topics.py
```

Pages are named as in `nav:`, by their path in the docs folder; pages the build makes from
data count too (`services/<id>.md`, `find/need/autism/index.md`, `have-your-say/areas.md`).
A council that leaves out `local_offer` is not checked (and gets no coverage page).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from signpost.core.errors import Problem
from signpost.core.suggest import closest, did_you_mean
from signpost.core.yaml_source import Document
from signpost.statutory.site_pages import page_url
from signpost.statutory.topics import BY_ID, TOPICS, Topic

SECTION = "local_offer"
KEYS = ("about", "topics")
PAGE = "local-offer-coverage.md"


@dataclass(frozen=True)
class Coverage:
    """Each topic with the pages that cover it, and the about page, as the council set them."""

    about: str | None
    pages: dict[str, list[str]]

    def rows(self) -> list[tuple[Topic, list[str]]]:
        """Return every topic in the order of the law, with its pages (none if not covered)."""
        return [(topic, self.pages.get(topic.id, [])) for topic in TOPICS]


def read_coverage(
    extra: Mapping[str, Any], config: Document, pages: set[str]
) -> tuple[Coverage | None, list[Problem]]:
    """Read `extra.local_offer`, reporting every topic without a page and every missing page."""
    section = extra.get(SECTION)
    if section is None:
        return None, []
    report = _Reporter(config)
    if not isinstance(section, dict):
        report.add([], "should be a group of keys: about, then topics")
        return None, report.problems
    for key in section:
        if key not in KEYS:
            report.add([str(key)], f'"{key}" is not a known key: {did_you_mean(str(key), KEYS)}')
    about = _about(section.get("about"), pages, report)
    topics = section.get("topics")
    if not isinstance(topics, dict):
        report.add(["topics"], "is missing: list the pages that cover each topic the law names")
        return Coverage(about, {}), report.problems
    return Coverage(about, _topics(topics, pages, report)), report.problems


class _Reporter:
    """Collect problems at their lines in mkdocs.yml, named by their full key."""

    def __init__(self, config: Document) -> None:
        self.config = config
        self.problems: list[Problem] = []

    def add(self, loc: list[str | int], message: str) -> None:
        line = self.config.line_of(["extra", SECTION, *loc])
        name = ".".join(["extra", SECTION, *(str(p) for p in loc if isinstance(p, str))])
        if loc and isinstance(loc[-1], int):
            name += f"[{loc[-1] + 1}]"
        self.problems.append(Problem(self.config.path, line, name, message))


def _about(value: Any, pages: set[str], report: _Reporter) -> str | None:
    if value is None:
        report.add(
            ["about"],
            "is missing: name the page that says what the Local Offer is and how to get it "
            "in another way, like about: what-is-the-local-offer.md",
        )
        return None
    if not isinstance(value, str) or value not in pages:
        report.add(["about"], _no_page(value, pages, "the about page"))
        return None
    return value


def _topics(topics: dict[Any, Any], pages: set[str], report: _Reporter) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for key, value in topics.items():
        if key not in BY_ID:
            hint = did_you_mean(str(key), list(BY_ID))
            report.add(["topics", str(key)], f'"{key}" is not a topic the law names: {hint}')
            continue
        topic = BY_ID[key]
        listed = value if isinstance(value, list) else [value]
        if not listed or listed == [None]:
            report.add(["topics", key], _uncovered(topic))
            continue
        good = []
        for n, page in enumerate(listed):
            if isinstance(page, str) and page in pages:
                good.append(page)
            else:
                message = _no_page(page, pages, "each page")
                report.add(["topics", key, n], f'{message} (for "{topic.name}")')
        found[key] = good
    for topic in TOPICS:
        if topic.id not in topics:
            report.add(["topics"], _uncovered(topic))
    return found


def _uncovered(topic: Topic) -> str:
    return f'no page covers "{topic.name}" ({topic.law}): add {topic.id}: [the pages that cover it]'


def _no_page(value: Any, pages: set[str], what: str) -> str:
    if not isinstance(value, str):
        return f"{what} should be the path of a page in the docs folder, like health.md"
    match = closest(value, pages)
    hint = f'did you mean "{match}"?' if match else "name it as in nav:, like health.md"
    return f'"{value}" is not a page of this site: {hint}'


@dataclass(frozen=True)
class CoverageRow:
    """One topic on the coverage page: what it is, the law, and links to its pages."""

    name: str
    law: str
    links: list[tuple[str, str]]


def coverage_rows(coverage: Coverage, titles: Mapping[str, str]) -> list[CoverageRow]:
    """Return a row per topic, in the order of the law, with (title, address) links."""
    return [
        CoverageRow(
            topic.name[:1].upper() + topic.name[1:],
            topic.law,
            [(titles.get(page, page), page_url(page)) for page in pages],
        )
        for topic, pages in coverage.rows()
    ]
