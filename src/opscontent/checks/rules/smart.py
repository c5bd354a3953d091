"""OC301–OC310: each goal judged on S, M, A, R and T separately, with the reason."""

from __future__ import annotations

import math
from dataclasses import dataclass

from opscontent.checks.context import Context
from opscontent.checks.findings import GoalAssessment, LetterVerdict
from opscontent.i18n import N_
from opscontent.i18n.formatting import format_date, format_quantity, format_ratio
from opscontent.i18n.labels import enum_label
from opscontent.model import Direction, GoalsSection, Metric, Quantity, SmartGoal, Unit
from opscontent.paths import JsonPath, format_path

__all__ = ["run"]

_TOO_LARGE = N_("not judged: the numbers are too large to compare")


def run(ctx: Context) -> None:
    """Assess every goal of the goals section."""
    metrics = ctx.doc.metrics()
    for index, section in enumerate(ctx.doc.sections):
        if isinstance(section, GoalsSection):
            for number, goal in enumerate(section.items):
                metric = goal.inline_metric or metrics[goal.metric_key]
                judge = _Judge(ctx, goal, metric, ("sections", index, "items", number))
                ctx.goals.append(judge.assess())


_MISMATCH = {
    "baseline": N_("its baseline is in {unit}, KPI {metric} in {kpi_unit}"),
    "target": N_("its target is in {unit}, KPI {metric} in {kpi_unit}"),
    "change": N_("its change is in {unit}, KPI {metric} in {kpi_unit}"),
}
"""OC309's reason, a whole sentence per field (the field's name is a word of the sentence)."""


