"""Reading a translated item by the fields of the item it translates.

The importer keeps what it cannot place where nothing is lost: labelled sub-items such as
``Owner: Wang Xiaoming`` or ``负责人：王晓明`` are joined to the item's text with ``；`` or kept
as sub-items, a KPI table's extra columns are joined to the definition with ``; ``, a table
under a project is joined to its text. A translation is read against the item it translates,
whose fields say what to look for:

- a part labelled with a field's name or label (``Owner``, ``Data source``, ``负责人``, the
  labels the renderers print, and the usual synonyms below) moves to that field; a list field
  takes the value split at its separators when the item it translates has several entries;
- a part that restates a value (``Cadence: weekly``, ``Due: July 31, 2027``, ``(daily)`` after a
  name, ``Collection:`` before the text of a data-collection stage) is not text: it is set aside
  as restated;
- a labelled part whose label names no field (``Budget: ¥50,000``) is extra;
- ``head: text`` that the importer kept whole is split when the item it translates has both;
- a pipe table under an item (a project's milestones) fills the list of models its first
  column names.

Nothing is rewritten: every text placed is a part of the translation as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import pydantic
from pydantic import BaseModel

from opscontent.importers._facts import read_date
from opscontent.importers._items import _split
from opscontent.importers._text_fields import Kind, field_kinds
from opscontent.model import Shape
from opscontent.model.items import PREFERRED_WORDING

__all__ = ["Reading", "field_for", "read_item"]

SYNONYMS: Mapping[str, tuple[str, ...]] = {
    "deadline": ("due", "due date", "by", "截止", "截止日期", "截止时间", "完成时间"),
    "time_node": ("when", "timing", "due", "时间", "时间要求", "截止"),
    "period": ("timeline", "dates", "时间安排", "起止时间", "周期"),
    "data_source": ("source", "数据来源", "来源"),
    "description": ("description", "details", "what", "how", "说明", "描述", "内容", "方式"),
    "name": ("task", "project", "step", "kpi", "指标", "任务", "项目", "步骤"),
    "statement": ("goal",),
    "action": ("next step", "下一步"),
    "follow_up": ("follow up", "followup"),
}
"""Labels people write for a field besides its name and the label the renderers print."""

_LABELLED = re.compile(r"(?P<label>[^\W\d_][^:：。.!?！？]{0,29}?)\s*[:：]\s*(?P<value>.*)", re.S)
_HEAD = re.compile(r"(?P<label>\S[^:：]{0,79}?)\s*[:：]\s+(?P<value>\S.*)", re.S)
_SEPARATOR = re.compile(r"(；|;\s+)")
_LIST = re.compile(r",\s+|[，、；]|;\s*")
_WRITTEN_LIST = re.compile(r",?\s+(?:and|or)\s+|,\s+|[，、；]|;\s*|和|及|或")
_NOTE = re.compile(r"\s*[（(](?P<note>[^()（）]{1,24})[)）]$")
_DATED = re.compile(r"(?P<date>[^:：]{6,30}?)\s*[:：]\s*(?P<rest>\S.*)", re.S)
_BRACKET_END = re.compile(r"\s*[（(](?P<note>[^()（）]{1,80})[)）]$")
_WORDS = re.compile(r"[\W_]+")
_PERIOD = "period"


@dataclass
class Reading:
    """A translated item read against the item it translates."""

    item: BaseModel
    """The item with every labelled part in its field."""
    restated: list[str] = field(default_factory=list)
    """Parts that restate a value (a cadence, a date, a stage): not text, so not aligned."""
    extra: list[str] = field(default_factory=list)
    """Labelled parts whose label names no field of the item."""


@dataclass
class _Fields:
    """The texts of the item being read, by field."""

    own: dict[str, list[str]]
    """What each field holds of its own (parts of a text, entries of a list)."""
    seps: dict[str, list[str]]
    """The separator written before each own part of a text after the first."""
    placed: dict[str, list[str]] = field(default_factory=dict)
    """Labelled parts moved to each field."""


def read_item(base: BaseModel, translated: BaseModel, shape: Shape | None) -> Reading:
    """``translated`` with its labelled parts in their fields, guided by ``base``.

    Returns the item unchanged (and nothing restated or extra) when the reading does not make
    a valid item.
    """
    model = type(translated)
    kinds = field_kinds(model)
    labels = _labels(model)
    data = translated.model_dump(exclude_unset=True)
    if shape is not None:
        _rejoin(shape, kinds, labels, data)
    reading = Reading(translated)
    fields = _Fields({}, {})
    tables: list[str] = []
    dated: list[str] = []
    for name, kind in kinds.items():
        value = data.get(name)
        if kind is Kind.TEXT and isinstance(value, str):
            _split_text(name, value, labels, fields, reading, (tables, dated))
        elif kind is Kind.TEXTS and isinstance(value, list):
            fields.own[name] = []
            for entry in value:
                _place(name, entry, labels, fields, reading, kept=True)
    for name, values in list(fields.placed.items()):
        _assign(name, values, base, kinds, data, fields, reading)
    for name, parts in fields.own.items():
        if kinds[name] is Kind.TEXTS:
            data[name] = parts + fields.placed.get(name, [])
        elif parts:
            seps = fields.seps.get(name, [])
            data[name] = parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=False))
        elif name in fields.placed and kinds[name] is Kind.TEXT:
            data[name] = fields.placed[name][0]
        else:
            data.pop(name, None)
    if tables:
        _table(tables, base, kinds, labels, data, reading)
    if dated:
        _dated(dated, base, kinds, data, reading)
    if shape is not None:
        _head(shape, base, kinds, data, reading)
    try:
        reading.item = model.model_validate(data)
    except pydantic.ValidationError:
        return Reading(translated)
    return reading


def _split_text(
    name: str,
    value: str,
    labels: Mapping[str, str],
    fields: _Fields,
    reading: Reading,
    rows: tuple[list[str], list[str]],
) -> None:
    """A text's parts: its own first part, then parts the importer joined to it.

    Joined parts that are rows — of a pipe table, or dated (``February 12, 2027: Content
    inventory (Owner: Maya Chen)``, a milestone as the text renderer writes it) — go to
    ``rows``.
    """
    first, joined, rest = value.partition("；")  # the bracket closes the item's own line
    first, group = _group(first, labels)
    pieces = _pieces(first + joined + rest, labels)
    fields.own[name], fields.seps[name] = [], []
    lead = _LABELLED.fullmatch(pieces[0].strip())
    details = lead is not None and _lookup(labels, lead.group("label")) is not None
    if pieces[0]:
        _place(name, pieces[0], labels, fields, reading, kept=True)
    for part in _pieces(group, labels, every=False)[::2] if group else []:
        _place(name, part, labels, fields, reading, kept=False, details=True)
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        if part.startswith("|") and sep == "；":
            rows[0].append(part)
        elif sep == "；" and (when := _DATED.fullmatch(part.strip())) and read_date(when["date"]):
            rows[1].append(part.strip())
        elif not _place(name, part, labels, fields, reading, kept=False, details=details):
            if fields.own[name]:
                fields.seps[name].append(sep)
                fields.own[name].append(part)
            else:
                fields.own[name].append(part)


def _group(value: str, labels: Mapping[str, str]) -> tuple[str, str]:
    """``text (Owner: …; Cadence: …)``, as the text renderer writes details: text and group.

    The group is the bracketed end of the text when it opens with a field's label; the text
    is returned whole, with an empty group, otherwise.
    """
    if not value.endswith((")", "）")):
        return value, ""
    for opening in re.finditer(r"[(（]", value):
        inner = value[opening.end() : -1]
        match = _LABELLED.match(inner.strip())
        if match is not None and _lookup(labels, match.group("label")) is not None:
            return value[: opening.start()].rstrip(), inner
    return value, ""


def _pieces(value: str, labels: Mapping[str, str], *, every: bool = True) -> list[str]:
    """Parts and separators: at ``；`` (the importer's join, with ``every``), before a label.

    ``; Owner: …`` separates; ``Resources: 1 front-end developer; 1 designer`` stays one part.
    """
    pieces = _SEPARATOR.split(value)
    out = pieces[:1]
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        match = _LABELLED.fullmatch(part.strip())
        if (every and sep == "；") or (match and _lookup(labels, match.group("label"))):
            out.extend((sep, part))
        else:
            out[-1] += sep + part
    return out


def _place(
    name: str,
    part: str,
    labels: Mapping[str, str],
    fields: _Fields,
    reading: Reading,
    *,
    kept: bool,
    details: bool = False,
) -> bool:
    """Move a labelled part to its field; ``kept`` keeps an unlabelled part in ``name``.

    With ``details`` (the text is a list of labelled details, ``Objective: …；Budget: …``), a
    part whose label names no field is extra; in prose (``负责拉新；例如：…``) it stays.
    Returns whether the part was taken (moved, set aside, or kept).
    """
    match = _LABELLED.fullmatch(part.strip())
    target = _lookup(labels, match.group("label")) if match else None
    if match is None or target is None:
        if match is not None and details and len(match.group("label").split()) <= 3:
            reading.extra.append(part)
            return True
        if kept:
            fields.own[name].append(part)
        return kept
    text = match.group("value").strip()
    if text:
        fields.placed.setdefault(target, []).append(text)
        fields.own.setdefault(target, [])
    elif target != name:
        reading.restated.append(part)  # a label with nothing after it
    return True


def _assign(
    name: str,
    values: list[str],
    base: BaseModel,
    kinds: Mapping[str, Kind],
    data: dict[str, Any],
    fields: _Fields,
    reading: Reading,
) -> None:
    """Labelled values into field ``name``, as its kind and the base item allow."""
    kind = kinds.get(name, Kind.VALUE)
    if kind is Kind.TEXT:
        own = fields.own.get(name)
        if own and len(own) == 1 and _restates(own[0], base):
            reading.restated.append(own[0])  # a table's first cell naming the stage
            own.clear()
        if own:
            reading.extra.extend(values)  # the field has a text of its own
            del fields.placed[name]
        elif len(values) > 1:
            reading.extra.extend(values[1:])
            fields.placed[name] = values[:1]
        return
    if kind is Kind.TEXTS:
        count = len(getattr(base, name, None) or [])
        fields.placed[name] = [p for v in values for p in _entries(v, count)]
        return
    fields.own.pop(name, None)
    fields.placed[name] = []
    text = _sole_text(getattr(base, name, None)) if kind is Kind.MODEL else None
    if text is not None and name not in data and len(values) == 1:
        data[name] = {text: values[0]}
    else:
        reading.restated.extend(values)


def _entries(value: str, count: int) -> list[str]:
    """A list field's entries: split at the separators when the base list has several.

    ``a, b`` and ``a；b`` split first; when that does not give as many entries as the base
    list has, the words of a written list (``a, b and c``, ``a、b和c``) are tried too.
    """
    if count <= 1:
        return [value]
    parts = _split(_LIST, value)
    if len(parts) != count:
        written = _split(_WRITTEN_LIST, value)
        parts = written if len(written) == count else parts
    return parts


def _sole_text(value: Any) -> str | None:
    """The one text field a nested model sets (a time node's ``note``), else ``None``."""
    if not isinstance(value, BaseModel):
        return None
    kinds = field_kinds(type(value))
    texts = [n for n in value.model_fields_set if kinds.get(n) is Kind.TEXT]
    return texts[0] if len(texts) == 1 else None


def _table(
    rows: list[str],
    base: BaseModel,
    kinds: Mapping[str, Kind],
    labels: Mapping[str, str],
    data: dict[str, Any],
    reading: Reading,
) -> None:
    """A pipe table under an item: its header's first cell names a list of models."""
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    cells = [row for row in cells if not all(re.fullmatch(r":?-+:?", c) for c in row if c)]
    target = _lookup(labels, cells[0][0]) if cells and cells[0] else None
    if target is None or kinds.get(target) is not Kind.MODELS or target in data:
        reading.extra.extend(rows)
        return
    bases: list[BaseModel] = getattr(base, target)
    if not bases:
        reading.extra.extend(rows)
        return
    model: type[BaseModel] = type(bases[0])
    kinds_of = field_kinds(model)
    columns = [_lookup(_labels(model), c) or "" for c in cells[0]]
    columns[0] = columns[0] or next((n for n, k in kinds_of.items() if k is Kind.TEXT), "")
    entries: list[dict[str, Any]] = []
    for index, row in enumerate(cells[1:]):
        known = bases[index].model_dump(exclude_unset=True) if index < len(bases) else {}
        entry = {n: v for n, v in known.items() if kinds_of.get(n) is Kind.VALUE}
        for column, cell in zip(columns, row, strict=False):
            kind = kinds_of.get(column)
            if kind is Kind.TEXT and cell:
                entry[column] = cell
            elif kind is not None and cell and column not in entry:
                entry[column] = cell  # a value of a row the base does not have
        entries.append(entry)
    data[target] = entries


def _rejoin(
    shape: Shape, kinds: Mapping[str, Kind], labels: Mapping[str, str], data: dict[str, Any]
) -> None:
    """``name (Baseline: 18; Owner: …)`` that the importer split at its first colon, whole again.

    The importer reads ``head: text``; in ``user plan (Baseline: 120; Target: 150)`` the head
    it finds ends inside the bracket, at a field's label.
    """
    head, text = shape.head, shape.text
    if head is None or text is None or kinds.get(head) is not Kind.TEXT:
        return
    value = data.get(head)
    opened = re.search(r"[(（](?P<label>[^()（）:：]{1,30})$", value or "")
    if opened is not None and _lookup(labels, opened.group("label")) is not None:
        data[head] = f"{value}: {data.pop(text, '')}"


def _dated(
    rows: list[str],
    base: BaseModel,
    kinds: Mapping[str, Kind],
    data: dict[str, Any],
    reading: Reading,
) -> None:
    """Dated lines under an item (``date: name (Owner: …)``) fill its list of dated models."""
    target = next(
        (
            name
            for name, kind in kinds.items()
            if kind is Kind.MODELS
            and getattr(base, name)
            and "date" in type(getattr(base, name)[0]).model_fields
        ),
        None,
    )
    if target is None or target in data:
        reading.extra.extend(rows)
        return
    bases: list[BaseModel] = getattr(base, target)
    model: type[BaseModel] = type(bases[0])
    kinds_of, labels = field_kinds(model), _labels(model)
    head = next(n for n, k in kinds_of.items() if k is Kind.TEXT)
    entries: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        when = _DATED.fullmatch(row)
        assert when is not None
        known = bases[index].model_dump(exclude_unset=True) if index < len(bases) else {}
        entry = {n: v for n, v in known.items() if kinds_of.get(n) is Kind.VALUE}
        entry.setdefault("date", read_date(when["date"]))
        own, group = _group(when["rest"], labels)
        entry[head] = own
        for part in _pieces(group, labels, every=False)[::2] if group else []:
            found = _LABELLED.fullmatch(part.strip())
            name = _lookup(labels, found["label"]) if found else None
            if found is not None and name is not None and kinds_of.get(name) is Kind.TEXT:
                entry[name] = found["value"].strip()
            else:
                (reading.restated if name else reading.extra).append(part)
        entries.append(entry)
    data[target] = entries


def _head(
    shape: Shape, base: BaseModel, kinds: Mapping[str, Kind], data: dict[str, Any], reading: Reading
) -> None:
    """Split ``head: text`` kept whole, and set aside what restates the item's values."""
    head, text = shape.head, shape.text
    if head is None:
        return
    if text is not None and data.get(text) is not None and data.get(text) == data.get(head):
        del data[text]  # the importer's stand-in for a text it did not find
    if kinds.get(head) is Kind.TEXT and isinstance(data.get(head), str):
        _note(head, base, data, reading)
        if text is not None and getattr(base, text, None) and not data.get(text):
            match = _HEAD.fullmatch(data[head])
            if match:
                data[head], data[text] = match.group("label"), match.group("value")
                _note(head, base, data, reading)
        _bracketed(head, base, kinds, data)
    elif text is not None and isinstance(data.get(text), str):
        match = _LABELLED.fullmatch(data[text])
        if match and _restates(match.group("label"), base):
            reading.restated.append(match.group("label"))
            data[text] = match.group("value")
        _note(text, base, data, reading)


def _note(name: str, base: BaseModel, data: dict[str, Any], reading: Reading) -> None:
    """A bracketed note at the end of a text that restates a value: ``(daily)``, ``(preferred)``."""
    note = _NOTE.search(data[name])
    if note and _restates(note.group("note"), base):
        reading.restated.append(note.group().strip())
        data[name] = data[name][: note.start()]


def _bracketed(name: str, base: BaseModel, kinds: Mapping[str, Kind], data: dict[str, Any]) -> None:
    """``Organic sessions (the company blog)``: the bracket fills the one text field left.

    The renderers put a short field after the name in brackets (a KPI's scope in a table). It
    is moved only when the item it translates has exactly one text the reading has not found.
    """
    note = _BRACKET_END.search(data[name])
    if note is None:
        return
    left = [
        field
        for field, kind in kinds.items()
        if kind is Kind.TEXT
        and field != name
        and getattr(base, field, None)
        and not data.get(field)
    ]
    if len(left) == 1:
        data[left[0]] = note.group("note").strip()
        data[name] = data[name][: note.start()]


def _restates(words: str, item: BaseModel) -> bool:
    """Whether ``words`` restate one of the item's values (``daily``, ``Collection``).

    ``preferred`` restates a requirement that is not required.
    """
    from opscontent.i18n import language  # noqa: PLC0415 - labels only when an item needs them
    from opscontent.i18n.labels import enum_label  # noqa: PLC0415

    said = _WORDS.sub(" ", words.casefold()).split()
    if not said or len(said) > 3:
        return False
    if getattr(item, "required", True) is False and PREFERRED_WORDING.search(words):
        return True  # "(preferred)" after a requirement that is not required
    for name in item.model_fields_set:
        value = getattr(item, name)
        if not isinstance(value, Enum):
            continue
        names = (
            str(value.value),
            enum_label(value, language("en")),
            enum_label(value, language("zh")),
        )
        for candidate in names:
            words_of = _WORDS.sub(" ", candidate.casefold()).split()
            if all(any(w[:5] == c[:5] for c in words_of) for w in said):
                return True
            if "".join(said) in "".join(words_of):
                return True
    return False


def field_for(model: type[BaseModel], label: str) -> str | None:
    """The field of ``model`` a label names (``Owner``, ``Data source``, ``负责人``, ``Due``).

    >>> from opscontent.model import TaskItem
    >>> [field_for(TaskItem, label) for label in ("Deliverable", "负责人", "Budget")]
    ['deliverables', 'owner', None]
    """
    return _lookup(_labels(model), label)


def _lookup(labels: Mapping[str, str], label: str) -> str | None:
    """The field a label names: as written, numberless (``Goal 1``), plural or singular."""
    key = " ".join(label.casefold().strip(" *_").split())
    key = re.sub(r"\s*\d{1,2}$", "", key) or key
    for candidate in (key, f"{key}s", key.removesuffix("s"), key.replace("-", " ")):
        found = labels.get(candidate)
        if found is not None:
            return found
    return None


@functools.cache
def _labels(model: type[BaseModel]) -> Mapping[str, str]:
    """Label → field name: field names, the renderers' labels in both languages, synonyms."""
    from opscontent.i18n import language  # noqa: PLC0415 - labels only when an item needs them
    from opscontent.i18n.labels import FIELD_LABELS, field_labels  # noqa: PLC0415

    zh = field_labels(language("zh"))
    names = set(model.model_fields)
    found: dict[str, str] = {}
    for name in model.model_fields:
        for label in (name, name.replace("_", " "), FIELD_LABELS.get(name), zh.get(name)):
            if label:
                found.setdefault(label.casefold(), name)
    if {"start", "end"} <= names or _PERIOD in names:
        found.setdefault(_PERIOD, _PERIOD)
    for name, synonyms in SYNONYMS.items():
        if name in names or (name == _PERIOD and _PERIOD in found.values()):
            for label in synonyms:
                found.setdefault(label, name)
    return found
