"""Localized labels shared by checks and renderers: section titles, severities, stages."""

from __future__ import annotations

from opscontent.i18n.catalogs import N_, Language
from opscontent.model import Direction, SectionKind, Stage, Unit

__all__ = [
    "DIRECTION_NAMES",
    "SECTION_TITLES",
    "STAGE_NAMES",
    "UNIT_NAMES",
    "direction_name",
    "section_title",
    "stage_name",
    "unit_name",
]

SECTION_TITLES: dict[SectionKind, str] = {
    SectionKind.RESPONSIBILITIES: N_("Responsibilities"),
    SectionKind.REQUIREMENTS: N_("Requirements"),
    SectionKind.TASKS: N_("Key tasks"),
    SectionKind.WORKFLOW: N_("Workflow"),
    SectionKind.GOALS: N_("Goals"),
    SectionKind.METRICS: N_("Metrics and KPIs"),
    SectionKind.COORDINATION: N_("Team coordination"),
    SectionKind.PROJECTS: N_("Project delivery"),
    SectionKind.DATA_ANALYSIS: N_("Data analysis"),
    SectionKind.USER_FEEDBACK: N_("User feedback"),
    SectionKind.MARKET_RESEARCH: N_("Market research"),
    SectionKind.CUSTOMER_SERVICE: N_("Customer service"),
    SectionKind.CONTINUOUS_IMPROVEMENT: N_("Continuous improvement"),
    SectionKind.TEAM_CULTURE: N_("Team culture"),
    SectionKind.TECHNOLOGY: N_("Technology and tools"),
    SectionKind.USER_EXPERIENCE: N_("User experience"),
    SectionKind.CASE_STUDIES: N_("Case studies"),
    SectionKind.OUTLOOK: N_("Summary and outlook"),
    SectionKind.CUSTOM: N_("Other"),
}
"""Default heading of each section kind (msgids; translate with :func:`section_title`)."""

STAGE_NAMES: dict[Stage, str] = {
    Stage.GOAL_SETTING: N_("Goal setting"),
    Stage.PLANNING: N_("Planning"),
    Stage.EXECUTION_MONITORING: N_("Execution and monitoring"),
    Stage.EVALUATION: N_("Evaluation and feedback"),
    Stage.CUSTOM: N_("Other step"),
}
"""Names of the workflow stages (msgids)."""


def section_title(kind: SectionKind | str, lang: Language) -> str:
    """The localized default title of a section kind."""
    return lang.gettext(SECTION_TITLES[SectionKind(kind)])


def stage_name(stage: Stage, lang: Language) -> str:
    """The localized name of a workflow stage."""
    return lang.gettext(STAGE_NAMES[stage])


UNIT_NAMES: dict[Unit, str] = {
    Unit.PERCENT: N_("percent"),
    Unit.PERCENTAGE_POINTS: N_("percentage points"),
    Unit.COUNT: N_("count"),
    Unit.CURRENCY: N_("currency"),
    Unit.DURATION: N_("duration"),
    Unit.RATIO: N_("ratio"),
    Unit.SCORE: N_("score"),
}
"""Names of the units (msgids)."""


def unit_name(unit: Unit, lang: Language) -> str:
    """The localized name of a unit."""
    return lang.gettext(UNIT_NAMES[unit])


DIRECTION_NAMES: dict[Direction, str] = {
    Direction.INCREASE: N_("increase"),
    Direction.DECREASE: N_("decrease"),
    Direction.MAINTAIN: N_("maintain"),
}
"""Names of the directions (msgids)."""


def direction_name(direction: Direction, lang: Language) -> str:
    """The localized name of a direction."""
    return lang.gettext(DIRECTION_NAMES[direction])
