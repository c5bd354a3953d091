"""``parse_text``: a pasted operations document (zh or en) into a :class:`Document`.

The import is a pipeline whose stages can be tested on their own: lines are read one by one
(:mod:`._lines`), the outline is decided from the whole document (:mod:`._outline`), sections
and items are built here, typed values (goals, KPIs, meta facts) are read by :mod:`._items`,
:mod:`._tables` and :mod:`._facts`, and what is not content goes to the leftovers. Every input
line is accounted for: :attr:`ImportResult.lines` says where it went and which marker was cut.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from opscontent.importers._facts import (
    DATE_FIELDS,
    POSTING_FIELDS,
    byline,
    byline_places,
    posting_fact,
    read_date,
    read_fact,
)
from opscontent.importers._items import Built, Entry, build_items
from opscontent.importers._lines import Line, marker_of
from opscontent.importers._links import kpi_keys, link_goals
from opscontent.importers._outline import read_outline
from opscontent.importers._posting import read_employment, read_salary
from opscontent.importers._records import Records
from opscontent.importers._tables import KpiRow, column_roles, is_kpi_table
from opscontent.importers.goal_parser import detect_language, parse_goal
from opscontent.model import (
    SECTION_CLASSES,
    Document,
    GoalsSection,
    Meta,
    MetricsSection,
    SectionKind,
)

__all__ = ["ImportResult", "LineRecord", "build_document", "parse_text"]

_ENUMERATIONS = (
    (
        re.compile(r"包括|包含|涵盖|负责|如|例如|比如"),
        re.compile(
            r"(?:包括|包含|涵盖|负责|如|例如|比如)[:：]?\s*(?P<list>[^。；;]+?[、和及与][^。；;]+)"
        ),
        re.compile(r"[。；;]"),
    ),
    (
        re.compile(r"(?:such as|including|includes|like)\s", re.I),
        re.compile(
            r"(?:such as|including|includes|like)\s+(?P<list>[^.;]+?(?:,| and | or )[^.;]+)", re.I
        ),
        re.compile(r"[.;]"),
    ),
)
"""Per language: the words that introduce a list, the list after them, and where a list ends."""
_SPLIT_ZH = re.compile(r"[、，,]|和|及|与|以及")
_SPLIT_EN = re.compile(r",\s*(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+")
"""An English list's separators; a run of spaces is tried from its start only (linear time)."""
_LABEL = re.compile(r"^(?P<head>[^：:]{1,30}?)(?P<sep>\s*[：:]\s*)(?P<text>\S.*)$")
_URLISH = re.compile(r"^[a-z][a-z0-9+.-]*$", re.I)
_LEAD_WORDS = (
    r"about (?:the|this) (?:role|job|position)|(?:role|job|position) (?:overview|summary)"
    r"|your role|overview|summary|岗位概述|职位概述|岗位简介|职位简介|岗位概况|职位详情"
)
_OVERVIEW = re.compile(rf"(?:{_LEAD_WORDS})\s*[:：]?", re.IGNORECASE)
"""A label that only introduces the lead paragraph."""
_LEAD_LABEL = re.compile(
    rf"(?:{_LEAD_WORDS}|purpose|目的|岗位目的)\s*[:：]\s*(?P<text>\S.*)", re.IGNORECASE
)
"""The same label with the lead after it on its line (``Purpose: Run campaign operations…``)."""
_JOB_FACTS = re.compile(
    r"(?:job (?:facts|details|information)|(?:岗位|职位)(?:基本)?信息|基本信息)\s*[:：]?",
    re.IGNORECASE,
)
"""A label that only introduces the job facts (locations, salary …) in the header."""
_SPLIT_LABEL = frozenset(SectionKind) - {SectionKind.REQUIREMENTS, SectionKind.GOALS}
"""Kinds whose ``head：text`` items are split into a name and a description."""


_NAME_SEPARATORS = re.compile(r"\s*[、，,;；/&]\s*|\s+and\s+")


def _names(value: str) -> list[str]:
    """The people a line of authors names, one string each.

    ``王晓明、李静``, ``Wang Xiaoming, Li Jing``, ``Ann Lee and Bo Chen``; never split on 和,
    which is also a surname. When a part does not look like a name (digits, more than four
    words or Han characters: ``赵磊，最后修改于 2026-10-12``), the line stays one value.
    """
    names = [name for name in _NAME_SEPARATORS.split(value) if name]
    return names if names and all(map(_looks_like_a_name, names)) else [value]


