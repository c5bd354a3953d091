"""The localized view of a document that every template receives.

Everything a reader sees is computed here once, in the target language: headings with their
numbering, numbers, percents, money, dates, date ranges, durations and lists through Babel,
labels through gettext, goals as whole sentences, Chinese punctuation normalized. Each text
field shows its text in the target language where it has one, else the primary language's,
typeset by the rules of the language it is in (:mod:`opscontent.render._shown`). Templates
only lay the view out, so text, Markdown and HTML say exactly the same thing.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from dataclasses import dataclass, field
from enum import Enum
from os import PathLike
from pathlib import Path
from typing import Any

from opscontent.exceptions import UnknownLocaleError
from opscontent.i18n import N_, Language, language, parse_locale
from opscontent.i18n.formatting import (
    ListStyle,
    format_amount,
    format_date,
    format_duration,
    format_list,
    format_period,
    format_quantity,
    values_style,
)
from opscontent.i18n.labels import enum_label, field_labels, section_title
from opscontent.i18n.numerals import marker
from opscontent.model import (
    KINDS,
    Competitor,
    Document,
    Duration,
    KindSpec,
    Metric,
    Period,
    Project,
    Quantity,
    RequirementItem,
    SectionBase,
    SectionKind,
    Shape,
    SmartGoal,
    TimeNode,
    UXItem,
    WorkflowStep,
)
from opscontent.model.items import PREFERRED_WORDING
from opscontent.model.localized import Localized, best_language
from opscontent.render._jobfacts import JOB_FACTS_HEADING, job_facts
from opscontent.render._shown import Shown
from opscontent.render.goal_text import GoalText, goal_sentence, sentence_language
from opscontent.render.languages import language_tag, plain_locale, view_locales

__all__ = [
    "Detail",
    "DocumentView",
    "ItemView",
    "SectionView",
    "Table",
    "ViewOptions",
    "build_view",
    "localized_view",
    "localized_views",
    "shared_views",
]


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """Typesetting options shared by the built-in renderers."""

    han_latin_space: bool = False
    """Put a space between Han characters and Latin letters or digits (Chinese only)."""
    normalize_punctuation: bool = True
    """Turn ASCII , : ; ! ? ( ) between Han text into full-width forms (Chinese only)."""
    goal_text: GoalText = "statement"
    """A goal's text: its ``statement`` as written (the sentence built from its fields when it
    has none), or ``"generated"``, always the sentence built from the fields."""


@dataclass(slots=True)
class Detail:
    """A labelled value, e.g. 负责人 / 王晓明."""

    label: str
    value: str


@dataclass(slots=True)
class Table:
    """Tabular data: column headings and rows of cells (all text)."""

    columns: list[str]
    rows: list[list[str]]


@dataclass(slots=True)
class ItemView:
    """One item of a section: a head, an optional text, labelled details, sub-items, a table."""

    head: str
    text: str | None = None
    details: list[Detail] = field(default_factory=list)
    subitems: list[str] = field(default_factory=list)
    table: Table | None = None
    details_inline: str = ""
    """The details on one line: ``频率：每周；负责人：王晓明`` / ``Cadence: weekly; Owner: Li``."""
    subitems_label: str = ""
    """What the sub-items are, when they have a name: ``举措`` / ``Initiatives``."""
    number: int = 0
    """The item's place in its section, from 1."""
    marker: str = ""
    """The item's marker one level below its section: ``（一）`` / ``3.1``."""


