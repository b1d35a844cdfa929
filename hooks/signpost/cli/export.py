"""`signpost export`: the directory's open data and page data, without building the website.

The same data the build puts in the site, made by the pure package alone (MkDocs is not
imported), so another site generator, or a council's own tools, can use it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from signpost.checks.inputs import Inputs
from signpost.checks.project import load_project
from signpost.core.errors import ContentError
from signpost.openreferral.export import FOLDER, export_files, write_files
from signpost.website.pages import plan_site
from signpost.website.search_tags import service_filters

HELP = "write the open data and page data of the Local Offer, without building the website"
DESCRIPTION = """\
Write the directory as Open Referral UK JSON (openreferral/), and pages.json: every page the
website would generate (its address, title, template and data file) with each service's
search filters. Nothing is checked here: run signpost check for that."""
EPILOG = """\
examples:
  signpost export out                write out/openreferral/ and out/pages.json"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of `signpost export`."""
    parser.add_argument("folder", help="where to write the files (made if missing)")


def run(args: argparse.Namespace) -> int:
    """Write the open data and the page data."""
    inputs = Inputs.from_project(load_project(Path(args.root)), dt.date.today())
    council = inputs.council[0]
    taxonomy = inputs.directory.taxonomy
    if council is None or taxonomy is None:
        raise ContentError("the settings or the taxonomy have problems: run signpost check")
    entries = inputs.directory.entries
    target = Path(args.folder)
    write_files(target, export_files(entries, taxonomy, council.name, council.area))
    pages = [
        {
            "src_uri": page.src_uri,
            "title": page.title,
            "description": page.description,
            "template": page.template,
            "source": page.edit_path,
        }
        for page in plan_site(inputs.directory, council, inputs.today)
    ]
    search: dict[str, Any] = {
        entry.id: [list(pair) for pair in service_filters(entry.service, taxonomy)]
        for entry in entries
    }
    data = {"pages": pages, "search_filters": search}
    (target / "pages.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    print(f"wrote {len(entries)} services to {target / FOLDER}/ and {len(pages)} pages")
    return 0
