"""Goals as whole sentences: 在2027年3月31日前将次日留存率从35%提升至40%."""

from __future__ import annotations

from collections.abc import Callable

from babel.dates import format_interval

from opscontent.i18n import N_, Language
from opscontent.i18n.formatting import format_date, format_quantity
from opscontent.model import Direction, Metric, SmartGoal

__all__ = ["goal_sentence"]

# One whole sentence per direction and shape, so each language orders the words its own way.
_SENTENCES = {
    Direction.INCREASE: (
        N_("Raise {metric} from {baseline} to {target} {time}"),
        N_("Raise {metric} to {target} {time}"),
        N_("Raise {metric} by {change} {time}"),
        N_("Raise {metric} {time}"),
    ),
    Direction.DECREASE: (
        N_("Reduce {metric} from {baseline} to {target} {time}"),
        N_("Reduce {metric} to {target} {time}"),
        N_("Reduce {metric} by {change} {time}"),
        N_("Reduce {metric} {time}"),
    ),
    Direction.MAINTAIN: (
        N_("Keep {metric} at {target} (now {baseline}) {time}"),
        N_("Keep {metric} at {target} {time}"),
        N_("Keep {metric} within {change} of its level {time}"),
        N_("Keep {metric} steady {time}"),
    ),
}


def goal_sentence(goal: SmartGoal, metric: Metric, lang: Language, t: Callable[[str], str]) -> str:
    """The goal as one sentence in ``lang``; ``t`` typesets content strings."""
    direction = goal.direction or metric.direction
    name = t(metric.name)
    if not lang.is_chinese and name[:1].isupper() and name[1:2].islower():
        name = name[0].lower() + name[1:]  # "Raise organic sessions …", but "Raise NPS …"
    scope = goal.scope or metric.scope
    if scope is not None:
        name = lang.gettext(N_("{metric} of {scope}"), metric=name, scope=t(scope))
    baseline = goal.baseline or (
        metric.quantity(metric.baseline) if metric.baseline is not None else None
    )
    target = goal.target
    if target is None and goal.change is None and metric.target is not None:
        target = metric.quantity(metric.target)
    params = {"metric": name, "time": _time(goal, lang)}
    shapes = _SENTENCES[direction]
    if target is not None and baseline is not None:
        shape = shapes[0]
        params |= {
            "baseline": format_quantity(baseline, lang),
            "target": format_quantity(target, lang),
        }
    elif target is not None:
        shape, params["target"] = shapes[1], format_quantity(target, lang)
    elif goal.change is not None:
        shape, params["change"] = shapes[2], format_quantity(goal.change, lang)
    else:
        shape = shapes[3]
    return " ".join(lang.gettext(shape, **params).split())


def _time(goal: SmartGoal, lang: Language) -> str:
    if goal.deadline is not None:
        return lang.gettext(N_("by {deadline}"), deadline=format_date(goal.deadline, lang))
    if goal.period is not None:
        period = format_interval(
            goal.period.start, goal.period.end, skeleton="yMMMd", locale=lang.locale
        )
        return lang.gettext(N_("during {period}"), period=period)
    return ""