def _looks_like_a_name(text: str) -> bool:
    if any(char.isdigit() for char in text):
        return False
    han = sum("\u4e00" <= char <= "\u9fff" for char in text)
    return han <= 4 if han else len(text.split()) <= 4


@dataclass(frozen=True)
class LineRecord:
    """Where one input line went."""

    number: int
    """1-based line number."""
    text: str
    """The line as given."""
    marker: str
    """The characters cut from the line as structure, in input order (``一、``, ``- ``, the
    ``：`` after a label, table pipes); empty when none."""
    destination: str
    """JSON path in the document (``$.sections[2].items[0]``), ``leftovers``, ``markup`` (a
    table rule or an underline), ``header`` (a table's column names, by which its rows are
    read), or empty for a blank line."""
    values: tuple[str, ...] = ()
    """Parts of the line read into typed values (``≥85%``, ``每周``), as written."""


@dataclass
class ImportResult:
    """What :func:`parse_text` made of a text."""

    document: Document
    """The document."""
    language: str
    """``zh`` or ``en``, given or detected."""
    leftovers: list[str] = field(default_factory=list)
    """Lines that are not content (separators, timestamps, vote badges, "read more")."""
    notes: list[str] = field(default_factory=list)
    """What the importer decided that a reader should check (merged or custom sections …)."""
    lines: list[LineRecord] = field(default_factory=list)
    """Where each input line went, in input order."""


