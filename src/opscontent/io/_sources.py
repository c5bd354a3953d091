"""Where a loaded document came from: its file name and the positions of its keys.

``load`` and ``loads`` record them for the document they return, so that ``check(doc)`` can
give each finding its line and column without being told (the command line passes them
explicitly). The record lives as long as the document: it is dropped when the document is
garbage-collected, and a copy of the document (``model_copy``) has none, its fields being
free to change.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from opscontent.io._paths import Positions
from opscontent.model import Document

__all__ = ["Source", "record_source", "source_of"]


@dataclass(frozen=True, slots=True)
class Source:
    """The file name a document was loaded from, and where each of its keys starts."""

    file: str | None
    """The name given to ``load``/``loads`` (``None`` for text without one)."""
    positions: Positions | None
    """Line and column of each key, when the format gives them."""


_SOURCES: dict[int, tuple[weakref.ref[Document], Source]] = {}


def record_source(doc: Document, source: Source) -> None:
    """Remember where ``doc`` came from, for as long as it lives."""
    key = id(doc)
    _SOURCES[key] = (weakref.ref(doc, lambda _: _SOURCES.pop(key, None)), source)


def source_of(doc: Document) -> Source | None:
    """Where ``doc`` was loaded from, when ``load``/``loads`` made it.

    >>> import opscontent
    >>> doc = opscontent.loads('{"meta": {"title": "T"}}', file="plan.json")
    >>> found = source_of(doc)
    >>> found.file, found.positions.locate(("meta", "title"))
    ('plan.json', (1, 11))
    >>> source_of(doc.model_copy()) is None
    True
    """
    found = _SOURCES.get(id(doc))
    if found is None or found[0]() is not doc:
        return None
    return found[1]
