"""Validate parsed data as a :class:`Document` and turn Pydantic errors into located problems."""

from __future__ import annotations

from typing import Any

import pydantic
from pydantic_core import ErrorDetails

from opscontent.exceptions import Problem, ValidationError
from opscontent.io._paths import Positions, data_path, format_path
from opscontent.model import Document, SectionKind

__all__ = ["validate_data"]

_TAGS = frozenset(SectionKind) | {"key", "inline"}
_INPUT_PREVIEW = 40


def validate_data(
    data: Any, *, file: str | None = None, positions: Positions | None = None
) -> Document:
    """Validate ``data``; raise :class:`ValidationError` listing every problem, located."""
    try:
        return Document.model_validate(data)
    except pydantic.ValidationError as exc:
        problems = [_problem(error, data, positions) for error in exc.errors(include_url=False)]
        raise ValidationError(problems, file=file) from None


def _problem(error: ErrorDetails, data: Any, positions: Positions | None) -> Problem:
    loc = error["loc"][:-1] if error["loc"][-1:] == ("[key]",) else error["loc"]  # the key itself
    path = data_path(loc, data, _TAGS, missing=error["type"] == "missing")
    if error["type"] in {"union_tag_invalid", "union_tag_not_found"}:
        # The mistake is the tag itself (``kind: nope``, or no ``kind``): point at the tag, as
        # for any other wrong or missing field (and as JSON Schema validators do).
        path = (*path, str(error.get("ctx", {}).get("discriminator", "")).strip("'"))
    where = positions.locate(path) if positions is not None else None
    return Problem(
        path=format_path(path),
        message=describe(error, path),
        kind=error["type"],
        line=where[0] if where else None,
        column=where[1] if where else None,
    )


def describe(error: ErrorDetails, path: tuple[str | int, ...]) -> str:
    """One-line message for a Pydantic error, naming the field and what was found."""
    kind = error["type"]
    ctx = error.get("ctx", {})
    field = path[-1] if path else None
    name = _name(path)
    if kind == "missing":
        return f"required field {field!r} is missing"
    if kind == "extra_forbidden":
        return f"unknown field {field!r}"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"{name} must be an object (a mapping){_found(error)}"
    if kind == "list_type":
        return f"{name} must be a list{_found(error)}"
    if kind in {"string_type", "str_type"}:
        return f"{name} must be text{_found(error)}"
    if kind == "bool_type":
        return f"{name} must be true or false{_found(error)}"
    if kind in {"enum", "literal_error"}:
        return f"{name} must be one of {ctx.get('expected', '')}{_found(error)}"
    if kind == "union_tag_invalid":
        return (
            f"unknown section kind {ctx.get('tag')!r}; expected one of {ctx.get('expected_tags')}"
        )
    if kind == "union_tag_not_found":
        return "a section needs a 'kind'"
    if kind.startswith(("date_", "date")):
        return f"{name} must be a date written as YYYY-MM-DD{_found(error)}"
    message = error["msg"]
    message = message[0].lower() + message[1:] if message else kind
    if field is None or isinstance(field, int):
        return f"{message}{_found(error)}"
    return f"{field!r} {message}{_found(error)}" if not message.startswith(("'", '"')) else message


def _name(path: tuple[str | int, ...]) -> str:
    """How a message names the value at ``path``: ``'title'``, ``'sections' entry 0``."""
    if not path:
        return "the document"
    field = path[-1]
    if isinstance(field, str):
        return repr(field)
    parent = path[-2] if len(path) > 1 else None
    return f"{parent!r} entry {field}" if isinstance(parent, str) else f"entry {field}"


def _found(error: ErrorDetails) -> str:
    value = error.get("input")
    if isinstance(value, dict | list) or value is None:
        return ""
    text = repr(value)
    if len(text) > _INPUT_PREVIEW:
        text = text[: _INPUT_PREVIEW - 1] + "…"
    return f", found {text}"
