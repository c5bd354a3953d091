"""What each field of a model holds, as a translation sees it: text, plain text, models, values.

Only :data:`~opscontent.model.types.Text` fields take a translation. Plain text (a version, a
name in ``authors``) is one string in every language; identifiers, enumerations, numbers and
dates are values, the same in every language.
"""

from __future__ import annotations

import functools
import types
from enum import Enum
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from opscontent.model.types import IDENTIFIER, LocalizableText, NotBlank

__all__ = ["Kind", "field_kinds"]


class Kind(Enum):
    """What a field holds."""

    TEXT = "text"
    """Reader-facing text (``Text``): a translation fills it."""
    TEXTS = "texts"
    """A list of reader-facing texts."""
    PLAIN = "plain"
    """Plain text (``PlainText``): one string in every language."""
    PLAINS = "plains"
    """A list of plain texts."""
    MODEL = "model"
    """A nested model (a time node, a salary)."""
    MODELS = "models"
    """A list of nested models (milestones, locations)."""
    VALUE = "value"
    """Anything else: identifiers, enumerations, numbers, dates, a KPI key or inline KPI."""


@functools.cache
def field_kinds(model: type[BaseModel]) -> dict[str, Kind]:
    """Each field of ``model`` by name, with what it holds.

    Pydantic keeps the metadata of a required field apart from its type (``field.metadata``);
    it is put back around the type before the type is read.

    >>> from opscontent.model import Meta, TaskItem
    >>> kinds = field_kinds(TaskItem)
    >>> kinds["name"], kinds["tools"], kinds["cadence"], field_kinds(Meta)["version"]
    (<Kind.TEXT: 'text'>, <Kind.TEXTS: 'texts'>, <Kind.VALUE: 'value'>, <Kind.PLAIN: 'plain'>)
    """
    return {
        name: _kind(
            Annotated[field.annotation, *field.metadata] if field.metadata else field.annotation
        )
        for name, field in model.model_fields.items()
    }


def _kind(annotation: Any) -> Kind:
    inner = _without_none(annotation)
    if get_origin(inner) is list:
        (element,) = get_args(inner)
        return {Kind.TEXT: Kind.TEXTS, Kind.PLAIN: Kind.PLAINS, Kind.MODEL: Kind.MODELS}.get(
            _kind(element), Kind.VALUE
        )
    if get_origin(inner) is Annotated:
        _, *metadata = get_args(inner)
        if any(isinstance(m, LocalizableText) for m in metadata):
            return Kind.TEXT
        if IDENTIFIER in metadata:
            return Kind.VALUE
        if any(isinstance(m, NotBlank) for m in metadata):
            return Kind.PLAIN
        return Kind.VALUE
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return Kind.MODEL
    return Kind.VALUE


def _without_none(annotation: Any) -> Any:
    """``X | None`` as ``X``; other unions (a KPI key or an inline KPI) stay as they are."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation
