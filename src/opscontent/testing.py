"""Hypothesis strategies for opscontent documents, for your own property tests.

Needs the ``[hypothesis]`` extra. Importing :mod:`hypothesis` also registers these strategies
(through hypothesis's entry point), so ``st.from_type(Document)`` works::

    from hypothesis import given
    from opscontent.testing import documents

    @given(documents(complete=True, locale="en"))
    def test_complete_documents_pass(doc):
        assert opscontent.check(doc, locale="en").ok

``complete=True`` generates documents with every section of the profile filled in, SMART goals
and consistent projects: ``check`` finds no error in them. Otherwise any valid document.

``languages=("zh", "en")`` generates documents in several languages: ``meta.languages`` lists
them and every text is a plain string in the first (the primary language) or a mapping of
some or all of them to their texts; ``translated=True`` gives every text in every language::

    @given(documents(languages=("zh", "en"), translated=True))
    def test_nothing_to_translate(doc):
        assert missing_translations(doc) == []
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from collections.abc import Sequence
from enum import Enum
from itertools import combinations
from typing import Any

from opscontent.exceptions import MissingExtraError
from opscontent.i18n._markers import N_

try:
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - exercised in a venv without the extra
    raise MissingExtraError(N_("opscontent.testing"), "hypothesis", "hypothesis") from None

from pydantic import BaseModel

from opscontent.checks.profiles import get_profile
from opscontent.model import (
    CANONICAL_STAGES,
    SECTION_CLASSES,
    Cadence,
    Direction,
    Document,
    Duration,
    GoalsSection,
    Meta,
    Metric,
    MetricsSection,
    Milestone,
    Period,
    Project,
    Quantity,
    SectionBase,
    SectionKind,
    SmartGoal,
    TimeNode,
    TimeUnit,
    Unit,
    UserExperienceSection,
    UXItem,
    WorkflowStep,
)
from opscontent.model.localized import Localized
from opscontent.model.types import LocalizableText, NotBlank, _date, _number, _slug

__all__ = [
    "documents",
    "localized_texts",
    "metrics",
    "quantities",
    "sections",
    "smart_goals",
    "texts",
]

_ZH_WORDS = (
    "用户",
    "增长",
    "留存",
    "活动",
    "渠道",
    "内容",
    "数据",
    "分析",
    "运营",
    "产品",
    "社群",
    "会员",
    "转化",
    "复盘",
    "报告",
    "推广",
    "品牌",
    "客服",
    "新手",
    "指标",
)
_EN_WORDS = (
    "user",
    "growth",
    "retention",
    "campaign",
    "channel",
    "content",
    "data",
    "review",
    "report",
    "product",
    "community",
    "members",
    "weekly",
    "plan",
    "brand",
    "search",
)
_START = dt.date(2027, 1, 1)


@functools.cache
def texts(*, locale: str | None = None, safe: bool = False) -> st.SearchStrategy[str]:
    """Non-blank text. ``safe`` draws words of the locale's language only (no placeholders)."""
    if safe or locale is not None:
        words = _ZH_WORDS if (locale or "zh").startswith("zh") else _EN_WORDS
        joiner = "" if words is _ZH_WORDS else " "
        return st.lists(st.sampled_from(words), min_size=1, max_size=5).map(joiner.join)
    alphabet = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
    return st.text(alphabet, min_size=1, max_size=12).filter(lambda s: bool(s.strip()))


def localized_texts(
    languages: Sequence[str], *, translated: bool = False, safe: bool = False
) -> st.SearchStrategy[str]:
    """Text in a document that provides ``languages``, the first of them primary.

    With ``translated``, a :class:`~opscontent.model.localized.Localized` text in every
    language; otherwise a plain string (the primary language) or a mapping of any of the
    languages, in any order, to their texts (the primary one may be missing). ``safe`` draws
    each language's text from words of that language (:func:`texts`: Chinese words for ``zh``
    tags, English words for any other).
    """
    tags = tuple(languages)
    if not tags:
        raise ValueError("localized_texts needs at least one language")
    return _localized_texts(tags, translated, safe)


