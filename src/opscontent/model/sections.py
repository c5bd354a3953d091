"""Section models: one per section kind (declared in :mod:`opscontent.model.catalogue`)."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, Field, model_validator

from opscontent.model.goals import Metric, SmartGoal
from opscontent.model.items import (
    CaseStudy,
    CoordinationItem,
    CultureItem,
    DataAnalysisItem,
    FeedbackItem,
    ImprovementItem,
    NextStep,
    RequirementItem,
    ResearchItem,
    ResponsibilityItem,
    ServiceItem,
    TaskItem,
    ToolItem,
    UXItem,
)
from opscontent.model.projects import Project
from opscontent.model.types import MODEL_CONFIG, Text
from opscontent.model.workflow import WorkflowStep

__all__ = [
    "CaseStudiesSection",
    "ContinuousImprovementSection",
    "CoordinationSection",
    "CustomSection",
    "CustomerServiceSection",
    "DataAnalysisSection",
    "GoalsSection",
    "MarketResearchSection",
    "MetricsSection",
    "OutlookSection",
    "ProjectsSection",
    "RequirementsSection",
    "ResponsibilitiesSection",
    "SectionBase",
    "SectionKind",
    "TasksSection",
    "TeamCultureSection",
    "TechnologySection",
    "UserExperienceSection",
    "UserFeedbackSection",
    "WorkflowSection",
]


class SectionKind(StrEnum):
    """The kinds of section, in catalogue order."""

    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"
    TASKS = "tasks"
    WORKFLOW = "workflow"
    GOALS = "goals"
    METRICS = "metrics"
    COORDINATION = "coordination"
    PROJECTS = "projects"
    DATA_ANALYSIS = "data_analysis"
    USER_FEEDBACK = "user_feedback"
    MARKET_RESEARCH = "market_research"
    CUSTOMER_SERVICE = "customer_service"
    CONTINUOUS_IMPROVEMENT = "continuous_improvement"
    TEAM_CULTURE = "team_culture"
    TECHNOLOGY = "technology"
    USER_EXPERIENCE = "user_experience"
    CASE_STUDIES = "case_studies"
    OUTLOOK = "outlook"
    CUSTOM = "custom"


class SectionBase(BaseModel):
    """Fields every section has.

    An optional title overrides the localized default; the summary is the lead paragraph.
    """

    model_config = MODEL_CONFIG

    kind: str
    """Section kind; says which model the section is (one of :class:`SectionKind`)."""
    title: Text | None = None
    """Heading to print instead of the localized default title."""
    summary: Text | None = None
    """Lead paragraph of the section."""

    @model_validator(mode="after")
    def _kind_is_explicit(self) -> Self:
        # ``kind`` has a default for convenience but is always written out, so that a dump
        # that leaves out unset fields still carries the discriminator.
        self.__pydantic_fields_set__.add("kind")
        return self

    @property
    def is_empty(self) -> bool:
        """True when the section has neither a summary nor items (nor a body)."""
        return (
            self.summary is None
            and not getattr(self, "items", None)
            and getattr(self, "body", None) is None
        )


class ResponsibilitiesSection(SectionBase):
    """岗位职责: the areas the role is accountable for."""

    kind: Literal["responsibilities"] = "responsibilities"
    """Section kind."""
    items: list[ResponsibilityItem] = Field(default_factory=list)
    """Areas of responsibility."""


class RequirementsSection(SectionBase):
    """任职要求: education, experience and skills the role needs."""

    kind: Literal["requirements"] = "requirements"
    """Section kind."""
    items: list[RequirementItem] = Field(default_factory=list)
    """Requirements on the person in the role."""


class TasksSection(SectionBase):
    """具体任务: the concrete tasks of the role."""

    kind: Literal["tasks"] = "tasks"
    """Section kind."""
    items: list[TaskItem] = Field(default_factory=list)
    """Tasks."""


class WorkflowSection(SectionBase):
    """工作流程: the steps from goal setting to evaluation, with owners and time nodes."""

    kind: Literal["workflow"] = "workflow"
    """Section kind."""
    items: list[WorkflowStep] = Field(default_factory=list)
    """Steps, in order."""


class GoalsSection(SectionBase):
    """工作目标: SMART goals."""

    kind: Literal["goals"] = "goals"
    """Section kind."""
    items: list[SmartGoal] = Field(default_factory=list)
    """SMART goals."""


class MetricsSection(SectionBase):
    """目标指标: the KPIs and how they are measured."""

    kind: Literal["metrics"] = "metrics"
    """Section kind."""
    items: list[Metric] = Field(default_factory=list)
    """KPIs; keys are unique within the document."""


class CoordinationSection(SectionBase):
    """团队协调: who the role works with and how."""

    kind: Literal["coordination"] = "coordination"
    """Section kind."""
    items: list[CoordinationItem] = Field(default_factory=list)
    """Counterparts and coordination mechanisms."""


class ProjectsSection(SectionBase):
    """项目推动: projects the role drives."""

    kind: Literal["projects"] = "projects"
    """Section kind."""
    items: list[Project] = Field(default_factory=list)
    """Projects."""


class DataAnalysisSection(SectionBase):
    """数据分析: how data is collected, analysed and reported."""

    kind: Literal["data_analysis"] = "data_analysis"
    """Section kind."""
    items: list[DataAnalysisItem] = Field(default_factory=list)
    """Data work, by stage."""


class UserFeedbackSection(SectionBase):
    """用户反馈: how user feedback is gathered and acted on."""

    kind: Literal["user_feedback"] = "user_feedback"
    """Section kind."""
    items: list[FeedbackItem] = Field(default_factory=list)
    """Feedback channels."""


class MarketResearchSection(SectionBase):
    """市场调研: how the market and competitors are studied."""

    kind: Literal["market_research"] = "market_research"
    """Section kind."""
    items: list[ResearchItem] = Field(default_factory=list)
    """Research activities."""


class CustomerServiceSection(SectionBase):
    """客户服务: service standards and follow-up."""

    kind: Literal["customer_service"] = "customer_service"
    """Section kind."""
    items: list[ServiceItem] = Field(default_factory=list)
    """Service standards."""


class ContinuousImprovementSection(SectionBase):
    """持续优化: reviews, retrospectives and learning."""

    kind: Literal["continuous_improvement"] = "continuous_improvement"
    """Section kind."""
    items: list[ImprovementItem] = Field(default_factory=list)
    """Improvement practices."""


class TeamCultureSection(SectionBase):
    """团队文化: practices that shape the team."""

    kind: Literal["team_culture"] = "team_culture"
    """Section kind."""
    items: list[CultureItem] = Field(default_factory=list)
    """Culture practices."""


class TechnologySection(SectionBase):
    """技术与工具: tools and technology used."""

    kind: Literal["technology"] = "technology"
    """Section kind."""
    items: list[ToolItem] = Field(default_factory=list)
    """Tools."""


class UserExperienceSection(SectionBase):
    """用户体验: how the user experience is studied and improved."""

    kind: Literal["user_experience"] = "user_experience"
    """Section kind."""
    items: list[UXItem] = Field(default_factory=list)
    """UX practices."""


class CaseStudiesSection(SectionBase):
    """案例借鉴: cases learned from."""

    kind: Literal["case_studies"] = "case_studies"
    """Section kind."""
    items: list[CaseStudy] = Field(default_factory=list)
    """Cases."""


class OutlookSection(SectionBase):
    """总结与展望: summary of the plan and the next steps."""

    kind: Literal["outlook"] = "outlook"
    """Section kind."""
    items: list[NextStep] = Field(default_factory=list)
    """Next steps."""


class CustomSection(SectionBase):
    """A section outside the catalogue, with its own title."""

    kind: Literal["custom"] = "custom"
    """Section kind."""
    title: Text
    """Heading of the section."""
    body: Text | None = None
    """Free text after the lead paragraph."""
    items: list[Text] = Field(default_factory=list)
    """Items, as text."""
