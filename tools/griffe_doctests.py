"""Griffe extension: show the doctests in docstrings as ``pycon`` code blocks on the site.

Docstrings hold plain ``>>>`` examples (pytest runs them); Markdown would read the ``>`` as
nested quotes, so each run of example lines, up to the next blank line, is fenced.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence(text: str) -> str:
    """``text`` with every doctest block wrapped in a ``pycon`` fence (same indentation)."""
    out: list[str] = []
    indent: str | None = None
    for line in text.splitlines():
        stripped = line.lstrip()
        if indent is None and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
        elif indent is not None and not stripped:
            out.append(f"{indent}```")
            indent = None
        out.append(line)
    if indent is not None:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctests of every object's docstring."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring, once per object."""
        if obj.docstring is not None:
            obj.docstring.value = fence(obj.docstring.value)
