"""Benchmark: a council's whole feed imported with its mapping file, then `signpost check`.

Run: python -m benchmarks.import_feed [SERVICES]   (default 5000)

Generates an ORUK 1.0 listing like the ones councils' directory suppliers publish: HTML
descriptions with lists, line breaks, "•" bullets, tables and headings; vendor taxonomy
terms and a `pc_targetAudience` field; an email or website; no ages, phones or locations.
About one service in five has what real feeds have and an import cannot fix alone: a
description that starts with a lead-in or a heading, jargon or an acronym the glossary does
not explain, no way to contact it, or a term the mapping file does not know.

Imports it into a copy of the demo's settings, glossary and taxonomy with a mapping file,
then runs the same checks as `signpost check`, and prints: the share of services that pass
with no manual edit (target: at least 80%), that every other one is a draft with what it
needs listed, and the import time (target: under 30 s for 5,000).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from signpost.checks.project import load_project
from signpost.checks.registry import check_project
from signpost.cli.import_oruk import import_services, plain_english_checker
from signpost.directory.taxonomy import load_taxonomy
from signpost.openreferral.council_mapping import load_mapping
from signpost.openreferral.report import BLOCKING

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 28)
CATEGORIES = {
    "Short Breaks": "short-breaks",
    "Activities and Clubs": "short-breaks",
    "Health Services": "health",
    "Education and Learning": "education",
    "Information and Guidance": "information-advice",
    "Parent Support Groups": "support-groups",
    "Getting Around": "transport",
    "Moving into Adulthood": "preparing-for-adulthood",
}
NEEDS = {
    "Autism (ASD)": "autism",
    "ADHD": "adhd",
    "Learning Disabilities": "learning-disability",
    "Physical Disabilities": "physical-disability",
    "Hearing Impairment": "hearing",
    "Visual Impairment": "vision",
    "Emotional Wellbeing": "mental-health",
}
AUDIENCES = {
    "Early Years (0-4)": "0-4",
    "Children (5-10)": "5-10",
    "Young People (11-15)": "11-15",
    "Young People (16-18)": "16-18",
    "Young Adults (19-25)": "19-25",
}
ACTIVITIES = ("swimming", "drama", "music", "football", "cooking", "art", "dance", "gardening")
PLACES = ("Hollinford", "Eastfield", "Southgate", "Northtown", "Millbrook")
MAPPING = {
    "terms": {
        **{word: {"categories": [term]} for word, term in CATEGORIES.items()},
        **{word: {"needs": [term]} for word, term in NEEDS.items()},
        **{word: {"ages": [band]} for word, band in AUDIENCES.items()},
        "Parents and Carers": "ignore",
    },
    "audience_fields": ["pc_targetAudience"],
    "defaults": {
        "areas": ["north", "south", "east"],
        "cost": "Ask the service",
        "how_to_access": "Ring or email the service to ask how to start.",
    },
}


def description(rng: random.Random, n: int, flaw: str) -> str:
    """Return an HTML description as directory suppliers' editors write them."""
    activity, place = rng.choice(ACTIVITIES), rng.choice(PLACES)
    opening = (
        f"<p>A friendly {activity} group for disabled children and their families in {place}.</p>"
    )
    if flaw == "lead-in":
        opening = "<p>Services include:</p>"
    elif flaw == "heading":
        opening = f"<h2>{activity.title()} Group</h2><p>{activity.title()} sessions.</p>"
    body = [
        "<p>Sessions are led by trained staff.<br>Parents are welcome to stay.<br>"
        "&bull; Small groups<br>&bull; Quiet room<br>&bull; Free parking</p>",
        "<h3>When we meet</h3><table><tr><th>Day</th><th>Time</th></tr>"
        "<tr><td>Monday</td><td>4pm to 6pm</td></tr><tr><td>Saturday</td>"
        "<td>10am to 12pm</td></tr></table>",
        "<ul><li>Games and crafts</li><li>Trips in the holidays</li></ul>",
        f'<p>Read more on <a href="https://example.org/groups/{n}">our website </a>today.</p>',
    ]
    if flaw == "jargon":
        body.append("<p>We deliver holistic support for every family.</p>")
    elif flaw == "acronym":
        body.append("<p>Staff are trained in PECS and TEACCH.</p>")
    rng.shuffle(body)
    return opening + "".join(body)


