"""Options several commands share, defined once."""

from __future__ import annotations

import argparse
import importlib.util

from opscontent.checks import BUILTIN_PROFILES
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


def add_locale(parser: argparse.ArgumentParser, what: str, *, from_document: bool = True) -> None:
    """``-l/--locale``: the language of ``what``; ``None`` when not given.

    With ``from_document`` the default is each document's ``meta.language``.
    """
    default = "the document's meta.language, else " if from_document else ""
    parser.add_argument(
        "-l",
        "--locale",
        default=None,
        help=f"language of {what}, e.g. zh, zh_CN, zh-Hans, en; default: {default}{DEFAULT_LOCALE}",
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
        help="output format; default: from the output suffix, else YAML (JSON when PyYAML is "
        "not installed)",
    )
    add_output(parser)


def document_format(args: argparse.Namespace) -> Format:
    """The format to write a document in: ``--format``, else the output's suffix, else YAML."""
    if args.format is not None:
        return Format(args.format)
    if args.output not in (None, "-"):
        return format_for(args.output)
    return Format.YAML if importlib.util.find_spec("yaml") is not None else Format.JSON
