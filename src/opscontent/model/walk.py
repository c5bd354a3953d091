"""Walk every text of a document with its path."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from enum import Enum
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel

from opscontent.model.localized import Localized
from opscontent.model.types import IDENTIFIER, LocalizableText
from opscontent.paths import JsonPath

__all__ = ["iter_texts", "iter_written"]


def iter_texts(
    value: Any, loc: JsonPath = (), *, localizable: bool = False
) -> Iterator[tuple[JsonPath, str]]:
    """Yield ``(path, text)`` for every string field below ``value``, in field order.

    Enum values, identifiers (keys such as a KPI's ``key``, see
    :data:`~opscontent.model.types.Slug`) and the ``$schema`` pointer are not content and are
    skipped. With ``localizable``, only reader-facing texts (:data:`~opscontent.model.types.Text`)
    are yielded: language tags, currency codes, versions and authors are not.
    """
    found: list[tuple[JsonPath, str]] = []
    _collect(value, loc, localizable, True, found)
    return iter(found)


def iter_written(value: Any, loc: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    """Every text as written: :func:`iter_texts`, each language of a mapping at its tag.

    A localized title yields ``(("meta", "title", "zh"), …)`` and ``(("meta", "title", "en"),
    …)``; checks of the written words (placeholders, control characters) read these.
    """
    for path, text in iter_texts(value, loc):
        if isinstance(text, Localized):
            for tag, written in text.texts.items():
                yield (*path, tag), written
        else:
            yield path, text


def _collect(
    value: Any, loc: JsonPath, localizable: bool, keep: bool, found: list[tuple[JsonPath, str]]
) -> None:
    """:func:`iter_texts` into ``found``; ``keep`` says whether strings at this place count.

    One list filled by plain recursion: nested generators cost a frame per level per text.
    """
    if isinstance(value, BaseModel):
        for name, key, identifier, text in _fields(type(value)):
            child = getattr(value, name)
            if child is None or (identifier and _is_key(child)):
                continue
            _collect(child, (*loc, key), localizable, text or not localizable, found)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _collect(item, (*loc, index), localizable, keep, found)
    elif keep and isinstance(value, str) and not isinstance(value, Enum):
        found.append((loc, value))


@functools.cache
def _fields(model: type[BaseModel]) -> tuple[tuple[str, str, bool, bool], ...]:
    """``(name, key in the data, is an identifier, is reader-facing text)`` of each field."""
    identifiers, texts = _identifier_fields(model), _text_fields(model)
    return tuple(
        (name, field.alias or name, name in identifiers, name in texts)
        for name, field in model.model_fields.items()
        if name != "schema_"
    )


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


@functools.cache
def _text_fields(model: type[BaseModel]) -> frozenset[str]:
    """The fields of ``model`` that hold reader-facing :data:`~opscontent.model.types.Text`."""
    return frozenset(
        name
        for name, field in model.model_fields.items()
        if any(_is_text(item) for item in field.metadata) or _carries(field.annotation, _is_text)
    )


def _is_text(metadata: object) -> bool:
    return isinstance(metadata, LocalizableText)


def _is_identifier(metadata: object) -> bool:
    return metadata is IDENTIFIER


def _names_identifier(annotation: Any) -> bool:
    """True when ``annotation`` (a union, an ``Annotated``…) carries :data:`IDENTIFIER`."""
    return _carries(annotation, _is_identifier)


def _carries(annotation: Any, marks: Callable[[object], bool]) -> bool:
    """True when ``annotation`` or a type inside it is ``Annotated`` with metadata ``marks``."""
    if get_origin(annotation) is Annotated:
        _, *metadata = get_args(annotation)
        if any(marks(item) for item in metadata):
            return True
    return any(_carries(arg, marks) for arg in get_args(annotation))
