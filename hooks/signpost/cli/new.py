"""`signpost new service "Name"`: start a service file from a template that explains each field.

The template's blanks ("") are left for the editor to fill in: until they are, `signpost check`
says exactly which ones (`summary: is empty: fill it in ...`), so a half-written service can
never reach the site by accident.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import textwrap
import unicodedata
from pathlib import Path

from signpost.core import safe_write
from signpost.directory.load import TAXONOMY_FILE
from signpost.directory.schema import field_notes
from signpost.directory.taxonomy import Taxonomy, load_taxonomy
from signpost.plain_english.glossary import slug

HELP = "start a new service file from a template that explains every field"
DESCRIPTION = """\
Make a new file in directory/ for a service, named after it, from a template. Every field
has a note above it saying what to write. Fill in each "" and each [], then run
signpost check: it lists anything still to fill in. It never replaces a file that is
already there."""
EPILOG = """\
examples:
  signpost new service "Riverside Saturday Club"
      writes directory/riverside-saturday-club.yml
  signpost new service "Riverside Saturday Club" --root ../offer
      writes it in the Local Offer in the folder ../offer"""

SCHEMA_LINE = "# yaml-language-server: $schema=../schema/service.schema.json"
TEMPLATE = """\
{schema}
# A service in the Local Offer. Lines starting with # are notes for you: families never see
# them. Fill in every "" and [] below, then run: signpost check
# The file name ({id}.yml) becomes the web address of the service page: /services/{id}/

# {notes[name]}
name: {name}

# {notes[organisation]}
organisation: ""

# {notes[summary]}
summary: ""

# {notes[description]}
# For more than one line, write a | after description: and put the text on the lines
# below, each indented by two spaces. You can use Markdown: **bold**, lists starting with
# "- ", and links like [our timetable](https://example.org/timetable).
description: ""

# {notes[easy_read]}
# Each idea on its own line. Take the # off the start of the next two lines to use it.
# easy_read: |
#   We play games on Saturdays.

# {notes[categories]} Pick one or more of:
{categories}
# like: categories: [short-breaks]
categories: []

# {notes[needs]}
# Leave it out if it is for any need. To use it, take the # off the needs: line. Pick from:
{needs}
# needs: [autism]

# {notes[areas]} Pick one or more of:
{areas}
areas: []

# {notes[age]} From 0 to 25.
age: {{min: , max: }}

# {notes[cost]} Or, for example: £5 a session.
cost: ""

# {notes[how_to_access]}
how_to_access: ""

# {notes[contact]}
# Delete the lines you do not use.
# Put phone numbers in quotes, like "01632 960123", so the first 0 is kept.
contact:
  phone: ""
  text: ""
  email: ""
  website: ""

# {notes[locations]}
# Accessibility features to pick from:
{accessibility}
# locations:
#   - name: Riverside Centre
#     address: 1 River Road, Hollinford
#     postcode: NQ1 2AB
#     accessibility: [step-free]

# {notes[times]} Each item: days (monday to sunday, weekdays, weekends or every-day), opens
# and closes on the 24-hour clock, and weeks (all-year, term-time or school-holidays). For
# every other week, add every_other_week: true and starting: a date it runs. A place under
# locations can have its own times: too.
# times:
#   - days: [saturday]
#     opens: "10:00"
#     closes: "13:00"
#     weeks: term-time

# {notes[phone_times]}
# phone_times:
#   - days: [weekdays]
#     opens: "09:00"
#     closes: "17:00"

# {notes[opening_times]}
# opening_times: ""

# {notes[local_offer]} For a nursery, school, college or
# other setting. Answer any of: identifying_needs, support, involving_families,
# checking_progress, who_to_contact.
# local_offer:
#   support: Small groups, with one to one help when needed.

# {notes[languages]}
# languages: [English]

# {notes[coproduced_with]}
# coproduced_with: [Northshire Parent Carer Forum]

# {notes[last_reviewed]}
# Change it each time you check, so families know the page is up to date.
last_reviewed: {today}

# {notes[status]}
# status: draft
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of `signpost new`."""
    parser.add_argument("kind", choices=("service",), help="what to make: service")
    parser.add_argument("name", help='the name of the service, in quotes, like "Riverside Club"')


def run(args: argparse.Namespace) -> int:
    """Write the new service file, unless one with that name is already there."""
    folder = Path(args.root) / "directory"
    service_id = service_id_for(args.name)
    if not service_id:
        _fail(f'"{args.name}" has no letters or digits to name the file after')
        return 1
    target = folder / f"{service_id}.yml"
    if (link := safe_write.link_target(target)) is not None:
        _fail(f"directory/{target.name} is a link to {link}: remove the link, then try again")
        return 1
    if target.exists():
        _fail(
            f"directory/{target.name} already exists, so it was left as it is: "
            "edit that file, or choose a different name"
        )
        return 1
    if not folder.is_dir():
        _fail(f"there is no directory/ folder in {args.root}: give the right folder with --root")
        return 1
    taxonomy, _ = load_taxonomy(folder / TAXONOMY_FILE, f"directory/{TAXONOMY_FILE}")
    text = service_template(args.name, service_id, taxonomy, dt.date.today())
    try:
        safe_write.create(target, text)
    except safe_write.UnsafeTargetError as refused:  # appeared since the checks above
        _fail(f"directory/{target.name} {refused}")
        return 1
    print(f"wrote directory/{target.name}: fill in each blank, then run signpost check")
    return 0


def _fail(message: str) -> None:
    print(f"signpost new: {message}", file=sys.stderr)


def service_id_for(name: str) -> str:
    """Return the file name (without .yml) for a service name, like riverside-saturday-club."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return safe_write.short_id(slug(ascii_name))


def service_template(name: str, service_id: str, taxonomy: Taxonomy | None, today: dt.date) -> str:
    """Return the text of a new service file."""
    return TEMPLATE.format(
        notes=field_notes(),
        schema=SCHEMA_LINE,
        id=service_id,
        name=_quoted(name),
        today=today.isoformat(),
        categories=_ids(taxonomy, "categories"),
        needs=_ids(taxonomy, "needs"),
        areas=_ids(taxonomy, "areas"),
        accessibility=_ids(taxonomy, "accessibility"),
    )


def _ids(taxonomy: Taxonomy | None, kind: str) -> str:
    """List the ids of one kind as comment lines, wrapped to fit the screen."""
    if taxonomy is None:
        return f"#   (see the {kind} in directory/{TAXONOMY_FILE})"
    ids = ", ".join(term.id for term in taxonomy.terms(kind))
    return "\n".join(textwrap.wrap(ids, 88, initial_indent="#   ", subsequent_indent="#   "))


def _quoted(text: str) -> str:
    """Write text as a YAML double-quoted string, so any characters are kept as they are."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