@dataclass(slots=True)
class SectionView:
    """A section with its number, localized heading, lead paragraph and items.

    ``items`` and ``table`` are computed on first access: a template that shows the table of
    KPIs does not pay for the list of them, and the other way round.
    """

    kind: str
    anchor: str
    number: int
    marker: str
    heading: str
    numbered: str
    """Marker and heading: ``一、岗位职责`` / ``1. Responsibilities``."""
    summary: str | None
    body: str | None
    make_items: Callable[[], list[ItemView]] = field(repr=False)
    make_table: Callable[[], Table | None] = field(repr=False)
    computed: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def items(self) -> list[ItemView]:
        """The items, each with head, text, details and sub-items."""
        if "items" not in self.computed:
            self.computed["items"] = self.make_items()
        items: list[ItemView] = self.computed["items"]
        return items

    @property
    def table(self) -> Table | None:
        """The items as a table, for KPIs and workflow steps; ``None`` otherwise."""
        if "table" not in self.computed:
            self.computed["table"] = self.make_table()
        table: Table | None = self.computed["table"]
        return table


@dataclass(slots=True)
class DocumentView:
    """What a template receives as ``doc``."""

    title: str
    lead: str | None
    facts: list[Detail]
    sections: list[SectionView]
    lang_tag: str
    """The language of the content (``zh-Hans``, ``en``): HTML ``lang``, DOCX language."""
    locale: str
    """The locale of labels, numbers and dates (``zh_Hans_CN``, ``en_US``)."""
    chinese: bool
    colon: str
    """``：`` or ``: ``."""
    parens: tuple[str, str]
    """``（`` ``）`` or `` (`` ``)``."""
    gap: str
    """What follows a list marker such as ``（一）`` (nothing) or ``1.1`` (a space)."""
    facts_by_field: dict[str, str] = field(default_factory=dict)
    """The facts by field name (``role``, ``department`` …)."""
    job_facts: list[Detail] = field(default_factory=list)
    """The job posting's facts: locations, workplace and employment type, salary, openings,
    application deadline (empty when the document gives none)."""
    job_facts_heading: str = ""
    """Heading of the job facts: ``岗位基本信息`` / ``Job facts``."""


