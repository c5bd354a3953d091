"""JSON paths into a document: ``("sections", 2, "items", 0, "owner")`` and its written form.

Loaders, validation errors and check findings all name places in a document this way.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["JsonPath", "format_path"]

JsonPath = tuple[str | int, ...]
"""A path into the data: keys and list indexes."""


def format_path(path: Sequence[str | int]) -> str:
    """Write ``path`` as a JSON path.

    >>> format_path(("sections", 2, "items", 0, "owner"))
    '$.sections[2].items[0].owner'
    >>> format_path(("$schema",))
    "$['$schema']"
    """
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif part.isidentifier():
            out.append(f".{part}")
        else:
            out.append("[" + repr(part) + "]")
    return "".join(out)
