"""Labelled details of an imported item read into the item's fields.

The renderers print an item as its kind's :class:`~opscontent.model.Shape` lays it out: a
head, a text, then labelled details (``负责人：王晓明``, ``Cadence: weekly``) — in brackets after
the text (``（频率：每周；负责人：用户运营组）``), as lines under the item (``- 负责人：王晓明``),
or as the cells of a table row, which the importer joins as ``列名：值``. People write items the
same way. A part is a detail when its label names a field of the item — the field's name, the
label the renderers print in any built-in language (``opscontent.i18n.labels.field_labels``),
or a usual synonym (:data:`opscontent.importers._labelled.SYNONYMS`) — and its value reads as
that field's type:

- a text as written; a list split at the separators the renderers join lists with (``、``;
  ``, `` and ``and``);
- an enumerated value from its label or alias (``每周`` → ``weekly``, ``执行与监控`` →
  ``execution_monitoring``); a value no alias names stays text, never a guess;
- a KPI named by its name (``指标：首月动销率``) its key, when the document has that KPI;
- a date, a duration (``24小时``), a time node (``5天内``, ``by January 8, 2027``, ``每周``, else
  its note), a project's period, a KPI's baseline and target in its unit;
- a dated line under a project (``2027年2月10日：灰度上线（负责人：…）``) a milestone.

An enumerated head is read the same way: ``学历：本科及以上`` is an education requirement
whose description is ``本科及以上``. Table columns that join two fields (a workflow step
``name：description``, a KPI ``name（scope）``) are split back.

Every part taken is a :class:`Detail` that says where it was written, so the line records
keep the label as a marker and the value where it went.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel

from opscontent.importers._facts import read_date
from opscontent.importers._items import _split
from opscontent.importers._labelled import _labels, _lookup
from opscontent.importers._links import kpi_key
from opscontent.importers._tables import KpiRow, kpi_metric, read_amount
from opscontent.importers._text_fields import Kind, field_kinds
from opscontent.model import (
    KINDS,
    Aspect,
    Cadence,
    Duration,
    Milestone,
    SectionKind,
    TimeNode,
    TimeUnit,
)
from opscontent.model.types import IDENTIFIER

if TYPE_CHECKING:
    from opscontent.importers._items import Entry

__all__ = ["Detail", "Details", "read_details"]

_LABELLED = re.compile(
    r"(?P<label>[^\W\d_][^:：。.!?！？()（）]{0,29}?)\s*[:：]\s*(?P<value>\S.*)", re.S
)
_SEPARATOR = re.compile(r"(；|;\s+)")
_DATED = re.compile(r"(?P<date>[^:：]{6,30}?)\s*[:：]\s*(?P<rest>\S.*)", re.S)
_JOINED: Mapping[str, tuple[str, str, str]] = {
    "step": ("name", "description", "colon"),
    "metric": ("name", "scope", "bracket"),
}
"""Table columns that show two fields (see ``_CELLS`` in ``render/view.py``): the fields, and
how the second is written after the first."""
_ROW = re.compile(r"\t|^\s*\|")
"""A table row joined to an item's text: cells between tabs (Word) or pipes."""
_LIST_ZH = re.compile(r"、")
_LIST_EN = re.compile(r",\s+(?:and\s+|or\s+)?|\s+and\s+")
_PERIOD = re.compile(r"\s*(?:至|到|–|—|-|~|～|to)\s*")
_CLOSING = "）)"
_OPENING = "（("


@dataclass
class Detail:
    """A labelled part of an item read into a field."""

    written: str
    """The part as written (``频率：每周``); a table cell's value alone."""
    name: str
    """The field it went to."""
    value: Any
    """The value read (a text, a list, an enumerated member, a date, a model)."""
    kept: list[str]
    """The parts of the written value the document keeps as text (list entries split)."""
    typed: str | None = None
    """The value as written when it was read into a typed value (``每周``), else ``None``."""


@dataclass
class Details:
    """What :func:`read_details` took out of an entry."""

    fields: dict[str, Any] = field(default_factory=dict)
    """Field name → value, for the item."""
    found: list[Detail] = field(default_factory=list)
    """Every part taken, in the order found."""


