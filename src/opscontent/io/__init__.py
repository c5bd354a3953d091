r"""Loading and dumping documents as JSON, YAML and TOML (read only).

Every error is an :class:`~opscontent.exceptions.OpsContentError` that says where: file, line
and column where the format allows, and the JSON path of the offending value.

>>> doc = loads('{"meta": {"title": "Plan"}, "sections": []}')
>>> doc.meta.title
'Plan'
>>> print(dumps(doc), end="")
{
  "meta": {
    "title": "Plan"
  },
  "sections": []
}
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from opscontent._atomic import write_atomic
from opscontent._limits import MAX_INPUT_BYTES
from opscontent.exceptions import (
    DecodeError,
    FormatError,
    InputTooLargeError,
    Message,
    ParseError,
    ReadError,
)
from opscontent.i18n._markers import N_
from opscontent.io._convert import EMPTY_INPUT, check_text, to_json_data
from opscontent.io._json import index_json, parse_json
from opscontent.io._paths import Positions
from opscontent.io._sources import Source, record_source, source_of
from opscontent.io._validation import validate_data
from opscontent.model import Document

__all__ = [
    "MAX_INPUT_BYTES",
    "Format",
    "Positions",
    "Source",
    "dump",
    "dumps",
    "format_for",
    "load",
    "loads",
    "parse_data",
    "read_input",
    "source_of",
    "validate_data",
]

"""The default size limit of an input: 32 MiB (a large document is well under 1 MiB)."""

_SUFFIXES = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".toml": "toml"}


class Format(StrEnum):
    """Serialization formats; TOML is read only."""

    JSON = "json"
    YAML = "yaml"
    TOML = "toml"


def format_for(path: str | os.PathLike[str]) -> Format:
    """The format a file name implies, from its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise FormatError(
            Message(
                N_(
                    "cannot tell the format from the suffix {suffix!r}; "
                    "use .json, .yaml, .yml or .toml, or name the format"
                ),
                {"suffix": suffix or "(none)"},
            ),
            file=os.fspath(path),
        )
    return Format(_SUFFIXES[suffix])


def sniff(text: str) -> Format:
    """Guess the format of ``text``.

    JSON if it starts with ``{``, TOML if its first line looks like a table or ``key = value``,
    YAML otherwise.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return Format.JSON
    first = stripped.split("\n", 1)[0].strip()
    if (first.startswith("[") and first.endswith("]") and "," not in first) or (
        "=" in first and ":" not in first.split("=", 1)[0]
    ):
        return Format.TOML
    return Format.YAML


def decode(data: bytes, *, file: str | None = None) -> str:
    """Decode UTF-8 (a byte-order mark is allowed); errors say the line and column."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8-sig", errors="replace")
        line = good.count("\n") + 1
        column = len(good) - (good.rfind("\n") + 1) + 1
        raise DecodeError(
            Message(
                N_("not UTF-8 text: byte 0x{byte:02x} cannot be decoded"), {"byte": data[exc.start]}
            ),
            file=file,
            line=line,
            column=column,
        ) from None


def parse_data(
    text: str | bytes, format: Format | str | None = None, *, file: str | None = None
) -> tuple[Any, Positions | None]:
    """Parse ``text`` into plain data and, where the format allows, key positions."""
    if isinstance(text, bytes | bytearray):
        text = decode(bytes(text), file=file)
    text = text.removeprefix("\ufeff")
    fmt = _format(format, text)
    if not text.strip():
        raise ParseError(Message(EMPTY_INPUT), file=file, line=1, column=1)
    positions: Positions
    if fmt is Format.JSON:
        data, positions = parse_json(text, file=file), _LazyJsonPositions(text)
    elif fmt is Format.YAML:
        from opscontent.io._yaml import parse_yaml  # noqa: PLC0415 - YAML is optional

        data, positions = parse_yaml(text, file=file)
        data = to_json_data(data, file=file, positions=positions)
    else:
        from opscontent.io._toml import index_toml, parse_toml  # noqa: PLC0415 - on first use

        data, positions = parse_toml(text, file=file), index_toml(text)
        data = to_json_data(data, file=file, positions=positions)
    check_text(data, text, positions, file)
    return data, positions


def _format(format: Format | str | None, text: str) -> Format:
    if format is None:
        return sniff(text)
    try:
        return Format(str(format).lower())
    except ValueError:
        raise FormatError(
            Message(
                N_("unknown format {format!r}; expected one of: {formats}"),
                {"format": format, "formats": ", ".join(Format)},
            )
        ) from None


