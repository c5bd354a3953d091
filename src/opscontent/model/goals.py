"""KPIs (:class:`Metric`) and SMART goals (:class:`SmartGoal`)."""

from __future__ import annotations

from typing import Annotated, Any, Self

from pydantic import BaseModel, Discriminator, Field, Tag, model_validator
from pydantic_core import PydanticCustomError

from opscontent.model._aliases import AliasedEnum
from opscontent.model.quantities import Period, Quantity, check_unit_details
from opscontent.model.types import (
    MODEL_CONFIG,
    Bound,
    Cadence,
    Date,
    Direction,
    Number,
    Slug,
    Text,
    TimeUnit,
    Unit,
)

__all__ = ["Metric", "MetricCategory", "MetricRef", "SmartGoal"]


class MetricCategory(AliasedEnum):
    """Whether a KPI predicts results (leading) or records them (lagging)."""

    LEADING = "leading"
    LAGGING = "lagging"


class Metric(BaseModel):
    """A KPI (目标指标): what is measured, how, from which data, and where it should go."""

    model_config = MODEL_CONFIG

    key: Slug
    """Stable key that goals use to refer to this KPI, e.g. ``retention_d1``."""
    name: Text
    """Display name, e.g. 次日留存率 or "Day-1 retention"."""
    scope: Text | None = None
    """What the metric is measured on: a user segment, product, channel (e.g. 新注册用户)."""
    definition: Text | None = None
    """What exactly counts, in words."""
    formula: Text | None = None
    """How it is computed, e.g. 次日仍活跃的新用户数 / 当日新用户数."""
    unit: Unit
    """Unit of the baseline and target."""
    currency: str | None = Field(default=None, pattern="^[A-Z]{3}$")
    """ISO 4217 currency code when the unit is ``currency``."""
    time_unit: TimeUnit | None = None
    """Time unit when the unit is ``duration``."""
    direction: Direction
    """Which way the metric should move."""
    baseline: Number | None = None
    """Current value, in the metric's unit."""
    target: Number | None = None
    """Target value, in the metric's unit."""
    frequency: Cadence | None = None
    """How often the metric is reported."""
    owner: Text | None = None
    """Who is accountable for the metric."""
    data_source: Text | None = None
    """Where the numbers come from (a system, table or report)."""
    category: MetricCategory | None = None
    """Leading or lagging indicator."""

    @model_validator(mode="after")
    def _unit_details(self) -> Self:
        check_unit_details(self.unit, self.currency, self.time_unit)
        return self

    def quantity(self, value: int | float) -> Quantity:
        """Return ``value`` as a :class:`Quantity` in this metric's unit.

        >>> Metric(key="nps", name="NPS", unit="score", direction="increase").quantity(40).value
        40
        """
        return Quantity(
            value=value, unit=self.unit, currency=self.currency, time_unit=self.time_unit
        )


def _metric_tag(value: Any) -> str | None:
    if isinstance(value, str):
        return "key"
    if isinstance(value, dict | Metric):
        return "inline"
    return None


MetricRef = Annotated[
    Annotated[Slug, Tag("key")] | Annotated[Metric, Tag("inline")],
    Discriminator(
        _metric_tag,
        custom_error_type="metric_ref",
        custom_error_message="must be a KPI key (text) or an inline metric (an object)",
    ),
]
"""A goal's metric: the key of a KPI in the metrics section, or a KPI written inline."""


class SmartGoal(BaseModel):
    """A SMART goal: specific, measurable, achievable, relevant and time-bound.

    Give the level to reach as ``target`` or the size of the change as ``change`` (unit
    ``percent`` is a relative change, ``percentage_points`` an absolute one), not both.
    """

    model_config = MODEL_CONFIG

    id: Slug
    """Stable identifier of the goal, e.g. ``g1-retention``."""
    statement: Text | None = None
    """The goal as its author wrote it, e.g. 在未来三个月内将留存率提高5%."""
    metric: MetricRef
    """The KPI the goal moves: a key from the metrics section, or an inline metric."""
    scope: Text | None = None
    """What the goal is about when the metric does not say: segment, product, channel."""
    direction: Direction | None = None
    """Which way the metric should move; defaults to the metric's direction."""
    baseline: Quantity | None = None
    """Where the metric stands now."""
    target: Quantity | None = None
    """The level to reach."""
    target_bound: Bound | None = None
    """When the target is a limit (不超过5%, at least 3%): on which side the metric is to stay."""
    change: Quantity | None = None
    """How much the metric should change (instead of a target level)."""
    deadline: Date | None = None
    """Date by which the target is reached."""
    period: Period | None = None
    """Period over which the goal is measured."""
    owner: Text | None = None
    """Who is accountable for the goal."""
    objective: Text | None = None
    """The objective or business outcome the goal serves (relevance)."""
    rationale: Text | None = None
    """Why the target is achievable: evidence, benchmarks, resources."""
    initiatives: list[Text] = Field(default_factory=list)
    """What will be done to reach the goal."""

    @model_validator(mode="after")
    def _target_or_change(self) -> Self:
        if self.target is not None and self.change is not None:
            raise PydanticCustomError(
                "target_and_change", "give either a target level or a change, not both"
            )
        if self.target_bound is not None and self.target is None:
            raise PydanticCustomError("bound_without_target", "a target_bound needs a target")
        return self

    @property
    def inline_metric(self) -> Metric | None:
        """The metric when it is written inline, else ``None``."""
        return self.metric if isinstance(self.metric, Metric) else None

    @property
    def metric_key(self) -> str:
        """The key of the goal's metric, inline or referenced."""
        return self.metric.key if isinstance(self.metric, Metric) else self.metric
