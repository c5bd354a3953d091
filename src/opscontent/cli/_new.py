"""``opscontent new``: a starter document for a profile."""

from __future__ import annotations

import argparse
from typing import Any

from opscontent.checks import BUILTIN_PROFILES
from opscontent.cli._streams import Streams
from opscontent.i18n import DEFAULT_LOCALE
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
    parser.add_argument(
        "-p",
        "--profile",
        default="full",
        help=f"built-in profile ({', '.join(BUILTIN_PROFILES)}) or a profile file",
    )
    parser.add_argument(
        "-l",
        "--locale",
        default=DEFAULT_LOCALE,
        help="language of titles and placeholders; default: zh_Hans_CN",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=("yaml", "json"),
        default=None,
        help="output format; default: from the output suffix, else YAML",
    )
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="FILE",
        help="write to FILE instead of standard output",
    )
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
