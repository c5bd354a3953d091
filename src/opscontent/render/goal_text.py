"""Goals as whole sentences: 在2027年3月31日前将次日留存率从35%提升至40%."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from opscontent.i18n import N_, Language, language
from opscontent.i18n.formatting import (
    format_amount,
    format_date,
    format_period,
    format_quantity,
    period_name,
)
from opscontent.model import Direction, Metric, Quantity, SmartGoal

__all__ = ["GoalText", "goal_sentence", "sentence_language"]

GoalText = Literal["statement", "generated"]
"""What a goal reads as: its statement as written, or the sentence built from its fields."""

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[a-z]{2}")

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


def sentence_language(
    metric: Metric, goal: SmartGoal, lang: Language, shown: Callable[[str], str] = str
) -> Language | None:
    """The language a sentence about ``metric`` must be built in when not ``lang``'s, else None.

    The words of the sentence are ``lang``'s, the metric's name and scope are the author's: a
    Chinese name in an English sentence (``Raise 次日留存率 of 新注册用户``) or English words in
    a Chinese one would mix two languages, so the sentence follows the names instead. ``shown``
    gives the text of a name the rendering shows (a name may have a text per language).
    """
    scope = goal.scope or metric.scope
    names = shown(metric.name) if scope is None else f"{shown(metric.name)} {shown(scope)}"
    if _HAN.search(names):
        return None if lang.is_chinese else language("zh")
    if lang.is_chinese and _WORD.search(names):
        return language("en")  # "organic sessions"; acronyms such as NPS read well in Chinese
    return None


def goal_sentence(goal: SmartGoal, metric: Metric, lang: Language, t: Callable[[str], str]) -> str:
    """The goal as one sentence in ``lang``; ``t`` typesets content strings."""
    direction = goal.direction or metric.direction
    name = t(metric.name)
    if not lang.is_chinese and name[:1].isupper() and name[1:2].islower():
        name = name[0].lower() + name[1:]  # "Raise organic sessions …", but "Raise NPS …"
    scope = goal.scope or metric.scope
    if scope is not None:
        name = lang.gettext(N_("{metric} of {scope}"), metric=name, scope=t(scope))
    baseline = _amount(goal.baseline, metric, metric.baseline, lang)
    target = _amount(goal.target, metric, None if goal.change else metric.target, lang)
    params = {"metric": name, "time": _time(goal, lang)}
    shapes = _SENTENCES[direction]
    if target is not None and baseline is not None:
        shape = shapes[0]
        params |= {"baseline": baseline, "target": target}
    elif target is not None:
        shape, params["target"] = shapes[1], target
    elif goal.change is not None:
        shape, params["change"] = shapes[2], format_quantity(goal.change, lang)
    else:
        shape = shapes[3]
    return " ".join(lang.gettext(shape, **params).split())


def _time(goal: SmartGoal, lang: Language) -> str:
    if goal.deadline is not None:
        return lang.gettext(N_("by {deadline}"), deadline=format_date(goal.deadline, lang))
    if goal.period is not None:
        start, end = goal.period.start, goal.period.end
        named = period_name(start, end, lang)  # in Q1 2027, 在2027年第一季度
        if named is not None:
            return lang.gettext(N_("in {period}"), period=named)
        return lang.gettext(N_("during {period}"), period=format_period(start, end, lang))
    return ""


def _amount(
    quantity: Quantity | None, metric: Metric, fallback: int | float | None, lang: Language
) -> str | None:
    """The goal's own quantity, else the KPI's value in the KPI's unit, formatted."""
    if quantity is not None:
        return format_quantity(quantity, lang)
    if fallback is None:
        return None
    return format_amount(
        fallback, metric.unit, lang, currency=metric.currency, time_unit=metric.time_unit
    )