class _Builder:
    def __init__(self, doc: Document, lang: Language, options: ViewOptions) -> None:
        self.doc = doc
        self.lang = lang
        self.goal_text = options.goal_text
        self.chinese = lang.is_chinese
        self.list_style = values_style(lang)
        """Lists of values: 工具、产出、编写人 / A, B, and C."""
        wanted = str(lang.locale)
        self.plain_locale = plain_locale(doc, wanted)
        """The language of the document's plain strings."""
        self.shown = Shown(
            wanted,
            language_tag(self.plain_locale),
            punctuation=options.normalize_punctuation,
            space=options.han_latin_space,
        )
        self.colon = "：" if self.chinese else ": "
        self.semicolon = "；" if self.chinese else "; "
        self.comma = "，" if self.chinese else ", "
        self.metrics = doc.metrics()
        self.t: Callable[[str], str] = self.shown.t
        """Show one content string: its text in the view's language, typeset by its own."""
        self.labels = field_labels(lang)
        self.formatters: dict[type, Callable[[Any], str | None]] = {
            str: self.t,
            dt.date: lambda date: format_date(date, lang),
            Quantity: lambda quantity: format_quantity(quantity, lang),
            Duration: lambda d: format_duration(d.value, d.unit, lang),
            Period: lambda period: self.period(period.start, period.end),
            TimeNode: self.time_node,
            list: self.list_value,
            Competitor: self.competitor,
            bool: lambda _: None,
        }

    def raw(self, text: str) -> str:
        """The text of ``text`` the view shows, before typesetting."""
        return self.shown.pick(text)[0]

    def opt(self, text: str | None) -> str | None:
        return None if text is None else self.t(text)

    def value(self, value: Any) -> str | None:
        """Format any field value for reading, or ``None`` when there is nothing to show."""
        if value is None:
            return None
        formatter = self.formatters.get(type(value)) or self.formatter_for(type(value))
        return formatter(value)

    def formatter_for(self, kind: type) -> Callable[[Any], str | None]:
        """The formatter of ``kind``'s nearest base class (enums get their label), remembered."""
        if issubclass(kind, Enum):
            formatter: Callable[[Any], str | None] = functools.partial(enum_label, lang=self.lang)
        else:
            found = next(
                (self.formatters[base] for base in kind.__mro__ if base in self.formatters), None
            )
            if found is None:
                raise TypeError(f"cannot format {kind.__name__}")  # pragma: no cover
            formatter = found
        self.formatters[kind] = formatter
        return formatter

    def list_value(self, values: list[Any]) -> str | None:
        parts = [part for part in map(self.value, values) if part]
        return format_list(parts, self.lang, style=self.list_style) if parts else None

    def competitor(self, value: Competitor) -> str:
        aspects = [enum_label(a, self.lang) for a in value.aspects]
        notes = [format_list(aspects, self.lang, style=self.list_style)] if aspects else []
        if value.notes is not None:
            notes.append(self.t(value.notes))
        return self.parenthesized(self.t(value.name), notes)

    def parenthesized(self, text: str, notes: list[str]) -> str:
        """``text（a；b）`` / ``text (a; b)``, or ``text`` alone without notes."""
        if not notes:
            return text
        joined = self.semicolon.join(notes)
        return f"{text}（{joined}）" if self.chinese else f"{text} ({joined})"

    def period(self, start: dt.date, end: dt.date) -> str:
        return format_period(start, end, self.lang)

    def time_node(self, node: TimeNode) -> str:
        lang = self.lang
        parts = []
        if node.date is not None:
            parts.append(lang.gettext(N_("by {date}"), date=format_date(node.date, lang)))
        if node.within is not None:
            duration = format_duration(node.within.value, node.within.unit, lang)
            parts.append(lang.gettext(N_("within {duration}"), duration=duration))
        note = None if node.note is None else self.raw(node.note)
        if node.cadence is not None and not _says_cadence(note, node.cadence):
            parts.append(enum_label(node.cadence, lang))
        if node.note is not None:
            parts.append(self.t(node.note))
        return self.comma.join(parts)

    def field(self, item: Any, name: str) -> str | None:
        """The field ``name`` of ``item`` for reading (through :data:`_FIELDS` when listed)."""
        if name in _COMPUTED and (compute := _FIELDS.get((type(item), name))) is not None:
            return compute(self, item)
        value = getattr(item, name)
        return None if value is None else self.value(value)  # most fields are unset

    def details(self, item: Any, names: Iterable[str]) -> list[Detail]:
        labels, field = self.labels, self.field
        found = []
        for name in names:
            text = field(item, name)
            if text:
                found.append(Detail(labels[name], text))
        return found

    # -- items ------------------------------------------------------------------------------

    def item(self, spec: KindSpec, item: Any) -> ItemView:
        """An item laid out by its kind's :class:`~opscontent.model.Shape` or its override."""
        special = _ITEMS.get(spec.kind)
        view = special(self, item) if special else self.shaped(spec.shape, item)
        view.details_inline = self.semicolon.join(self.labelled(view.details))
        return view

    def shaped(self, shape: Shape, item: Any) -> ItemView:
        """The item's head, text, details and sub-items, as its kind's shape names them."""
        if shape.head is None:
            return ItemView(self.t(item))
        sub = shape.subitems
        return ItemView(
            head=self.field(item, shape.head) or "",
            text=self.field(item, shape.text) if shape.text else None,
            details=self.details(item, shape.details),
            subitems=[self.t(s) for s in getattr(item, sub)] if sub else [],
            subitems_label=self.labels[sub] if sub else "",
        )

    def labelled(self, details: list[Detail]) -> list[str]:
        """Each detail as ``负责人：王晓明`` / ``Owner: Li``."""
        return [f"{d.label}{self.colon}{d.value}" for d in details]

    def goal(self, goal: SmartGoal) -> ItemView:
        metric = goal.inline_metric or self.metrics[goal.metric_key]
        words = sentence_language(metric, goal, self.lang, self.raw)
        if goal.statement is not None and (self.goal_text == "statement" or words is not None):
            sentence = self.t(goal.statement)  # the author's words, never rebuilt
        else:
            sentence = goal_sentence(goal, metric, words or self.lang, self.t)
        # the initiatives are a labelled detail like the owner, in every format; English joins
        # these whole clauses without "and" (Refresh …, Publish …), Chinese with 、
        details = self.details(goal, ("owner", "objective", "rationale"))
        if goal.initiatives:
            style: ListStyle = "enumeration" if self.chinese else "unit"
            actions = format_list([self.t(s) for s in goal.initiatives], self.lang, style=style)
            details.append(Detail(self.labels["initiatives"], actions))
        return ItemView(head=sentence, details=details)

    def project(self, project: Project) -> ItemView:
        """The shaped project, with its milestones as a table and as sub-items."""
        view = self.shaped(KINDS[SectionKind.PROJECTS].shape, project)
        if project.milestones:
            view.table = self.columns(
                ("milestone", "date", "owner", "deliverable"),
                [
                    [
                        self.t(m.name),
                        format_date(m.date, self.lang),
                        self.value(m.owner) or "",
                        self.value(m.deliverable) or "",
                    ]
                    for m in project.milestones
                ],
            )
        view.subitems = [
            self.parenthesized(
                f"{format_date(m.date, self.lang)}{self.colon}{self.t(m.name)}",
                self.labelled(self.details(m, ("owner", "deliverable"))),
            )
            for m in project.milestones
        ]
        return view

    def project_period(self, project: Project) -> str | None:
        """``2027年1月10日 – 4月30日``; a lone date says which end it is (起 / 至)."""
        start, end = project.start, project.end
        if start and end and start <= end:
            return self.period(start, end)
        ends = [(N_("from {date}"), start), (N_("until {date}"), end)]
        parts = [self.lang.gettext(m, date=format_date(d, self.lang)) for m, d in ends if d]
        return self.comma.join(parts) or None  # reversed dates are shown as given

    # -- sections ---------------------------------------------------------------------------

    def section(self, index: int, section: SectionBase) -> SectionView:
        kind = section.kind
        spec = KINDS[SectionKind(kind)]
        fields = section.__dict__  # a section without items or body has no such attribute
        heading = self.t(section.title or section_title(kind, self.lang))
        items_source: list[Any] = fields.get("items") or []
        number = index + 1
        mark = marker(1, number, chinese=self.chinese)

        def make_items() -> list[ItemView]:
            views = [self.item(spec, item) for item in items_source]
            for position, view in enumerate(views, 1):
                view.number = position
                view.marker = marker(2, position, chinese=self.chinese, parent=number)
            return views

        return SectionView(
            kind=kind,
            anchor=f"{kind}-{number}" if kind == "custom" else kind,
            number=number,
            marker=mark,
            heading=heading,
            numbered=f"{mark}{heading}" if self.chinese else f"{mark} {heading}",
            summary=self.opt(section.summary),
            body=self.opt(fields.get("body")),
            make_items=make_items,
            make_table=lambda: self.table(spec, items_source),
        )

    def table(self, spec: KindSpec, items: list[Any]) -> Table | None:
        """The items as a table of the kind's columns, holding everything the items say."""
        if not items or not spec.table:
            return None
        return self.columns(
            spec.table, [[self.cell(item, c) for c in spec.table] for item in items]
        )

    def cell(self, item: Any, column: str) -> str:
        """One table cell: :data:`_CELLS` where a column shows more than one field."""
        compute = _CELLS.get((type(item), column))
        text = compute(self, item) if compute else self.field(item, column)
        return text or ""

    def columns(self, names: tuple[str, ...], rows: list[list[str]]) -> Table:
        """A table of the named columns, leaving out those empty in every row."""
        keep = [i for i in range(len(names)) if i < 2 or any(row[i] for row in rows)]
        return Table(
            [self.labels[names[i]] for i in keep], [[row[i] for i in keep] for row in rows]
        )

    def definition_cell(self, metric: Metric) -> str:
        """The definition, then the formula: ``…的比例；计算公式：A / B``."""
        if metric.formula is None:
            return self.opt(metric.definition) or ""
        formula = f"{self.labels['formula']}{self.colon}{self.t(metric.formula)}"
        if metric.definition is None:
            return formula
        return f"{self.t(metric.definition)}{self.semicolon}{formula}"

    def metric_cell(self, metric: Metric) -> str:
        """The KPI's name with its scope: ``次日留存率（新注册用户）``."""
        scope = [] if metric.scope is None else [self.t(metric.scope)]
        return self.parenthesized(self.t(metric.name), scope)

    def metric_value(self, metric: Metric, value: int | float | None) -> str | None:
        if value is None:
            return None
        return format_amount(
            value, metric.unit, self.lang, currency=metric.currency, time_unit=metric.time_unit
        )

    def build(self) -> DocumentView:
        meta, lang = self.doc.meta, self.lang
        fact_names = (
            "role",
            "department",
            "organization",
            "reports_to",
            "effective_date",
            "version",
            "authors",
        )
        facts = self.details(meta, fact_names)
        facts_by_field = {
            name: text for name in fact_names if (text := self.value(getattr(meta, name)))
        }
        return DocumentView(
            title=self.t(meta.title),
            lead=self.opt(meta.summary),
            facts=facts,
            sections=[self.section(i, s) for i, s in enumerate(self.doc.sections)],
            lang_tag=self.content_tag(),
            locale=str(lang.locale),
            chinese=self.chinese,
            colon=self.colon,
            parens=("（", "）") if self.chinese else (" (", ")"),
            gap="" if self.chinese else " ",
            facts_by_field=facts_by_field,
            job_facts=[Detail(label, value) for label, value in job_facts(meta, lang, self.t)],
            job_facts_heading=lang.gettext(JOB_FACTS_HEADING),
        )

    def content_tag(self) -> str:
        """The tag of the language the content is shown in (``zh-Hans``, ``en``).

        The view's language when the document offers it (in ``meta.languages`` or its title)
        and its plain strings are in another one; else the language of the plain strings.
        """
        meta = self.doc.meta
        offered = list(meta.languages)
        if isinstance(meta.title, Localized):
            offered.extend(meta.title.texts)
        found = best_language(self.shown.wanted, offered) if offered else None
        if found is not None:
            with suppress(UnknownLocaleError):
                shown = parse_locale(found)
                if shown.language != self.plain_locale.language:
                    return language_tag(shown)
        return language_tag(self.plain_locale)