def read_details(kind: SectionKind, entry: Entry, kpis: Mapping[str, str] | None = None) -> Details:
    """Take the labelled details out of ``entry`` (changed in place) and read their values.

    ``entry`` keeps what is not a detail: its head, its own text, its other sub-items.
    ``kpis`` are the document's KPI keys by name (:func:`~._links.kpi_keys`): a detail that
    names one of them is read as its key.
    """
    spec = KINDS[kind]
    model = spec.item_model
    details = Details()
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return details  # custom sections: plain texts
    entry.written = (entry.head, entry.text, list(entry.subitems))
    labels = _labels(model)
    _rejoin(entry, labels)
    reader = _Reader(model, labels, spec.shape.head, spec.shape.text, details)
    reader.kpis = kpis or {}
    reader.text_free = not entry.text
    if entry.kpi is not None:
        reader.kpi(entry)
    head_only = not entry.text
    entry.text = reader.text(entry.text)
    if head_only or kind in {SectionKind.GOALS, SectionKind.REQUIREMENTS}:
        entry.head = reader.text(entry.head, group_only=True)
    rows = [s for s in entry.subitems if _ROW.search(s)]
    table = reader.table(rows) if rows else False
    entry.subitems = [
        s
        for s in entry.subitems
        if not ((table and s in rows) or reader.subitem(s) or reader.milestone(s))
        and not reader.list_label(s)
    ]
    reader.enum_head(entry)
    if kind is SectionKind.REQUIREMENTS:
        reader.preferred(entry)
    reader.labelled_head(entry)
    head, text = spec.shape.head, spec.shape.text
    if head is not None and isinstance(details.fields.get(head), str) and not entry.head:
        entry.head = details.fields.pop(head)
    if text is not None and isinstance(details.fields.get(text), str) and not entry.text:
        entry.text = details.fields.pop(text)  # the entry's text: sub-items left join it
    return details


def _rejoin(entry: Entry, labels: Mapping[str, str]) -> None:
    """``获客成本（范围：…；…）`` split at its first colon, inside the bracket: whole again."""
    opened = re.search(r"[(（](?P<label>[^()（）:：]{1,30})$", entry.head)
    if entry.text and opened is not None and _field(labels, opened["label"]) is not None:
        entry.head, entry.text = f"{entry.head}{entry.sep}{entry.text}", ""


def _field(labels: Mapping[str, str], label: str) -> str | None:
    """The field (or joined table column) a label names."""
    key = label.casefold().strip()
    for column, (first, _, _) in _JOINED.items():
        usable = column not in labels.values() and first in labels.values()
        if usable and key in _column_labels(column):
            return column
    return _lookup(labels, label)


@functools.cache
def _column_labels(column: str) -> frozenset[str]:
    from opscontent.i18n import language  # noqa: PLC0415 - labels only when an item needs them
    from opscontent.i18n.labels import FIELD_LABELS, field_labels  # noqa: PLC0415

    names = {column, FIELD_LABELS.get(column, column)}
    names |= {field_labels(language(tag)).get(column, column) for tag in ("zh", "en")}
    return frozenset(n.casefold() for n in names)


@functools.cache
def _translated(msgid: str) -> tuple[str, ...]:
    """A message in every built-in language (``within {duration}``, ``{duration}内``)."""
    from opscontent.i18n import language  # noqa: PLC0415

    return tuple(dict.fromkeys(language(tag).gettext(msgid) for tag in ("en", "zh")))


def _around(msgid: str, text: str, name: str) -> str | None:
    """The ``{name}`` of ``text`` when it is ``msgid`` in a built-in language, else ``None``."""
    for pattern in _translated(msgid):
        before, _, after = pattern.partition("{" + name + "}")
        if text.startswith(before) and text.endswith(after) and len(text) > len(before + after):
            return text[len(before) : len(text) - len(after)].strip()
    return None


