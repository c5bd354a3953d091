"""The catalogue of finding codes: family, default severity, message and hint (msgids).

Codes are stable: tests and integrations match on them, never on the wording. The hundreds
digit is the family: 1 sections and text, 2 workflow, 3 SMART goals, 4 KPIs, 5 projects,
6 job postings, 7 languages (translations).
"""

from __future__ import annotations

from dataclasses import dataclass

from opscontent.checks.findings import Severity
from opscontent.i18n import N_

__all__ = ["CODES", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """What a finding code means."""

    code: str
    """The stable code."""
    severity: Severity
    """Default severity (a profile may change it)."""
    message: str
    """Message msgid with named placeholders."""
    hint: str
    """Fix hint msgid with named placeholders."""


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO

_RULES = [
    Rule(
        "OC101",
        _E,
        N_('Required section "{section}" is missing.'),
        N_('Add a "{section}" section (kind: {kind}).'),
    ),
    Rule(
        "OC102",
        _W,
        N_('Recommended section "{section}" is missing.'),
        N_('Consider adding a "{section}" section (kind: {kind}).'),
    ),
    Rule(
        "OC103",
        _E,
        N_('Section "{section}" is empty.'),
        N_("Write a lead paragraph and at least one item."),
    ),
    Rule(
        "OC104",
        _E,
        N_('Placeholder text "{placeholder}" is left in the document.'),
        N_("Replace the placeholder with the real content."),
    ),
    Rule(
        "OC105",
        _E,
        N_('Section "{section}" has a lead paragraph but no items.'),
        N_("Add at least one item: for this section the profile needs more than a lead paragraph."),
    ),
    Rule(
        "OC106",
        _W,
        N_(
            "The text contains {count} control character(s) that no document format can hold "
            "({characters})."
        ),
        N_("Delete them (they often come with text pasted from Word); renderers leave them out."),
    ),
    Rule(
        "OC107",
        _I,
        N_("The document is written in {content}, the messages are in {locale}."),
        N_(
            "Labels and messages in {locale} around content in {content} read as a mixed "
            "document; check and render in {content}, or translate the content."
        ),
    ),
    Rule(
        "OC201",
        _E,
        N_('Workflow step "{step}" has no owner.'),
        N_("Name the person or role responsible for the step."),
    ),
    Rule(
        "OC202",
        _E,
        N_('Workflow step "{step}" has no time node.'),
        N_("Give a date, a time allowance, a cadence or a note saying when the step happens."),
    ),
    Rule(
        "OC203",
        _W,
        N_('The workflow has no "{stage}" stage.'),
        N_(
            "A complete workflow goes from goal setting through planning and execution to "
            "evaluation; add a step for this stage."
        ),
    ),
    Rule(
        "OC204",
        _W,
        N_('The workflow stage "{stage}" comes after "{later}".'),
        N_("Order the steps: goal setting, planning, execution and monitoring, evaluation."),
    ),
    Rule(
        "OC301",
        _E,
        N_("Goal {goal} is not specific: {reason}"),
        N_("Say what is measured on whom or what: set the scope of the goal or of its KPI."),
    ),
    Rule(
        "OC302",
        _E,
        N_("Goal {goal} is not measurable: {reason}"),
        N_("Give a numeric target with its unit, or the size of the change."),
    ),
    Rule(
        "OC303",
        _W,
        N_("Goal {goal} cannot be judged achievable: {reason}"),
        N_("Give the current value (baseline) of the metric."),
    ),
    Rule(
        "OC304",
        _W,
        N_("Goal {goal} may not be achievable: {reason}"),
        N_("Check the target, or explain in the rationale why such a change is realistic."),
    ),
    Rule(
        "OC305",
        _E,
        N_("Goal {goal} contradicts its direction: {reason}"),
        N_("Make the target agree with the direction, or correct the direction."),
    ),
    Rule(
        "OC306",
        _W,
        N_("Goal {goal} is not linked to an objective: {reason}"),
        N_("Name the objective it serves, or refer to a KPI of the metrics section."),
    ),
    Rule(
        "OC307",
        _E,
        N_("Goal {goal} has no time limit: {reason}"),
        N_("Give a deadline or a period."),
    ),
    Rule(
        "OC308",
        _E,
        N_("Goal {goal} has a deadline in the past: {reason}"),
        N_("Move the deadline to a date not before {date}."),
    ),
    Rule(
        "OC309",
        _E,
        N_("Goal {goal} uses a unit its KPI does not have: {reason}"),
        N_("Express baseline, target and change in the KPI's unit."),
    ),
    Rule("OC310", _W, N_("Goal {goal} has no owner."), N_("Name who is accountable for the goal.")),
    Rule(
        "OC311",
        _W,
        N_(
            "The statement of goal {goal} disagrees with its fields on the {aspect}: "
            "the statement says {said}, the fields say {given}."
        ),
        N_(
            "Make the statement and the fields say the same: renderers print the statement as "
            "written, check judges the fields."
        ),
    ),
    Rule(
        "OC312",
        _W,
        N_(
            "The {language} statement of goal {goal} disagrees with its fields on the "
            "{aspect}: the statement says {said}, the fields say {given}."
        ),
        N_(
            "Correct the {language} text ({tag}) of the statement: a translation says what "
            "the fields say."
        ),
    ),
    Rule(
        "OC401",
        _W,
        N_('KPI "{metric}" has no definition.'),
        N_("Say what exactly counts, or give the formula."),
    ),
    Rule(
        "OC402",
        _W,
        N_('KPI "{metric}" has no data source.'),
        N_("Name the system, table or report the numbers come from."),
    ),
    Rule(
        "OC403",
        _I,
        N_('KPI "{metric}" is not used by any goal.'),
        N_("Refer to it from a goal, or drop it if it is not tracked."),
    ),
    Rule(
        "OC404",
        _E,
        N_('KPI "{metric}" has a target that contradicts its direction.'),
        N_("Make the target agree with the direction ({direction})."),
    ),
    Rule(
        "OC501",
        _W,
        N_('Milestones of project "{project}" are not in date order.'),
        N_("List the milestones in the order of their dates."),
    ),
    Rule(
        "OC502",
        _E,
        N_('Milestone "{milestone}" lies outside the dates of project "{project}".'),
        N_("Move the milestone between {start} and {end}, or change the project dates."),
    ),
    Rule("OC503", _E, N_('Project "{project}" has no owner.'), N_("Name who drives the project.")),
    Rule(
        "OC504",
        _W,
        N_('Milestone "{milestone}" of project "{project}" has no owner.'),
        N_("Name who delivers the milestone."),
    ),
    Rule(
        "OC505",
        _E,
        N_('Project "{project}" ends before it starts.'),
        N_("Correct the start or end date."),
    ),
    Rule(
        "OC601",
        _E,
        N_('The job posting lacks "{property}", which Google requires.'),
        N_("Give {field} in meta."),
    ),
    Rule(
        "OC602",
        _W,
        N_('The job posting lacks "{property}", which Google recommends.'),
        N_("Give {field} in meta."),
    ),
    Rule(
        "OC701",
        _W,
        N_('No {language} text for "{text}".'),
        N_(
            'Write the field as a mapping of language tags to texts with a "{tag}" entry, '
            "or leave {tag} out of meta.languages."
        ),
    ),
    Rule(
        "OC702",
        _E,
        N_("The document provides {count} language(s); the profile asks for at least {minimum}."),
        N_(
            "List every language the document provides in meta.languages (e.g. [zh, en]) and "
            "give each text in each of them."
        ),
    ),
]

CODES: dict[str, Rule] = {rule.code: rule for rule in _RULES}
"""Every finding code, by code."""
