"""Options several commands share, defined once."""

from __future__ import annotations

import argparse

from opscontent.checks import BUILTIN_PROFILES
from opscontent.exceptions import FormatError
from opscontent.i18n import DEFAULT_LOCALE
from opscontent.io import Format, format_for

__all__ = [
    "add_document_output",
    "add_input_format",
    "add_locale",
    "add_output",
    "add_profile",
    "document_format",
]


def add_profile(parser: argparse.ArgumentParser) -> None:
    """``-p/--profile``: a built-in profile name or a profile file."""
    parser.add_argument(
        "-p",
        "--profile",
        default="full",
        help=f"built-in profile ({', '.join(BUILTIN_PROFILES)}) or a profile file "
        "(.toml, .yaml, .json); default: full",
    )


def add_locale(parser: argparse.ArgumentParser, what: str) -> None:
    """``-l/--locale``: the language of ``what``."""
    parser.add_argument(
        "-l",
        "--locale",
        default=DEFAULT_LOCALE,
        help=f"language of {what}, e.g. zh, zh_CN, zh-Hans, en; default: {DEFAULT_LOCALE}",
    )


def add_output(parser: argparse.ArgumentParser) -> None:
    """``-o/--output``: a file instead of standard output."""
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="FILE",
        help="write to FILE instead of standard output ('-' is standard output)",
    )


def add_input_format(parser: argparse.ArgumentParser) -> None:
    """``--input-format``: the format of standard input."""
    parser.add_argument(
        "--input-format",
        choices=[f.value for f in Format],
        default=None,
        help="format of standard input (guessed when omitted)",
    )


def add_document_output(parser: argparse.ArgumentParser) -> None:
    """``-f/--format yaml|json`` and ``-o/--output`` for commands that write a document."""
    parser.add_argument(
        "-f",
        "--format",
        choices=("yaml", "json"),
        default=None,
        help="output format; default: the one the output's suffix names, else YAML",
    )
    add_output(parser)


def document_format(args: argparse.Namespace) -> Format:
    """The format to write a document in: the one ``--output``'s suffix names, else YAML.

    ``--format`` may say the same thing but not contradict the output's name: a file called
    ``plan.yaml`` holds YAML.
    """
    named = format_for(args.output) if args.output not in (None, "-") else None
    if args.format is None:
        return named or Format.YAML
    chosen = Format(args.format)
    if named is not None and named is not chosen:
        raise FormatError(
            f"--format {chosen} contradicts the output's suffix, which names {named}; "
            "drop --format or rename the output",
            file=args.output,
        )
    return chosen