def _says_cadence(note: str | None, cadence: Enum) -> bool:
    """Whether ``note`` already names the cadence (每季度首周内 says 每季度) in either language."""
    if note is None:
        return False
    folded = note.casefold()
    return any(enum_label(cadence, language(code)).casefold() in folded for code in ("zh", "en"))


def _requirement(b: _Builder, item: RequirementItem) -> ItemView:
    text = b.t(item.description)
    if not item.required and PREFERRED_WORDING.search(text) is None:
        text = b.lang.gettext(N_("{requirement} (preferred)"), requirement=text)
    return ItemView(head=enum_label(item.category, b.lang), text=text)


def _kpi_name(b: _Builder, item: UXItem) -> str | None:
    return b.t(b.metrics[item.metric].name) if item.metric in b.metrics else None


def _workflow_step(b: _Builder, step: WorkflowStep) -> str:
    described = f"{b.colon}{b.t(step.description)}" if step.description else ""
    return b.t(step.name) + described


_ITEMS: dict[SectionKind, Callable[[_Builder, Any], ItemView]] = {
    SectionKind.REQUIREMENTS: _requirement,
    SectionKind.GOALS: _Builder.goal,
    SectionKind.PROJECTS: _Builder.project,
}
"""Kinds whose items are laid out by hand instead of by their shape."""

