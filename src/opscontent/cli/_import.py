"""``opscontent import FILE``: a pasted text, Markdown or Word document into YAML or JSON.

With ``--translation-of DOC`` the file is a translation of the document ``DOC``: its texts are
added to ``DOC`` in the translation's language, and what cannot be aligned is reported.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from opscontent.cli._options import (
    add_document_output,
    add_input_limits,
    add_overwrite_input,
    document_format,
)
from opscontent.cli._output import write_output
from opscontent.cli._streams import Streams, label
from opscontent.exceptions import FormatError, Message, ParseError
from opscontent.i18n._markers import N_

if TYPE_CHECKING:
    from opscontent.model import Document

__all__ = ["register"]


def register(commands: Any) -> None:
    """Add the ``import`` command."""
    parser = commands.add_parser(
        "import",
        help="read a text, Markdown or Word (.docx) document into the opscontent format",
        description="Read a text, Markdown or Word (.docx) document (Chinese or English) into an "
        "opscontent document. Page noise goes to stderr as leftovers; notes say what to review. "
        "With --translation-of, FILE is a translation of an existing document: its texts are "
        "added to that document in the translation's language (sections aligned by kind, items "
        "by order, fields by name), the document's own texts, numbers and dates unchanged. "
        "Every text that cannot be aligned, and every number or date the translation states "
        "differently, is reported on stderr as file:line: reason (at $.path), then a summary; "
        "the exit code is 0 when the document was written, even with unaligned texts.",
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
    parser.add_argument(
        "--translation-of",
        metavar="DOC",
        default=None,
        help="FILE translates the document DOC (YAML, JSON or TOML): the output is DOC with "
        "FILE's texts added in FILE's language (-o may name DOC itself to update it)",
    )
    parser.add_argument(
        "--language",
        metavar="TAG",
        default=None,
        help="with --translation-of: the language tag of FILE's texts (en, en-US, zh-Hans …); "
        "default: -l, else detected (zh or en)",
    )
    add_document_output(parser)
    add_overwrite_input(parser)
    add_input_limits(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, streams: Streams) -> int:
    """Import the file, write the document, report leftovers and notes on stderr."""
    from opscontent.importers._source import parse_bytes  # noqa: PLC0415 - only this command

    name = label(args.file)
    if args.translation_of is not None:
        return _translation(args, streams)
    if args.language is not None:
        raise FormatError(
            Message(
                N_(
                    "--language names the language of a translation and needs "
                    "--translation-of; give the language of a text to import with -l"
                )
            )
        )
    result = parse_bytes(_source(args, streams, name), file=name, locale=args.locale)
    stem = "import" if args.file == "-" else Path(args.file).stem
    _write(args, streams, result.document, stem)
    for leftover in result.leftovers:
        streams.error(f"{name}: leftover: {leftover}")
    for note in result.notes:
        streams.error(f"{name}: note: {note}")
    return 0


def _translation(args: argparse.Namespace, streams: Streams) -> int:
    """Add FILE's texts to the document it translates; write it; report what did not align.

    The document may be written over itself (``-o`` naming ``--translation-of``): it is read
    whole first and replaced atomically.
    """
    from opscontent.importers.translation import import_translation  # noqa: PLC0415
    from opscontent.io import format_for, parse_data, validate_data  # noqa: PLC0415

    name, base_name = label(args.file), label(args.translation_of)
    read = streams.read(args.translation_of, args.max_input_size)  # a folder: say so first
    fmt_in = format_for(args.translation_of) if args.translation_of != "-" else None
    raw, positions = parse_data(read, fmt_in, file=base_name)
    base = validate_data(raw, file=base_name, positions=positions)
    data = _source(args, streams, name)
    result = import_translation(data, base, language=args.language or args.locale, file=name)
    stem = "translation" if args.translation_of == "-" else Path(args.translation_of).stem
    _write(args, streams, result.document, stem)
    for line in result.report.lines(name):
        streams.error(line)
    for note in result.imported.notes:
        streams.error(f"{name}: note: {note}")
    streams.error(f"{name}: {result.report.summary()}")
    return 0


def _source(args: argparse.Namespace, streams: Streams, name: str) -> bytes:
    """The bytes of FILE, refused when they hold nothing to import."""
    data = streams.read(args.file, args.max_input_size)
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise ParseError(
            Message(N_("the input is empty: nothing to import")), file=name, line=1, column=1
        )
    return data


def _write(args: argparse.Namespace, streams: Streams, doc: Document, stem: str) -> None:
    """Write the imported document where ``-o`` says, in the format it names."""
    from opscontent.io import dumps  # noqa: PLC0415

    fmt = document_format(args)
    write_output(
        streams,
        dumps(doc, fmt),
        args.output,
        name=f"{stem}.{fmt}",
        inputs=[args.file],
        overwrite_input=args.overwrite_input,
    )
