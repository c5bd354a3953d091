"""``opscontent import FILE``: a pasted text, Markdown or Word document into YAML or JSON."""

from __future__ import annotations

import argparse
import io
import zipfile
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
from opscontent.exceptions import DecodeError, Message
from opscontent.i18n._markers import N_

__all__ = ["register"]

_BINARY = (
    (b"PK\x03\x04", "an Excel, PowerPoint or other zipped Office file, not a Word .docx"),
    (b"%PDF", "a PDF file"),
    (b"\xd0\xcf\x11\xe0", "an old-style Word or Excel file"),
)
"""Files people try to import that hold no plain text: named, instead of 'not UTF-8'."""


def register(commands: Any) -> None:
    """Add the ``import`` command."""
    parser = commands.add_parser(
        "import",
        help="read a text, Markdown or Word (.docx) document into the opscontent format",
        description="Read a text, Markdown or Word (.docx) document (Chinese or English) into an "
        "opscontent document. Page noise goes to stderr as leftovers; notes say what to review.",
    )
    parser.add_argument(
        "file", metavar="FILE", help="text, Markdown or .docx file; '-' reads stdin"
    )
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
    from opscontent.importers import parse_docx  # noqa: PLC0415 - only this command needs it
    from opscontent.io import dumps  # noqa: PLC0415

    name = label(args.file)
    data = streams.read(args.file, args.max_input_size)
    if _is_docx(data):
        result = parse_docx(data, locale=args.locale)
    else:
        result = _text(data, name, args.locale)
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


def _is_docx(data: bytes) -> bool:
    """A zip holding ``word/document.xml``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def _text(data: bytes, name: str, locale: str | None) -> Any:
    """A text or Markdown file; other binary files are named instead of 'not UTF-8'."""
    from opscontent.importers import parse_text  # noqa: PLC0415 - only this command needs it
    from opscontent.io import decode  # noqa: PLC0415

    for magic, kind in _BINARY:
        if data.startswith(magic):
            raise DecodeError(
                Message(
                    N_(
                        "this is {kind}, not text; copy its text (or save it as plain text) and "
                        "import that"
                    ),
                    {"kind": kind},
                ),
                file=name,
            )
    return parse_text(decode(data, file=name), locale=locale)