_FIELDS: dict[tuple[type, str], Callable[[_Builder, Any], str | None]] = {
    (Metric, "baseline"): lambda b, m: b.metric_value(m, m.baseline),
    (Metric, "target"): lambda b, m: b.metric_value(m, m.target),
    (Project, "period"): _Builder.project_period,
    (UXItem, "metric"): _kpi_name,
}
"""Values computed from more than the field itself: amounts in the KPI's unit, a project's
period from its dates, the name of the KPI a UX practice refers to."""
_COMPUTED = frozenset(name for _, name in _FIELDS)
"""The field names :data:`_FIELDS` computes for some type: the others skip its look-up."""

_CELLS: dict[tuple[type, str], Callable[[_Builder, Any], str | None]] = {
    (Metric, "metric"): _Builder.metric_cell,
    (Metric, "definition"): _Builder.definition_cell,
    (WorkflowStep, "step"): _workflow_step,
}
"""Table cells that join several fields: the KPI with its scope, the definition with its
formula, the step with its description."""


def build_view(doc: Document, lang: Language, options: ViewOptions | None = None) -> DocumentView:
    """Compute the localized view of ``doc``."""
    return _Builder(doc, lang, options or ViewOptions()).build()


def localized_view(
    doc: Document,
    locale: str,
    *,
    catalog_dirs: Sequence[str | PathLike[str]] = (),
    han_latin_space: bool = False,
    normalize_punctuation: bool = True,
    goal_text: GoalText = "statement",
) -> tuple[Language, DocumentView]:
    """The language and the view, from the options every view-based renderer takes.

    ``catalog_dirs`` add locales (see :func:`opscontent.i18n.language`); ``han_latin_space``,
    ``normalize_punctuation`` and ``goal_text`` are the :class:`ViewOptions`.
    """
    dirs = tuple(Path(d) for d in catalog_dirs)
    options = ViewOptions(han_latin_space, normalize_punctuation, goal_text)
    shared = _SHARED.get()
    if shared is None:
        lang = language(locale, dirs)
        return lang, build_view(doc, lang, options)
    key = (id(doc), locale, dirs, options)
    found = shared.get(key)
    if found is None or found[0] is not doc:
        lang = language(locale, dirs)
        found = shared[key] = (doc, lang, build_view(doc, lang, options))
    return found[1], found[2]


