"""Turning imported entries (a head, a text, sub-items) into the typed items of each kind.

A kind's items are filled by its declared shape (:class:`~opscontent.model.Shape`) unless a
builder below reads more out of the text (a workflow stage, a requirement's category, a KPI's
unit and direction).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pydantic

from opscontent.importers._tables import KpiRow, kpi_metric
from opscontent.importers.goal_parser import GoalParse, parse_goal
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
    Stage,
    ToolCategory,
    ToolItem,
    Unit,
    WorkflowStep,
)
from opscontent.model.items import PREFERRED_WORDING

if TYPE_CHECKING:
    from opscontent.importers._details import Detail

__all__ = ["Built", "Entry", "build_items", "details_kept_whole"]

_READ_DETAILS: contextvars.ContextVar[bool] = contextvars.ContextVar("read_details", default=True)


@contextlib.contextmanager
def details_kept_whole() -> Iterator[None]:
    """Within: labelled details stay in the item's text, as written.

    A translation is read against the item it translates (:mod:`._labelled`), which says
    which labelled parts to look for; the importer's own reading would get there first.
    """
    token = _READ_DETAILS.set(False)
    try:
        yield
    finally:
        _READ_DETAILS.reset(token)


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
    sep: str = "："
    """What stood between the head and the text (``：``, ``: ``), as written."""
    objective: str | None = None
    """The objective a key result belongs to (OKRs)."""
    kpi: KpiRow | None = None
    """The cells of a KPI or key-result table row, by column."""
    pieces: list[str] = field(default_factory=list)
    """The sentences the text was split into, when each became an item of its own."""
    details: list[Detail] = field(default_factory=list)
    """Labelled parts read into the item's fields (``负责人：王晓明``), as written."""
    written: tuple[str, str, list[str]] | None = None
    """Head, text and sub-items before the details were read out of them."""

    def restore(self) -> None:
        """Head, text and sub-items as written, when the entry becomes no item."""
        if self.written is not None:
            self.head, self.text, self.subitems = self.written[0], self.written[1], self.written[2]
        self.details = []

    @property
    def whole(self) -> str:
        """Head and text together, joined as written."""
        return f"{self.head}{self.sep}{self.text}" if self.text else self.head


@dataclass
class Built:
    """The items of one section, and where each entry went."""

    items: list[Any]
    """The typed items."""
    rejected: list[Entry]
    """Entries that could not become an item (the caller keeps them in the summary)."""
    placed: list[tuple[Entry, list[int]]]
    """Each kept entry with the indexes of the items made from it."""
    notes: list[str] = field(default_factory=list)
    """What a reader should check."""


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
    kind: SectionKind,
    entries: list[Entry],
    *,
    today: dt.date | None = None,
    kpis: Mapping[str, str] | None = None,
) -> Built:
    """Typed items for ``kind``, the entries that could not become one, and where each went.

    ``kpis`` are the document's KPI keys by name, for the details that name a KPI.

    A goal sentence whose metric or direction cannot be read, or an entry missing what the
    item needs, is returned as rejected; the caller keeps its text in the section summary.
    """
    if kind is SectionKind.CUSTOM:
        texts: list[Any] = []
        placed: list[tuple[Entry, list[int]]] = []
        for e in entries:
            start = len(texts)
            texts.extend((e.whole, *e.subitems))
            placed.append((e, list(range(start, len(texts)))))
        return Built(texts, [], placed)
    from opscontent.importers._details import (  # noqa: PLC0415 - it imports this module
        Details,
        read_details,
        with_details,
    )

    reading = _READ_DETAILS.get()
    read = {id(e): read_details(kind, e, kpis) if reading else Details() for e in entries}
    if kind is SectionKind.GOALS:
        built = _goals(entries, today)
        for entry in built.rejected:
            entry.restore()
        for entry, indexes in built.placed:
            for index in indexes:
                built.items[index] = with_details(built.items[index], read[id(entry)], kind)
            entry.details = read[id(entry)].found
        return built
    builder = _BUILDERS.get(kind) or _shaped(KINDS[kind])
    built = Built([], [], [])
    keys: set[str] = set()
    for entry in entries:
        try:
            if entry.kpi is not None and kind is SectionKind.METRICS:
                joiner = "：" if re.search(r"[\u4e00-\u9fff]", entry.head) else ": "
                item, _ = kpi_metric(entry.kpi, f"kpi_{len(built.items) + 1}", joiner)
                definition = _joined(item.definition or "", *entry.subitems)
                item = item.model_copy(
                    update={
                        "key": _metric(entry, len(built.items) + 1).key,
                        "definition": definition or None,
                    }
                )
            else:
                item = builder(entry, len(built.items) + 1)
            item = with_details(item, read[id(entry)], kind)
        except pydantic.ValidationError:
            entry.restore()
            built.rejected.append(entry)  # kept in the section summary by the caller
            continue
        entry.details = read[id(entry)].found
        if isinstance(item, Metric):  # KPI keys are unique within a document
            key, suffix = item.key, 2
            while key in keys:
                key, suffix = f"{item.key}_{suffix}"[:64], suffix + 1
            keys.add(key)
            item = item.model_copy(update={"key": key})
        built.placed.append((entry, [len(built.items)]))
        built.items.append(_tidy(item))
    return built