class _LazyJsonPositions(Positions):
    """JSON positions, computed only when an error needs them."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._real: Positions | None = None

    def locate(self, path: tuple[str | int, ...]) -> tuple[int, int] | None:
        if self._real is None:
            self._real = index_json(self._text)[0]
        return self._real.locate(path)


def loads(
    text: str | bytes, format: Format | str | None = None, *, file: str | None = None
) -> Document:
    """Parse and validate a document from ``text``.

    Args:
        text: JSON, YAML or TOML, as text or UTF-8 bytes.
        format: ``"json"``, ``"yaml"`` or ``"toml"``; guessed from the text when omitted.
        file: name used in error messages.

    The document remembers where it came from (:func:`source_of`): ``check`` gives its
    findings the file name and the line and column of each.

    Raises:
        ParseError: the text is not well-formed, or repeats a key.
        ValidationError: the data is not a valid document (every problem listed, located).
        DecodeError: bytes that are not UTF-8.
        MissingExtraError: YAML in an installation that lost PyYAML.

    """
    data, positions = parse_data(text, format, file=file)
    doc = validate_data(data, file=file, positions=positions)
    record_source(doc, Source(file, positions))
    return doc


def load(
    path: str | os.PathLike[str],
    format: Format | str | None = None,
    *,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Document:
    """Read and validate a document from a file; the format comes from its suffix.

    A file larger than ``max_bytes`` (default :data:`MAX_INPUT_BYTES`) is refused with
    :class:`~opscontent.exceptions.InputTooLargeError` before it is parsed.
    """
    name = os.fspath(path)
    data = read_input(name, max_bytes=max_bytes)  # a folder or no file: say so first
    fmt = Format(format) if format is not None else format_for(name)
    return loads(data, fmt, file=name)


def read_input(
    source: str | os.PathLike[str] | IO[bytes],
    *,
    max_bytes: int = MAX_INPUT_BYTES,
    file: str | None = None,
) -> bytes:
    """The bytes of a file or binary stream, refusing more than ``max_bytes``.

    Never reads more than ``max_bytes + 1`` bytes, so an endless input (``/dev/zero``) ends
    with an error instead of filling the memory.

    Raises:
        ReadError: the file cannot be opened or read.
        InputTooLargeError: the input holds more than ``max_bytes`` bytes.

    """
    name = file or (os.fspath(source) if isinstance(source, str | os.PathLike) else None)
    try:
        if isinstance(source, str | os.PathLike):
            with open(source, "rb") as stream:
                data = stream.read(max_bytes + 1)
        else:
            data = source.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(
            Message(N_("cannot read file: {reason}"), {"reason": exc.strerror or str(exc)}),
            file=name,
        ) from None
    if len(data) > max_bytes:
        raise InputTooLargeError(
            Message(
                N_(
                    "input is larger than the limit of {size}; raise the limit "
                    "(--max-input-size, or max_bytes in Python) to read it"
                ),
                {"size": _size(max_bytes)},
            ),
            file=name,
        )
    return data


def _size(count: int) -> str:
    """A byte count the way the command line's ``--max-input-size`` takes it."""
    for unit, factor in (("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)):
        if count >= factor and count % factor == 0:
            return f"{count // factor}{unit}"
    return f"{count} bytes"


def to_data(doc: Document) -> dict[str, Any]:
    """The canonical JSON-like data of ``doc``: fields as set, aliases, dates as strings."""
    return doc.model_dump(mode="json", exclude_unset=True, by_alias=True)


def dumps(doc: Document, format: Format | str = Format.JSON, *, indent: int = 2) -> str:
    """Serialize ``doc`` as JSON or YAML; loading the result gives an equal document."""
    fmt = Format(str(format).lower())
    if fmt is Format.JSON:
        if indent > 0:  # pydantic-core writes the same text as json.dumps, three times faster
            return doc.model_dump_json(exclude_unset=True, by_alias=True, indent=indent) + "\n"
        return json.dumps(to_data(doc), ensure_ascii=False, indent=indent) + "\n"
    if fmt is Format.YAML:
        from opscontent.io._yaml import dump_yaml  # noqa: PLC0415 - YAML is optional

        return dump_yaml(to_data(doc))
    raise FormatError(Message(N_("TOML is read only; dump as JSON or YAML")))


def dump(doc: Document, path: str | os.PathLike[str], format: Format | str | None = None) -> None:
    """Write ``doc`` to a file; the format comes from the suffix unless given.

    The file is written whole or not at all (a temporary file renamed into place).
    """
    fmt = Format(format) if format is not None else format_for(path)
    write_atomic(path, dumps(doc, fmt))