def service(rng: random.Random, n: int) -> dict[str, object]:
    """Return one service record in the ORUK 1.0 shape, without ages or locations."""
    flaw = rng.choices(
        ["", "lead-in", "heading", "jargon", "acronym", "no-contact", "unknown-term"],
        weights=[82, 4, 3, 3, 3, 2, 3],
    )[0]
    terms = [rng.choice(list(CATEGORIES)), rng.choice(list(NEEDS))]
    if flaw == "unknown-term":
        terms = ["Miscellaneous"]
    record: dict[str, object] = {
        "id": f"svc-{n:05d}",
        "name": f"{rng.choice(PLACES)} {rng.choice(ACTIVITIES).title()} Club {n}",
        "description": description(rng, n, flaw),
        "status": "active",
        "organization": {"id": f"org-{n % 300}", "name": f"Northshire Trust {n % 300}"},
        "service_taxonomys": [
            {"id": f"st-{n}-{i}", "taxonomy": {"id": f"tx-{t}", "name": t, "vocabulary": "pc"}}
            for i, t in enumerate(terms)
        ],
        "pc_targetAudience": ", ".join([*rng.sample(list(AUDIENCES), 2), "Parents and Carers"]),
        "assured_date": "2026-09-01",
    }
    if flaw != "no-contact":
        record["email"] = f"club{n}@example.org"
        record["url"] = f"https://example.org/clubs/{n}"
    return record


def make_feed(folder: Path, count: int, seed: int = 19) -> Path:
    """Write a listing page of `count` services; return its path."""
    rng = random.Random(seed)
    content = [service(rng, n) for n in range(1, count + 1)]
    page = {"totalElements": count, "totalPages": 1, "number": 1, "size": count}
    file = folder / "services.json"
    file.write_text(json.dumps({**page, "content": content}), encoding="utf-8")
    return file


def make_site(folder: Path) -> Path:
    """Copy the demo's settings, pages, glossary and taxonomy, with no services."""
    folder.mkdir(parents=True)
    shutil.copy(REPO / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(REPO / "content", folder / "content")
    (folder / "directory").mkdir()
    shutil.copy(REPO / "directory" / "_taxonomy.yml", folder / "directory" / "_taxonomy.yml")
    (folder / "import-mapping.yml").write_text(json.dumps(MAPPING, indent=1), encoding="utf-8")
    return folder


@dataclass
class Result:
    """The figures the benchmark prints."""

    services: int
    seconds: float
    cpu: float
    passing: int
    drafts: int
    drafts_with_needs: int
    failing_published: int


def run(count: int, folder: Path) -> Result:
    """Import a generated feed of `count` services and check the result."""
    root = make_site(folder / "site")
    feed = make_feed(folder, count)
    into = root / "directory"
    taxonomy, _ = load_taxonomy(into / "_taxonomy.yml", "directory/_taxonomy.yml")
    council, problems = load_mapping(root / "import-mapping.yml", "import-mapping.yml", taxonomy)
    assert not problems, problems
    start, cpu = time.perf_counter(), time.process_time()
    checker = plain_english_checker(root, TODAY)
    summary = import_services(feed, into, today=TODAY, council=council, checker=checker)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    report = check_project(load_project(root), TODAY)
    written = {Path(p).relative_to(root).as_posix() for p in summary.written}
    bad = {p.path for p in report.problems}
    drafts = written & set(report.drafts)
    published = written - drafts
    needing = {
        Path(row.file).relative_to(root).as_posix() for row in summary.rows if row.kind in BLOCKING
    }
    return Result(
        services=count,
        seconds=seconds,
        cpu=cpu,
        passing=len(published - bad),
        drafts=len(drafts),
        drafts_with_needs=len(drafts & needing),
        failing_published=len(published & bad),
    )


def main() -> None:
    """Print the figures."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    with tempfile.TemporaryDirectory() as folder:
        result = run(count, Path(folder))
    share = 100 * result.passing / result.services
    print(
        f"Imported {result.services} services in {result.seconds:.1f} s wall, {result.cpu:.1f} s "
        f"CPU ({1000 * result.cpu / result.services:.1f} ms CPU a service; "
        "target: 5,000 in < 30 s)"
    )
    print(
        f"Pass signpost check with no manual edit: {result.passing} ({share:.1f}%; target >= 80%)"
    )
    print(f"Drafts: {result.drafts}, of which {result.drafts_with_needs} have their needs listed")
    print(f"Published but failing the check: {result.failing_published} (should be 0)")


if __name__ == "__main__":
    main()
