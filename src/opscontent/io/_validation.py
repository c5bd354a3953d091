"""Validate parsed data as a :class:`Document` and turn Pydantic errors into located problems."""

from __future__ import annotations

import re
from typing import Any

import pydantic
from pydantic_core import ErrorDetails

from opscontent.exceptions import Message, Problem, ValidationError
from opscontent.i18n._markers import N_
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
    message = describe(error, path)
    return Problem(
        path=format_path(path),
        message=str(message),
        kind=error["type"],
        line=where[0] if where else None,
        column=where[1] if where else None,
        text=message,
    )


_MODEL_MESSAGES = (
    N_("must not be blank"),
    N_("must be a KPI key (text) or an inline metric (an object)"),
    N_(
        "must be a slug: a lowercase ASCII letter, then lowercase letters, digits, '_' or '-'"
        " (at most 64 characters)"
    ),
    N_("must be a number"),
    N_("must be a finite number"),
    N_("must be a finite number, at most about 1.8e308"),
    N_("must be a date written as YYYY-MM-DD"),
    N_("must be a date without a time of day"),
    N_("'{code}' is not an ISO 4217 currency code"),
    N_("a currency code goes with the unit 'currency' and only with it"),
    N_("a time_unit goes with the unit 'duration' and only with it"),
    N_("the period ends before it starts"),
    N_("a time node needs a date, a duration, a cadence or a note"),
    N_("give either a target level or a change, not both"),
    N_("a target_bound needs a target"),
    N_("a place needs a locality, a region or a country"),
    N_("a salary needs a min or a max amount"),
    N_("the salary's min is above its max"),
    N_("months_per_year goes with the period 'month' only"),
    N_("a '{kind}' section already appears earlier; each kind appears once"),
    N_("KPI key '{key}' is already used"),
    N_("goal id '{id}' is already used"),
    N_("no KPI with key '{key}' in the metrics section"),
    N_("'{tag}' is not one of meta.languages ({declared})"),
    N_("'{tag}' is already listed"),
)
"""The messages of the model's own errors (``PydanticCustomError``), marked for translation.

A message is recognised by what it says once filled with the error's context; the tests show
that every error the model raises has one here.
"""

_BOUNDS = {
    "greater_than_equal": N_("{name} must be at least {limit}{found}"),
    "greater_than": N_("{name} must be greater than {limit}{found}"),
    "less_than_equal": N_("{name} must be at most {limit}{found}"),
    "less_than": N_("{name} must be less than {limit}{found}"),
}
"""Pydantic's numeric limits, by error type (msgids)."""

_LENGTHS = {
    "too_short": N_("{name} has too few entries: at least {limit}"),
    "too_long": N_("{name} has too many entries: at most {limit}"),
}
"""Pydantic's limits on the number of entries of a list or mapping (msgids)."""


def describe(error: ErrorDetails, path: tuple[str | int, ...]) -> Message:
    """One-line message for a Pydantic error, naming the field and what was found."""
    kind = error["type"]
    ctx = error.get("ctx", {})
    field = path[-1] if path else None
    name = _name(path)
    found = _found(error)
    if kind == "missing":
        return Message(N_("required field {field!r} is missing"), {"field": field})
    if kind == "extra_forbidden":
        return Message(N_("unknown field {field!r}"), {"field": field})
    simple = _SIMPLE.get(kind)
    if simple is not None:
        return Message(simple, {"name": name, "found": found})
    if kind == "enum":
        expected = _choices(ctx.get("expected", ""))
        return Message(
            N_("{name} must be one of {expected}, or the Chinese name of one{found}"),
            {"name": name, "expected": expected, "found": found},
        )
    if kind == "literal_error":
        expected = _choices(ctx.get("expected", ""))
        return Message(
            N_("{name} must be one of {expected}{found}"),
            {"name": name, "expected": expected, "found": found},
        )
    if kind == "union_tag_invalid":
        return Message(
            N_("unknown section kind {tag!r}; expected one of {expected}"),
            {"tag": ctx.get("tag"), "expected": _choices(ctx.get("expected_tags", ""))},
        )
    if kind == "union_tag_not_found":
        return Message(N_("a section needs a 'kind'"))
    if kind.startswith("date"):
        return Message(
            N_("{name} must be a date written as YYYY-MM-DD{found}"), _named(name, found)
        )
    if kind in _BOUNDS:
        limit = next(iter(ctx.values()), "")
        return Message(_BOUNDS[kind], {"name": name, "limit": limit, "found": found})
    if kind in _LENGTHS:
        limit = ctx.get("min_length", ctx.get("max_length", ""))
        return Message(_LENGTHS[kind], {"name": name, "limit": limit})
    return _other(error, field, found)


