"""OC311–OC312: a goal's statement and its fields say different things.

Renderers print a goal's ``statement`` as its author wrote it, so the statement is what readers
see, and the fields are what ``check`` judges and integrations read. This rule reads the
statement back with :func:`~opscontent.importers.parse_goal` and compares what it finds, value
by value, with the fields: baseline, target, change, unit (a relative percent is not
percentage points), direction and deadline. A value the statement does not mention is not a
disagreement (fields may say more than the sentence); a value both give differently is.

A statement in several languages is compared once per language: the primary text as OC311,
each translation the parser reads (:data:`~opscontent.importers.goal_parser.GOAL_LANGUAGES`)
as OC312, located at its tag and naming its language, so a translation that changed a number
is found.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING

from opscontent.checks.context import Context
from opscontent.checks.rules.translations import language_name
from opscontent.i18n import N_, Language
from opscontent.i18n.formatting import format_date, format_quantity
from opscontent.i18n.labels import enum_label
from opscontent.model import Direction, GoalsSection, Metric, Quantity, SmartGoal, Unit
from opscontent.model.localized import Localized, best_language
from opscontent.paths import JsonPath

if TYPE_CHECKING:
    from opscontent.importers import GoalParse

__all__ = ["run"]

_ASPECTS = {
    "baseline": N_("baseline"),
    "target": N_("target"),
    "change": N_("change"),
    "unit": N_("unit"),
    "direction": N_("direction"),
    "deadline": N_("deadline"),
}
"""What a statement and its fields can disagree on (msgids)."""


def run(ctx: Context) -> None:
    """Compare the statement of every goal that has one with the goal's fields."""
    stated = [
        (index, number, goal)
        for index, section in enumerate(ctx.doc.sections)
        if isinstance(section, GoalsSection)
        for number, goal in enumerate(section.items)
        if goal.statement is not None
    ]
    if not stated:
        return  # no need to load the sentence parser
    from opscontent.importers.goal_parser import (  # noqa: PLC0415 - compiles many patterns
        GOAL_LANGUAGES,
        parse_goal,
    )

    metrics = ctx.doc.metrics()
    today = ctx.doc.meta.effective_date or dt.date.today()
    for index, number, goal in stated:
        assert goal.statement is not None  # filtered above
        metric = goal.inline_metric or metrics[goal.metric_key]
        loc: JsonPath = ("sections", index, "items", number, "statement")
        for tag, read_as, text in _texts(goal.statement, GOAL_LANGUAGES):
            parsed = parse_goal(text, locale=read_as, today=today)
            for aspect, said, given in _disagreements(parsed, goal, metric, ctx.lang):
                ctx.emit(
                    "OC311" if tag is None else "OC312",
                    loc if tag is None else (*loc, tag),
                    goal=goal.id,
                    aspect=ctx.text(_ASPECTS[aspect]),
                    said=said,
                    given=given or ctx.text(N_("nothing")),
                    language="" if tag is None else language_name(tag, ctx.lang.locale),
                    tag=tag,
                )


def _texts(
    statement: str, readable: tuple[str, ...]
) -> Iterator[tuple[str | None, str | None, str]]:
    """The statement's texts to compare, each with its tag and the language to read it in.

    First the primary text (no tag; its language detected, as for a plain string), then each
    translation in one of the ``readable`` languages.
    """
    yield None, None, str(statement)
    if isinstance(statement, Localized):
        for tag, text in statement.texts.items():
            read_as = next((lang for lang in readable if best_language(lang, [tag])), None)
            if tag != statement.language and read_as is not None:
                yield tag, read_as, text


def _disagreements(
    parsed: GoalParse, goal: SmartGoal, metric: Metric, lang: Language
) -> Iterator[tuple[str, str, str | None]]:
    """``(aspect, what the statement says, what the fields say)`` for each disagreement."""
    direction = parsed.direction
    wanted = goal.direction or metric.direction
    bounded = parsed.bound is not None and direction is Direction.MAINTAIN
    if direction is not None and direction is not wanted and not bounded:
        yield "direction", _direction(direction, lang), _direction(wanted, lang)
    fields = {
        "baseline": goal.baseline or _kpi(metric, metric.baseline),
        "target": goal.target or (None if goal.change else _kpi(metric, metric.target)),
        "change": goal.change,
    }
    for name, field_value in fields.items():
        said: Quantity | None = getattr(parsed, name)
        if said is None or _same(said, field_value):
            continue
        ambiguous = parsed.change_ambiguous and name == "change"
        if field_value is not None and _same_value(said, field_value):
            if ambiguous:
                continue  # "提高5%" of a rate may mean points: the fields decide
            aspect = "unit"
        else:
            aspect = name
        if field_value is not None:
            shown: str | None = format_quantity(field_value, lang)
        elif name == "target" and goal.change is not None:
            change = format_quantity(goal.change, lang)
            shown = lang.gettext(N_("a change of {change}"), change=change)
        else:
            shown = None
        yield aspect, format_quantity(said, lang), shown
    deadline = parsed.deadline
    due = goal.deadline or (goal.period.end if goal.period else None)
    if deadline is not None and deadline != due:
        yield (
            "deadline",
            format_date(deadline, lang),
            None if due is None else format_date(due, lang),
        )


def _kpi(metric: Metric, value: int | float | None) -> Quantity | None:
    return None if value is None else metric.quantity(value)


def _same_value(a: Quantity, b: Quantity) -> bool:
    return math.isclose(float(a.value), float(b.value), rel_tol=1e-9, abs_tol=1e-12)


def _same(said: Quantity, given: Quantity | None) -> bool:
    """The same amount in the same unit (and currency and time unit where both say).

    A number the statement writes without a unit (NPS of 45) takes the fields' unit.
    """
    if given is None or not _same_value(said, given):
        return False
    if said.unit is Unit.COUNT and said.label is None:
        return True
    if said.unit is not given.unit:
        return False
    if said.currency and given.currency and said.currency != given.currency:
        return False
    return not (said.time_unit and given.time_unit and said.time_unit != given.time_unit)


def _direction(direction: Direction, lang: Language) -> str:
    return enum_label(direction, lang)