@functools.cache
def _localized_texts(tags: tuple[str, ...], translated: bool, safe: bool) -> st.SearchStrategy[str]:
    """:func:`localized_texts`, built once per arguments (strategies are immutable)."""
    words = {tag: texts(locale=tag if safe else None, safe=safe) for tag in tags}
    primary = tags[0]
    # None is a plain string; then every subset in the declared order, and all in reverse
    ways: list[tuple[str, ...] | None] = [None]
    ways += [chosen for size in range(1, len(tags) + 1) for chosen in combinations(tags, size)]
    ways.append(tags[::-1])
    written = st.sampled_from(ways)

    @st.composite
    def build(draw: st.DrawFn) -> str:
        chosen = tags if translated else draw(written)
        if chosen is None:
            return draw(words[primary])
        return Localized({tag: draw(words[tag]) for tag in chosen}, primary)

    return build()


_SLUGS = st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True)
_NUMBERS = st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6, allow_nan=False).map(
    lambda x: round(x, 3)
)
_DATES = st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31))
_CURRENCIES = st.sampled_from(["CNY", "USD", "EUR"])
_TIME_UNITS = st.sampled_from(list(TimeUnit))
_METRIC_UNITS = st.sampled_from([Unit.PERCENT, Unit.COUNT, Unit.CURRENCY, Unit.SCORE])
_DIRECTIONS = st.sampled_from([Direction.INCREASE, Direction.DECREASE])
_BASELINES = st.integers(10, 60)
_STEPS = st.integers(1, 9)
"""How far a complete goal's target is from the baseline."""
_DAYS_AHEAD = st.integers(0, 365)
_BOOLEANS = st.booleans()
_PROJECT_START = st.integers(0, 60)
"""Days from the start of the period to a generated project's start."""
_MILESTONE_OFFSETS = st.lists(st.integers(0, 90), max_size=3)
_LINKED = frozenset({SectionKind.GOALS, SectionKind.METRICS, SectionKind.USER_EXPERIENCE})
"""Sections whose items refer to each other: generated together, so the links hold."""
_SIMPLE_KINDS = [kind for kind in SectionKind if kind not in _LINKED]
_MORE_KINDS = st.lists(st.sampled_from(_SIMPLE_KINDS), max_size=3)
_ANY_KINDS = st.lists(st.sampled_from(_SIMPLE_KINDS), max_size=6)
_KPI_KEYS = {
    complete: st.lists(_SLUGS, unique=True, min_size=int(complete), max_size=3)
    for complete in (False, True)
}
# Strategies are immutable: those drawn for every document are built once, here or through
# functools.cache, since hypothesis validates and describes each new strategy object (reading
# the source of its lambdas) on its first draw.


