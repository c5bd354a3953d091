"""Localized labels shared by checks and renderers: section titles, enumerated values, fields."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType

from opscontent.i18n.catalogs import N_, Language
from opscontent.model import (
    KINDS,
    AnalysisStage,
    Aspect,
    Cadence,
    Direction,
    EmploymentType,
    FeedbackChannel,
    ImprovementPractice,
    Mechanism,
    MetricCategory,
    RequirementCategory,
    SectionKind,
    Stage,
    ToolCategory,
    Unit,
    WorkplaceType,
)

__all__ = [
    "ENUM_LABELS",
    "FIELD_LABELS",
    "SECTION_TITLES",
    "enum_label",
    "field_labels",
    "section_title",
]

SECTION_TITLES: Mapping[SectionKind, str] = MappingProxyType(
    {kind: spec.title for kind, spec in KINDS.items()}
)
"""Default heading of each section kind (msgids, declared in the catalogue)."""


def section_title(kind: SectionKind | str, lang: Language) -> str:
    """The localized default title of a section kind."""
    return lang.gettext(SECTION_TITLES[SectionKind(kind)])


_ENUM_MSGIDS: tuple[tuple[Enum, str], ...] = (
    (Stage.GOAL_SETTING, N_("Goal setting")),
    (Stage.PLANNING, N_("Planning")),
    (Stage.EXECUTION_MONITORING, N_("Execution and monitoring")),
    (Stage.EVALUATION, N_("Evaluation and feedback")),
    (Stage.CUSTOM, N_("Other step")),
    (Unit.PERCENT, N_("percent")),
    (Unit.PERCENTAGE_POINTS, N_("percentage points")),
    (Unit.COUNT, N_("count")),
    (Unit.CURRENCY, N_("currency")),
    (Unit.DURATION, N_("duration")),
    (Unit.RATIO, N_("ratio")),
    (Unit.SCORE, N_("score")),
    (Direction.INCREASE, N_("increase")),
    (Direction.DECREASE, N_("decrease")),
    (Direction.MAINTAIN, N_("maintain")),
    (Cadence.DAILY, N_("daily")),
    (Cadence.WEEKLY, N_("weekly")),
    (Cadence.BIWEEKLY, N_("every two weeks")),
    (Cadence.MONTHLY, N_("monthly")),
    (Cadence.QUARTERLY, N_("quarterly")),
    (Cadence.SEMIANNUALLY, N_("every six months")),
    (Cadence.ANNUALLY, N_("annually")),
    (Cadence.AD_HOC, N_("as needed")),
    (RequirementCategory.EDUCATION, N_("Education")),
    (RequirementCategory.EXPERIENCE, N_("Experience")),
    (RequirementCategory.SKILL, N_("Skills")),
    (RequirementCategory.COMPETENCY, N_("Competencies")),
    (RequirementCategory.CERTIFICATE, N_("Certificates")),
    (RequirementCategory.LANGUAGE, N_("Languages")),
    (RequirementCategory.OTHER, N_("Other")),
    (Mechanism.MEETING, N_("meeting")),
    (Mechanism.TOOL, N_("shared tool")),
    (Mechanism.REPORT, N_("report")),
    (Mechanism.CHAT, N_("chat group")),
    (Mechanism.EMAIL, N_("email")),
    (Mechanism.WORKSHOP, N_("workshop")),
    (Mechanism.OTHER, N_("other")),
    (AnalysisStage.COLLECTION, N_("Data collection")),
    (AnalysisStage.CLEANING, N_("Data cleaning")),
    (AnalysisStage.MODELLING, N_("Modelling and analysis")),
    (AnalysisStage.VISUALISATION, N_("Visualisation")),
    (AnalysisStage.REPORTING, N_("Reporting")),
    (FeedbackChannel.SURVEY, N_("Surveys")),
    (FeedbackChannel.REVIEW, N_("Reviews and ratings")),
    (FeedbackChannel.SOCIAL_MEDIA, N_("Social media")),
    (FeedbackChannel.HOTLINE, N_("Hotline")),
    (FeedbackChannel.EMAIL, N_("Email")),
    (FeedbackChannel.INTERVIEW, N_("User interviews")),
    (FeedbackChannel.IN_APP, N_("In-app feedback")),
    (FeedbackChannel.COMMUNITY, N_("Community")),
    (FeedbackChannel.OTHER, N_("Other channels")),
    (Aspect.PRODUCT, N_("product")),
    (Aspect.PRICE, N_("price")),
    (Aspect.PROMOTION, N_("promotion")),
    (Aspect.CHANNEL, N_("channels")),
    (Aspect.CONTENT, N_("content")),
    (Aspect.OPERATIONS, N_("operations")),
    (ImprovementPractice.REVIEW, N_("Reviews")),
    (ImprovementPractice.RETROSPECTIVE, N_("Retrospectives")),
    (ImprovementPractice.EXPERIMENT, N_("Experiments")),
    (ImprovementPractice.LEARNING, N_("Learning")),
    (ImprovementPractice.OTHER, N_("Other practices")),
    (ToolCategory.ANALYTICS, N_("analytics")),
    (ToolCategory.CRM, N_("CRM")),
    (ToolCategory.PROJECT, N_("project management")),
    (ToolCategory.COMMUNICATION, N_("communication")),
    (ToolCategory.AI, N_("AI")),
    (ToolCategory.CONTENT, N_("content production")),
    (ToolCategory.AUTOMATION, N_("automation")),
    (ToolCategory.OTHER, N_("other")),
    (MetricCategory.LEADING, N_("leading indicator")),
    (MetricCategory.LAGGING, N_("lagging indicator")),
    (WorkplaceType.ON_SITE, N_("On-site")),
    (WorkplaceType.HYBRID, N_("Hybrid")),
    (WorkplaceType.REMOTE, N_("Remote")),
    (EmploymentType.FULL_TIME, N_("Full-time")),
    (EmploymentType.PART_TIME, N_("Part-time")),
    (EmploymentType.CONTRACT, N_("Contract")),
    (EmploymentType.TEMPORARY, N_("Temporary")),
    (EmploymentType.INTERN, N_("Internship")),
    (EmploymentType.VOLUNTEER, N_("Volunteer")),
    (EmploymentType.PER_DIEM, N_("Paid by the day")),
    (EmploymentType.OTHER, N_("Other employment")),
)

ENUM_LABELS: Mapping[tuple[type[Enum], str], str] = MappingProxyType(
    {(type(member), member.value): msgid for member, msgid in _ENUM_MSGIDS}
)
"""Labels of every enumerated value shown in documents and messages (msgids), by enumeration
and value: ``review`` is a feedback channel (Reviews and ratings) or an improvement practice
(Reviews), and string enumerations with equal values are equal keys, so the class is part of
the key."""

FIELD_LABELS: dict[str, str] = {
    "activities": N_("Activities"),
    "applicability": N_("Applicability"),
    "aspects": N_("Aspects"),
    "baseline": N_("Baseline"),
    "cadence": N_("Cadence"),
    "category": N_("Category"),
    "competitors": N_("Competitors"),
    "data_source": N_("Data source"),
    "deadline": N_("Deadline"),
    "definition": N_("Definition"),
    "deliverable": N_("Deliverable"),
    "deliverables": N_("Deliverables"),
    "description": N_("Details"),
    "department": N_("Department"),
    "direction": N_("Direction"),
    "effective_date": N_("Effective date"),
    "feedback_loop": N_("Feedback loop"),
    "follow_up": N_("Follow-up"),
    "formula": N_("Formula"),
    "frequency": N_("Frequency"),
    "initiatives": N_("Initiatives"),
    "mechanism": N_("Mechanism"),
    "metric": N_("Metric"),
    "milestone": N_("Milestone"),
    "name": N_("Name"),
    "date": N_("Date"),
    "objective": N_("Objective"),
    "organization": N_("Organization"),
    "outputs": N_("Outputs"),
    "owner": N_("Owner"),
    "period": N_("Period"),
    "purpose": N_("Purpose"),
    "rationale": N_("Rationale"),
    "reports_to": N_("Reports to"),
    "resources": N_("Resources"),
    "response_time": N_("Response time"),
    "review": N_("Review"),
    "risks": N_("Risks"),
    "role": N_("Role"),
    "satisfaction_measure": N_("Satisfaction measure"),
    "scope": N_("Scope"),
    "service_level": N_("Service level"),
    "source": N_("Source"),
    "stage": N_("Stage"),
    "step": N_("Step"),
    "takeaways": N_("Takeaways"),
    "target": N_("Target"),
    "time_node": N_("Time node"),
    "tools": N_("Tools"),
    "unit": N_("Unit"),
    "version": N_("Version"),
    "authors": N_("Authors"),
}
"""Labels of the fields shown in documents (msgids)."""


def enum_label(value: Enum, lang: Language) -> str:
    """The localized label of an enumerated value (its value itself when it has none).

    >>> from opscontent.i18n import language
    >>> enum_label(Stage.PLANNING, language("zh")), enum_label(Unit.PERCENT, language("en"))
    ('计划制定', 'percent')
    """
    msgid = ENUM_LABELS.get((type(value), value.value))
    return lang.gettext(msgid) if msgid else str(value.value)


@functools.lru_cache(maxsize=64)
def field_labels(lang: Language) -> Mapping[str, str]:
    """Every field's localized label, by field name (computed once per language)."""
    return MappingProxyType({name: lang.gettext(msgid) for name, msgid in FIELD_LABELS.items()})