def _split_list(value: str) -> list[str]:
    """A list as the renderers join it: ``A、B`` / ``A, B, and C`` / ``A and B``."""
    pattern = _LIST_ZH if "、" in value else _LIST_EN
    return _split(pattern, value)


def _member(annotation: Any, value: str) -> Enum | None:
    """The member of the enumeration in ``annotation`` that ``value`` names, else ``None``."""
    for candidate in (annotation, *get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, Enum):
            for name in dict.fromkeys((value.strip(), value.strip().lower())):
                try:
                    return candidate(name)
                except ValueError:
                    continue
            return None
    return None


class _Reader:
    """Reads the parts of one entry, collecting what it takes in ``details``."""

    def __init__(
        self,
        model: type[BaseModel],
        labels: Mapping[str, str],
        head: str | None,
        text: str | None,
        details: Details,
    ) -> None:
        self.model = model
        self.labels = labels
        self.head = head
        self.own_text = text
        self.details = details
        self.kinds = field_kinds(model)
        self.text_free = True
        """Whether the entry has no text of its own (a detail may then fill the text field)."""
        self.kpis: Mapping[str, str] = {}
        """The document's KPI keys by name: a ``metric`` detail names one of them."""

    # -- where details are written ----------------------------------------------------------

    def text(self, value: str, *, group_only: bool = False) -> str:
        """``value`` without its details: a labelled bracket at its end, ``；``-joined parts.

        ``；`` (or ``; ``) separates parts only before a label that names a field, or before a
        milestone's date; elsewhere it is the author's punctuation.
        """
        if not value:
            return value
        own, opening, group = self._group(value)
        if group:
            kept = [p for p in _parts(group, self.labels) if not self.take(p)]
            if kept:
                own = f"{own}{opening}{'；'.join(kept)}{_CLOSING[_OPENING.index(opening)]}"
        if group_only:
            return own
        pieces = _split_keeping(own)
        parts: list[list[str]] = [["", pieces[0]]]
        for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
            match = _LABELLED.fullmatch(part.strip())
            dated = _DATED.fullmatch(part.strip())
            if (
                (match and _field(self.labels, match["label"]))
                or (dated and read_date(dated["date"]))
                or _ROW.search(part)
            ):
                parts.append([sep, part])
            else:
                parts[-1][1] += sep + part
        rows = [p for _, p in parts if _ROW.search(p)]
        table = self.table(rows) if rows else False
        out: list[str] = []
        for sep, part in parts:
            if (table and part in rows) or self.subitem(part.strip()) or self.milestone(part):
                continue
            out.extend((sep, part) if out else (part,))
        return "".join(out).strip()

    def table(self, rows: list[str]) -> bool:
        """A table under an item whose first column names a list of models (milestones)."""
        cells = [_cells(row) for row in rows]
        cells = [row for row in cells if not all(re.fullmatch(r":?-+:?", c) for c in row if c)]
        target = next(
            (
                name
                for name, kind in self.kinds.items()
                if kind is Kind.MODELS and cells and _named(cells[0][0], name)
            ),
            None,
        )
        if target != "milestones" or len(cells) < 2 or target in self.details.fields:
            return False
        labels = _labels(Milestone)
        columns = ["name", *(_lookup(labels, c) or "" for c in cells[0][1:])]
        found: list[Milestone] = []
        for cells_of_row in cells[1:]:
            entry: dict[str, Any] = {
                c: v for c, v in zip(columns, cells_of_row, strict=False) if c and v
            }
            entry["date"] = read_date(entry.get("date", ""))
            try:
                found.append(Milestone.model_validate(entry))
            except ValueError:
                return False
        self.details.fields[target] = found
        header, *body = (r for r in rows if not re.fullmatch(r"[|:\-\s]+", r.strip()))
        self.details.found.append(Detail(header.strip(), target, [], []))
        for row, milestone in zip(body, found, strict=False):
            kept = [c for c in _cells(row) if c and read_date(c) is None]
            date = next((c for c in _cells(row) if read_date(c)), None)
            self.details.found.append(Detail(row.strip(), target, milestone, kept, date))
        return True

    def subitem(self, value: str) -> bool:
        """Whether a sub-item is a detail (taken)."""
        return _LABELLED.fullmatch(value.strip()) is not None and self.take(value.strip())

    def list_label(self, value: str) -> bool:
        """Whether a sub-item is the label the renderers print over a list (``启示：``)."""
        label = re.fullmatch(r"(?P<label>[^:：]{1,30}?)\s*[:：]", value.strip())
        if label is None or (name := _field(self.labels, label["label"])) is None:
            return False
        if self.kinds.get(name) not in {Kind.TEXTS, Kind.MODELS}:
            return False
        self.details.found.append(Detail(value.strip(), name, [], []))
        return True

    def _group(self, value: str) -> tuple[str, str, str]:
        """``text（a：…；b：…）``: the text, the opening bracket and the group.

        The group must open with a field's label; otherwise ``value`` is returned whole.
        """
        if not value.endswith(tuple(_CLOSING)):
            return value, "", ""
        depth = 0
        for index in range(len(value) - 1, -1, -1):
            char = value[index]
            depth += char in _CLOSING
            depth -= char in _OPENING
            if depth == 0:
                inner = value[index + 1 : -1]
                match = _LABELLED.match(inner.strip())
                if match is None or _field(self.labels, match["label"]) is None:
                    break
                return value[:index].rstrip(), value[index], inner
        return value, "", ""

    def kpi(self, entry: Entry) -> None:
        """A KPI table row: extra columns that name fields, labelled parts of the definition."""
        row = entry.kpi
        assert row is not None
        extra = []
        for header, cell in row.extra:
            name = _field(self.labels, header) if header else None
            if name is None or not self.take(cell, name=name, label=header):
                extra.append((header, cell))
        row.extra = extra
        if row.cells.get("definition"):
            row.cells["definition"] = self.text(row.cells["definition"])
        name = self.text(row.name, group_only=True)
        if name == row.name and (scope := _bracketed_end(name)) is not None:
            text, note = scope
            if self.take(note, name="scope", label="metric"):
                name = text
        row.name = entry.head = name

    # -- taking a part --------------------------------------------------------------------

    def take(self, part: str, *, name: str | None = None, label: str = "") -> bool:
        """Read ``part`` (``label：value``, or a value when ``name`` is given) into its field."""
        if name is None:
            match = _LABELLED.fullmatch(part)
            if match is None:
                return False
            label, value = match["label"], match["value"].strip()
            name = _field(self.labels, label)
            if name is None:
                return False
        else:
            value = part.strip()
        if name in _JOINED and name not in self.kinds:  # a table column, not the item's own field
            return self._joined(part, name, value)
        if name == self.head or name in self.details.fields:
            return False
        if name == self.own_text and not self.text_free:
            return False
        read = self.read(name, value)
        if read is None:
            return False
        self.details.fields.update(read[0])
        self.details.found.append(Detail(part, name, read[0], read[1], read[2]))
        return True

    def read(self, name: str, value: str) -> tuple[dict[str, Any], list[str], str | None] | None:
        """The fields ``value`` fills, the parts kept as text, and the typed value as written."""
        if name == "period" and "period" not in self.kinds:
            dates = _period(value)
            return ({"start": dates[0], "end": dates[1]}, [value], value) if dates else None
        kind = self.kinds.get(name)
        annotation = self.model.model_fields[name].annotation if kind else None
        if kind in {Kind.TEXT, Kind.PLAIN}:
            return {name: value}, [value], None
        if kind in {Kind.TEXTS, Kind.PLAINS}:
            entries = _split_list(value)
            return {name: entries}, entries, None
        if kind is Kind.MODEL:
            model = next(
                (a for a in (annotation, *get_args(annotation)) if isinstance(a, type)), None
            )
            found = _model_value(model, value) if model else None
            return ({name: found}, [value], value) if found is not None else None
        if kind is Kind.MODELS and name == "competitors":
            return {name: _competitors(value)}, [value], None
        if kind is Kind.VALUE and name == "metric" and _is_identifier(annotation):
            key = kpi_key(self.kpis, value)
            if key is not None:
                return {name: key}, [value], value
        if kind is Kind.VALUE:
            member = _member(annotation, value)
            if member is not None:
                return {name: member}, [value], value
            date = read_date(value) if "date" in str(annotation) else None
            if date is not None:
                return {name: date}, [value], value
            amount = read_amount(value) if name in {"baseline", "target"} else None
            if amount is not None:
                return {name: value}, [value], value  # read with the other cells of a KPI
        return None

    def _joined(self, part: str, column: str, value: str) -> bool:
        """A table cell of two fields: ``name：description``, ``name（scope）``."""
        first, second, how = _JOINED[column]
        if first in self.details.fields or first not in self.kinds:
            return False
        if how == "colon":
            match = re.fullmatch(r"(?P<a>[^:：]{1,80}?)\s*[:：]\s*(?P<b>\S.*)", value, re.S)
            pair = (match["a"], match["b"]) if match else (value, "")
        else:
            pair = _bracketed_end(value) or (value, "")
        fields = {first: pair[0], **({second: pair[1]} if pair[1] else {})}
        self.details.fields.update(fields)
        kept = [p for p in pair if p]
        self.details.found.append(Detail(part, first, fields, kept))
        return True

    # -- the head -------------------------------------------------------------------------

    def labelled_head(self, entry: Entry) -> None:
        """``Task: Product selection``: a head labelled with its own field's label."""
        if self.head is None or self.kinds.get(self.head) is not Kind.TEXT:
            return
        if entry.text and _field(self.labels, entry.head) == self.head:  # split at its label
            written, value = entry.whole, entry.text
            entry.text = ""
        elif (match := _LABELLED.fullmatch(entry.head)) and _field(
            self.labels, match["label"]
        ) == self.head:
            written, value = entry.head, match["value"].strip()
        else:
            return
        self.details.found.append(Detail(written, self.head, value, [value]))
        entry.head = value

    def preferred(self, entry: Entry) -> None:
        """``… (preferred)`` as the renderers mark a requirement that is not required."""
        inner = _around("{requirement} (preferred)", entry.whole, "requirement")
        if inner is not None:
            self.details.fields["required"] = False
            self.details.found.append(Detail(entry.whole, "required", False, [inner]))
            entry.head, entry.text = inner, ""

    def enum_head(self, entry: Entry) -> None:
        """An enumerated head (``学历：…``, a workflow table's stage column) read as its value."""
        enums = [
            n
            for n, k in self.kinds.items()
            if k is Kind.VALUE
            and n not in self.details.fields
            and _is_enum(self.model.model_fields[n].annotation)
        ]
        if not enums:
            return
        head_field = self.head if self.head in enums else None
        if head_field is not None:  # the kind's head is the enumerated value
            match = re.fullmatch(r"(?P<label>[^:：]{1,30}?)\s*[:：]\s*(?P<rest>\S.*)", entry.whole)
            label = match["label"] if match else entry.whole
            member = _member(self.model.model_fields[head_field].annotation, label)
            if member is None:
                return
            if match is not None:
                entry.head, entry.text, entry.sep = match["rest"], "", "："
            elif not entry.text:
                return  # the label alone: nothing left to describe
            else:
                entry.head, entry.text = entry.text, ""
            self.details.fields[head_field] = member
            self.details.found.append(Detail(label, head_field, member, [label], label))
            return
        if self.head is not None and self.head in self.details.fields:
            # the name came from a joined column: the head was another column (a stage)
            for name in enums:
                member = _member(self.model.model_fields[name].annotation, entry.head)
                if member is not None:
                    self.details.fields[name] = member
                    written = entry.head
                    self.details.found.append(Detail(written, name, member, [written], written))
                    entry.head = ""
                    return

    def milestone(self, part: str) -> bool:
        """Whether ``part`` is a dated line under a project (a milestone, taken)."""
        if "milestones" not in self.kinds:
            return False
        read = _milestone(part, _labels(Milestone))
        if read is None:
            return False
        milestone, kept, date = read
        self.details.fields.setdefault("milestones", []).append(milestone)
        self.details.found.append(Detail(part, "milestones", milestone, kept, date))
        return True


