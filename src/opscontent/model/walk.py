"""Walk every text of a document with its path."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from enum import Enum
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel

from opscontent.model.types import IDENTIFIER
from opscontent.paths import JsonPath

__all__ = ["iter_texts"]


def iter_texts(value: Any, loc: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    """Yield ``(path, text)`` for every string field below ``value``, in field order.

    Enum values, identifiers (keys such as a KPI's ``key``, see
    :data:`~opscontent.model.types.Slug`) and the ``$schema`` pointer are not content and are
    skipped.
    """
    if isinstance(value, BaseModel):
        skip = _identifier_fields(type(value))
        for name, field in type(value).model_fields.items():
            if name == "schema_":
                continue
            child = getattr(value, name)
            if name in skip and _is_key(child):
                continue
            yield from iter_texts(child, (*loc, field.alias or name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from iter_texts(item, (*loc, index))
    elif isinstance(value, str) and not isinstance(value, Enum):
        yield loc, value


def _is_key(value: Any) -> bool:
    """A string, or a list of strings: the identifier itself, not an inline object."""
    if isinstance(value, list):
        return all(isinstance(item, str) for item in value)
    return isinstance(value, str)


@functools.cache
def _identifier_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of ``model`` whose string values are identifiers."""
    return frozenset(
        name
        for name, field in model.model_fields.items()
        if IDENTIFIER in field.metadata or _names_identifier(field.annotation)
    )


def _names_identifier(annotation: Any) -> bool:
    """True when ``annotation`` (a union, an ``Annotated``…) carries :data:`IDENTIFIER`."""
    if get_origin(annotation) is Annotated:
        _, *metadata = get_args(annotation)
        if IDENTIFIER in metadata:
            return True
    return any(_names_identifier(arg) for arg in get_args(annotation))
