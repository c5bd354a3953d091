"""The bytes of a file to import: a Word document, or text (plain or Markdown)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from opscontent.exceptions import DecodeError, Message
from opscontent.i18n._markers import N_
from opscontent.importers.docx import parse_docx
from opscontent.importers.text import ImportResult, parse_text

__all__ = ["is_docx", "parse_bytes"]

_BINARY = (
    (b"PK\x03\x04", "an Excel, PowerPoint or other zipped Office file, not a Word .docx"),
    (b"%PDF", "a PDF file"),
    (b"\xd0\xcf\x11\xe0", "an old-style Word or Excel file"),
)
"""Files people try to import that hold no plain text: named, instead of 'not UTF-8'."""


def is_docx(data: bytes) -> bool:
    """A zip holding ``word/document.xml``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False


def parse_bytes(
    data: bytes,
    *,
    file: str | None = None,
    locale: str | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Import a file's bytes: Word by its content, else UTF-8 text.

    Raises:
        DecodeError: the bytes are another binary format (named), or not UTF-8.

    """
    from opscontent.io import decode  # noqa: PLC0415 - the io package imports the model

    if is_docx(data):
        return parse_docx(data, locale=locale, today=today)
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
                file=file,
            )
    return parse_text(decode(data, file=file), locale=locale, today=today)
