"""The facts a job posting needs: where, how employed, how paid, how many.

They live in :class:`~opscontent.model.Meta` (``locations``, ``workplace_type``,
``employment_type``, ``salary``, ``headcount``); the application deadline is ``valid_through``.

>>> SalaryRange.model_validate({"currency": "CNY", "period": "month", "min": 15000}).period
<SalaryPeriod.MONTH: 'month'>
"""

from __future__ import annotations

from typing import Annotated, Self

from annotated_types import Ge
from pydantic import BaseModel, Field, WithJsonSchema, model_validator
from pydantic_core import PydanticCustomError

from opscontent.model._aliases import AliasedEnum
from opscontent.model.quantities import check_currency
from opscontent.model.types import MODEL_CONFIG, Number, Text

__all__ = ["EmploymentType", "Place", "SalaryPeriod", "SalaryRange", "WorkplaceType"]


Amount = Annotated[Number, Ge(0), WithJsonSchema({"type": "number", "minimum": 0})]
"""An amount of money: a finite number, not negative."""


class WorkplaceType(AliasedEnum):
    """Where the work is done (工作方式)."""

    ON_SITE = "on_site"
    """At the locations given (坐班)."""
    HYBRID = "hybrid"
    """Partly at the locations given, partly remote (混合办公)."""
    REMOTE = "remote"
    """Remote (远程); the locations, if any, are where applicants must live."""


class EmploymentType(AliasedEnum):
    """The kind of employment (用工类型), each one schema.org ``employmentType`` value."""

    FULL_TIME = "full_time"
    """Full-time (全职); schema.org ``FULL_TIME``."""
    PART_TIME = "part_time"
    """Part-time (兼职); schema.org ``PART_TIME``."""
    CONTRACT = "contract"
    """Contractor (合同工、外包); schema.org ``CONTRACTOR``."""
    TEMPORARY = "temporary"
    """Temporary (临时); schema.org ``TEMPORARY``."""
    INTERN = "intern"
    """Internship (实习); schema.org ``INTERN``."""
    VOLUNTEER = "volunteer"
    """Volunteer (志愿者); schema.org ``VOLUNTEER``."""
    PER_DIEM = "per_diem"
    """Paid by the day (日结); schema.org ``PER_DIEM``."""
    OTHER = "other"
    """Anything else; schema.org ``OTHER``."""

    @property
    def schema_org(self) -> str:
        """The schema.org / Google ``employmentType`` value.

        >>> EmploymentType.CONTRACT.schema_org
        'CONTRACTOR'
        """
        return "CONTRACTOR" if self is EmploymentType.CONTRACT else self.name


class SalaryPeriod(AliasedEnum):
    """What the salary amounts are paid for."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Place(BaseModel):
    """A work location as its parts are written, e.g. city 上海 or Rotterdam, country NL.

    At least one part is given.
    """

    model_config = MODEL_CONFIG

    locality: Text | None = None
    """City or town (城市), e.g. 上海, Rotterdam."""
    region: Text | None = None
    """Province, state or region (省份/地区), e.g. 浙江省, South Holland."""
    country: Text | None = None
    """Country as written or as an ISO 3166-1 code, e.g. 中国, CN, NL."""

    @model_validator(mode="after")
    def _something(self) -> Self:
        if self.locality is None and self.region is None and self.country is None:
            raise PydanticCustomError(
                "place_empty", "a place needs a locality, a region or a country"
            )
        return self


class SalaryRange(BaseModel):
    """Pay offered: an amount or a range per period in one currency.

    Chinese postings write ``15-25K·14薪``: monthly 15,000 to 25,000, paid 14 months a year
    (``period: month``, ``min: 15000``, ``max: 25000``, ``months_per_year: 14``).
    """

    model_config = MODEL_CONFIG

    currency: str = Field(pattern="^[A-Z]{3}$")
    """ISO 4217 currency code, e.g. CNY, USD, EUR."""
    period: SalaryPeriod
    """What one amount is paid for: an hour, day, week, month or year."""
    min: Amount | None = None
    """Lowest amount of the range (or the only amount, when ``max`` is not given)."""
    max: Amount | None = None
    """Highest amount of the range; not below ``min``."""
    months_per_year: int | None = Field(default=None, ge=12, le=24)
    """Monthly salaries paid a year when more than twelve (14 for ``·14薪``); ``month`` only."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        check_currency(self.currency)
        if self.min is None and self.max is None:
            raise PydanticCustomError("salary_empty", "a salary needs a min or a max amount")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise PydanticCustomError("salary_order", "the salary's min is above its max")
        if self.months_per_year is not None and self.period is not SalaryPeriod.MONTH:
            raise PydanticCustomError(
                "salary_months", "months_per_year goes with the period 'month' only"
            )
        return self