def _cells(row: str) -> list[str]:
    """A table row's cells: between pipes, or between tabs (a Word table's row)."""
    if "|" in row:
        return [c.strip() for c in row.strip().strip("|").split("|")]
    return [c.strip() for c in row.split("\t")]


def _named(label: str, name: str) -> bool:
    """Whether ``label`` names the list ``name`` or one of its entries (``里程碑``)."""
    key = label.casefold().strip()
    return key in _column_labels(name) or key in _column_labels(name.removesuffix("s"))


def _is_identifier(annotation: Any) -> bool:
    """Whether ``annotation`` is a key (:data:`~opscontent.model.types.Slug`), maybe optional."""
    return any(
        IDENTIFIER in getattr(a, "__metadata__", ()) for a in (annotation, *get_args(annotation))
    )


def _is_enum(annotation: Any) -> bool:
    return any(
        isinstance(a, type) and issubclass(a, Enum) for a in (annotation, *get_args(annotation))
    )


def _parts(group: str, labels: Mapping[str, str]) -> list[str]:
    """A bracket group's parts: split at ``；`` before each label that names a field."""
    pieces = _SEPARATOR.split(group)
    out = pieces[:1]
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        match = _LABELLED.fullmatch(part.strip())
        if match is not None and _field(labels, match["label"]) is not None:
            out.append(part)
        else:
            out[-1] += sep + part
    return [p.strip() for p in out if p.strip()]


