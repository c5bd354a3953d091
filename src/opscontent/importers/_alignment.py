"""Aligning an imported translation with the document it translates.

Sections are paired by kind (``custom`` sections in order), items by order within a section,
fields by name within an item, meta fields by name. Every text of either document ends up in
exactly one place: aligned, or in the list of what is not aligned, with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from opscontent.importers._labelled import read_item
from opscontent.importers._text_fields import Kind, field_kinds
from opscontent.importers.text import LineRecord
from opscontent.model import KINDS, Document, SectionKind
from opscontent.paths import JsonPath, format_path

_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.、]?\s+|[一二三四五六七八九十]{1,3}、\s*)")
"""Numbering before a heading: ``6. ``, ``2.1 ``, ``六、``."""

__all__ = [
    "AlignedText",
    "Alignment",
    "Difference",
    "Restated",
    "Unaligned",
    "align",
    "texts_below",
]


@dataclass(frozen=True)
class AlignedText:
    """A text of the translation put in a field of the document."""

    path: str
    """JSON path of the field in the document (``$.sections[2].items[0].name``)."""
    text: str
    """The translation's text, as written."""
    line: int | None = None
    """Line of the translation it was read from, where the importer knows it."""


@dataclass(frozen=True)
class Unaligned:
    """A text of either document that has no counterpart in the other."""

    reason: str
    """Why, a stable name: ``missing_section``, ``missing_item``, ``missing_text`` (the document
    has it, the translation does not); ``extra_section``, ``extra_item``, ``extra_text`` (the
    translation has it, the document does not); ``leftover`` (a line the importer did not read
    as content); ``different_shape`` (a list with another number of entries);
    ``not_localizable`` (a field that holds one text in every language, such as an author)."""
    path: str | None
    """JSON path in the document: the text without a translation, or where the translation's
    text would belong; ``None`` for a section of a kind the document does not have, or a
    leftover."""
    text: str | None = None
    """The translation's text, as written (``None`` when the translation has nothing)."""
    line: int | None = None
    """Line of the translation, where the importer knows it."""


@dataclass(frozen=True)
class Difference:
    """A number or date the translation states differently: reported, the document unchanged."""

    path: str
    """JSON path of the value in the document."""
    value: Any
    """The document's value."""
    translated: Any
    """The value the translation states."""
    line: int | None = None
    """Line of the translation, where the importer knows it."""


@dataclass(frozen=True)
class Restated:
    """Words of the translation that restate a value (``Cadence: weekly``): not text."""

    path: str
    """JSON path of the item in the document."""
    text: str
    """The words, as written."""
    line: int | None = None
    """Line of the translation, where the importer knows it."""


@dataclass
class Alignment:
    """Everything the alignment found."""

    aligned: list[AlignedText] = field(default_factory=list)
    """Texts to add to the document."""
    unaligned: list[Unaligned] = field(default_factory=list)
    """Texts of either document without a counterpart."""
    differences: list[Difference] = field(default_factory=list)
    """Numbers and dates that differ."""
    restated: list[Restated] = field(default_factory=list)
    """Words that restate values."""


def align(base: Document, translation: Document, records: Sequence[LineRecord]) -> Alignment:
    """Pair every text of ``translation`` with its field in ``base``.

    ``records`` are the importer's line records of the translation, for line numbers.
    """
    walk = _Walk(records)
    walk.model(base.meta, translation.meta, ("meta",), ("meta",))
    for pair in _pairs(base, translation):
        walk.section(base, translation, *pair)
    for record in records:
        text = record.text.strip()
        if record.destination == "leftovers" and any(c.isalnum() for c in text):
            walk.result.unaligned.append(Unaligned("leftover", None, text, record.number))
    return walk.result


def _pairs(base: Document, translation: Document) -> list[tuple[int | None, int | None]]:
    """Section indexes paired by kind (custom ones in order); ``None`` where one side lacks it."""
    pairs: list[tuple[int | None, int | None]] = []
    taken: set[int] = set()
    customs = [i for i, s in enumerate(translation.sections) if s.kind == SectionKind.CUSTOM]
    for i, section in enumerate(base.sections):
        if section.kind == SectionKind.CUSTOM:
            j = customs.pop(0) if customs else None
        else:
            j = next(
                (k for k, s in enumerate(translation.sections) if s.kind == section.kind), None
            )
        if j is not None:
            taken.add(j)
        pairs.append((i, j))
    pairs.extend((None, j) for j in range(len(translation.sections)) if j not in taken)
    return pairs


