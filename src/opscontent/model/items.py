"""Item models of the descriptive sections (responsibilities, tasks, coordination …)."""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from opscontent.model._aliases import AliasedEnum
from opscontent.model.quantities import Duration
from opscontent.model.types import MODEL_CONFIG, Cadence, Date, Slug, Text

__all__ = [
    "PREFERRED_WORDING",
    "AnalysisStage",
    "Aspect",
    "CaseStudy",
    "Competitor",
    "CoordinationItem",
    "CultureItem",
    "DataAnalysisItem",
    "FeedbackChannel",
    "FeedbackItem",
    "ImprovementItem",
    "ImprovementPractice",
    "Mechanism",
    "NextStep",
    "RequirementCategory",
    "RequirementItem",
    "ResearchItem",
    "ResponsibilityItem",
    "ServiceItem",
    "TaskItem",
    "ToolCategory",
    "ToolItem",
    "UXItem",
]


class ResponsibilityItem(BaseModel):
    """An area of responsibility (岗位职责) and the activities it involves."""

    model_config = MODEL_CONFIG

    area: Text
    """The area, e.g. 用户增长 or "Content calendar"."""
    description: Text | None = None
    """What the role is accountable for in this area."""
    activities: list[Text] = Field(default_factory=list)
    """Concrete activities within the area."""


class RequirementCategory(AliasedEnum):
    """Kind of requirement on a candidate."""

    EDUCATION = "education"
    EXPERIENCE = "experience"
    SKILL = "skill"
    COMPETENCY = "competency"
    CERTIFICATE = "certificate"
    LANGUAGE = "language"
    OTHER = "other"


PREFERRED_WORDING = re.compile(r"优先|加分|prefer|\ba plus\b|nice to have|\bbonus\b", re.IGNORECASE)
"""Wording that marks a requirement as preferred, not required (持有证书者优先, German is a
plus): the importer reads it as ``required=False`` and the renderers don't say it twice."""


class RequirementItem(BaseModel):
    """A requirement on the person in the role (任职要求)."""

    model_config = MODEL_CONFIG

    category: RequirementCategory
    """What kind of requirement it is."""
    description: Text
    """The requirement in words."""
    required: bool = True
    """False for a nice-to-have (优先考虑)."""


class TaskItem(BaseModel):
    """A concrete, recurring or one-off task (具体任务)."""

    model_config = MODEL_CONFIG

    name: Text
    """Short name of the task."""
    description: Text | None = None
    """What the task involves."""
    cadence: Cadence | None = None
    """How often it is done."""
    owner: Text | None = None
    """Who does it when it is not the role itself."""
    deliverables: list[Text] = Field(default_factory=list)
    """What the task produces."""
    tools: list[Text] = Field(default_factory=list)
    """Tools used."""


class Mechanism(AliasedEnum):
    """How coordination happens."""

    MEETING = "meeting"
    TOOL = "tool"
    REPORT = "report"
    CHAT = "chat"
    EMAIL = "email"
    WORKSHOP = "workshop"
    OTHER = "other"


class CoordinationItem(BaseModel):
    """Coordination with another team or role (团队协调)."""

    model_config = MODEL_CONFIG

    counterpart: Text
    """The department or role coordinated with, e.g. 产品部 or "Design"."""
    purpose: Text
    """What the coordination is for."""
    mechanism: Mechanism | None = None
    """How it happens."""
    description: Text | None = None
    """Details of the mechanism, e.g. 周一站会、共享看板."""
    cadence: Cadence | None = None
    """How often."""
    feedback_loop: Text | None = None
    """How outcomes and feedback come back."""


class AnalysisStage(AliasedEnum):
    """Stage of data work."""

    COLLECTION = "collection"
    CLEANING = "cleaning"
    MODELLING = "modelling"
    VISUALISATION = "visualisation"
    REPORTING = "reporting"


class DataAnalysisItem(BaseModel):
    """A piece of data work (数据分析): collection, cleaning, modelling, visualisation, reports."""

    model_config = MODEL_CONFIG

    stage: AnalysisStage
    """The stage of data work."""
    description: Text
    """What is done."""
    tools: list[Text] = Field(default_factory=list)
    """Tools used, e.g. SQL, Tableau."""
    cadence: Cadence | None = None
    """How often."""
    outputs: list[Text] = Field(default_factory=list)
    """Reports, dashboards or decisions produced."""


class FeedbackChannel(AliasedEnum):
    """Channel through which users give feedback."""

    SURVEY = "survey"
    REVIEW = "review"
    SOCIAL_MEDIA = "social_media"
    HOTLINE = "hotline"
    EMAIL = "email"
    INTERVIEW = "interview"
    IN_APP = "in_app"
    COMMUNITY = "community"
    OTHER = "other"


