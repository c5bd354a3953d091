"""Shared field types and enumerations of the document model.

The types here carry the validation every text, number and key in a document gets: text must
not be blank, numbers are finite and never booleans or numeric strings, keys are slugs.
"""

from __future__ import annotations

import datetime as _dt
import functools
import math
import sys
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    GetCoreSchemaHandler,
    StringConstraints,
    ValidatorFunctionWrapHandler,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError, SchemaValidator, core_schema

from opscontent.model._aliases import AliasedEnum
from opscontent.model.localized import LANGUAGE_TAG, Localized, from_mapping, to_data

__all__ = [
    "IDENTIFIER",
    "LOCALIZED_TEXT_SCHEMA",
    "MODEL_CONFIG",
    "NOT_BLANK",
    "TEXT_SCHEMA_MARKER",
    "Bound",
    "Cadence",
    "Date",
    "Direction",
    "LanguageTag",
    "LocalizableText",
    "NotBlank",
    "Number",
    "PlainText",
    "Slug",
    "Text",
    "TimeUnit",
    "Unit",
]

MODEL_CONFIG = ConfigDict(
    extra="forbid",
    defer_build=True,
    validate_assignment=True,
    frozen=False,
    str_strip_whitespace=False,
)
"""Configuration shared by every model: unknown fields are errors.

Field docstrings become JSON Schema descriptions when the schema is generated
(:mod:`opscontent._docstrings`), not while the classes are built.
"""


NOT_BLANK = r"[^\s\x1c-\x1f]"
"""The pattern a :data:`Text` must contain: a character ``str.strip()`` would keep."""


class NotBlank:
    """Annotation that rejects blank text with the error ``blank_string`` ("must not be blank").

    The check runs inside pydantic-core (a pattern search with a custom error), not as a Python
    call per string: documents hold hundreds of strings.
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """The source's schema, then the pattern check with its own error."""
        return core_schema.chain_schema(
            [
                handler(source),
                core_schema.custom_error_schema(
                    core_schema.str_schema(pattern=NOT_BLANK),
                    custom_error_type="blank_string",
                    custom_error_message="must not be blank",
                ),
            ]
        )


PlainText = Annotated[
    str,
    NotBlank(),
    WithJsonSchema({"type": "string", "pattern": NOT_BLANK}),
]
"""A non-blank string in no particular language: a version, a classification code, a name.

Its JSON Schema is the same pattern (valid in Python and ECMAScript alike) and no
``minLength``: the pattern already rejects ``""``, and one rule gives one error.
"""

TEXT_SCHEMA_MARKER = "opscontent: text, or a mapping of language tags to text"
"""The ``$comment`` that marks :data:`Text` in the schema Pydantic generates (a plain string
there); :mod:`opscontent.schema` puts a reference to :data:`LOCALIZED_TEXT_SCHEMA`
(``#/$defs/Text``) in its place."""

LOCALIZED_TEXT_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": NOT_BLANK},
        {
            "type": "object",
            "propertyNames": {"pattern": LANGUAGE_TAG},
            "additionalProperties": {"type": "string", "pattern": NOT_BLANK},
            "minProperties": 1,
        },
    ],
    "description": "Text in the document's language, or a mapping of language tags (BCP 47) to"
    " the text in each language, e.g. {zh: 用户增长运营专员, en: User Growth Operations"
    " Specialist}.",
}
"""The JSON Schema of :data:`Text`, published once under ``$defs`` and referenced."""


class LocalizableText:
    """Annotation of reader-facing text: a non-blank string or a mapping of tags to texts.

    A mapping becomes a :class:`~opscontent.model.localized.Localized`.

    Strings are checked by pydantic-core's string schema; errors inside a mapping are located
    at its tag (``meta.title.en``).
    """

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        """Strings through pydantic-core's string schema; mappings through their own schema."""
        text = NotBlank().__get_pydantic_core_schema__(source, handler)
        return core_schema.no_info_wrap_validator_function(
            _localizable,
            text,
            serialization=core_schema.plain_serializer_function_ser_schema(to_data),
        )


@functools.cache
def _mapping_validator() -> SchemaValidator:
    text = core_schema.chain_schema(
        [
            core_schema.str_schema(),
            core_schema.custom_error_schema(
                core_schema.str_schema(pattern=NOT_BLANK),
                custom_error_type="blank_string",
                custom_error_message="must not be blank",
            ),
        ]
    )
    return SchemaValidator(
        core_schema.dict_schema(
            keys_schema=core_schema.str_schema(pattern=LANGUAGE_TAG),
            values_schema=text,
            min_length=1,
        )
    )