def _bracketed_end(value: str) -> tuple[str, str] | None:
    """``name（note）`` as ``(name, note)``, else ``None``."""
    match = re.fullmatch(r"(?P<a>.+?)\s*[（(](?P<b>[^()（）]{1,80})[)）]", value, re.S)
    return (match["a"], match["b"]) if match else None


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """``2027年1月10日至4月30日`` / ``January 15 – April 30, 2027``: start and end."""
    halves = _PERIOD.split(value.strip(), maxsplit=1)
    if len(halves) != 2:
        return None
    start, end = halves
    year = re.search(r"\d{4}", start)
    end_year = re.search(r"\d{4}", end)
    end_date = read_date(end) or (read_date(f"{year[0]}年{end}") if year else None)
    start_date = read_date(start) or (read_date(f"{start}, {end_year[0]}") if end_year else None)
    if start_date is None or end_date is None or end_date < start_date:
        return None
    return start_date, end_date


def _model_value(model: type, value: str) -> BaseModel | None:
    """A duration (``24小时``) or a time node (``5天内``, ``by …``, ``每周``, else a note)."""
    if model is Duration:
        return _duration(value)
    if model is not TimeNode:
        return None
    if (inner := _around("within {duration}", value, "duration")) is not None:
        duration = _duration(inner)
        if duration is not None:
            return TimeNode(within=duration)
    if (inner := _around("by {date}", value, "date")) is not None and (date := read_date(inner)):
        return TimeNode(date=date)
    first, *rest = re.split(r"，|,\s+", value, maxsplit=1)  # "quarterly, within the first week"
    cadence = _member(Cadence, first)
    if isinstance(cadence, Cadence):
        return TimeNode(cadence=cadence, note=rest[0] if rest else None)
    said = {m for m in Cadence for label in _cadence_labels(m) if label in value.casefold()}
    if len(said) == 1:  # 每周二例会: the note says its cadence (the renderers print it once)
        return TimeNode(cadence=said.pop(), note=value)
    return TimeNode(note=value)


