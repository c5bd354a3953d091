"""TOML reading (the standard library's ``tomllib``), with line and column in errors.

Key positions come from one left-to-right scan of the text (:class:`_Scanner`): every step moves
forward, so the time is linear in the text, and multi-line strings and arrays are stepped over
as values, never read as keys.
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from typing import Any

from opscontent.exceptions import Message, ParseError
from opscontent.i18n._markers import N_
from opscontent.io._convert import long_integer
from opscontent.io._paths import JsonPath, Positions
from opscontent.io._reasons import parser_reason

__all__ = ["index_toml", "parse_toml"]

_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_BLANK = re.compile(r"[ \t]*")
_BASIC_END = re.compile(r'\\.|"', re.DOTALL)
"""In a basic string: an escape (skipped whole) or the closing quote."""
_MULTILINE_BASIC_END = re.compile(r'\\.|"{3,5}', re.DOTALL)
_VALUE_STOP = re.compile(r"""["'#\[\]{}\n]""")
"""What changes state inside a value: strings, comments, brackets, the end of the line."""


def _resolve(keys: tuple[str, ...], counts: dict[JsonPath, int]) -> JsonPath:
    """The path of a header's keys: an array of tables stands for its latest element.

    In ``[[sections]]`` … ``[[sections.items]]`` the items belong to the last section so far.
    """
    path: JsonPath = ()
    for key in keys:
        path = (*path, key)
        if path in counts:
            path = (*path, counts[path])
    return path


def index_toml(text: str) -> Positions:
    r"""Positions of table headers and ``key =`` lines of well-formed TOML.

    Keys inside inline tables are not indexed; they locate at their parent.

    >>> positions = index_toml("a = '''\nb = 1\n'''\n[t]\nc = 2\n")
    >>> positions.locate(("t", "c")), positions.locate(("b",))
    ((5, 1), None)
    """
    scanner = _Scanner(text)
    with contextlib.suppress(ValueError):  # not well-formed after all: what was found so far
        scanner.run()
    return scanner.positions


class _Scanner:
    """One pass over well-formed TOML, recording where headers and keys start."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.positions = Positions(text)
        self.table: JsonPath = ()
        self.counts: dict[JsonPath, int] = {}

    def run(self) -> Positions:
        text, i = self.text, 0
        while i < len(text):
            i = _BLANK.match(text, i).end()  # type: ignore[union-attr]  # always matches
            char = text[i : i + 1]
            if char == "[":
                i = self.header(i)
            elif char and char not in "\r\n#":
                i = self.key_value(i)
            i = self.line_end(i)
        return self.positions

    def line_end(self, i: int) -> int:
        """The start of the next line (comments and trailing spaces skipped)."""
        end = self.text.find("\n", i)
        return len(self.text) if end < 0 else end + 1

    def keys(self, i: int) -> tuple[tuple[str, ...], int]:
        """A dotted key starting at ``i``: its parts and where it ends."""
        text, parts = self.text, []
        while True:
            i = _BLANK.match(text, i).end()  # type: ignore[union-attr]
            char = text[i : i + 1]
            if char in ('"', "'"):
                end = self.string_end(i, char) if char == '"' else text.index("'", i + 1) + 1
                raw = text[i:end]
                parts.append(raw[1:-1] if "\\" not in raw else tomllib.loads(f"k = {raw}")["k"])
                i = end
            else:
                bare = _BARE_KEY.match(text, i)
                if bare is None:
                    break
                parts.append(bare.group())
                i = bare.end()
            i = _BLANK.match(text, i).end()  # type: ignore[union-attr]
            if text[i : i + 1] != ".":
                break
            i += 1
        return tuple(parts), i

    def header(self, i: int) -> int:
        start = i
        array = self.text.startswith("[[", i)
        keys, i = self.keys(i + (2 if array else 1))
        if array:  # a new element of an array of tables
            path = (*_resolve(keys[:-1], self.counts), *keys[-1:])
            self.counts[path] = self.counts.get(path, -1) + 1
            self.table = (*path, self.counts[path])
        else:
            self.table = _resolve(keys, self.counts)
        self.positions.add(self.table, start)
        return i

    def key_value(self, i: int) -> int:
        keys, after = self.keys(i)
        if not keys:
            return i
        self.positions.add((*self.table, *keys), i)
        return self.value(after + 1)  # after the '='

    def value(self, i: int) -> int:
        """Skip a value (it may span lines); return a position on its last line."""
        text, depth = self.text, 0
        while True:
            stop = _VALUE_STOP.search(text, i)
            if stop is None:
                return len(text)
            char, i = stop.group(), stop.start()
            if char == "\n":
                if depth == 0:
                    return i
                i += 1
            elif char == "#":  # a comment runs to the end of the line
                i = text.find("\n", i)
                if i < 0:
                    return len(text)
            elif char in "[{":
                depth, i = depth + 1, i + 1
            elif char in "]}":
                depth, i = depth - 1, i + 1
            else:
                i = self.string_end(i, char)

    def string_end(self, i: int, quote: str) -> int:
        """The position after the string that starts at ``i`` (any of the four kinds)."""
        text = self.text
        if text.startswith(quote * 3, i):
            if quote == "'":
                end = text.index("'''", i + 3) + 3
                extra = len(text[end : end + 2]) - len(text[end : end + 2].lstrip("'"))
                return end + extra  # up to two quotes may end the content
            for match in _MULTILINE_BASIC_END.finditer(text, i + 3):
                if match.group()[0] == '"':
                    return match.end()
            return len(text)
        if quote == "'":
            return text.index("'", i + 1) + 1
        for match in _BASIC_END.finditer(text, i + 1):
            if match.group() == '"':
                return match.end()
        return len(text)


def parse_toml(text: str, *, file: str | None = None) -> Any:
    """Parse TOML text; errors are :class:`ParseError` with line and column."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _AT.search(message)
        line = column = None
        if match:
            line, column = int(match.group(1)), int(match.group(2))
            message = message[: match.start()]
        elif message.endswith("(at end of document)"):
            line, column = Positions(text).line_col(len(text))
            message = message.removesuffix("(at end of document)").rstrip()
        raise ParseError(
            Message(N_("invalid TOML: {reason}"), {"reason": parser_reason(message)}),
            file=file,
            line=line,
            column=column,
        ) from None
    except RecursionError:
        raise ParseError(Message(N_("invalid TOML: nested too deeply")), file=file) from None
    except ValueError:  # an integer longer than Python reads from text
        raise long_integer("TOML", text, file) from None