def _localizable(value: Any, handler: ValidatorFunctionWrapHandler) -> str:
    if type(value) is dict:
        return from_mapping(_mapping_validator().validate_python(value))
    if type(value) is Localized:
        return value
    result: str = handler(value)
    return result


Text = Annotated[
    str,
    LocalizableText(),
    WithJsonSchema({"type": "string", "pattern": NOT_BLANK, "$comment": TEXT_SCHEMA_MARKER}),
]
"""Reader-facing text: a non-blank string in the document's language, or a mapping of language
tags to non-blank strings (``{zh: 岗位职责, en: Responsibilities}``), read as a
:class:`~opscontent.model.localized.Localized`: a ``str`` in the primary language that carries
the others. See :data:`LOCALIZED_TEXT_SCHEMA` for its JSON Schema.
"""

_SLUG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")


def _slug(value: str) -> str:
    if (
        not value
        or len(value) > 64
        or not value[0].isascii()
        or not value[0].isalpha()
        or not set(value) <= _SLUG_CHARS
    ):
        raise PydanticCustomError(
            "slug",
            "must be a slug: a lowercase ASCII letter, then lowercase letters, digits, '_' or '-'"
            " (at most 64 characters)",
        )
    return value


class _Identifier:
    """Marks a string type as an identifier (a key), not text a reader sees."""

    def __repr__(self) -> str:
        return "IDENTIFIER"


IDENTIFIER = _Identifier()
"""Metadata on :data:`Slug`: walks over a document's texts skip identifiers."""

Slug = Annotated[
    str,
    IDENTIFIER,
    AfterValidator(_slug),
    WithJsonSchema({"type": "string", "pattern": "^[a-z][a-z0-9_-]{0,63}$"}),
]
"""A key such as ``retention_d1``: referenced by goals and other items."""


LanguageTag = Annotated[
    str,
    IDENTIFIER,
    StringConstraints(pattern=LANGUAGE_TAG),
]
"""A BCP 47 language tag such as ``zh``, ``zh-Hans`` or ``en-US`` (an identifier, not text)."""


def _number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise PydanticCustomError("number_type", "must be a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("finite_number", "must be a finite number")
    if isinstance(value, int) and abs(value) > _FLOAT_MAX:  # no arithmetic could use it
        raise PydanticCustomError("finite_number", "must be a finite number, at most about 1.8e308")
    return value


_FLOAT_MAX = int(sys.float_info.max)


Number = Annotated[
    int | float,
    BeforeValidator(_number),
    WithJsonSchema({"type": "number"}),
]
"""A finite JSON number; integers stay integers so documents round-trip unchanged."""


def _date(value: Any) -> Any:
    if isinstance(value, bool | int | float):
        raise PydanticCustomError("date_type", "must be a date written as YYYY-MM-DD")
    if isinstance(value, _dt.datetime):
        raise PydanticCustomError("date_type", "must be a date without a time of day")
    return value


Date = Annotated[
    _dt.date,
    BeforeValidator(_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]
"""A calendar date, written ``YYYY-MM-DD``."""


class Unit(AliasedEnum):
    """The unit of a quantity; relative percent and percentage points are different things."""

    PERCENT = "percent"
    """A level or a relative change in percent (35 means 35%)."""
    PERCENTAGE_POINTS = "percentage_points"
    """A difference between two percentages (from 35% to 40% is 5 percentage points)."""
    COUNT = "count"
    """A number of things: users, articles, tickets."""
    CURRENCY = "currency"
    """An amount of money; the quantity names the ISO 4217 currency."""
    DURATION = "duration"
    """A length of time; the quantity names the time unit."""
    RATIO = "ratio"
    """A plain ratio such as 1.8 (LTV/CAC)."""
    SCORE = "score"
    """A score on a scale such as NPS or a 5-point satisfaction rating."""


class Direction(AliasedEnum):
    """Which way a metric should move."""

    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"


class Bound(AliasedEnum):
    """How a target bounds its metric when it is a limit rather than a level to reach."""

    AT_LEAST = "at_least"
    """The metric is to stay at or above the target (≥, 不低于, 至少, at least)."""
    AT_MOST = "at_most"
    """The metric is to stay at or below the target (≤, 不超过, 以内, no more than)."""
    ABOVE = "above"
    """The metric is to stay above the target (>, 高于, above)."""
    BELOW = "below"
    """The metric is to stay below the target (<, 低于, under)."""


class Cadence(AliasedEnum):
    """How often something happens."""

    DAILY = "daily"
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    SEMIANNUALLY = "semiannually"
    ANNUALLY = "annually"
    AD_HOC = "ad_hoc"


class TimeUnit(AliasedEnum):
    """Units of time for durations and time nodes."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
