"""Co-production credits: read from front matter with line numbers, gathered per partner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from signpost.directory.load import load_directory
from signpost.participation.credits import page_credit, partner_anchor, partners, service_credits
from signpost.website.views import Link

BASIC = Path(__file__).parent / "fixtures" / "sites" / "basic" / "directory"


def test_credit_is_read_from_front_matter() -> None:
    source = "---\ntitle: Health\ncoproduced_with: [Forum, Young Voices]\n---\n# Health\n"
    assert page_credit(source, "content/health.md") == (["Forum", "Young Voices"], [])


def test_no_front_matter_or_no_credit_is_fine() -> None:
    assert page_credit("# Health\n", "content/health.md") == ([], [])
    assert page_credit("---\ntitle: Health\n---\n", "content/health.md") == ([], [])


def test_a_bad_credit_is_reported_on_its_line() -> None:
    source = "---\ntitle: Health\ncoproduced_with: Forum\n---\n"
    names, problems = page_credit(source, "content/health.md")
    assert names == []
    assert [str(p) for p in problems] == [
        "content/health.md:3: coproduced_with: is not written the right way: "
        "write it like coproduced_with: [Northshire Parent Carer Forum]"
    ]


def test_an_empty_name_is_reported_on_its_line() -> None:
    source = "---\ntitle: Health\ncoproduced_with:\n  - Forum\n  - ''\n---\n"
    _, problems = page_credit(source, "content/health.md")
    assert [str(p) for p in problems] == [
        "content/health.md:5: coproduced_with[2]: is empty: fill it in, or remove the line if it is optional"
    ]


def test_partners_are_gathered_a_to_z_with_their_pages_and_services() -> None:
    found = partners(
        [("Young Voices", Link("Travel", "travel/")), ("Forum", Link("Health", "health/"))],
        [("Forum", Link("Sibs", "services/sibs/")), ("Forum", Link("Arts", "services/arts/"))],
    )
    assert [p.name for p in found] == ["Forum", "Young Voices"]
    assert [link.text for link in found[0].services] == ["Arts", "Sibs"]
    assert found[0].pages == [Link("Health", "health/")]
    assert found[1].services == []


def test_partner_anchor() -> None:
    assert partner_anchor("Northshire Parent Carer Forum") == "northshire-parent-carer-forum"
    assert partner_anchor("Mums & Dads (East)") == "mums-dads-east"


def test_service_credits_link_each_partner_to_the_service() -> None:
    directory = load_directory(BASIC, "directory", dt.date(2026, 11, 28))
    found = service_credits(directory.entries)
    assert (
        "Northshire Parent Carer Forum",
        Link("Riverside Saturday Club", "services/riverside-saturday-club/"),
    ) in found