_SIMPLE = {
    "model_type": N_("{name} must be an object (a mapping){found}"),
    "model_attributes_type": N_("{name} must be an object (a mapping){found}"),
    "dict_type": N_("{name} must be an object (a mapping){found}"),
    "list_type": N_("{name} must be a list{found}"),
    "string_type": N_("{name} must be text{found}"),
    "str_type": N_("{name} must be text{found}"),
    "bool_type": N_("{name} must be true or false{found}"),
    "int_type": N_("{name} must be a whole number{found}"),
    "int_parsing": N_("{name} must be a whole number{found}"),
    "int_from_float": N_("{name} must be a whole number{found}"),
    "string_pattern_mismatch": N_("{name} is not written as expected{found}"),
}
"""Messages that need only the name of the value and what was found (msgids)."""


_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")


def _choices(expected: str) -> tuple[str, ...] | str:
    """Pydantic's list of expected values (``'a', 'b' or 'c'``) as choices, to say in any language.

    The values of the model's enumerations and tags are slugs, quoted by Pydantic; a list that
    is not such stays as written.
    """
    values = tuple(f"'{value}'" for value in _QUOTED.findall(expected))
    return values if values else expected


def _named(name: Message | str, found: Message | str) -> dict[str, object]:
    return {"name": name, "found": found}


def _other(error: ErrorDetails, field: str | int | None, found: Message | str) -> Message:
    """The model's own message, translated when it is one of :data:`_MODEL_MESSAGES`."""
    ctx = error.get("ctx", {})
    said = error["msg"]
    template = next((m for m in _MODEL_MESSAGES if _fill(m, ctx) == said), None)
    message = Message(template, dict(ctx)) if template else Message(_lower(said) or error["type"])
    if field is None or isinstance(field, int):
        return Message(N_("{message}{found}"), {"message": message, "found": found})
    if said.startswith(("'", '"')):
        return message
    return Message(
        N_("{field!r} {message}{found}"), {"field": field, "message": message, "found": found}
    )


def _fill(template: str, ctx: dict[str, Any]) -> str | None:
    try:
        return template.format(**ctx)
    except (KeyError, IndexError, ValueError):
        return None


def _lower(message: str) -> str:
    return message[0].lower() + message[1:] if message else message


def _name(path: tuple[str | int, ...]) -> Message | str:
    """How a message names the value at ``path``: ``'title'``, ``'sections' entry 0``."""
    if not path:
        return Message(N_("the document"))
    field = path[-1]
    if isinstance(field, str):
        return repr(field)
    parent = path[-2] if len(path) > 1 else None
    if isinstance(parent, str):
        return Message(N_("{parent!r} entry {index}"), {"parent": parent, "index": field})
    return Message(N_("entry {index}"), {"index": field})


def _found(error: ErrorDetails) -> Message | str:
    value = error.get("input")
    if isinstance(value, dict | list) or value is None:
        return ""
    text = repr(value)
    if len(text) > _INPUT_PREVIEW:
        text = text[: _INPUT_PREVIEW - 1] + "…"
    return Message(N_(", found {value}"), {"value": text})
