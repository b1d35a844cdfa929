"""`signpost stats`: how many services there are of each kind, and where there are none."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from signpost.checks.project import load_project
from signpost.core.errors import ContentError
from signpost.directory.load import Entry, service_files
from signpost.directory.reports import ReportCounts, count_reports, load_reports
from signpost.directory.taxonomy import Taxonomy

HELP = "count services by category, need, area and age, and show where there are none"
DESCRIPTION = """\
Count the services in the Local Offer by what they are for (category), the needs they
are for, the area they cover and the ages they are for (the age bands in
directory/_taxonomy.yml). Then list the gaps: each need with no service in an area, and
each category with no service in an area. A service that lists no needs is for any need,
so it fills the gap for every need in its areas. Services with mistakes are left out:
run signpost check to find them. Drafts (status: draft) are not counted: they are listed
at the end with how much each still needs. If the team records reports of something wrong
in directory/_reports.yml, they are counted too."""
EPILOG = """\
examples:
  signpost stats                  the counts and gaps as tables
  signpost stats --format json    the same as JSON, for a spreadsheet or dashboard"""
ANY_NEED = "any"


@dataclass
class Stats:
    """Counts of services by each kind of term, and the pairs of terms with no service."""

    services: int
    left_out: int
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    need_gaps: list[tuple[str, str]] = field(default_factory=list)
    category_gaps: list[tuple[str, str]] = field(default_factory=list)
    # Drafts (not published, not counted above): path -> how many things are left to finish.
    drafts: dict[str, int] = field(default_factory=dict)
    reports: ReportCounts | None = None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of `signpost stats`."""
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (the default) for reading; json for other programs",
    )


def run(args: argparse.Namespace) -> int:
    """Print the counts and gaps."""
    project = load_project(Path(args.root))
    directory = project.directory(dt.date.today())
    if directory.taxonomy is None:
        raise ContentError("directory/_taxonomy.yml cannot be read: run signpost check")
    drafts = {path: len(problems) for path, problems in directory.drafts.items()}
    files = len(service_files(project.root / "directory")) - len(drafts)
    stats = compute(directory.published(), directory.taxonomy, files)
    stats.drafts = drafts
    ids = [file.stem for file in service_files(project.root / "directory")]
    recorded, problems = load_reports(project.root / "directory", ids)
    if problems:
        raise ContentError(f"{problems[0]} (run signpost check to see every problem)")
    stats.reports = count_reports(recorded) if recorded else None
    if args.format == "json":
        print(json.dumps(as_json(stats), indent=2))
    else:
        print("\n".join(as_text(stats, directory.taxonomy)))
    return 0


def compute(entries: list[Entry], taxonomy: Taxonomy, files: int) -> Stats:
    """Count services by category, need, area and age band, and find the gaps."""
    services = [entry.service for entry in entries]
    stats = Stats(len(services), max(files - len(services), 0))
    for kind in ("categories", "needs", "areas"):
        stats.counts[kind] = {
            t.id: sum(t.id in getattr(s, kind) for s in services) for t in taxonomy.terms(kind)
        }
    stats.counts["needs"][ANY_NEED] = sum(not s.needs for s in services)
    stats.counts["age_bands"] = {
        band.id: sum(band.overlaps(s.age.min, s.age.max) for s in services)
        for band in taxonomy.age_bands
    }
    served_needs = {(n, a) for s in services for n in s.needs for a in s.areas}
    any_need_areas = {a for s in services if not s.needs for a in s.areas}
    served_categories = {(c, a) for s in services for c in s.categories for a in s.areas}
    areas = [area.id for area in taxonomy.areas]
    stats.need_gaps = [
        (need.id, area)
        for need in taxonomy.needs
        for area in areas
        if (need.id, area) not in served_needs and area not in any_need_areas
    ]
    stats.category_gaps = [
        (category.id, area)
        for category in taxonomy.categories
        for area in areas
        if (category.id, area) not in served_categories
    ]
    return stats


def as_json(stats: Stats) -> dict[str, Any]:
    """Return the stats as plain data for JSON."""
    return {
        "services": stats.services,
        "left_out_with_mistakes": stats.left_out,
        "drafts": [{"file": path, "to_finish": n} for path, n in stats.drafts.items()],
        "by_category": stats.counts["categories"],
        "by_need": stats.counts["needs"],
        "by_area": stats.counts["areas"],
        "by_age_band": stats.counts["age_bands"],
        "gaps": {
            "need_and_area": [{"need": n, "area": a} for n, a in stats.need_gaps],
            "category_and_area": [{"category": c, "area": a} for c, a in stats.category_gaps],
        },
        "reports_of_something_wrong": None if stats.reports is None else asdict(stats.reports),
    }


def as_text(stats: Stats, taxonomy: Taxonomy) -> list[str]:
    """Return the stats as plain text tables."""
    lines = [f"{stats.services} services"]
    if stats.left_out:
        lines[0] += f" ({stats.left_out} more left out because of mistakes: run signpost check)"
    titles = {
        "categories": "By category",
        "needs": "By need",
        "areas": "By area",
        "age_bands": "By age band",
    }
    for kind, title in titles.items():
        labels = {t.id: t.label for t in taxonomy.terms(kind)}
        labels[ANY_NEED] = "Any need (lists no needs)"
        rows = [(labels[i], str(n)) for i, n in stats.counts[kind].items()]
        width = max(len(label) for label, _ in rows)
        lines += ["", title] + [f"  {label:<{width}}  {n:>5}" for label, n in rows]
    lines += ["", "Needs with no service in an area"]
    lines += _gaps(stats.need_gaps, taxonomy, "needs")
    lines += ["", "Categories with no service in an area"]
    lines += _gaps(stats.category_gaps, taxonomy, "categories")
    if stats.drafts:
        lines += ["", f"Drafts, not published yet ({len(stats.drafts)}): run signpost check"]
        lines += [f"  {path}: {_finish(n)}" for path, n in stats.drafts.items()]
    if stats.reports is not None:
        lines += ["", *_reports(stats.reports)]
    return lines


def _reports(counts: ReportCounts) -> list[str]:
    """Say how many reports of something wrong there were and which are still open."""
    lines = ["Reports of something wrong (directory/_reports.yml)"]
    lines.append(f"  {counts.total} reported, {counts.fixed} put right")
    if counts.median_days_to_fix is not None:
        lines.append(f"  {counts.median_days_to_fix:g} days to put right (median)")
    lines += [f"  still open: {sid} ({n})" for sid, n in sorted(counts.open_by_service.items())]
    return lines


def _finish(count: int) -> str:
    if not count:
        return "ready: remove the status: draft line to publish it"
    return f"{count} thing{'s' if count != 1 else ''} to finish"


def _gaps(gaps: list[tuple[str, str]], taxonomy: Taxonomy, kind: str) -> list[str]:
    """List each term with the areas it has no service in, one term a line."""
    if not gaps:
        return ["  none"]
    by_term: dict[str, list[str]] = {}
    for term, area in gaps:
        by_term.setdefault(term, []).append(taxonomy.label("areas", area))
    return [
        f"  {taxonomy.label(kind, term)}: {', '.join(areas)}" for term, areas in by_term.items()
    ]