@functools.cache
def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``None`` or a value of ``strategy`` (one of the strategies built once)."""
    return st.none() | strategy


@functools.cache
def quantities(unit: Unit | None = None) -> st.SearchStrategy[Quantity]:
    """A quantity in ``unit`` (any unit when omitted), with currency or time unit as needed."""
    units = st.just(unit) if unit is not None else st.sampled_from(list(Unit))

    @st.composite
    def build(draw: st.DrawFn) -> Quantity:
        chosen = draw(units)
        return Quantity(
            value=draw(_NUMBERS),
            unit=chosen,
            currency=draw(_CURRENCIES) if chosen is Unit.CURRENCY else None,
            time_unit=draw(_TIME_UNITS) if chosen is Unit.DURATION else None,
        )

    return build()


@st.composite
def _metric(draw: st.DrawFn, key: str, text: st.SearchStrategy[str], complete: bool) -> Metric:
    unit = draw(_METRIC_UNITS)
    direction = draw(_DIRECTIONS)
    baseline = draw(_BASELINES) if complete else draw(_maybe(_NUMBERS))
    optional = text if complete else _maybe(text)

    return Metric(
        key=key,
        name=draw(text),
        scope=draw(optional),
        definition=draw(optional),
        unit=unit,
        currency="CNY" if unit is Unit.CURRENCY else None,
        direction=direction,
        baseline=baseline,
        data_source=draw(optional),
        owner=draw(optional),
    )


def metrics(*, locale: str | None = None, complete: bool = False) -> st.SearchStrategy[Metric]:
    """A KPI; ``complete`` fills definition, scope, data source and a baseline."""
    text = texts(locale=locale, safe=complete)
    return _SLUGS.flatmap(lambda key: _metric(key, text, complete))


@st.composite
def _goal(
    draw: st.DrawFn,
    goal_id: str,
    metric: Metric,
    text: st.SearchStrategy[str],
    complete: bool,
    not_before: dt.date,
) -> SmartGoal:
    if not complete:
        maybe_text = _maybe(text)
        target = draw(_maybe(quantities(metric.unit)))
        return SmartGoal(
            id=goal_id,
            metric=metric.key,
            owner=draw(maybe_text),
            scope=draw(maybe_text),
            target=None
            if target is None
            else target.model_copy(update={"currency": metric.currency}),
            deadline=draw(_maybe(_DATES)),
            objective=draw(maybe_text),
        )
    assert metric.baseline is not None
    step = draw(_STEPS)
    sign = 1 if metric.direction is Direction.INCREASE else -1
    return SmartGoal(
        id=goal_id,
        metric=metric.key,
        baseline=metric.quantity(metric.baseline),
        target=metric.quantity(metric.baseline + sign * step),
        deadline=not_before + dt.timedelta(days=draw(_DAYS_AHEAD)),
        owner=draw(text),
        objective=draw(text),
    )


def smart_goals(
    *, locale: str | None = None, complete: bool = False
) -> st.SearchStrategy[SmartGoal]:
    """A goal with an inline metric; ``complete`` makes it SMART."""
    text = texts(locale=locale, safe=complete)

    @st.composite
    def build(draw: st.DrawFn) -> SmartGoal:
        metric = draw(metrics(locale=locale, complete=complete))
        goal = draw(_goal(draw(_SLUGS), metric, text, complete, _START))
        return goal.model_copy(update={"metric": metric})

    return build()


def _annotation_strategy(annotation: Any, text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        base, *metadata = typing.get_args(annotation)
        funcs = {getattr(m, "func", None) for m in metadata}
        if any(isinstance(m, LocalizableText) for m in metadata):
            return text
        if any(isinstance(m, NotBlank) for m in metadata):
            return text.map(str)  # text in no language: a plain string
        if _slug in funcs:
            return _SLUGS
        if _number in funcs:
            return _NUMBERS
        if _date in funcs:
            return _DATES
        return _annotation_strategy(base, text)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(annotation) if a is not type(None)]
        return st.none() | st.one_of(*(_annotation_strategy(a, text) for a in options))
    if origin is list:
        (item,) = typing.get_args(annotation)
        return st.lists(_annotation_strategy(item, text), max_size=2)
    if annotation is bool:
        return st.booleans()
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return st.sampled_from(list(annotation))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _model(annotation, text)
    raise TypeError(f"no strategy for {annotation!r}")  # pragma: no cover - a new field type


@functools.cache
def _model(cls: type[BaseModel], text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """Instances of ``cls`` with texts from ``text``.

    Built once per pair: documents draw it again and again, and a strategy built afresh pays
    hypothesis's set-up on every draw.
    """
    special: dict[type[BaseModel], st.SearchStrategy[Any]] = {
        Duration: st.builds(
            Duration, value=st.integers(1, 90), unit=st.sampled_from(list(TimeUnit))
        ),
        Period: st.tuples(_DATES, _DATES).map(sorted).map(lambda d: Period(start=d[0], end=d[1])),
        TimeNode: st.builds(TimeNode, date=_DATES, note=st.none() | text),
        Quantity: quantities(),
    }
    if cls in special:
        return special[cls]
    fields = {
        name: _annotation_strategy(
            typing.Annotated[field.annotation, *field.metadata]
            if field.metadata
            else field.annotation,
            text,
        )
        for name, field in cls.model_fields.items()
        if name != "kind"
    }
    return st.fixed_dictionaries(fields).map(lambda data: cls(**data))


@st.composite
def _complete_section(draw: st.DrawFn, kind: SectionKind, text: st.SearchStrategy[str]) -> Any:
    cls = SECTION_CLASSES[kind]
    if kind is SectionKind.WORKFLOW:
        items: list[Any] = [
            WorkflowStep(
                stage=stage,
                name=draw(text),
                owner=draw(text),
                time_node=TimeNode(cadence=Cadence.WEEKLY),
            )
            for stage in CANONICAL_STAGES
        ]
    elif kind is SectionKind.PROJECTS:
        start = _START + dt.timedelta(days=draw(_PROJECT_START))
        offsets = sorted(draw(_MILESTONE_OFFSETS))
        items = [
            Project(
                name=draw(text),
                owner=draw(text),
                start=start,
                end=start + dt.timedelta(days=90),
                milestones=[
                    Milestone(name=draw(text), date=start + dt.timedelta(days=d), owner=draw(text))
                    for d in offsets
                ],
            )
        ]
    else:
        items = draw(_items(cls, text))
    if kind is SectionKind.CUSTOM:
        return cls(title=draw(text), summary=draw(text), items=items)  # type: ignore[call-arg]
    return cls(summary=draw(text), items=items)  # type: ignore[call-arg]


@functools.cache
def _items(cls: type[BaseModel], text: st.SearchStrategy[str]) -> st.SearchStrategy[list[Any]]:
    """One or two items of a section class, the strategy built once per pair."""
    (item_type,) = typing.get_args(cls.model_fields["items"].annotation)
    return st.lists(_annotation_strategy(item_type, text), min_size=1, max_size=2)


def sections(
    kind: SectionKind | str, *, locale: str | None = None, complete: bool = False
) -> st.SearchStrategy[SectionBase]:
    """A section of ``kind`` on its own, with a summary and at least one item.

    Items that refer to a KPI (a UX practice's ``metric``) refer to none, so the section is
    valid outside a document; :func:`documents` links them. ``complete`` fills every field
    the checks look for.
    """
    text = texts(locale=locale, safe=complete)
    found = SectionKind(kind)
    if found is SectionKind.GOALS:
        return smart_goals(locale=locale, complete=True).map(
            lambda goal: GoalsSection(items=[goal])
        )
    if found is SectionKind.METRICS:
        return metrics(locale=locale, complete=complete).map(
            lambda kpi: MetricsSection(items=[kpi])
        )
    if found is SectionKind.USER_EXPERIENCE:
        practice = st.builds(UXItem, method=text, description=st.none() | text)
        return st.lists(practice, min_size=1, max_size=2).map(
            lambda items: UserExperienceSection(items=items)
        )
    return _complete_section(found, text)


def _title(kind: SectionKind, title: str) -> dict[str, Any]:
    """A custom section needs a title; the others take the localized default."""
    return {"title": title} if kind is SectionKind.CUSTOM else {}


@st.composite
def _documents(
    draw: st.DrawFn,
    profile: str,
    locale: str | None,
    complete: bool,
    languages: tuple[str, ...] | None,
    translated: bool,
) -> Document:
    if languages is None:
        text = texts(locale=locale, safe=complete)
    else:
        text = localized_texts(languages, translated=translated, safe=complete or bool(locale))
    chosen = get_profile(profile)
    if complete:
        kinds = {*chosen.required, *chosen.recommended} - _LINKED
        kinds |= set(draw(_MORE_KINDS))
    else:
        kinds = set(draw(_ANY_KINDS))
    effective = _START
    sections: list[Any] = []
    for kind in sorted(kinds):
        sections.append(
            draw(_complete_section(kind, text))
            if complete or draw(_BOOLEANS)
            else SECTION_CLASSES[kind](**_title(kind, draw(text)))
        )
    keys = draw(_KPI_KEYS[complete])
    kpis = [draw(_metric(key, text, complete)) for key in keys]
    if kpis or complete:
        sections.append(MetricsSection(summary=draw(text), items=kpis))
        goals = [draw(_goal(f"g{n}", kpi, text, complete, effective)) for n, kpi in enumerate(kpis)]
        with_goals: bool = bool(goals) or draw(_BOOLEANS)
        if with_goals:
            sections.append(GoalsSection(summary=draw(text), items=goals))
    if complete or draw(_BOOLEANS):  # UX practices may name a KPI of the document
        items = draw(_practices(text, complete))
        if keys:
            named = st.none() | st.sampled_from(keys)
            items = [item.model_copy(update={"metric": draw(named)}) for item in items]
        sections.append(UserExperienceSection(summary=draw(text), items=items))
    order = draw(_orders(len(sections)))
    meta = Meta(
        title=draw(text),
        effective_date=effective if complete else draw(_maybe(_DATES)),
        role=draw(_maybe(text)),
        **_languages(draw, languages),
    )
    return Document(meta=meta, sections=[sections[i] for i in order])


def _languages(draw: st.DrawFn, languages: tuple[str, ...] | None) -> dict[str, Any]:
    """``meta.languages``, and ``meta.language`` (the first) given or left to default."""
    if languages is None:
        return {}
    return {"languages": list(languages), "language": draw(_primary_or_none(languages[0]))}


@functools.cache
def _practices(text: st.SearchStrategy[str], complete: bool) -> st.SearchStrategy[list[UXItem]]:
    """UX practices naming no KPI yet (at least one when ``complete``)."""
    practice = st.builds(UXItem, method=text, description=_maybe(text))
    return st.lists(practice, min_size=int(complete), max_size=2)


@functools.cache
def _primary_or_none(tag: str) -> st.SearchStrategy[str | None]:
    """``meta.language``: the primary language given, or left to default."""
    return st.sampled_from([None, tag])


@functools.cache
def _orders(count: int) -> st.SearchStrategy[list[int]]:
    """The orders of ``count`` sections."""
    return st.permutations(range(count))


def documents(
    *,
    profile: str = "full",
    locale: str | None = None,
    complete: bool = False,
    languages: Sequence[str] | None = None,
    translated: bool | None = None,
) -> st.SearchStrategy[Document]:
    """Valid documents.

    Args:
        profile: with ``complete``, the profile whose required and recommended sections appear.
        locale: draw text from words of this language (``zh`` or ``en``); arbitrary Unicode
            text when omitted and not ``complete``. With ``languages``, any ``locale`` draws
            each language's text from words of that language.
        complete: every section of the profile filled in, SMART goals, no errors from ``check``.
        languages: the languages the document provides (``meta.languages``), the first
            primary; every text is then a plain string in the primary language or a mapping of
            some or all of the languages to their texts (see :func:`localized_texts`).
        translated: with ``languages``, every text in every language; by default, as
            ``complete`` says (a complete document misses no translation).

    """
    if languages is None:
        if translated is not None:
            raise ValueError("translated= needs languages=")
        return _documents(profile, locale, complete, None, False)
    tags = tuple(languages)
    if not tags:
        raise ValueError("languages= needs at least one language")
    return _documents(
        profile, locale, complete, tags, complete if translated is None else translated
    )
