"""``parse_text``: a pasted operations document (zh or en) into a :class:`Document`.

Every input line is accounted for: it goes into the document (title, lead paragraph, a
section's summary, an item) or into the leftovers (page noise), and
:attr:`ImportResult.lines` says where, with the structural marker that was removed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from opscontent.importers._items import Entry, build_items
from opscontent.importers._lines import Line, read_lines
from opscontent.importers.goals import detect_language
from opscontent.model import SECTION_CLASSES, Document, Meta, SectionKind

__all__ = ["ImportResult", "LineRecord", "parse_text"]

_ENUMERATION = re.compile(
    r"(?:包括|包含|涵盖|负责|如|例如|比如)[:：]?\s*(?P<list>[^。；;]+?[、和及与][^。；;]+)"
    r"|(?:such as|including|includes|like)\s+(?P<en>[^.;]+?(?:,| and | or )[^.;]+)",
    re.I,
)
_SPLIT_ZH = re.compile(r"[、，,]|和|及|与|以及")
_SPLIT_EN = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_LABEL = re.compile(r"^(?P<head>[^：:]{1,30}?)\s*(?P<sep>[：:])\s*(?P<text>\S.*)$")


@dataclass(frozen=True)
class LineRecord:
    """Where one input line went."""

    number: int
    """1-based line number."""
    text: str
    """The line as given."""
    marker: str
    """The structural marker removed (``一、``, ``- ``, ``|``); empty when none."""
    destination: str
    """JSON path in the document (``$.sections[2].items[0]``), ``leftovers``, or empty for a
    blank line."""


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
    summary: list[tuple[str, int]] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    header: list[str] | None = None
    open_entry: bool = False


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


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
    lines = read_lines(text)
    first = next((line for line in lines if line.kind not in {"blank", "noise"}), None)
    if first is not None and first.kind == "heading" and first.marker.startswith("#"):
        first.kind, first.section = "title", None  # "# Title" names the document
    sections = [line for line in lines if line.kind == "heading" and line.section is not None]
    builder = _Builder(language, min((line.level for line in sections), default=1), today)
    # Markdown headings for sections: （一） and bold lines inside them are items, not sections
    builder.markdown = any(line.marker.startswith("#") for line in sections)
    for line in lines:
        builder.add(line)
    return builder.finish()


_OVERVIEW = re.compile(
    r"(?:about (?:the|this) (?:role|job|position)|(?:role|job|position) (?:overview|summary)"
    r"|overview|summary|岗位概述|职位概述|岗位简介|职位简介|岗位概况)\s*[:：]?",
    re.IGNORECASE,
)
"""A label that only introduces the lead paragraph."""


class _Builder:
    def __init__(self, language: str, section_level: int, today: dt.date | None) -> None:
        self.language = language
        self.today = today
        self.section_level = section_level
        self.markdown = False
        """The sections are Markdown headings: other heading styles rank below them."""
        self.title: tuple[str, int] | None = None
        self.lead: list[tuple[str, int]] = []
        self.drafts: list[_Draft] = []
        self.leftovers: list[str] = []
        self.notes: list[str] = []
        self.lines: list[Line] = []
        self.where: dict[int, str] = {}

    # -- reading --------------------------------------------------------------------------

    def add(self, line: Line) -> None:
        self.lines.append(line)
        if line.kind == "blank":
            return
        if line.kind in {"noise", "rule"}:
            if line.kind == "noise":
                self.leftovers.append(line.raw.strip())
                self.where[line.number] = "leftovers"
            else:
                self.where[line.number] = "markup"
            return
        draft = self.drafts[-1] if self.drafts else None
        if line.kind == "title":
            self.title = (line.text, line.number)
        elif line.kind == "heading":
            self.heading(line, draft)
        elif draft is None:
            self.before_sections(line)
        elif line.kind == "row":
            self.row(line, draft)
        elif line.kind == "item":
            self.item(line, draft)
        else:
            self.paragraph(line, draft)

    def before_sections(self, line: Line) -> None:
        content = line.text
        if self.title is None and line.kind == "text" and len(content) <= 60:
            self.title = (content, line.number)
        elif not self.lead and _OVERVIEW.fullmatch(content):
            self.label_of_lead(line)
        else:
            self.lead.append((content, line.number))

    def label_of_lead(self, line: Line) -> None:
        """A label such as "About the role" or "岗位概述" before the lead: kept in the leftovers."""
        self.leftovers.append(line.raw.strip())
        self.where[line.number] = "leftovers"
        self.notes.append(f"line {line.number}: '{line.text}' read as the label of the summary")

    def heading(self, line: Line, draft: _Draft | None) -> None:
        if self.title is None and not self.drafts and not self.lead and line.section is None:
            self.title = (line.text, line.number)  # "# Title" or a bold first line
            return
        if not self.drafts and not self.lead and _OVERVIEW.fullmatch(line.text):
            self.label_of_lead(line)  # "## About the role" before any section
            return
        nested = self.markdown and not line.marker.startswith("#")
        starts_section = draft is None or (line.level <= self.section_level and not nested)
        if not starts_section and draft is not None:
            match = _LABEL.match(line.text) if not line.rest else None
            if match and draft.kind not in {SectionKind.REQUIREMENTS, SectionKind.GOALS}:
                entry = Entry(match.group("head").strip(), match.group("text").strip())
            else:
                entry = Entry(line.text, line.rest)
            entry.lines.append(line.number)
            draft.entries.append(entry)
            draft.open_entry = True
            return
        kind = line.section or SectionKind.CUSTOM
        title = line.text
        if kind is not SectionKind.CUSTOM and draft is not None and draft.kind is kind:
            # "岗位要求" then "加分项": the same kind right after, merged into one section
            self.notes.append(f"line {line.number}: merged into the '{kind}' section above")
            draft.summary.append((title, line.number))
            if line.rest:
                draft.summary.append((line.rest, line.number))
            draft.open_entry = False
            return
        if kind is not SectionKind.CUSTOM and any(d.kind is kind for d in self.drafts):
            self.notes.append(f"line {line.number}: a second '{kind}' section is kept as custom")
            kind = SectionKind.CUSTOM
        draft = _Draft(kind, title, line.number)
        self.drafts.append(draft)
        if line.rest:  # "岗位职责：负责拉新、促活和留存" — the text after the label
            self.paragraph(Line(line.number, line.raw, "text", line.rest), draft)

    def row(self, line: Line, draft: _Draft) -> None:
        if line.level > 0 and draft.entries:  # a table inside a list item belongs to the item
            draft.entries[-1].subitems.append(line.text)
            draft.entries[-1].lines.append(line.number)
            return
        cells = _cells(line.text)
        if draft.header is None:
            draft.header = cells
            draft.summary.append((" | ".join(cells), line.number))
            return
        head = next((cell for cell in cells if cell), "")
        pairs = zip(draft.header[1:], cells[1:], strict=False)
        colon, semicolon = ("：", "；") if self.language == "zh" else (": ", "; ")
        rest = [f"{name}{colon}{cell}" if name else cell for name, cell in pairs if cell]
        extra = [cell for cell in cells[len(draft.header) :] if cell]
        text = semicolon.join(rest + extra)
        draft.entries.append(Entry(head or line.text, text, lines=[line.number]))
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
        match = _LABEL.match(line.text)
        if match and draft.kind not in {SectionKind.REQUIREMENTS, SectionKind.GOALS}:
            entry = Entry(match.group("head").strip(), match.group("text").strip())
        else:
            entry = Entry(line.text)
        entry.lines.append(line.number)
        draft.entries.append(entry)

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
        sections: list[Any] = []
        for draft in self.drafts:
            if any(not e.enumerated for e in draft.entries):  # real items beat an enumeration
                draft.entries = [e for e in draft.entries if not e.enumerated]
            lone = draft.kind is SectionKind.GOALS and len(draft.summary) >= 1
            if not draft.entries and (len(draft.summary) >= 2 or lone):
                # one statement per line, as pasted bullets lose their markers
                draft.entries = [Entry(text, lines=[number]) for text, number in draft.summary]
                draft.summary = []
            index = len(sections)
            items, rejected = build_items(draft.kind, draft.entries, today=self.today)
            summary_parts = [text for text, _ in draft.summary]
            for entry in rejected:
                summary_parts.extend([entry.whole, *entry.subitems])
                self.notes.append(
                    f"line {entry.lines[0]}: kept in the section summary: it could not be "
                    "read as an item of this section"
                )
            fields: dict[str, Any] = {"items": items}
            if summary_parts:
                fields["summary"] = "\n".join(summary_parts)
            if draft.kind is SectionKind.CUSTOM or (draft.title and self._renamed(draft)):
                fields["title"] = draft.title
            if draft.kind is SectionKind.CUSTOM and not draft.title:
                fields["title"] = "—"
            sections.append(SECTION_CLASSES[draft.kind](kind=draft.kind, **fields))
            base = f"$.sections[{index}]"
            if draft.title_line is not None:
                body_lines = {n for _, n in draft.summary} | {
                    n for entry in draft.entries for n in entry.lines
                }
                whole = draft.title_line in body_lines or "title" not in fields
                self.where[draft.title_line] = base if whole else f"{base}.title"
            for _, number in draft.summary:
                self.where.setdefault(number, f"{base}.summary")
            for entry in rejected:
                for number in entry.lines:
                    self.where[number] = f"{base}.summary"
            kept = [e for e in draft.entries if e not in rejected]
            for item_index, entry in enumerate(kept):
                # a custom section lists head and sub-items as separate strings
                where = (
                    f"{base}.items"
                    if draft.kind is SectionKind.CUSTOM
                    else (f"{base}.items[{item_index}]")
                )
                for number in entry.lines:
                    self.where.setdefault(number, where)
        title = self.title[0] if self.title else (self.drafts[0].title if self.drafts else None)
        meta_fields: dict[str, Any] = {
            "title": title or ("未命名文档" if self.language == "zh" else "Untitled document"),
            "language": "zh-Hans" if self.language == "zh" else self.language,
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
            LineRecord(line.number, line.raw, line.marker.strip(), self.where.get(line.number, ""))
            for line in self.lines
        ]
        return ImportResult(document, self.language, self.leftovers, self.notes, records)

    def _renamed(self, draft: _Draft) -> bool:
        """Keep a heading as the section title (it is the author's wording)."""
        return draft.title is not None


def _enumeration(text: str, language: str) -> list[str]:
    match = _ENUMERATION.search(text)
    if match is None:
        return []
    found = match.group("list") or match.group("en") or ""
    splitter = _SPLIT_ZH if language == "zh" else _SPLIT_EN
    parts = [part.strip(" 等etc.").strip() for part in splitter.split(found)]
    return [part for part in parts if part and len(part) <= 40][:12] if len(parts) > 1 else []