class _Walk:
    def __init__(self, records: Sequence[LineRecord]) -> None:
        self.result = Alignment()
        self.lines: dict[str, list[tuple[int, str]]] = {}
        """The translation's lines by every path at or above the one they went to."""
        for record in records:
            if record.destination.startswith("$"):
                for place in _places(record.destination):
                    self.lines.setdefault(place, []).append((record.number, record.text))

    def line(self, path: JsonPath, text: str | None = None) -> int | None:
        """The line of the translation that went to ``path`` (or the nearest place above it).

        Among the lines that went there, the first that holds ``text``, else the first.
        """
        for depth in range(len(path), -1, -1):
            below = self.lines.get(format_path(path[:depth]))
            if below:
                if text:
                    needle = " ".join(text.split())[:40]
                    held = next((n for n, raw in below if needle in " ".join(raw.split())), None)
                    if held is not None:
                        return held
                return below[0][0]
        return None

    # -- sections and items ---------------------------------------------------------------

    def section(self, base: Document, translation: Document, i: int | None, j: int | None) -> None:
        if i is None:
            assert j is not None
            section = translation.sections[j]
            tpath: JsonPath = ("sections", j)
            title = section.title or str(section.kind)
            self.unaligned("extra_section", None, title, tpath)
            if section.summary:
                self.unaligned("extra_text", None, section.summary, (*tpath, "summary"))
            for path, text in texts_below(_items(section), (*tpath, "items")):
                self.unaligned("extra_text", None, text, path)
            return
        bpath: JsonPath = ("sections", i)
        if j is None:
            self.unaligned("missing_section", bpath, None, None)
            return
        tpath = ("sections", j)
        ours, theirs = base.sections[i], translation.sections[j]
        if ours.title:
            heading = _unnumbered(theirs.title, ours.title)
            self.text(ours.title, heading, (*bpath, "title"), (*tpath, "title"))
        self.text(ours.summary, theirs.summary, (*bpath, "summary"), (*tpath, "summary"))
        items, found = _items(ours), _items(theirs)
        shape = KINDS[SectionKind(ours.kind)].shape
        for k, (mine, other) in enumerate(zip(items, found, strict=False)):
            ipath, jpath = (*bpath, "items", k), (*tpath, "items", k)
            if isinstance(mine, BaseModel) and isinstance(other, BaseModel):
                reading = read_item(mine, other, shape)
                self.aside(reading.restated, reading.extra, ipath, jpath)
                self.model(mine, reading.item, ipath, jpath)
            else:
                self.text(mine, other, ipath, jpath)
        self.rest(items, found, (*bpath, "items"), (*tpath, "items"), "item")

    def aside(
        self, restated: list[str], extra: list[str], bpath: JsonPath, tpath: JsonPath
    ) -> None:
        written = format_path(bpath)
        for text in restated:
            self.result.restated.append(Restated(written, text, self.line(tpath, text)))
        for text in extra:
            line = self.line(tpath, text)
            self.result.unaligned.append(Unaligned("extra_text", written, text, line))

    def rest(
        self, mine: Sequence[Any], other: Sequence[Any], bpath: JsonPath, tpath: JsonPath, what: str
    ) -> None:
        """Entries beyond the shorter of two lists: missing or extra."""
        for k in range(len(other), len(mine)):
            if any(True for _ in texts_below(mine[k])):
                self.unaligned(f"missing_{what}", (*bpath, k), None, None)
        for k in range(len(mine), len(other)):
            texts = [text for _, text in texts_below(other[k])]
            if texts:
                self.unaligned(f"extra_{what}", (*bpath, k), " / ".join(texts), (*tpath, k))

    # -- fields ---------------------------------------------------------------------------

    def model(self, mine: BaseModel, other: BaseModel, bpath: JsonPath, tpath: JsonPath) -> None:
        if type(mine) is not type(other):
            return
        for name, kind in field_kinds(type(mine)).items():
            key = type(mine).model_fields[name].alias or name
            a, b = getattr(mine, name), getattr(other, name)
            here, there = (*bpath, key), (*tpath, key)
            if kind is Kind.TEXT:
                self.text(a, b, here, there)
            elif kind is Kind.TEXTS:
                self.texts(a, b, here, there)
            elif kind in (Kind.PLAIN, Kind.PLAINS):
                self.plain(a, b, here, there)
            elif kind is Kind.MODEL:
                self.nested(a, b, here, there)
            elif kind is Kind.MODELS:
                for k, (x, y) in enumerate(zip(a, b, strict=False)):
                    self.model(x, y, (*here, k), (*there, k))
                self.rest(a, b, here, there, "item")
            else:
                self.value(a, b, here, there)

    def text(self, mine: Any, other: Any, bpath: JsonPath, tpath: JsonPath) -> None:
        if mine and other:
            line = self.line(tpath, other)
            self.result.aligned.append(AlignedText(format_path(bpath), other, line))
        elif mine:
            self.unaligned("missing_text", bpath, None, None)
        elif other:
            self.unaligned("extra_text", bpath, other, tpath)

    def texts(self, mine: list[str], other: list[str], bpath: JsonPath, tpath: JsonPath) -> None:
        if len(mine) == len(other) or not mine or not other:
            for k, (x, y) in enumerate(zip(mine, other, strict=False)):
                self.text(x, y, (*bpath, k), (*tpath, k))
            self.rest(mine, other, bpath, tpath, "text")
            return
        self.unaligned(
            "different_shape",
            bpath,
            f"{len(mine)} → {len(other)}: " + " / ".join(other),
            tpath,
        )

    def plain(self, mine: Any, other: Any, bpath: JsonPath, tpath: JsonPath) -> None:
        if other and mine != other:
            shown = " / ".join(other) if isinstance(other, list) else other
            self.unaligned("not_localizable", bpath, shown, tpath)

    def nested(self, mine: Any, other: Any, bpath: JsonPath, tpath: JsonPath) -> None:
        if mine is not None and other is not None:
            self.model(mine, other, bpath, tpath)
        elif mine is not None and any(True for _ in texts_below(mine)):
            self.unaligned("missing_text", bpath, None, None)
        elif other is not None:
            for path, text in texts_below(other, tpath):
                self.unaligned("extra_text", bpath, text, path)

    def value(self, mine: Any, other: Any, bpath: JsonPath, tpath: JsonPath) -> None:
        if mine is None or other is None or mine == other:
            return
        if _comparable(mine) and _comparable(other):
            line = self.line(tpath)
            self.result.differences.append(Difference(format_path(bpath), mine, other, line))

    def unaligned(
        self, reason: str, bpath: JsonPath | None, text: str | None, tpath: JsonPath | None
    ) -> None:
        line = self.line(tpath, text) if tpath is not None else None
        where = format_path(bpath) if bpath is not None else None
        self.result.unaligned.append(Unaligned(reason, where, text, line))


