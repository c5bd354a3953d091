"""Quantities that keep their unit, durations, periods and workflow time nodes."""

from __future__ import annotations

from typing import Self

from pydantic import BaseModel, Field, model_validator
from pydantic_core import PydanticCustomError

from opscontent.model.types import MODEL_CONFIG, Cadence, Date, Number, Text, TimeUnit, Unit

__all__ = ["Duration", "Period", "Quantity", "TimeNode", "check_currency", "check_unit_details"]


class Quantity(BaseModel):
    """A number with its unit, e.g. ``40 percent``, ``5 percentage_points``, ``12000 CNY``.

    >>> Quantity(value=40, unit="percent").unit
    <Unit.PERCENT: 'percent'>
    """

    model_config = MODEL_CONFIG

    value: Number
    """The number, in the unit below (35 with unit percent means 35%)."""
    unit: Unit
    """What the number counts; percent and percentage points are not interchangeable."""
    currency: str | None = Field(default=None, pattern="^[A-Z]{3}$")
    """ISO 4217 currency code; required when the unit is ``currency`` and forbidden otherwise."""
    time_unit: TimeUnit | None = None
    """Unit of time; required when the unit is ``duration`` and forbidden otherwise."""
    label: Text | None = None
    """What is counted when the unit is ``count`` or ``score`` (e.g. 篇, users, points)."""

    @model_validator(mode="after")
    def _unit_details(self) -> Self:
        check_unit_details(self.unit, self.currency, self.time_unit)
        return self


def check_currency(code: str) -> None:
    """Raise a validation error unless ``code`` is an ISO 4217 currency code (per CLDR)."""
    from babel.numbers import is_currency  # noqa: PLC0415 - Babel loads lazily

    if not is_currency(code):
        raise PydanticCustomError(
            "currency_code", "'{code}' is not an ISO 4217 currency code", {"code": code}
        )


def check_unit_details(unit: Unit, currency: str | None, time_unit: TimeUnit | None) -> None:
    """Raise a validation error unless ``currency`` and ``time_unit`` fit ``unit``."""
    if (unit is Unit.CURRENCY) != (currency is not None):
        raise PydanticCustomError(
            "currency_unit", "a currency code goes with the unit 'currency' and only with it"
        )
    if currency is not None:
        check_currency(currency)
    if (unit is Unit.DURATION) != (time_unit is not None):
        raise PydanticCustomError(
            "duration_unit", "a time_unit goes with the unit 'duration' and only with it"
        )


class Duration(BaseModel):
    """A length of time such as 2 hours or 3 months."""

    model_config = MODEL_CONFIG

    value: Number = Field(gt=0, json_schema_extra={"exclusiveMinimum": 0})
    """How many time units (greater than zero)."""
    unit: TimeUnit
    """The time unit."""


class Period(BaseModel):
    """A closed date range, both ends included."""

    model_config = MODEL_CONFIG

    start: Date
    """First day of the period."""
    end: Date
    """Last day of the period (not before the start)."""

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise PydanticCustomError("period_order", "the period ends before it starts")
        return self


class TimeNode(BaseModel):
    """When a workflow step happens (时间节点): a date, a time allowance, a cadence, or a note.

    At least one of them must be given.
    """

    model_config = MODEL_CONFIG

    date: Date | None = None
    """The date by which the step is done."""
    within: Duration | None = None
    """How long the step may take, counted from the previous step."""
    cadence: Cadence | None = None
    """How often a recurring step happens."""
    note: Text | None = None
    """The time node in words, e.g. 每月5日前 or "first Monday of the quarter"."""

    @model_validator(mode="after")
    def _something(self) -> Self:
        if self.date is None and self.within is None and self.cadence is None and self.note is None:
            raise PydanticCustomError(
                "time_node_empty", "a time node needs a date, a duration, a cadence or a note"
            )
        return self
