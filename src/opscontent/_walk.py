"""Walk every text of a document with its path."""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
from typing import Any

from pydantic import BaseModel

__all__ = ["Loc", "iter_texts"]

Loc = tuple[str | int, ...]


def iter_texts(value: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Yield ``(path, text)`` for every string field below ``value``, in field order.

    Enum values and the ``$schema`` pointer are not content and are skipped.
    """
    if isinstance(value, BaseModel):
        for name, field in type(value).model_fields.items():
            if name == "schema_":
                continue
            yield from iter_texts(getattr(value, name), (*loc, field.alias or name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from iter_texts(item, (*loc, index))
    elif isinstance(value, str) and not isinstance(value, Enum):
        yield loc, value