def localized_views(
    doc: Document,
    locale: str,
    languages: Sequence[str] | None,
    *,
    catalog_dirs: Sequence[str | PathLike[str]] = (),
    han_latin_space: bool = False,
    normalize_punctuation: bool = True,
    goal_text: GoalText = "statement",
) -> list[tuple[Language, DocumentView]]:
    """One :func:`localized_view` per language a rendering shows.

    ``locale``'s alone, or one per language of ``languages`` (the bilingual layout, see
    :func:`~opscontent.render.languages.view_locales`).
    """
    return [
        localized_view(
            doc,
            view_locale,
            catalog_dirs=catalog_dirs,
            han_latin_space=han_latin_space,
            normalize_punctuation=normalize_punctuation,
            goal_text=goal_text,
        )
        for view_locale in view_locales(locale, languages, catalog_dirs)
    ]


_SHARED: ContextVar[dict[tuple[object, ...], tuple[Document, Language, DocumentView]] | None] = (
    ContextVar("opscontent_shared_views", default=None)
)
"""The views :func:`shared_views` keeps: by document identity, locale, catalogs and options."""


@contextmanager
def shared_views() -> Iterator[None]:
    """Within the block, :func:`localized_view` builds each view once and then reuses it.

    Rendering one document to several formats in the block (text, Markdown, HTML, DOCX …)
    builds its view, and each section's items and table, only once. The views are kept by the
    document's identity, so the document must not change inside the block; they are dropped
    when the block ends.

    >>> import opscontent
    >>> doc = opscontent.loads('{"meta": {"title": "Plan"}, "sections": [{"kind": "tasks"}]}')
    >>> with shared_views():
    ...     first = localized_view(doc, "en")[1]
    ...     first is localized_view(doc, "en")[1]
    True
    >>> first is localized_view(doc, "en")[1]
    False
    """
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)