def _places(destination: str) -> list[str]:
    """A JSON path and every path above it: ``$.a[1].b``, ``$.a[1]``, ``$.a``, ``$``."""
    steps = re.findall(r"\.[^.\[]+|\[[^\]]*\]", destination.removeprefix("$"))
    return ["$" + "".join(steps[:depth]) for depth in range(len(steps), -1, -1)]


def _unnumbered(title: str | None, base: str) -> str | None:
    """A heading without the section number a renderer put before it (``6. ``, ``六、``).

    The number stays when the document's own title starts with one.
    """
    if title is None or _NUMBER.match(base):
        return title
    return _NUMBER.sub("", title, count=1) or title


def _items(section: Any) -> list[Any]:
    """A section's items (every section model has them; the base class does not say so)."""
    return list(section.items)


def _comparable(value: Any) -> bool:
    """Numbers and dates are compared; enumerations and identifiers are the importer's guess."""
    return isinstance(value, int | float | dt.date) and not isinstance(value, bool)


def texts_below(value: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    """Every text below ``value``: reader-facing and plain texts, not values or identifiers."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, list):
        for k, entry in enumerate(value):
            yield from texts_below(entry, (*path, k))
    elif isinstance(value, BaseModel):
        kinds = field_kinds(type(value))
        for name, kind in kinds.items():
            child = getattr(value, name)
            if kind is not Kind.VALUE and child is not None:
                yield from texts_below(child, (*path, type(value).model_fields[name].alias or name))