@functools.cache
def _cadence_labels(cadence: Cadence) -> tuple[str, ...]:
    from opscontent.i18n import language  # noqa: PLC0415
    from opscontent.i18n.labels import enum_label  # noqa: PLC0415

    return tuple(enum_label(cadence, language(tag)).casefold() for tag in ("zh", "en"))


def _duration(value: str) -> Duration | None:
    if re.fullmatch(r"[\d.,]+\s*[^\d\s]{1,8}", value.strip()) is None:
        return None  # a number and its unit, nothing else
    amount = read_amount(value)
    if amount is None or amount.time_unit is None or amount.value <= 0:
        return None
    scaled = amount.value
    unit = amount.time_unit
    if unit is TimeUnit.MINUTE and re.search(r"秒|sec|\ds\b", value):
        return None  # seconds have no time unit of their own
    return Duration(value=scaled, unit=unit)


def _competitors(value: str) -> list[dict[str, Any]]:
    """``竞品A（产品、推广）、竞品B（价格；首月1元）``: names, aspects and notes."""
    found = []
    for entry in _split_list(value):
        pair = _bracketed_end(entry)
        if pair is None:
            found.append({"name": entry})
            continue
        name, notes = pair
        first = re.split(r"；|;\s*", notes, maxsplit=1)[0]
        aspects = [_member(Aspect, a) for a in _split_list(first)]
        if aspects and all(aspects):
            item: dict[str, Any] = {"name": name, "aspects": aspects}
            remainder = notes[len(first) :].lstrip("；; ")
            if remainder:
                item["notes"] = remainder
        else:
            item = {"name": name, "notes": notes}
        found.append(item)
    return found