@dataclass
class _Judge:
    ctx: Context
    goal: SmartGoal
    metric: Metric
    loc: JsonPath

    def assess(self) -> GoalAssessment:
        units_ok = self._units()
        letters = [
            self._specific(),
            self._measurable(),
            self._achievable(units_ok),
            self._relevant(),
            self._time_bound(),
        ]
        if self.goal.owner is None:
            self.ctx.emit("OC310", self.loc, goal=self.goal.id)
        return GoalAssessment(goal=self.goal.id, path=format_path(self.loc), letters=letters)

    def _verdict(
        self, letter: str, code: str | None, loc: JsonPath, reason: str, date: str = ""
    ) -> LetterVerdict:
        if code is not None:
            self.ctx.emit(code, loc, goal=self.goal.id, reason=reason, date=date)
        return LetterVerdict.model_validate(
            {"letter": letter, "ok": code is None, "reason": reason}
        )

    def _q(self, value: int | float) -> str:
        return format_quantity(self.metric.quantity(value), self.ctx.lang)

    # -- units ---------------------------------------------------------------------------

    def _units(self) -> bool:
        unit = self.metric.unit
        for name in ("baseline", "target"):
            quantity: Quantity | None = getattr(self.goal, name)
            if quantity is not None and not self._same_unit(quantity):
                self._mismatch(name, quantity)
                return False
        change = self.goal.change
        if change is not None and not (
            self._same_unit(change)
            or change.unit is Unit.PERCENT
            or (change.unit is Unit.PERCENTAGE_POINTS and unit is Unit.PERCENT)
        ):
            self._mismatch("change", change)
            return False
        return True

    def _same_unit(self, quantity: Quantity) -> bool:
        metric = self.metric
        return (quantity.unit, quantity.currency, quantity.time_unit) == (
            metric.unit,
            metric.currency,
            metric.time_unit,
        )

    def _mismatch(self, name: str, quantity: Quantity) -> None:
        reason = self.ctx.text(
            _MISMATCH[name],
            unit=enum_label(quantity.unit, self.ctx.lang),
            metric=self.metric.name,
            kpi_unit=enum_label(self.metric.unit, self.ctx.lang),
        )
        self.ctx.emit("OC309", (*self.loc, name), goal=self.goal.id, reason=reason)

    # -- the letters ---------------------------------------------------------------------

    def _specific(self) -> LetterVerdict:
        scope = self.goal.scope or self.metric.scope
        if scope is None:
            reason = self.ctx.text(
                N_("it does not say what {metric} is measured on"), metric=self.metric.name
            )
            return self._verdict("S", "OC301", self.loc, reason)
        reason = self.ctx.text(
            N_("measures {metric} of {scope}"), metric=self.metric.name, scope=scope
        )
        return self._verdict("S", None, self.loc, reason)

    def _measurable(self) -> LetterVerdict:
        goal, text = self.goal, self.ctx.text
        lang = self.ctx.lang
        if goal.target is not None:
            reason = text(N_("target {target}"), target=format_quantity(goal.target, lang))
        elif goal.change is not None:
            reason = text(N_("change of {change}"), change=format_quantity(goal.change, lang))
        elif self.metric.target is not None:
            reason = text(
                N_("target {target} of KPI {metric}"),
                target=self._q(self.metric.target),
                metric=self.metric.name,
            )
        else:
            reason = text(
                N_("no target or change is given and KPI {metric} has no target"),
                metric=self.metric.name,
            )
            return self._verdict("M", "OC302", self.loc, reason)
        return self._verdict("M", None, self.loc, reason)

    def _baseline(self) -> float | None:
        if self.goal.baseline is not None:
            return float(self.goal.baseline.value)
        return None if self.metric.baseline is None else float(self.metric.baseline)

    def _direction(self) -> Direction:
        return self.goal.direction or self.metric.direction

    def _target_level(self, baseline: float) -> tuple[float | None, str]:
        """The level the goal aims at, and the field it comes from."""
        goal = self.goal
        if goal.target is not None:
            return float(goal.target.value), "target"
        if goal.change is not None:
            size = float(goal.change.value)
            sign = {Direction.INCREASE: 1, Direction.DECREASE: -1, Direction.MAINTAIN: 0}
            step = sign[self._direction()] * size
            if goal.change.unit is Unit.PERCENT:  # a relative change, also of a percentage
                return baseline * (1 + step / 100), "change"
            return baseline + step, "change"
        if self.metric.target is not None:
            return float(self.metric.target), "metric"
        return None, "target"

    def _achievable(self, units_ok: bool) -> LetterVerdict:
        text = self.ctx.text
        if not units_ok:
            return self._verdict(
                "A", None, self.loc, text(N_("not judged: the units do not match"))
            )
        baseline = self._baseline()
        if baseline is None:
            reason = text(N_("no baseline is given for {metric}"), metric=self.metric.name)
            return self._verdict("A", "OC303", self.loc, reason)
        level, source = self._target_level(baseline)
        if level is None:
            return self._verdict("A", None, self.loc, text(N_("not judged: there is no target")))
        if not math.isfinite(level) or not math.isfinite(level - baseline):
            return self._verdict("A", None, self.loc, text(_TOO_LARGE))
        loc = (*self.loc, source) if source != "metric" else self.loc
        if self.goal.change is not None and self.goal.change.value < 0:
            reason = text(
                N_("the change is negative; give its size and let the direction say which way")
            )
            return self._verdict("A", "OC305", loc, reason)
        direction = self._direction()
        b, t = self._q(baseline), self._q(level)
        if (direction is Direction.INCREASE and level <= baseline) or (
            direction is Direction.DECREASE and level >= baseline
        ):
            message = (
                N_("target {target} is not above baseline {baseline} but should increase")
                if direction is Direction.INCREASE
                else N_("target {target} is not below baseline {baseline} but should decrease")
            )
            return self._verdict("A", "OC305", loc, text(message, target=t, baseline=b))
        return self._plausible(baseline, level, loc, b, t)

    def _plausible(
        self, baseline: float, level: float, loc: JsonPath, b: str, t: str
    ) -> LetterVerdict:
        text, profile, lang = self.ctx.text, self.ctx.profile, self.ctx.lang
        if self.metric.unit is Unit.PERCENT:
            points = abs(level - baseline)
            size = format_quantity(
                Quantity(value=round(points, 6), unit=Unit.PERCENTAGE_POINTS), lang
            )
            bound = format_quantity(
                Quantity(value=profile.max_point_change, unit=Unit.PERCENTAGE_POINTS), lang
            )
            too_far = points > profile.max_point_change
        elif baseline == 0:
            reason = text(
                N_("from {baseline} to {target}; a change from zero is not bounded"),
                baseline=b,
                target=t,
            )
            return self._verdict("A", None, self.loc, reason)
        else:
            ratio = abs(level - baseline) / abs(baseline)
            if not math.isfinite(ratio):  # a baseline as tiny as 1e-320
                return self._verdict("A", None, self.loc, text(_TOO_LARGE))
            size, bound = (
                format_ratio(round(ratio, 3), lang),
                format_ratio(profile.max_relative_change, lang),
            )
            too_far = ratio > profile.max_relative_change
        params = {"baseline": b, "target": t, "size": size, "bound": bound}
        if too_far:
            reason = text(
                N_(
                    "from {baseline} to {target} is a change of {size}, beyond the "
                    "{bound} the profile allows"
                ),
                **params,
            )
            return self._verdict("A", "OC304", loc, reason)
        reason = text(
            N_(
                "from {baseline} to {target} is a change of {size}, within the {bound} the "
                "profile allows"
            ),
            **params,
        )
        return self._verdict("A", None, self.loc, reason)

    def _relevant(self) -> LetterVerdict:
        text = self.ctx.text
        if self.goal.objective is not None:
            reason = text(N_('serves the objective "{objective}"'), objective=self.goal.objective)
        elif self.goal.inline_metric is None:
            reason = text(
                N_('moves the KPI "{metric}" of the metrics section'), metric=self.metric.name
            )
        else:
            reason = text(
                N_("no objective is named and its metric is not a KPI of the metrics section")
            )
            return self._verdict("R", "OC306", self.loc, reason)
        return self._verdict("R", None, self.loc, reason)

    def _time_bound(self) -> LetterVerdict:
        goal, text, lang = self.goal, self.ctx.text, self.ctx.lang
        if goal.deadline is not None:
            end, loc = goal.deadline, (*self.loc, "deadline")
        elif goal.period is not None:
            end, loc = goal.period.end, (*self.loc, "period", "end")
        else:
            return self._verdict("T", "OC307", self.loc, text(N_("no deadline or period is given")))
        for reference, name in self.ctx.not_before:
            if end < reference:
                reason = text(
                    N_("{end} is before the {name} {date}"),
                    end=format_date(end, lang),
                    name=name,
                    date=format_date(reference, lang),
                )
                return self._verdict("T", "OC308", loc, reason, date=format_date(reference, lang))
        return self._verdict(
            "T", None, self.loc, text(N_("by {date}"), date=format_date(end, lang))
        )
