"""OC401–OC404: every KPI defined, sourced, used by a goal, and aimed the right way."""

from __future__ import annotations

from opscontent.checks.context import Context
from opscontent.i18n.labels import enum_label
from opscontent.model import Direction, MetricsSection

__all__ = ["run"]


def run(ctx: Context) -> None:
    """Check the KPIs of the metrics section."""
    used = {goal.metric_key for goal in ctx.doc.goals()}
    for index, section in enumerate(ctx.doc.sections):
        if not isinstance(section, MetricsSection):
            continue
        for number, metric in enumerate(section.items):
            loc = ("sections", index, "items", number)
            if metric.definition is None and metric.formula is None:
                ctx.emit("OC401", loc, metric=metric.name)
            if metric.data_source is None:
                ctx.emit("OC402", loc, metric=metric.name)
            if metric.key not in used:
                ctx.emit("OC403", loc, metric=metric.name)
            if (
                metric.baseline is not None
                and metric.target is not None
                and (
                    (metric.direction is Direction.INCREASE and metric.target <= metric.baseline)
                    or (metric.direction is Direction.DECREASE and metric.target >= metric.baseline)
                )
            ):
                ctx.emit(
                    "OC404",
                    (*loc, "target"),
                    metric=metric.name,
                    direction=enum_label(metric.direction, ctx.lang),
                )
