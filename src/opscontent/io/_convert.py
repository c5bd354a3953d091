"""Turn what a parser returns into plain JSON-like data, refusing what no document can hold."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from opscontent.exceptions import Message, ParseError
from opscontent.i18n._markers import N_
from opscontent.io._paths import JsonPath, Positions, format_path

__all__ = ["MAX_INT_DIGITS", "MAX_NODES", "check_text", "long_integer", "to_json_data"]

MAX_NODES = 1_000_000
"""Most values a document may expand to (guards against YAML alias bombs)."""

MAX_INT_DIGITS = 4300
"""Most digits of an integer: Python's limit on converting integers to and from text."""

_LIMIT = 10**MAX_INT_DIGITS
_DIGITS = re.compile(r"[0-9_]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
EMPTY_INPUT = N_(
    "the input holds no document (it is empty or only comments); a document needs at least "
    "meta.title"
)
"""What is wrong with an input that holds nothing at all (msgid)."""
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]|\\U0000[dD][89a-fA-F]")
"""A surrogate written as an escape (JSON, YAML)."""


def _may_hold_surrogate(text: str) -> bool:
    r"""Whether ``text`` may decode to a lone surrogate: one written as is, or escaped.

    Encoding finds one written as is in a single pass of C (a regular expression over a long
    document took seven times longer); the escapes are only searched for where a ``\u`` is.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return ("\\u" in text or "\\U" in text) and _ESCAPED_SURROGATE.search(text) is not None


class _LargeIntegerError(Exception):
    pass


def to_json_data(data: Any, *, file: str | None = None, positions: Positions | None = None) -> Any:
    """Dates become ``YYYY-MM-DD`` strings, keys become strings, sets become lists.

    Raises :class:`ParseError` for values JSON cannot hold (binary data, integers of more than
    :data:`MAX_INT_DIGITS` digits, as YAML hex or binary literals can be) and for documents
    that expand to more than :data:`MAX_NODES` values.
    """
    budget = [MAX_NODES]
    try:
        return _convert(data, budget, file)
    except RecursionError:
        raise ParseError(Message(N_("document is nested too deeply")), file=file) from None
    except _LargeIntegerError:
        path = next(path for path, value in _walk(data) if _too_large(value))
        message = Message(N_("a number has more than {digits} digits"), {"digits": MAX_INT_DIGITS})
        raise _located(message, path, positions, file) from None


def _too_large(value: Any) -> bool:
    return isinstance(value, int) and abs(value) >= _LIMIT


def _convert(value: Any, budget: list[int], file: str | None) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise ParseError(
            Message(
                N_("document expands to more than {count} values (too many repeated aliases?)"),
                {"count": MAX_NODES},
            ),
            file=file,
        )
    if isinstance(value, dict):
        return {_key(k): _convert(v, budget, file) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_convert(v, budget, file) for v in value]
    if isinstance(value, set | frozenset):  # unordered: sorted, so the order never varies
        return sorted(_key(v) for v in value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        raise ParseError(Message(N_("binary values are not supported in a document")), file=file)
    if isinstance(value, int) and abs(value) >= _LIMIT:
        raise _LargeIntegerError
    return value


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, dt.date | dt.time):
        return key.isoformat()
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def long_integer(kind: str, text: str, file: str | None) -> ParseError:
    """The error for an integer written with more than :data:`MAX_INT_DIGITS` digits."""
    line = column = None
    for match in _DIGITS.finditer(text):
        if len(match.group().replace("_", "")) > MAX_INT_DIGITS:
            line, column = Positions(text).line_col(match.start())
            break
    return ParseError(
        Message(
            N_("invalid {format}: a number has more than {digits} digits"),
            {"format": kind, "digits": MAX_INT_DIGITS},
        ),
        file=file,
        line=line,
        column=column,
    )


def check_text(data: Any, text: str, positions: Positions | None, file: str | None) -> None:
    r"""Refuse a lone surrogate (``"\ud800"`` in JSON or YAML), located: it is not a character.

    Only when the text may hold one does this walk the data.
    """
    if not _may_hold_surrogate(text):
        return
    for path, value in _walk(data):
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found is not None:
            raise _located(surrogate_message(found.group()), path, positions, file)


def surrogate_message(char: str) -> Message:
    """What is wrong with the lone surrogate ``char`` in a text."""
    return Message(
        N_(
            "lone surrogate U+{code:04X} in text: it is not a character "
            "(half of a broken emoji, or an escape such as \\ud800)"
        ),
        {"code": ord(char)},
    )


def _located(
    message: Message, path: JsonPath, positions: Positions | None, file: str | None
) -> ParseError:
    where = positions.locate(path) if positions is not None else None
    return ParseError(
        message,
        file=file,
        line=where[0] if where else None,
        column=where[1] if where else None,
        path=format_path(path),
    )


def _walk(data: Any) -> Iterator[tuple[JsonPath, Any]]:
    """Every key and value in document order, with its path, without recursion."""
    stack: list[tuple[JsonPath, Any]] = [((), data)]
    while stack:
        path, node = stack.pop()
        if isinstance(node, dict):
            for key in node:
                yield (*path, key), key
            stack.extend(((*path, key), node[key]) for key in reversed(node))
        elif isinstance(node, list):
            stack.extend(((*path, index), node[index]) for index in range(len(node) - 1, -1, -1))
        else:
            yield path, node
