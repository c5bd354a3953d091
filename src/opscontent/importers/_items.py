"""Turning imported entries (a head, a text, sub-items) into the typed items of each kind.

A kind's items are filled by its declared shape (:class:`~opscontent.model.Shape`) unless a
builder below reads more out of the text (a workflow stage, a requirement's category, a KPI's
unit and direction).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pydantic

from opscontent.importers.goals import parse_goal
from opscontent.model import (
    KINDS,
    AnalysisStage,
    CoordinationItem,
    DataAnalysisItem,
    Direction,
    FeedbackChannel,
    FeedbackItem,
    ImprovementItem,
    ImprovementPractice,
    KindSpec,
    Metric,
    RequirementCategory,
    RequirementItem,
    ResearchItem,
    SectionKind,
    ServiceItem,
    SmartGoal,
    Stage,
    ToolCategory,
    ToolItem,
    Unit,
    WorkflowStep,
)
from opscontent.model.items import PREFERRED_WORDING

__all__ = ["Entry", "build_items"]


@dataclass
class Entry:
    """One item as found in the text."""

    head: str
    """The item's first part (a sub-heading, a list item, a table's first cell)."""
    text: str = ""
    """What follows the head (after its colon, or the paragraphs under a sub-heading)."""
    subitems: list[str] = field(default_factory=list)
    """Nested list items."""
    lines: list[int] = field(default_factory=list)
    """Input line numbers that went into this entry."""
    enumerated: bool = False
    """True for an item read out of a prose enumeration (包括A、B和C)."""

    @property
    def whole(self) -> str:
        """Head and text together."""
        return f"{self.head}：{self.text}" if self.text else self.head


def _guess(text: str, table: list[tuple[str, Any]], default: Any) -> Any:
    lowered = text.lower()
    for pattern, value in table:
        if re.search(pattern, lowered):
            return value
    return default


_REQUIREMENT = [
    (r"学历|本科|硕士|大专|专业|degree|bachelor|master|education", RequirementCategory.EDUCATION),
    (r"经验|年以上|experience|years", RequirementCategory.EXPERIENCE),
    (r"证书|资格证|certif", RequirementCategory.CERTIFICATE),
    (r"英语|日语|外语|语言|english|language|fluent", RequirementCategory.LANGUAGE),
    (
        r"熟悉|掌握|精通|熟练|使用|skill|proficien|knowledge|sql|excel|python",
        RequirementCategory.SKILL,
    ),
    (r"能力|沟通|责任心|团队|competen|communicat|ownership", RequirementCategory.COMPETENCY),
]
_STAGE = [
    (r"目标|goal|objective|okr", Stage.GOAL_SETTING),
    (r"计划|规划|方案|plan", Stage.PLANNING),
    (r"执行|监控|跟踪|落地|execut|monitor|deliver|launch", Stage.EXECUTION_MONITORING),
    (r"评估|复盘|总结|反馈|评价|evaluat|review|retro|assess", Stage.EVALUATION),
]
_ANALYSIS = [
    (r"采集|收集|埋点|collect|tracking|gather", AnalysisStage.COLLECTION),
    (r"清洗|整理|clean|prepar", AnalysisStage.CLEANING),
    (r"模型|建模|分析|model|analy", AnalysisStage.MODELLING),
    (r"可视化|看板|图表|visual|dashboard|chart", AnalysisStage.VISUALISATION),
]
_CHANNEL = [
    (r"问卷|调查|survey", FeedbackChannel.SURVEY),
    (r"评价|评论|评分|review|rating", FeedbackChannel.REVIEW),
    (r"微博|小红书|社交|抖音|social", FeedbackChannel.SOCIAL_MEDIA),
    (r"电话|热线|hotline|phone", FeedbackChannel.HOTLINE),
    (r"邮件|邮箱|e-?mail", FeedbackChannel.EMAIL),
    (r"访谈|interview", FeedbackChannel.INTERVIEW),
    (r"应用内|app内|站内|in-app", FeedbackChannel.IN_APP),
    (r"社群|社区|论坛|community|forum", FeedbackChannel.COMMUNITY),
]
_PRACTICE = [
    (r"复盘|回顾|retro", ImprovementPractice.RETROSPECTIVE),
    (r"实验|测试|a/b|experiment|test", ImprovementPractice.EXPERIMENT),
    (r"学习|培训|分享|learn|training", ImprovementPractice.LEARNING),
    (r"评审|审查|review", ImprovementPractice.REVIEW),
]
_TOOL = [
    (r"分析|统计|analytics|bi\b|tableau|sql", ToolCategory.ANALYTICS),
    (r"crm|客户管理", ToolCategory.CRM),
    (r"项目|任务|jira|trello|asana|project", ToolCategory.PROJECT),
    (r"企业微信|钉钉|飞书|slack|teams|沟通|chat", ToolCategory.COMMUNICATION),
    (r"\bai\b|gpt|大模型|人工智能", ToolCategory.AI),
]


def _joined(*parts: str) -> str:
    return "；".join(p for p in parts if p)


def _or_none(text: str) -> str | None:
    return text or None


def _metric(entry: Entry, number: int) -> Metric:
    text = entry.whole
    unit = Unit.PERCENT if re.search(r"%|％|率|rate|ratio|share", text, re.I) else Unit.COUNT
    down = r"降低|减少|下降|成本|时长|流失|投诉|reduce|decrease|lower|cost|churn|time to"
    direction = Direction.DECREASE if re.search(down, text, re.I) else Direction.INCREASE
    ascii_words = re.findall(r"[a-z0-9]+", entry.head.lower())
    key = "_".join(ascii_words)[:40] if ascii_words and ascii_words[0][0].isalpha() else ""
    return Metric(
        key=key or f"kpi_{number}",
        name=entry.head,
        definition=_or_none(_joined(entry.text, *entry.subitems)),
        unit=unit,
        direction=direction,
    )


def _shaped(spec: KindSpec) -> Callable[[Entry, int], Any]:
    """Fill an item the way its kind's shape lays it out: head, text, sub-items.

    Sub-items go to the shape's sub-item field, or are joined to the text; without a text
    field, the head takes the whole entry.
    """
    shape, model, head = spec.shape, spec.item_model, spec.shape.head
    if model is None or head is None:  # pragma: no cover - custom sections are not shaped
        raise TypeError(f"{spec.kind} items have no head field")

    def build(entry: Entry, number: int) -> Any:
        rest = entry.subitems if shape.subitems is None else []
        fields: dict[str, Any] = {}
        if shape.text is None:
            fields[head] = _joined(entry.whole, *rest)
        else:
            fields[head] = entry.head
            fields[shape.text] = _or_none(_joined(entry.text, *rest))
        if shape.subitems is not None:
            fields[shape.subitems] = entry.subitems
        return model(**fields)

    return build


_BUILDERS: dict[SectionKind, Callable[[Entry, int], Any]] = {
    SectionKind.REQUIREMENTS: lambda e, n: RequirementItem(
        category=_guess(e.whole, _REQUIREMENT, RequirementCategory.OTHER),
        description=_joined(e.whole, *e.subitems),
        required=PREFERRED_WORDING.search(e.whole) is None,
    ),
    SectionKind.WORKFLOW: lambda e, n: WorkflowStep(
        stage=_guess(e.whole, _STAGE, Stage.CUSTOM),
        name=e.head,
        description=_or_none(_joined(e.text, *e.subitems)),
    ),
    SectionKind.METRICS: _metric,
    SectionKind.COORDINATION: lambda e, n: CoordinationItem(
        counterpart=e.head, purpose=_joined(e.text, *e.subitems) or e.head
    ),
    SectionKind.DATA_ANALYSIS: lambda e, n: DataAnalysisItem(
        stage=_guess(e.whole, _ANALYSIS, AnalysisStage.REPORTING),
        description=e.whole,
        outputs=e.subitems,
    ),
    SectionKind.USER_FEEDBACK: lambda e, n: FeedbackItem(
        channel=_guess(e.whole, _CHANNEL, FeedbackChannel.OTHER),
        description=e.whole,
        follow_up=_or_none(_joined(*e.subitems)),
    ),
    SectionKind.MARKET_RESEARCH: lambda e, n: ResearchItem(
        method=e.head, description=_or_none(e.text), outputs=e.subitems
    ),
    SectionKind.CUSTOMER_SERVICE: lambda e, n: ServiceItem(
        standard=e.head, service_level=_or_none(e.text), follow_up=_or_none(_joined(*e.subitems))
    ),
    SectionKind.CONTINUOUS_IMPROVEMENT: lambda e, n: ImprovementItem(
        practice=_guess(e.whole, _PRACTICE, ImprovementPractice.OTHER),
        description=_joined(e.whole, *e.subitems),
    ),
    SectionKind.TECHNOLOGY: lambda e, n: ToolItem(
        name=e.head,
        category=_guess(e.whole, _TOOL, ToolCategory.OTHER),
        purpose=_or_none(_joined(e.text, *e.subitems)),
    ),
}


def build_items(
    kind: SectionKind, entries: list[Entry], *, today: dt.date | None = None
) -> tuple[list[Any], list[Entry]]:
    """Typed items for ``kind``, and the entries that could not become one.

    A goal sentence whose metric or direction cannot be read, or an entry missing what the
    item needs, is returned as rejected; the caller keeps its text in the section summary.
    """
    if kind is SectionKind.CUSTOM:
        return [text for e in entries for text in (e.whole, *e.subitems)], []
    if kind is SectionKind.GOALS:
        goals: list[SmartGoal] = []
        rest: list[Entry] = []
        for entry in entries:
            parsed = parse_goal(entry.whole, today=today)  # each sentence in its own language
            if parsed.goal is None:
                rest.append(entry)
                continue
            number = len(goals) + 1
            metric = parsed.goal.inline_metric
            assert metric is not None
            draft = parsed.goal.model_copy(
                update={
                    "id": f"g{number}",
                    "metric": metric.model_copy(update={"key": f"goal_metric_{number}"}),
                    "initiatives": entry.subitems,
                }
            )
            goals.append(_tidy(draft))
        return goals, rest
    builder = _BUILDERS.get(kind) or _shaped(KINDS[kind])
    items: list[Any] = []
    rejected: list[Entry] = []
    keys: set[str] = set()
    for entry in entries:
        try:
            item = builder(entry, len(items) + 1)
        except pydantic.ValidationError:
            rejected.append(entry)  # kept in the section summary by the caller
            continue
        if isinstance(item, Metric):  # KPI keys are unique within a document
            key, suffix = item.key, 2
            while key in keys:
                key, suffix = f"{item.key}_{suffix}"[:64], suffix + 1
            keys.add(key)
            item = item.model_copy(update={"key": key})
        items.append(_tidy(item))
    return items, rejected


def _tidy(item: Any) -> Any:
    """The item with only the fields that carry something, so a dump shows no empty fields."""
    return type(item).model_validate(item.model_dump(exclude_none=True, exclude_defaults=True))
