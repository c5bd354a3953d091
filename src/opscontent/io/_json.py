"""JSON parsing that rejects duplicate keys and non-finite numbers and knows where keys are."""

from __future__ import annotations

import contextlib
import json
import re
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from opscontent.exceptions import Message, ParseError
from opscontent.i18n._markers import N_
from opscontent.io._convert import long_integer
from opscontent.io._paths import JsonPath, Positions, format_path
from opscontent.io._reasons import parser_reason

__all__ = ["index_json", "parse_json"]

_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")
_SPACE = re.compile(r"[ \t\r\n]*")
_CONSTANT_OR_STRING = re.compile(r'"|-?Infinity|NaN')


class _DuplicateKeyError(Exception):
    pass


class _ConstantError(ValueError):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _constant(name: str) -> Any:
    raise _ConstantError(name)


def parse_json(text: str, *, file: str | None = None) -> Any:
    """Parse JSON text; errors are :class:`ParseError` with line and column."""
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_constant)
    except json.JSONDecodeError as exc:
        raise ParseError(
            Message(N_("invalid JSON: {reason}"), {"reason": parser_reason(exc.msg)}),
            file=file,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except _DuplicateKeyError as exc:
        positions, duplicate = index_json(text)
        line = column = None
        path = None
        if duplicate is not None:
            line, column = positions.line_col(duplicate[1])
            path = format_path(duplicate[0])
        raise ParseError(
            Message(N_("duplicate key {key!r}"), {"key": exc.args[0]}),
            file=file,
            line=line,
            column=column,
            path=path,
        ) from None
    except _ConstantError as exc:  # NaN, Infinity
        line = column = None
        constant = _constant_offset(text)
        if constant is not None:
            line, column = Positions(text).line_col(constant)
        raise ParseError(
            Message(N_("invalid JSON: {value} is not a JSON number"), {"value": exc.args[0]}),
            file=file,
            line=line,
            column=column,
        ) from None
    except RecursionError:
        raise ParseError(Message(N_("invalid JSON: nested too deeply")), file=file) from None
    except ValueError:  # an integer longer than Python converts from text
        raise long_integer("JSON", text, file) from None


def _constant_offset(text: str) -> int | None:
    """Where the first ``NaN`` or ``Infinity`` outside a string starts."""
    i = 0
    while (match := _CONSTANT_OR_STRING.search(text, i)) is not None:
        if match.group() != '"':
            return match.start()
        i = _string_end(text, match.start())
    return None


def _string_end(text: str, i: int) -> int:
    """The offset after the JSON string that starts at ``i`` (the C scanner: linear, no copy).

    Raises:
        ValueError: the string is not well-formed.

    """
    return int(scanstring(text, i + 1, True)[1])


def index_json(text: str) -> tuple[Positions, tuple[JsonPath, int] | None]:
    """Record where every key and list element of well-formed JSON ``text`` starts.

    Also returns the path and offset of the first repeated key, if any. On input deeper than
    Python's recursion limit the positions found so far are returned.
    """
    positions = Positions(text)
    indexer = _Indexer(text, positions)
    with contextlib.suppress(RecursionError, IndexError, ValueError):
        indexer.value(indexer.space(0), ())
    return positions, indexer.duplicate


class _Indexer:
    def __init__(self, text: str, positions: Positions) -> None:
        self.text = text
        self.positions = positions
        self.duplicate: tuple[JsonPath, int] | None = None

    def space(self, i: int) -> int:
        match = _SPACE.match(self.text, i)
        return match.end() if match else i

    def value(self, i: int, path: JsonPath) -> int:
        char = self.text[i]
        if char == "{":
            return self.obj(i, path)
        if char == "[":
            return self.array(i, path)
        if char == '"':
            return _string_end(self.text, i)
        match = _SCALAR.match(self.text, i)
        if match is None:
            raise ValueError(i)
        return match.end()

    def obj(self, i: int, path: JsonPath) -> int:
        i = self.space(i + 1)
        seen: set[str] = set()
        while self.text[i] != "}":
            if self.text[i] != '"':
                raise ValueError(i)
            key, end = scanstring(self.text, i + 1, True)
            child = (*path, key)
            if key in seen and self.duplicate is None:
                self.duplicate = (child, i)
            seen.add(key)
            self.positions.add(child, i)
            i = self.space(self.space(end) + 1)  # skip ':'
            i = self.space(self.value(i, child))
            if self.text[i] == ",":
                i = self.space(i + 1)
        return i + 1

    def array(self, i: int, path: JsonPath) -> int:
        i = self.space(i + 1)
        index = 0
        while self.text[i] != "]":
            child = (*path, index)
            self.positions.add(child, i)
            i = self.space(self.value(i, child))
            if self.text[i] == ",":
                i = self.space(i + 1)
            index += 1
        return i + 1
