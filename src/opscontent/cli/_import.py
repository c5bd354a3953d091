"""``opscontent import FILE``: a pasted text document into YAML or JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from opscontent.cli._options import (
    add_document_output,
    add_input_limits,
    add_overwrite_input,
    document_format,
)
from opscontent.cli._output import write_output
from opscontent.cli._streams import Streams, label
from opscontent.exceptions import DecodeError

__all__ = ["register"]

_BINARY = (
    (b"PK\x03\x04", "a Word, Excel or other zipped Office file"),
    (b"%PDF", "a PDF file"),
    (b"\xd0\xcf\x11\xe0", "an old-style Word or Excel file"),
)
"""Files people try to import that hold no plain text: named, instead of 'not UTF-8'."""


def register(commands: Any) -> None:
    """Add the ``import`` command."""
    parser = commands.add_parser(
        "import",
        help="read a pasted text or Markdown document into the opscontent format",
        description="Read a text or Markdown document (Chinese or English) into an opscontent "
        "document. Page noise goes to stderr as leftovers; notes say what to review.",
    )
    parser.add_argument("file", metavar="FILE", help="text or Markdown file; '-' reads stdin")
    parser.add_argument(
        "-l",
        "--locale",
        default=None,
        help="language of the text (zh or en); detected when omitted",
    )
    add_document_output(parser)
    add_overwrite_input(parser)
    add_input_limits(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Import the file, write the document, report leftovers and notes on stderr."""
    from opscontent.importers import parse_text  # noqa: PLC0415 - only this command needs it
    from opscontent.io import decode, dumps  # noqa: PLC0415

    name = label(args.file)
    data = streams.read(args.file, args.max_input_size)
    for magic, kind in _BINARY:
        if data.startswith(magic):
            raise DecodeError(
                f"this is {kind}, not text; copy its text (or save it as plain text) and import "
                "that",
                file=name,
            )
    text = decode(data, file=name)
    result = parse_text(text, locale=args.locale)
    fmt = document_format(args)
    stem = "import" if args.file == "-" else Path(args.file).stem
    write_output(
        streams,
        dumps(result.document, fmt),
        args.output,
        name=f"{stem}.{fmt}",
        inputs=[args.file],
        overwrite_input=args.overwrite_input,
    )
    for leftover in result.leftovers:
        streams.error(f"{name}: leftover: {leftover}")
    for note in result.notes:
        streams.error(f"{name}: note: {note}")
    return 0