@dataclass
class _Draft:
    kind: SectionKind
    title: str | None
    title_line: int | None
    score: int = 0
    summary: list[tuple[str, int]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    roles: list[str] | None = None
    header: list[str] | None = None
    open_entry: bool = False
    body: int | None = None
    """Indentation of the plain lines indented under the heading (an e-mail's layout)."""
    lead: Entry | None = None
    """The first of those lines when it is a sentence with no label: maybe the lead."""


def parse_text(
    text: str, *, locale: str | None = None, today: dt.date | None = None
) -> ImportResult:
    """Read a document from plain text, Markdown or a paste from Word, a wiki or a job board.

    Args:
        text: the document.
        locale: ``zh`` or ``en``; detected from the text when omitted.
        today: the date relative deadlines in goal sentences count from (default: today).

    Returns:
        The document, the leftovers and where each line went. Headings are classified into
        section kinds by meaning; an unrecognised heading becomes a ``custom`` section with its
        title, and a second heading of the same kind becomes a ``custom`` section too.

    """
    language = (locale or detect_language(text))[:2].lower()
    return build_document(read_outline(text), language, today)


def build_document(lines: list[Line], language: str, today: dt.date | None) -> ImportResult:
    """Sections, items and meta from lines whose outline is decided (text or Word)."""
    builder = _Builder(language, today)
    builder.records.following = {a.number: b for a, b in itertools.pairwise(lines)}
    for line in lines:
        builder.add(line)
    return builder.finish()


class _Builder:
    def __init__(self, language: str, today: dt.date | None) -> None:
        self.language = language
        self.today = today
        self.title: tuple[str, int] | None = None
        self.lead: list[tuple[str, int]] = []
        self.meta: dict[str, Any] = {}
        self.drafts: list[_Draft] = []
        self.leftovers: list[str] = []
        self.notes: list[str] = []
        self.lines: list[Line] = []
        self.where: dict[int, str] = {}
        self.values: dict[int, tuple[str, ...]] = {}
        self.by_number: dict[int, Line] = {}
        self.previous: Line | None = None
        """The last line that was not blank or a table rule (a row continues its table)."""
        self.kinds: set[SectionKind] = set()
        self.objective: tuple[str, int] | None = None
        self.objective_entries: dict[int, list[Entry]] = {}
        self.records = Records({})
        """The item being read as a record (a line with labelled lines under it)."""
        self.goal_at: dict[int, tuple[int, int]] = {}
        """Section and item index of the first goal made from an entry (by the entry's id)."""

    # -- reading --------------------------------------------------------------------------

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self.by_number[line.number] = line
        previous = self.previous
        if line.kind not in {"blank", "rule"}:
            self.previous = line
        self.read(line, previous)

    def read(self, line: Line, previous: Line | None) -> None:
        if line.kind == "blank":
            self.records.end()
            return
        if line.kind in {"noise", "rule"}:
            if line.kind == "noise":
                self.leftover(line, line.raw.strip())
            else:
                self.where[line.number] = "markup"
            return
        draft = self.drafts[-1] if self.drafts else None
        if draft is not None and self.in_record(line, draft):
            return
        if line.kind == "title":
            self.title = (line.text, line.number)
        elif line.kind in {"objective", "keyresult"}:
            self.okr(line, draft)
        elif self.fact(line, draft):
            return
        elif line.kind == "heading":
            self.heading(line, draft)
        elif line.kind == "row":
            self.row(line, draft, previous)
        elif draft is None:
            self.before_sections(line)
        elif line.kind == "item":
            self.item(line, draft)
        elif not self.indented(line, draft):
            self.paragraph(line, draft)

    def in_record(self, line: Line, draft: _Draft) -> bool:
        """A line of a record (see :mod:`._records`): an item, or one of its details."""
        above = self.lines[-2] if len(self.lines) > 1 else None
        entry = self.records.take(line, above, draft.kind)
        if entry is None:
            return False
        if not draft.entries or draft.entries[-1] is not entry:
            draft.entries.append(entry)
        draft.open_entry = True
        return True

    def leftover(self, line: Line, text: str) -> None:
        self.leftovers.append(text)
        self.where[line.number] = "leftovers"

    def fact(self, line: Line, draft: _Draft | None) -> bool:
        """Header facts before the first section, dates of the page anywhere."""
        labelled = (
            line.kind == "heading" and bool(line.rest) and draft is None
        )  # 【岗位名称】活动运营
        header_item = line.kind == "item" and draft is None  # "- **岗位**：客服"
        if line.kind not in {"text", "row"} and not header_item and not labelled:
            return False
        cells = [c for c in line.cells if c] if line.kind == "row" else [line.text]
        if line.kind == "row" and draft is None and len(cells) == 2 and not read_fact(cells[0]):
            paired = f"{cells[0].rstrip(':： ')}：{cells[1]}"  # a label | value table
            cells = [paired] if read_fact(paired) else cells
        if labelled:
            cells = [f"{line.text}：{line.rest}"]
        facts = [read_fact(cell) for cell in cells]
        if not all(facts) or (
            draft is not None and any(f[0] not in DATE_FIELDS for f in facts if f)
        ):
            if draft is None and line.kind == "text" and (found := byline(line.text)):
                self.meta.setdefault("organization", found[0])
                line.kept = [found[0], found[1]]
                self.where[line.number] = "$.meta"
                places, read, left = byline_places(found[1])
                if read is not None and "locations" not in self.meta:
                    self.meta.update(places)
                    self.values[line.number] = (read,)
                    line.kept = [found[0], read, *left]
                else:
                    left = [found[1]]
                self.leftovers.extend(left)
                return True
            return False
        kept: list[str] = []
        for name, value, label in (f for f in facts if f):
            if not name or (name in self.meta and name != "authors"):
                self.leftovers.append(value)
            elif name in DATE_FIELDS:
                self.meta[name] = read_date(value)
                self.values[line.number] = (*self.values.get(line.number, ()), value)
            elif name in POSTING_FIELDS:
                self.meta.update(posting_fact(name, value, label) or {})
                self.values[line.number] = (*self.values.get(line.number, ()), value)
            elif name == "authors":
                self.meta.setdefault("authors", []).extend(_names(value))
            else:
                self.meta[name] = value
            kept.append(value)
        line.kept = kept
        self.where[line.number] = "$.meta"
        return True

    def before_sections(self, line: Line) -> None:
        if not self.lead and _OVERVIEW.fullmatch(line.text):
            self.label_of_lead(line)
        elif _JOB_FACTS.fullmatch(line.text):
            self.where[line.number] = "markup"  # the facts below are read as facts
        elif not self.lead and (label := _LEAD_LABEL.fullmatch(line.text)):
            line.kept = [label.group("text")]  # the label is structure, like a heading's
            self.lead.append((label.group("text"), line.number))
        elif not self.posting_line(line):
            self.lead.append((line.text, line.number))

    def posting_line(self, line: Line) -> bool:
        """A header line that is only an employment type or salary: ``Full-time``, ``$90,000``."""
        first, *others = re.split(
            r"(?<!\s)\s+[·•|]\s+", line.text
        )  # "Full-time · Mid-Senior level"
        employment = read_employment(first)
        salary = None if employment else read_salary(line.text)
        field, value = ("employment_type", employment) if employment else ("salary", salary)
        if value is None or field in self.meta:
            return False
        self.meta[field] = value
        self.where[line.number] = "$.meta"
        self.values[line.number] = (first if employment else line.text,)
        if employment:
            self.leftovers.extend(others)
            line.kept = [first, *others]
        return True

    def label_of_lead(self, line: Line) -> None:
        """A label such as "About the role" or "岗位概述" before the lead: kept in the leftovers."""
        self.leftover(line, line.raw.strip())
        self.notes.append(f"line {line.number}: '{line.text}' read as the label of the summary")

    def section(self, kind: SectionKind, title: str | None, line: Line, score: int) -> _Draft:
        draft = _Draft(kind, title, line.number if title is not None else None, score)
        self.drafts.append(draft)
        self.kinds.add(kind)
        return draft

    def heading(self, line: Line, draft: _Draft | None) -> None:
        if not self.drafts and _OVERVIEW.fullmatch(line.text) and not line.rest:
            self.label_of_lead(line)  # "## About the role" before any section
            return
        if not self.drafts and _JOB_FACTS.fullmatch(line.text) and not line.rest:
            self.where[line.number] = (
                "markup"  # "**岗位基本信息**": the facts below are read as facts
            )
            return
        if draft is not None and line.level > 1:
            self.subheading(line, draft)
            return
        kind = line.section or SectionKind.CUSTOM
        title = line.text
        self.objective = None
        if kind is not SectionKind.CUSTOM and draft is not None and draft.kind is kind:
            # "岗位要求" then "加分项": the same kind right after, merged into one section
            self.notes.append(f"line {line.number}: merged into the '{kind}' section above")
            draft.summary.append((title, line.number))
            if line.rest:
                self.paragraph(_rest(line), draft)
            draft.open_entry = False
            return
        if kind is not SectionKind.CUSTOM and kind in self.kinds:
            self.notes.append(f"line {line.number}: a second '{kind}' section is kept as custom")
            kind = SectionKind.CUSTOM
        if kind is SectionKind.CUSTOM:
            self.notes.append(f"line {line.number}: '{title}' kept as a custom section")
        draft = self.section(kind, title, line, line.score)
        if line.rest:  # "岗位职责：负责拉新、促活和留存" — the text after the label
            self.paragraph(_rest(line), draft)

    def subheading(self, line: Line, draft: _Draft) -> None:
        grouping = draft.kind is SectionKind.METRICS or (
            draft.kind is SectionKind.GOALS and parse_goal(line.text, today=self.today).goal is None
        )
        if line.lists and grouping:
            # a group of goals or KPIs: its heading is kept in the summary, its items stay items
            draft.summary.append((line.text, line.number))
            draft.open_entry = False
            if line.rest:
                self.paragraph(_rest(line), draft)
            return
        entry = Entry(line.text, line.rest, lines=[line.number])
        draft.entries.append(entry)
        draft.open_entry = True

    def okr(self, line: Line, draft: _Draft | None) -> None:
        if draft is None or draft.kind is not SectionKind.GOALS:
            if SectionKind.GOALS in self.kinds:  # OKRs after the goals section: kept as custom
                if line.kind == "objective":
                    self.objective = None
                    self.notes.append(f"line {line.number}: an objective after the goals section")
                    self.section(SectionKind.CUSTOM, line.raw.strip(), line, 0)
                    line.kept = [line.raw.strip()]
                elif draft is not None:
                    self.item(line, draft)
                else:
                    self.before_sections(line)
                return
            draft = self.section(SectionKind.GOALS, None, line, 0)
        draft.open_entry = False
        if line.kind == "objective":
            self.objective = (line.text, line.number)
            self.objective_entries[line.number] = []
            return
        entry = Entry(line.text, lines=[line.number])
        self.attach(entry)
        draft.entries.append(entry)

    def attach(self, entry: Entry) -> None:
        if self.objective is not None:
            entry.objective = self.objective[0]
            self.objective_entries[self.objective[1]].append(entry)

    def row(self, line: Line, draft: _Draft | None, previous: Line | None) -> None:
        new_table = previous is None or previous.kind != "row" or previous.style != line.style
        if draft is not None and draft.entries and (line.level > 0 or draft.open_entry):
            # a table inside a list item, or under a sub-heading: it belongs to that item
            draft.entries[-1].subitems.append(line.text)
            draft.entries[-1].lines.append(line.number)
            return
        roles = column_roles(line.cells) if new_table else []
        kpi_section = is_kpi_table(roles) and SectionKind.METRICS not in self.kinds
        if draft is None and not (new_table and kpi_section):
            self.lead.append((line.text, line.number))  # a table before any heading
            return
        if new_table:
            if draft is None:
                draft = self.section(SectionKind.METRICS, None, line, 0)
            elif (
                is_kpi_table(roles)
                and draft.kind not in {SectionKind.METRICS, SectionKind.GOALS}
                and SectionKind.METRICS not in self.kinds
                and draft.score < 5
                and not draft.entries
            ):
                self.notes.append(
                    f"line {line.number}: a KPI table: the section is read as metrics"
                )
                draft.kind = SectionKind.METRICS
                self.kinds.add(draft.kind)
            draft.header, draft.roles = line.cells, roles
            line.kept = [c for c in line.cells if c]
            self.where[line.number] = "header"
            return
        assert draft is not None
        self.table_entry(line, draft)

    def table_entry(self, line: Line, draft: _Draft) -> None:
        header, roles = draft.header or [], draft.roles or []
        cells = line.cells
        kpi = KpiRow(name="")
        head = ""
        for index, cell in enumerate(cells):
            role = roles[index] if index < len(roles) else ""
            name = header[index] if index < len(header) else ""
            if not cell or role == "index":
                continue
            if role in {"name", "statement"} and not head:
                head = cell
            elif role:
                kpi.cells[role], kpi.headers[role] = cell, name
            else:
                kpi.extra.append((name, cell))
        head = head or next((c for c in cells if c), line.text)
        kpi.name = head
        line.kept = [
            c for i, c in enumerate(cells) if c and not (i < len(roles) and roles[i] == "index")
        ]
        if draft.kind is SectionKind.GOALS:
            okr = re.match(
                r"^(?:KR\s*\d{1,2}(?:\.\d{1,2})?|关键结果\s*\d{0,2})\s*[：:.]\s*", head, re.I
            )
            if okr:
                head = head[okr.end() :]
                line.kept = [head, *line.kept[1:]]
            others = " | ".join(line.kept[1:])  # kept whole if the row is no goal
            entry = Entry(head, others, sep=" | ", lines=[line.number], kpi=kpi)
            self.attach(entry)
        elif draft.kind is SectionKind.METRICS and (kpi.cells or kpi.extra):
            entry = Entry(head, lines=[line.number], kpi=kpi)
        else:
            joiner = "：" if self.language == "zh" else ": "
            columns = [(kpi.headers[role], cell) for role, cell in kpi.cells.items()] + kpi.extra
            pairs = [f"{name}{joiner}{cell}" if name else cell for name, cell in columns]
            text = ("；" if self.language == "zh" else "; ").join(pairs)
            entry = Entry(head, text, sep=joiner, lines=[line.number])
        draft.entries.append(entry)
        draft.open_entry = False

    def item(self, line: Line, draft: _Draft) -> None:
        if line.level > 0 and draft.entries and not draft.entries[-1].enumerated:
            draft.entries[-1].subitems.append(line.text)
            draft.entries[-1].lines.append(line.number)
            return
        if draft.open_entry and draft.entries:
            draft.entries[-1].subitems.append(line.text)
            draft.entries[-1].lines.append(line.number)
            return
        draft.entries.append(self.entry(line, draft.kind))

    def entry(self, line: Line, kind: SectionKind, text: str | None = None) -> Entry:
        """``head：text`` split into the item's name and description where the kind has both.

        ``text`` is the part of the line to read (the text after a heading's label).
        """
        whole = line.text if text is None else text
        match = _LABEL.match(whole)
        if match and kind in _SPLIT_LABEL and not _not_a_label(match):
            head, body = match.group("head").strip(), match.group("text").strip()
            entry = Entry(head, body, sep=match.group("sep"), lines=[line.number])
            line.kept = (
                [*line.pieces[: line.pieces.index(whole)], head, body]
                if whole in line.pieces
                else [head, body]
            )
        else:
            entry = Entry(whole, lines=[line.number])
        if kind is SectionKind.GOALS:
            self.attach(entry)
        return entry

    def indented(self, line: Line, draft: _Draft) -> bool:
        """Plain lines indented under their heading: items, and the deeper ones sub-items.

        ``1. Responsibilities`` over lines indented by three spaces, each an item with its
        details indented further (``Owner: Zhao Ting``): the layout of e-mails and plain-text
        job descriptions. The first line is kept as the lead when it is a sentence without a
        label and later items have sub-items while it has none (see :meth:`finish_section`).
        """
        heading = self.by_number.get(draft.title_line) if draft.title_line else None
        if line.kind != "text" or heading is None or line.indent <= heading.indent:
            return False
        if draft.body is None or (line.indent <= draft.body and not draft.entries):
            draft.body = line.indent
        if line.indent > draft.body and draft.entries:
            draft.entries[-1].subitems.append(line.text)
            draft.entries[-1].lines.append(line.number)
            return True
        entry = self.entry(line, draft.kind)
        if not draft.entries and not draft.summary and _LABEL.match(line.text) is None:
            draft.lead = entry
        draft.entries.append(entry)
        draft.open_entry = False
        return True

    def paragraph(self, line: Line, draft: _Draft) -> None:
        if draft.open_entry and draft.entries:
            entry = draft.entries[-1]
            entry.text = "；".join(p for p in (entry.text, line.text) if p)
            entry.lines.append(line.number)
            return
        draft.summary.append((line.text, line.number))
        if not draft.entries and draft.kind is not SectionKind.GOALS:
            for item in _enumeration(line.text, self.language):
                draft.entries.append(Entry(item, lines=[line.number], enumerated=True))

    # -- building -------------------------------------------------------------------------

    def finish(self) -> ImportResult:
        # the KPIs first: details elsewhere (a practice's metric) name them
        drafts = sorted(enumerate(self.drafts), key=lambda d: d[1].kind is not SectionKind.METRICS)
        finished: dict[int, Any] = {}
        kpis: Mapping[str, str] = {}
        for index, draft in drafts:
            finished[index] = self.finish_section(draft, index, kpis)
            if isinstance(finished[index], MetricsSection):
                kpis = kpi_keys(
                    m for s in finished.values() if isinstance(s, MetricsSection) for m in s.items
                )
        sections: list[Any] = [finished[index] for index in range(len(self.drafts))]
        self.place_objectives(sections)
        link_goals(sections, self.notes)
        title = self.title[0] if self.title else None
        meta_fields: dict[str, Any] = {
            "title": title or ("未命名文档" if self.language == "zh" else "Untitled document"),
            "language": "zh-Hans" if self.language == "zh" else self.language,
            **self.meta,
        }
        if self.lead:
            meta_fields["summary"] = "\n".join(text for text, _ in self.lead)
        meta = Meta(**meta_fields)
        if self.title:
            self.where[self.title[1]] = "$.meta.title"
        for _, number in self.lead:
            self.where[number] = "$.meta.summary"
        document = Document(meta=meta, sections=sections)
        records = [
            LineRecord(
                line.number,
                line.raw,
                marker_of(line.raw, line.pieces) if line.kind != "blank" else "",
                self.where.get(line.number, ""),
                self.values.get(line.number, ()),
            )
            for line in self.lines
        ]
        return ImportResult(document, self.language, self.leftovers, self.notes, records)

    def finish_section(self, draft: _Draft, index: int, kpis: Mapping[str, str]) -> Any:
        if any(not e.enumerated for e in draft.entries):  # real items beat an enumeration
            draft.entries = [e for e in draft.entries if not e.enumerated]
        lead = draft.lead
        if lead is not None and not lead.subitems and any(e.subitems for e in draft.entries):
            draft.entries.remove(lead)  # the lead paragraph of items that have details
            draft.summary.insert(0, (lead.whole, lead.lines[0]))
        lone = draft.kind is SectionKind.GOALS and len(draft.summary) >= 1
        if not draft.entries and (len(draft.summary) >= 2 or lone):
            # one statement per line, as pasted bullets lose their markers
            draft.entries = [
                self.entry(self.by_number[n], draft.kind, text) for text, n in draft.summary
            ]
            draft.summary = []
        built = build_items(draft.kind, draft.entries, today=self.today, kpis=kpis)
        self.notes.extend(built.notes)
        summary_parts = [text for text, _ in draft.summary]
        for entry in built.rejected:
            summary_parts.extend([entry.whole, *entry.subitems])
            if entry.objective is None or entry.kpi is None:
                self.notes.append(
                    f"line {entry.lines[0]}: kept in the section summary: it could not be "
                    "read as an item of this section"
                )
        fields: dict[str, Any] = {"items": built.items}
        if summary_parts:
            fields["summary"] = "\n".join(summary_parts)
        if draft.title is not None:
            fields["title"] = draft.title  # the author's wording
        if draft.kind is SectionKind.CUSTOM and not draft.title:
            fields["title"] = "—"
        self.record(draft, built, index, "title" in fields)
        return SECTION_CLASSES[draft.kind](kind=draft.kind, **fields)

    def record(self, draft: _Draft, built: Built, index: int, titled: bool) -> None:
        """Where the lines of a section went, the pieces they were split into, typed cells."""
        base = f"$.sections[{index}]"
        if draft.title_line is not None:
            body_lines = {n for _, n in draft.summary} | {
                n for entry in draft.entries for n in entry.lines
            }
            whole = draft.title_line in body_lines or not titled
            self.where[draft.title_line] = base if whole else f"{base}.title"
        for _, number in draft.summary:
            self.where.setdefault(number, f"{base}.summary")
        for entry in built.rejected:
            for number in entry.lines:
                self.where[number] = f"{base}.summary"
        for entry, indexes in built.placed:
            where = f"{base}.items[{indexes[0]}]" if len(indexes) == 1 else f"{base}.items"
            for number in entry.lines:
                self.where.setdefault(number, where)
            self.cut_details(entry)
            if entry.pieces and len(entry.lines) == 1:  # one line, several goals
                line = self.by_number[entry.lines[0]]
                kept = line.pieces
                before = kept[: kept.index(entry.whole)] if entry.whole in kept else []
                line.kept = [*before, *entry.pieces]
            if entry.kpi is not None and draft.kind is SectionKind.METRICS:
                typed = ("baseline", "target", "frequency")
                cells = tuple(entry.kpi.cells[r] for r in typed if r in entry.kpi.cells)
                self.values[entry.lines[0]] = cells
            if draft.kind is SectionKind.GOALS and indexes:
                self.goal_at[id(entry)] = (index, indexes[0])

    def cut_details(self, entry: Entry) -> None:
        """The labels of the details read into fields are markers; typed values are values."""
        for detail in entry.details:
            label = _LABEL.match(detail.written)
            written = [detail.written] if label is None else [detail.written, label.group("text")]
            cut = next(
                (
                    number
                    for candidate in written  # the whole part first, in any line
                    for number in entry.lines
                    if _cut(self.by_number[number], candidate, detail.kept)
                ),
                None,
            )
            if cut is not None and not detail.kept:
                self.where[cut] = "markup"  # a label line over the sub-items
            elif cut is not None and detail.typed is not None:
                self.values[cut] = (*self.values.get(cut, ()), detail.typed)

    def place_objectives(self, sections: list[Any]) -> None:
        """An objective's line goes where its first key result keeps it."""
        for number, entries in self.objective_entries.items():
            placed = next((self.goal_at[id(e)] for e in entries if id(e) in self.goal_at), None)
            if placed is not None:
                self.where[number] = f"$.sections[{placed[0]}].items[{placed[1]}].objective"
                continue
            goals = next((i for i, s in enumerate(sections) if isinstance(s, GoalsSection)), None)
            line = self.by_number[number]
            if goals is not None:  # an objective without key results: kept in the summary
                section = sections[goals]
                summary = "\n".join(p for p in (section.summary, line.text) if p)
                sections[goals] = section.model_copy(update={"summary": summary})
                self.where[number] = f"$.sections[{goals}].summary"


_CUT_BEFORE = " \t（(；;:："
_CUT_AFTER = " \t）)；;:："


def _not_a_label(match: re.Match[str]) -> bool:
    """``https://…``, ``mailto:…``, ``9:00``, ``1:3``: a colon that separates no label.

    A word before a colon is a URL's scheme only when nothing spaces the colon out
    (``Newsletter: Curate …`` and ``Newsletter：…`` are labels).
    """
    head, sep, text = match.group("head"), match.group("sep"), match.group("text")
    if head[-1:].isdigit() and text[:1].isdigit():
        return True
    return sep == ":" and _URLISH.fullmatch(head) is not None


def _cut(line: Line, written: str, kept: list[str]) -> bool:
    """Cut ``written`` out of the line's kept pieces, keeping the parts of it in ``kept``.

    What is left of ``written`` (its label, the separators of a list) and the brackets and
    ``；`` around it become the line's marker. ``written`` may span pieces (``Next step`` and
    ``Draft the plan`` of ``Next step: Draft the plan``) or be a table cell's value alone.
    A line whose text is ``written`` and nothing is kept (a label over a list) is left as it is.
    """
    raw, pieces = line.raw, line.pieces
    if not kept:
        return line.text == written
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        at = raw.find(piece, spans[-1][1] if spans else 0)
        if at < 0:  # markup inside a piece (**bold**): cut within one piece
            return _cut_piece(line, written, kept)
        spans.append((at, at + len(piece)))
    a = raw.find(written, spans[0][0] if spans else 0)
    if a < 0:
        return False
    b = a + len(written)
    out: list[tuple[int, str]] = []
    for s, e in spans:
        if e <= a or s >= b:
            out.append((s, raw[s:e]))
            continue
        if s < a:
            out.append((s, raw[s:a].rstrip(_CUT_BEFORE)))
        if e > b:
            out.append((b, raw[b:e].lstrip(_CUT_AFTER)))
    position = a
    for part in kept:
        at = raw.find(part, position, b)
        if at >= 0:
            out.append((at, part))
            position = at + len(part)
    line.kept = [text for _, text in sorted(out, key=lambda pair: pair[0]) if text]
    return True


def _cut_piece(line: Line, written: str, kept: list[str]) -> bool:
    """:func:`_cut` within the one piece that holds the written part."""
    pieces = line.pieces
    for index, piece in enumerate(pieces):
        at = piece.find(written)
        if at >= 0:
            before = piece[:at].rstrip(_CUT_BEFORE)
            after = piece[at + len(written) :].lstrip(_CUT_AFTER)
            parts = [p for p in (before, *kept, after) if p]
            line.kept = [*pieces[:index], *parts, *pieces[index + 1 :]]
            return True
    return False


def _rest(line: Line) -> Line:
    """The text after a heading's label, as a line of its own (same number)."""
    return Line(line.number, line.raw, "text", line.rest)


def _enumeration(text: str, language: str) -> list[str]:
    found = min(
        (match for match in (_first_list(text, *shapes) for shapes in _ENUMERATIONS) if match),
        key=lambda match: match.start(),
        default=None,
    )
    if found is None:
        return []
    return _list_items(found.group("list"), language)


def _first_list(
    text: str, lead: re.Pattern[str], shape: re.Pattern[str], stop: re.Pattern[str]
) -> re.Match[str] | None:
    """The first list introduced by a lead word (包括, such as), in linear time.

    When no list follows one lead word, none follows a later lead word before the same stop
    (its list would be a tail of the same text), so the search goes on after that stop
    instead of rescanning the text from each lead word.
    """
    start = 0
    while (lead_word := lead.search(text, start)) is not None:
        match = shape.match(text, lead_word.start())
        if match is not None:
            return match
        end = stop.search(text, lead_word.end())
        start = end.end() if end else len(text)
    return None


def _list_items(found: str, language: str) -> list[str]:
    """The items of an enumeration, when it has at least two short ones (at most 12)."""
    splitter = _SPLIT_ZH if language == "zh" else _SPLIT_EN
    parts = [part.strip(" 等etc.").strip() for part in splitter.split(found)]
    return [part for part in parts if part and len(part) <= 40][:12] if len(parts) > 1 else []
