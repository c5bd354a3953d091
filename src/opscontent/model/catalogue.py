"""The section catalogue: every section kind declared once.

A :class:`KindSpec` says everything the library needs to know about a kind: its model, its
default title (a gettext msgid), the heading keywords the importer weighs in each language,
and the :class:`Shape` of its items that every renderer lays out (and the importer fills).
The discriminated :data:`Section` union, :data:`SECTION_CLASSES`, the label tables, the
importer vocabulary and the renderers' dispatch are all read from :data:`KINDS`.

Adding a kind: an item model in ``items.py``, a member of :class:`SectionKind` and a section
model in ``sections.py``, a :class:`KindSpec` below, and the Chinese title in the zh catalog
(``make catalogs`` adds the msgid). ``tests/model/test_catalogue.py`` names whatever a kind
still lacks.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias

from pydantic import Field

from opscontent.i18n.catalogs import N_
from opscontent.model import sections
from opscontent.model.sections import SectionBase, SectionKind

__all__ = ["KINDS", "SECTION_CLASSES", "KindSpec", "Section", "Shape", "spec"]


@dataclass(frozen=True, slots=True)
class Shape:
    """How an item of a kind is laid out by every renderer and filled by the importer.

    Field names of the item model; a renderer may compute a named value the model does not
    store (a project's ``period`` from its start and end).
    """

    head: str | None
    """The field that names the item; ``None`` when the item is plain text (``custom``)."""
    text: str | None = None
    """The field printed after the head."""
    details: tuple[str, ...] = ()
    """Fields printed as labelled details (``负责人：王晓明``), in this order."""
    subitems: str | None = None
    """A list field printed as sub-items under the item."""


@dataclass(frozen=True)
class KindSpec:
    """The declaration of one section kind."""

    kind: SectionKind
    """The kind's tag, the value of ``kind`` in documents."""
    model: type[SectionBase]
    """The section model."""
    title: str
    """The default heading, as a gettext msgid (translated by the catalogs)."""
    shape: Shape
    """How the kind's items are laid out."""
    keywords: Mapping[str, Mapping[str, int]]
    """Heading keyword → weight, by language (``zh``, ``en``); lowercase, matched as substrings."""
    table: tuple[str, ...] = ()
    """Columns when every renderer shows the items as a table (KPIs, workflow steps)."""
    item_model: type[Any] | None = field(init=False)
    """The model of one item (``str`` for ``custom``), read from the section model."""

    def __post_init__(self) -> None:
        annotation = self.model.model_fields["items"].annotation
        (item,) = typing.get_args(annotation)
        if typing.get_origin(item) is Annotated:  # Text: a constrained str
            item = typing.get_args(item)[0]
        object.__setattr__(self, "item_model", item)
        declared = self.model.model_fields["kind"].default
        if declared != self.kind.value:  # pragma: no cover - a mistake in a declaration
            raise TypeError(f"{self.model.__name__}.kind is {declared!r}, not {self.kind.value!r}")


_DECLARED = (
    KindSpec(
        SectionKind.RESPONSIBILITIES,
        sections.ResponsibilitiesSection,
        title=N_("Responsibilities"),
        shape=Shape("area", "description", subitems="activities"),
        keywords={
            "zh": {
                "核心职责": 6,
                "主要工作职责": 6,
                "职位描述": 5,
                "岗位描述": 5,
                "工作描述": 5,
                "职位职责": 6,
                "职责": 5,
                "岗位职责": 6,
                "工作职责": 6,
                "职责描述": 6,
                "主要职责": 6,
            },
            "en": {
                "job description": 5,
                "role description": 5,
                "essential functions": 5,
                "about the role": 2,
                "the role": 1,
                "responsibilit": 5,
                "duties": 5,
                "duty": 4,
                "role overview": 3,
                "what you'll own": 5,
                "what you will own": 5,
                "accountabilit": 4,
            },
        },
    ),
    KindSpec(
        SectionKind.REQUIREMENTS,
        sections.RequirementsSection,
        title=N_("Requirements"),
        shape=Shape("category", "description"),
        keywords={
            "zh": {
                "我们希望你": 6,
                "希望你": 4,
                "职位要求": 6,
                "应聘要求": 6,
                "招聘要求": 6,
                "技能要求": 5,
                "能力要求": 5,
                "岗位资格": 6,
                "加分项": 5,
                "优先条件": 5,
                "任职要求": 6,
                "任职资格": 6,
                "岗位要求": 6,
                "要求": 3,
                "资格": 3,
            },
            "en": {
                "person specification": 6,
                "you'll need": 6,
                "you will need": 6,
                "your profile": 5,
                "about you": 5,
                "skills and experience": 6,
                "minimum qualifications": 6,
                "what you'll bring": 6,
                "what you bring": 6,
                "you'll bring": 5,
                "what you need": 5,
                "nice to have": 5,
                "preferred qualifications": 6,
                "bonus points": 4,
                "requirement": 5,
                "qualification": 5,
                "who you are": 5,
                "what we're looking for": 5,
                "what we are looking for": 5,
                "skills": 3,
                "you have": 3,
                "must have": 4,
            },
        },
    ),
    KindSpec(
        SectionKind.TASKS,
        sections.TasksSection,
        title=N_("Key tasks"),
        shape=Shape("name", "description", ("cadence", "owner", "deliverables", "tools")),
        keywords={
            "zh": {
                "重点工作": 5,
                "主要任务": 5,
                "工作重点": 5,
                "具体任务": 6,
                "工作任务": 5,
                "日常工作": 5,
                "工作内容": 4,
                "主要工作": 4,
                "任务": 3,
                "要做的事": 5,
                "本周工作": 6,
                "本周完成": 6,
                "工作回顾": 5,
            },
            "en": {
                "your day": 3,
                "in this role you will": 6,
                "key tasks": 6,
                "tasks": 4,
                "what you will do": 6,
                "what you'll do": 6,
                "day to day": 5,
                "day-to-day": 5,
                "activities": 3,
                "done this week": 6,
                "this week": 4,
            },
        },
    ),
    KindSpec(
        SectionKind.WORKFLOW,
        sections.WorkflowSection,
        title=N_("Workflow"),
        shape=Shape("name", "description", ("stage", "owner", "time_node", "deliverables")),
        table=("stage", "step", "owner", "time_node", "deliverables"),
        keywords={
            "zh": {"工作流程": 6, "流程": 4, "工作机制": 3},
            "en": {
                "procedure": 5,
                "sop": 4,
                "workflow": 6,
                "process": 4,
                "how we work": 4,
                "operating rhythm": 4,
            },
        },
    ),
    KindSpec(
        SectionKind.GOALS,
        sections.GoalsSection,
        title=N_("Goals"),
        shape=Shape("statement", None, ("owner", "objective", "rationale"), subitems="initiatives"),
        keywords={
            "zh": {"前90天": 6, "的目标": 3, "年度目标": 5, "工作目标": 6, "目标": 3},
            "en": {
                "first 90 days": 6,
                "first 60 days": 6,
                "first 30 days": 6,
                "first year": 4,
                "okr": 5,
                "goals": 5,
                "goal": 4,
                "objectives": 5,
                "objective": 4,
                "targets": 3,
            },
        },
    ),
    KindSpec(
        SectionKind.METRICS,
        sections.MetricsSection,
        title=N_("Metrics and KPIs"),
        shape=Shape(
            "name",
            "definition",
            (
                "scope",
                "formula",
                "baseline",
                "target",
                "frequency",
                "owner",
                "data_source",
                "category",
            ),
        ),
        table=(
            "metric",
            "definition",
            "baseline",
            "target",
            "frequency",
            "owner",
            "data_source",
            "category",
        ),
        keywords={
            "zh": {
                "核心数据": 6,
                "成功标准": 5,
                "考核办法": 5,
                "绩效指标": 6,
                "考核标准": 5,
                "指标": 5,
                "考核": 4,
                "绩效": 3,
                "衡量": 3,
            },
            "en": {
                "numbers": 4,
                "success looks like": 6,
                "how we measure": 5,
                "key results": 5,
                "key performance indicator": 6,
                "performance indicator": 5,
                "kpi": 6,
                "metrics": 6,
                "metric": 5,
                "measures": 5,
                "measure": 4,
                "success": 2,
                "kpis": 6,
                "scorecard": 4,
            },
        },
    ),
    KindSpec(
        SectionKind.COORDINATION,
        sections.CoordinationSection,
        title=N_("Team coordination"),
        shape=Shape(
            "counterpart", "purpose", ("mechanism", "description", "cadence", "feedback_loop")
        ),
        keywords={
            "zh": {
                "分工": 4,
                "责任分工": 5,
                "协调": 5,
                "协作": 5,
                "沟通": 4,
                "跨部门": 4,
                "配合": 3,
                "团队协调": 6,
            },
            "en": {
                "coordination": 6,
                "collaborat": 5,
                "stakeholder": 5,
                "partners": 3,
                "cross-functional": 5,
                "communication": 3,
                "work with": 4,
                "working with": 4,
            },
        },
    ),
    KindSpec(
        SectionKind.PROJECTS,
        sections.ProjectsSection,
        title=N_("Project delivery"),
        shape=Shape(
            "name",
            "objective",
            ("owner", "period", "resources", "risks", "review"),
        ),
        keywords={
            "zh": {
                "时间节点": 5,
                "排期": 4,
                "举措": 4,
                "工作计划": 4,
                "实施计划": 5,
                "进度安排": 5,
                "时间安排": 4,
                "工作安排": 4,
                "里程碑": 5,
                "项目": 5,
                "项目推动": 6,
                "重点项目": 6,
            },
            "en": {
                "workstream": 5,
                "milestones": 5,
                "timeline": 5,
                "project": 5,
                "initiatives": 4,
                "roadmap": 3,
            },
        },
    ),
    KindSpec(
        SectionKind.DATA_ANALYSIS,
        sections.DataAnalysisSection,
        title=N_("Data analysis"),
        shape=Shape("stage", "description", ("tools", "cadence", "outputs")),
        keywords={
            "zh": {"数据分析": 6, "数据": 3, "分析": 3, "报表": 3},
            "en": {"data analysis": 6, "analytics": 5, "data": 3, "reporting": 4, "insights": 3},
        },
    ),
    KindSpec(
        SectionKind.USER_FEEDBACK,
        sections.UserFeedbackSection,
        title=N_("User feedback"),
        shape=Shape("channel", "description", ("cadence", "owner", "response_time", "follow_up")),
        keywords={
            "zh": {"用户反馈": 6, "反馈": 4, "意见": 3},
            "en": {"feedback": 5, "voice of": 5, "user research": 2},
        },
    ),
    KindSpec(
        SectionKind.MARKET_RESEARCH,
        sections.MarketResearchSection,
        title=N_("Market research"),
        shape=Shape("method", "description", ("competitors", "cadence", "outputs")),
        keywords={
            "zh": {"市场调研": 6, "调研": 4, "竞品": 5, "市场": 3},
            "en": {
                "market research": 6,
                "market analysis": 6,
                "markets": 3,
                "competitive": 5,
                "competitor": 5,
                "research": 2,
            },
        },
    ),
    KindSpec(
        SectionKind.CUSTOMER_SERVICE,
        sections.CustomerServiceSection,
        title=N_("Customer service"),
        shape=Shape("standard", "service_level", ("follow_up", "satisfaction_measure")),
        keywords={
            "zh": {"客户服务": 6, "客服": 5, "服务": 3, "售后": 4},
            "en": {
                "service level": 5,
                "sla": 5,
                "customer service": 6,
                "customer support": 6,
                "support": 3,
                "service": 3,
            },
        },
    ),
    KindSpec(
        SectionKind.CONTINUOUS_IMPROVEMENT,
        sections.ContinuousImprovementSection,
        title=N_("Continuous improvement"),
        shape=Shape("practice", "description", ("cadence",)),
        keywords={
            "zh": {"持续优化": 6, "持续改进": 6, "优化": 3, "改进": 3, "复盘": 3},
            "en": {"continuous improvement": 6, "improvement": 4, "optimi": 3, "retrospective": 3},
        },
    ),
    KindSpec(
        SectionKind.TEAM_CULTURE,
        sections.TeamCultureSection,
        title=N_("Team culture"),
        shape=Shape("practice", "description", ("cadence",)),
        keywords={
            "zh": {"团队文化": 6, "文化": 4, "团队建设": 5},
            "en": {"team culture": 6, "culture": 5, "values": 3},
        },
    ),
    KindSpec(
        SectionKind.TECHNOLOGY,
        sections.TechnologySection,
        title=N_("Technology and tools"),
        shape=Shape("name", "purpose", ("category",)),
        keywords={
            "zh": {"技术与工具": 6, "工具": 4, "技术": 3, "系统": 2},
            "en": {"tools": 5, "tooling": 5, "technology": 5, "tech stack": 6, "software": 3},
        },
    ),
    KindSpec(
        SectionKind.USER_EXPERIENCE,
        sections.UserExperienceSection,
        title=N_("User experience"),
        shape=Shape("method", "description", ("metric",)),
        keywords={
            "zh": {"用户体验": 6, "体验": 4},
            "en": {"user experience": 6, "ux": 5, "usability": 5},
        },
    ),
    KindSpec(
        SectionKind.CASE_STUDIES,
        sections.CaseStudiesSection,
        title=N_("Case studies"),
        shape=Shape("title", "applicability", ("source",), subitems="takeaways"),
        keywords={
            "zh": {"案例借鉴": 6, "案例": 5, "借鉴": 3},
            "en": {"case stud": 6, "case": 3, "examples": 2, "lessons": 3},
        },
    ),
    KindSpec(
        SectionKind.OUTLOOK,
        sections.OutlookSection,
        title=N_("Summary and outlook"),
        shape=Shape("action", None, ("owner", "deadline")),
        keywords={
            "zh": {
                "下周计划": 6,
                "下周": 4,
                "下一阶段": 5,
                "总结与展望": 6,
                "总结": 4,
                "展望": 5,
                "下一步": 4,
                "未来": 2,
            },
            "en": {
                "next week": 6,
                "summary": 4,
                "outlook": 6,
                "next steps": 6,
                "looking ahead": 5,
                "conclusion": 4,
            },
        },
    ),
    KindSpec(
        SectionKind.CUSTOM,
        sections.CustomSection,
        title=N_("Other"),
        shape=Shape(None),
        keywords={"zh": {}, "en": {}},
    ),
)

KINDS: Mapping[SectionKind, KindSpec] = MappingProxyType({s.kind: s for s in _DECLARED})
"""Every section kind's declaration, in catalogue order."""

_missing = set(SectionKind) - set(KINDS)
if _missing:  # pragma: no cover - a mistake in the catalogue
    raise TypeError(f"section kinds without a declaration: {sorted(_missing)}")


def spec(kind: SectionKind | str) -> KindSpec:
    """The declaration of ``kind``.

    >>> spec("metrics").table[:2]
    ('metric', 'definition')
    """
    return KINDS[SectionKind(kind)]


SECTION_CLASSES: Mapping[SectionKind, type[SectionBase]] = MappingProxyType(
    {kind: s.model for kind, s in KINDS.items()}
)
"""The model class of each section kind."""

if TYPE_CHECKING:
    Section: TypeAlias = SectionBase
else:
    Section = Annotated[
        typing.Union[tuple(s.model for s in KINDS.values())],  # noqa: UP007 - built at runtime
        Field(discriminator="kind"),
    ]
"""Any section; the ``kind`` field says which (a union of every declared section model)."""