_CLAUSE = re.compile(r"(?<=[，,])(?!\d{3})")
_SENTENCE = re.compile(r"(?<=[；;。])|(?<=[.!?])\s+(?=\S)")
_ENDS = "；;。"
_BRACKETS = re.compile(r"[（(][^（()）]*[）)]")


def _split(pattern: re.Pattern[str], text: str) -> list[str]:
    """``text`` split by ``pattern`` outside brackets (a note in brackets stays whole)."""
    masked = _BRACKETS.sub(lambda m: "\0" * len(m.group()), text)
    parts: list[str] = []
    start = 0
    for match in pattern.finditer(masked):
        if match.end() > start and match.start() >= start:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _sentences(text: str, today: dt.date | None) -> list[tuple[str, GoalParse]]:
    """The goals of a text: one per sentence when each sentence is one, else the whole text."""
    sentences = _split(_SENTENCE, text)
    if len(sentences) > 1:
        statements = [s.rstrip(_ENDS) for s in sentences[:-1]] + [sentences[-1]]
        parsed = [(s, parse_goal(s, today=today)) for s in statements]
        if all(g.goal is not None for _, g in parsed):
            return parsed
    whole = parse_goal(text, today=today)
    return [(text, whole)] if whole.goal is not None else []


def _clauses(sentence: str, parsed: GoalParse, today: dt.date | None) -> list[GoalParse]:
    """Two targets in one sentence ("月活从40万提升至55万，付费率从6%提升至8%"): one goal each.

    Each clause must read as a goal with a target or a change of its own; otherwise the
    sentence is one goal ("降至38元，由王晓明负责").
    """
    parts = _split(_CLAUSE, sentence)
    if len(parts) > 1:
        found = [parse_goal(p.rstrip("，,"), today=today) for p in parts]
        if all(g.goal is not None and (g.target or g.change) for g in found):
            return found
    return [parsed]


def _goals(entries: list[Entry], today: dt.date | None) -> Built:
    built = Built([], [], [])
    for entry in entries:
        sentence = entry.head if entry.kpi is not None else entry.whole
        sentences = _sentences(sentence, today)
        if not sentences:
            built.rejected.append(entry)
            continue
        if len(sentences) > 1:
            entry.pieces = [statement for statement, _ in sentences]
        indexes: list[int] = []
        found = [(s, g) for s, whole in sentences for g in _clauses(s, whole, today)]
        deadline = next((g.deadline for _, g in found if g.deadline), None)
        for clause, parsed in found:
            assert parsed.goal is not None
            where = f"line {entry.lines[0]}: " if entry.lines else ""
            built.notes.extend(f"{where}'{clause}': {note}" for note in parsed.notes)
            number = len(built.items) + 1
            metric = parsed.goal.inline_metric
            assert metric is not None
            update: dict[str, Any] = {
                "id": f"g{number}",
                "statement": clause,
                "metric": metric.model_copy(update={"key": f"goal_metric_{number}"}),
                "initiatives": entry.subitems,
                "objective": entry.objective,
            }
            own = parsed.goal.deadline or parsed.goal.period
            if own is None and deadline is not None and len(found) > 1:
                update["deadline"] = deadline
                built.notes.append(
                    f"'{clause}': a goal without its own deadline takes the "
                    "deadline of its sentence"
                )
            if entry.kpi is not None:
                if parsed.goal.owner is None and entry.kpi.cells.get("owner"):
                    update["owner"] = entry.kpi.cells["owner"]
                if entry.kpi.extra:
                    joiner = "：" if re.search(r"[\u4e00-\u9fff]", sentence) else ": "
                    update["rationale"] = "; ".join(f"{h}{joiner}{c}" for h, c in entry.kpi.extra)
            indexes.append(len(built.items))
            built.items.append(_tidy(parsed.goal.model_copy(update=update)))
        built.placed.append((entry, indexes))
    return built


def _tidy(item: Any) -> Any:
    """The item with only the fields that carry something, so a dump shows no empty fields."""
    return type(item).model_validate(item.model_dump(exclude_none=True, exclude_defaults=True))
