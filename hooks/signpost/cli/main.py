"""The `signpost` command for editors: check, add and review services without building the site.

Each subcommand is a module with HELP, DESCRIPTION, EPILOG, `add_arguments(parser)` and
`run(args) -> int`. To add one, write the module and add one line to SUBCOMMANDS.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from signpost.core.errors import ContentError

# (name typed after `signpost`, module that does the work)
SUBCOMMANDS: list[tuple[str, str]] = [
    ("check", "signpost.cli.check"),
    ("new", "signpost.cli.new"),
    ("schema", "signpost.directory.schema"),
    ("review-due", "signpost.cli.review_due"),
    ("stats", "signpost.cli.stats"),
    ("sign-off", "signpost.cli.sign_off"),
    ("import-oruk", "signpost.cli.import_oruk"),
    ("export", "signpost.cli.export"),
    ("glossary", "signpost.cli.glossary"),
    ("preview", "signpost.cli.preview"),
]


def build_parser() -> argparse.ArgumentParser:
    """Make the parser of `signpost` and every subcommand."""
    parser = argparse.ArgumentParser(
        prog="signpost",
        description="Tools for the editors of a Signpost Local Offer website.",
        epilog="Type signpost COMMAND --help to learn about one command, with examples.",
    )
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.required = True
    for name, module_name in SUBCOMMANDS:
        module = importlib.import_module(module_name)
        sub = commands.add_parser(
            name,
            help=module.HELP,
            description=module.DESCRIPTION,
            epilog=module.EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument(
            "--root",
            default=".",
            metavar="FOLDER",
            help="the folder of the Local Offer, with mkdocs.yml in it (default: this folder)",
        )
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run `signpost` with the given arguments and return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except ContentError as error:
        print(f"signpost {args.command}: {error}", file=sys.stderr)
        return 2
