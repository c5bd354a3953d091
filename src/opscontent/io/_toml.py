"""TOML reading (the standard library's ``tomllib``), with line and column in errors."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from opscontent.exceptions import ParseError
from opscontent.io._paths import JsonPath, Positions

__all__ = ["index_toml", "parse_toml"]

_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_TABLE = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(
    r"""^\s*((?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"]*"|'[^']*'))*)\s*="""
)


def _keys(dotted: str) -> tuple[str, ...]:
    parts = re.findall(r"""[A-Za-z0-9_-]+|"[^"]*"|'[^']*'""", dotted)
    return tuple(part[1:-1] if part[:1] in "\"'" else part for part in parts)


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
    """Positions of table headers and ``key =`` lines of well-formed TOML.

    Keys inside multi-line strings or inline tables are not indexed; they locate at their parent.
    """
    positions = Positions(text)
    table: JsonPath = ()
    counts: dict[JsonPath, int] = {}
    offset = 0
    for line in text.splitlines(keepends=True):
        header = _TABLE.match(line)
        key = _KEY.match(line) if header is None else None
        if header is not None:
            keys = _keys(header.group(2))
            if header.group(1) == "[[":  # a new element of an array of tables
                array = (*_resolve(keys[:-1], counts), *keys[-1:])
                counts[array] = counts.get(array, -1) + 1
                table = (*array, counts[array])
            else:
                table = _resolve(keys, counts)
            positions.add(table, offset + len(line) - len(line.lstrip()))
        elif key is not None:
            positions.add((*table, *_keys(key.group(1))), offset + len(line) - len(line.lstrip()))
        offset += len(line)
    return positions


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
        raise ParseError(f"invalid TOML: {message}", file=file, line=line, column=column) from None
    except RecursionError:
        raise ParseError("invalid TOML: nested too deeply", file=file) from None
