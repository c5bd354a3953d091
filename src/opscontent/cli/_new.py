"""``opscontent new``: a starter document for a profile."""

from __future__ import annotations

import argparse
from typing import Any

from opscontent.cli._options import add_locale, add_output, add_profile
from opscontent.cli._streams import Streams
from opscontent.io import Format, dumps, format_for
from opscontent.starter import starter

__all__ = ["register"]


def register(commands: Any) -> None:
    """Add the ``new`` command."""
    parser = commands.add_parser(
        "new",
        help="write a starter document with every required section of a profile",
        description="Write a starter document: every section the profile requires, each with a "
        "placeholder that 'opscontent check' reports until it is filled in.",
    )
    add_profile(parser)
    add_locale(parser, "titles and placeholders")
    parser.add_argument(
        "-f",
        "--format",
        choices=("yaml", "json"),
        default=None,
        help="output format; default: from the output suffix, else YAML",
    )
    add_output(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Write the starter document."""
    if args.format is not None:
        fmt = Format(args.format)
    elif args.output not in (None, "-"):
        fmt = format_for(args.output)
    else:
        fmt = Format.YAML
    doc = starter(args.profile, locale=args.locale)
    streams.write(dumps(doc, fmt), args.output)
    return 0
