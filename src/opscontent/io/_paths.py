"""Text positions shared by the loaders: where each key of a parsed text starts."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import Any

from opscontent.paths import JsonPath, format_path

__all__ = ["YAML_LINE_BREAKS", "JsonPath", "Positions", "data_path", "format_path"]

_LF = re.compile("\n")
YAML_LINE_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
"""What YAML counts as a line break (JSON counts only LF)."""


class Positions:
    """Where each key (and each list element) of a parsed text starts.

    Offsets are stored as character offsets into the text and turned into 1-based line and
    column on request.
    """

    def __init__(self, text: str, line_breaks: re.Pattern[str] | None = None) -> None:
        breaks = line_breaks or _LF
        self._newlines = [match.end() - 1 for match in breaks.finditer(text)]
        self._offsets: dict[JsonPath, int] = {}

    def add(self, path: JsonPath, offset: int) -> None:
        """Record that ``path`` starts at character ``offset`` (first one wins)."""
        self._offsets.setdefault(path, offset)

    def add_line_col(self, path: JsonPath, line: int, column: int) -> None:
        """Record a 0-based line and column (as YAML marks give them)."""
        start = self._newlines[line - 1] + 1 if line > 0 else 0
        self.add(path, start + column)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = bisect.bisect_left(self._newlines, offset)
        start = self._newlines[line - 1] + 1 if line > 0 else 0
        return line + 1, offset - start + 1

    def locate(self, path: JsonPath) -> tuple[int, int] | None:
        """Line and column of ``path``, or of its nearest recorded ancestor."""
        for end in range(len(path), 0, -1):
            offset = self._offsets.get(path[:end])
            if offset is not None:
                return self.line_col(offset)
        return None


def data_path(
    loc: Sequence[str | int], data: Any, tags: frozenset[str], *, missing: bool = False
) -> JsonPath:
    """Turn a validation ``loc`` into a path through ``data``, dropping union tags.

    Pydantic puts the tag of a discriminated union into the location (``sections.0.goals``);
    those parts do not exist in the data. A part that names a tag and is absent from the data
    is dropped, unless it is the last part of a ``missing`` error (then it is a missing field).
    """
    path: list[str | int] = []
    node: Any = data
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        found, child = _child(node, part)
        if found:
            node = child
        elif isinstance(part, str) and part in tags and not (last and missing):
            continue
        else:
            node = None
        path.append(part)
    return tuple(path)


def _child(node: Any, part: str | int) -> tuple[bool, Any]:
    if isinstance(node, Mapping) and part in node:
        return True, node[part]
    if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
        return True, node[part]
    return False, None