def _milestone(part: str, labels: Mapping[str, str]) -> tuple[Milestone, list[str], str] | None:
    """``2027年2月10日：灰度上线（负责人：…；交付物：…）`` read as a milestone.

    Returns the milestone, its texts as written and its date as written.
    """
    when = _DATED.fullmatch(part.strip())
    if when is None or (date := read_date(when["date"])) is None:
        return None
    entry: dict[str, Any] = {"date": date}
    rest = when["rest"]
    pair = _bracketed_end(rest)
    if pair is not None:
        parts = _parts(pair[1], labels)
        named = [(_LABELLED.fullmatch(p), p) for p in parts]
        if all(m is not None and _lookup(labels, m["label"]) for m, _ in named):
            rest = pair[0]
            for match, _ in named:
                assert match is not None
                entry[_lookup(labels, match["label"]) or ""] = match["value"].strip()
    entry["name"] = rest.strip()
    try:
        milestone = Milestone.model_validate(entry)
    except ValueError:
        return None
    kept = [v for k, v in entry.items() if k != "date"]
    return milestone, kept, when["date"]


def _split_keeping(text: str) -> list[str]:
    """``text`` split at ``；`` outside brackets, the separators kept between the parts."""
    masked = re.sub(r"[（(][^（()）]*[）)]", lambda m: "\0" * len(m.group()), text)
    out: list[str] = []
    start = 0
    for match in _SEPARATOR.finditer(masked):
        out.extend((text[start : match.start()], text[match.start() : match.end()]))
        start = match.end()
    out.append(text[start:])
    return out


def with_details(item: Any, details: Details, kind: SectionKind) -> Any:
    """``item`` with the fields its details give; a KPI's amounts are read in its unit.

    A field whose value the item does not accept is left out (its detail is dropped from
    :attr:`Details.found`, and its text is kept in the item's text field).
    """
    if not details.fields:
        return item
    fields = dict(details.fields)
    if kind is SectionKind.METRICS:
        cells = {k: fields.pop(k) for k in ("baseline", "target") if isinstance(fields.get(k), str)}
        if cells:
            metric, _ = kpi_metric(KpiRow(name=str(item.name), cells=cells), item.key, "：")
            for name in ("baseline", "target", "unit", "currency", "time_unit", "direction"):
                if (value := getattr(metric, name)) is not None:
                    fields[name] = value
    data = item.model_dump(exclude_none=True)
    for name, value in fields.items():
        current = data.get(name)
        data[name] = [*current, *value] if isinstance(current, list) and current else value
    model = type(item)
    try:
        return model.model_validate(data)
    except ValueError:
        pass
    data = item.model_dump(exclude_none=True)
    for name, value in fields.items():  # pragma: no cover - every value read is valid
        trial = {**data, name: value}
        try:
            model.model_validate(trial)
        except ValueError:
            details.found = [d for d in details.found if d.name != name]
            continue
        data = trial
    return model.model_validate(data)
