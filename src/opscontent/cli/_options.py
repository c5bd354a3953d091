"""Options several commands share, defined once."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from opscontent._limits import MAX_INPUT_BYTES
from opscontent.cli._output import OVERWRITE_INPUT, is_folder
from opscontent.exceptions import Message
from opscontent.i18n import DEFAULT_LOCALE
from opscontent.i18n._markers import N_

if TYPE_CHECKING:
    from opscontent.io import Format

PROFILE_NAMES = ("job-description", "job-posting", "work-plan", "full", "bilingual")
"""The built-in profiles, named without building them (``--help`` stays instant)."""
INPUT_FORMATS = ("json", "yaml", "toml")
"""The values of :class:`opscontent.io.Format`, named without importing the model."""

__all__ = [
    "INPUT_FORMATS",
    "PROFILE_NAMES",
    "add_document_output",
    "add_input_format",
    "add_input_limits",
    "add_locale",
    "add_output",
    "add_overwrite_input",
    "add_profile",
    "document_format",
    "size",
]

_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def add_profile(parser: argparse.ArgumentParser) -> None:
    """``-p/--profile``: a built-in profile name or a profile file."""
    parser.add_argument(
        "-p",
        "--profile",
        default="full",
        help=f"built-in profile ({', '.join(PROFILE_NAMES)}) or a profile file "
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
    """``-o/--output``: a file (or a folder, ``dir/``) instead of standard output."""
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="FILE",
        help="write to FILE instead of standard output ('-' is standard output; 'DIR/' writes "
        "into the folder DIR, created when missing). The file is replaced whole, never through "
        "a symbolic link",
    )


def add_overwrite_input(parser: argparse.ArgumentParser) -> None:
    """``--overwrite-input``: allow ``-o`` to name an input file."""
    parser.add_argument(
        OVERWRITE_INPUT,
        action="store_true",
        help="allow -o to replace an input file (refused otherwise)",
    )


def size(text: str) -> int:
    """A byte count such as ``1048576``, ``500K``, ``32M`` or ``1G``."""
    number, unit = text.strip(), ""
    if number[-1:].upper() in _UNITS:
        number, unit = number[:-1], number[-1].upper()
    if not number.isdigit() or int(number) == 0:
        raise argparse.ArgumentTypeError(
            f"not a size (a number of bytes, or 500K, 32M, 1G): {text!r}"
        )
    return int(number) * _UNITS[unit]


def add_input_limits(parser: argparse.ArgumentParser) -> None:
    """``--max-input-size``: the largest input read."""
    parser.add_argument(
        "--max-input-size",
        type=size,
        default=MAX_INPUT_BYTES,
        metavar="SIZE",
        help="refuse inputs larger than SIZE bytes (K, M, G suffixes); default: 32M",
    )


def add_input_format(parser: argparse.ArgumentParser) -> None:
    """``--input-format``: the format of standard input."""
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
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
    ``plan.yaml`` holds YAML. A folder (``-o out/``) names no format.
    """
    from opscontent.exceptions import FormatError  # noqa: PLC0415 - lazy: --help never needs it
    from opscontent.io import Format, format_for  # noqa: PLC0415

    output = args.output
    named = format_for(output) if output not in (None, "-") and not is_folder(output) else None
    if args.format is None:
        return named or Format.YAML
    chosen = Format(args.format)
    if named is not None and named is not chosen:
        raise FormatError(
            Message(
                N_(
                    "--format {chosen} contradicts the output's suffix, which names {named}; "
                    "drop --format or rename the output"
                ),
                {"chosen": chosen, "named": named},
            ),
            file=args.output,
        )
    return chosen