class FeedbackItem(BaseModel):
    """How user feedback (用户反馈) is collected and acted on through one channel."""

    model_config = MODEL_CONFIG

    channel: FeedbackChannel
    """The channel."""
    description: Text | None = None
    """How the channel is used."""
    cadence: Cadence | None = None
    """How often it is reviewed."""
    owner: Text | None = None
    """Who handles it."""
    response_time: Duration | None = None
    """Promised time to first response."""
    follow_up: Text | None = None
    """How feedback turns into action and how users hear back."""


class Aspect(AliasedEnum):
    """What is compared about a competitor."""

    PRODUCT = "product"
    PRICE = "price"
    PROMOTION = "promotion"
    CHANNEL = "channel"
    CONTENT = "content"
    OPERATIONS = "operations"


class Competitor(BaseModel):
    """A competitor and what is watched about it."""

    model_config = MODEL_CONFIG

    name: Text
    """Competitor name."""
    aspects: list[Aspect] = Field(default_factory=list)
    """What is compared."""
    notes: Text | None = None
    """Observations."""


class ResearchItem(BaseModel):
    """A market research activity (市场调研)."""

    model_config = MODEL_CONFIG

    method: Text
    """The method, e.g. 竞品分析, desk research, user interviews."""
    description: Text | None = None
    """What is studied and why."""
    competitors: list[Competitor] = Field(default_factory=list)
    """Competitors covered."""
    cadence: Cadence | None = None
    """How often."""
    outputs: list[Text] = Field(default_factory=list)
    """Reports or decisions produced."""


class ServiceItem(BaseModel):
    """A customer service standard (客户服务)."""

    model_config = MODEL_CONFIG

    standard: Text
    """The standard, e.g. 工作日9:00-21:00在线客服."""
    service_level: Text | None = None
    """The promised level, e.g. 首次响应不超过2小时."""
    follow_up: Text | None = None
    """Return visits and follow-up."""
    satisfaction_measure: Text | None = None
    """How satisfaction is measured (a survey, CSAT, a KPI key)."""


class ImprovementPractice(AliasedEnum):
    """Practice of continuous improvement."""

    REVIEW = "review"
    RETROSPECTIVE = "retrospective"
    EXPERIMENT = "experiment"
    LEARNING = "learning"
    OTHER = "other"


class ImprovementItem(BaseModel):
    """A continuous improvement practice (持续优化)."""

    model_config = MODEL_CONFIG

    practice: ImprovementPractice
    """The practice."""
    description: Text
    """What is done."""
    cadence: Cadence | None = None
    """How often."""


class CultureItem(BaseModel):
    """A team culture practice (团队文化)."""

    model_config = MODEL_CONFIG

    practice: Text
    """The practice, e.g. 周五分享会."""
    description: Text | None = None
    """What it involves and why."""
    cadence: Cadence | None = None
    """How often."""


class ToolCategory(AliasedEnum):
    """Kind of tool."""

    ANALYTICS = "analytics"
    CRM = "crm"
    PROJECT = "project"
    COMMUNICATION = "communication"
    AI = "ai"
    CONTENT = "content"
    AUTOMATION = "automation"
    OTHER = "other"


class ToolItem(BaseModel):
    """A tool or technology the role uses (技术与工具)."""

    model_config = MODEL_CONFIG

    name: Text
    """Tool name."""
    category: ToolCategory
    """What kind of tool it is."""
    purpose: Text | None = None
    """What it is used for."""


class UXItem(BaseModel):
    """A user experience practice (用户体验)."""

    model_config = MODEL_CONFIG

    method: Text
    """The method, e.g. 可用性测试, journey mapping."""
    description: Text | None = None
    """What is done."""
    metric: Slug | None = None
    """Key of the KPI in the metrics section that shows the effect."""


class CaseStudy(BaseModel):
    """A case learned from (案例借鉴)."""

    model_config = MODEL_CONFIG

    title: Text
    """Name of the case."""
    source: Text | None = None
    """Where it comes from."""
    takeaways: list[Text] = Field(default_factory=list)
    """What is learned."""
    applicability: Text | None = None
    """How it applies here."""


class NextStep(BaseModel):
    """A next step in the summary and outlook (总结与展望)."""

    model_config = MODEL_CONFIG

    action: Text
    """What will be done."""
    owner: Text | None = None
    """Who does it."""
    deadline: Date | None = None
    """By when."""
