"""``docx``: a Word document with real styles (needs the ``[docx]`` extra, python-docx).

Title, Heading 1 per section (numbered like the text renderer: ``一、`` / ``1.``), Heading 2
per project, items with their markers (``（一）`` / ``1.1``), details as List Bullet, sub-items
as List Number restarting at 1 for every list, tables (Table Grid) for KPIs, workflow steps and
milestones with columns sized by what they hold, on A4 paper (Letter in the United States and
Canada). East Asian fonts are set on every style used (``w:eastAsia``) so Chinese text never
falls back to a Latin font, and the document properties carry title, author, language and the
document's own date. The same document gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from os import PathLike
from types import ModuleType
from typing import Any

from babel import Locale

from opscontent.exceptions import MissingExtraError
from opscontent.model import Document
from opscontent.render.view import DocumentView, ItemView, Table, localized_view

__all__ = ["DocxRenderer"]

BODY_FONT_EAST_ASIA = "宋体"
"""East Asian font of body text (SimSun; Word and LibreOffice map it to an installed CJK font)."""
HEADING_FONT_EAST_ASIA = "黑体"
"""East Asian font of the title and headings (SimHei)."""
_STYLES = ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number", "Table Grid")


def _docx() -> ModuleType:
    try:
        import docx  # noqa: PLC0415 - optional dependency, imported on use
    except ImportError:  # pragma: no cover - exercised in a venv without the extra
        raise MissingExtraError("The DOCX renderer", "docx", "python-docx") from None
    return docx


class DocxRenderer:
    """A .docx file as bytes."""

    name = "docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    extension = ".docx"

    def render(
        self,
        doc: Document,
        *,
        locale: str,
        catalog_dirs: Sequence[str | PathLike[str]] = (),
        han_latin_space: bool = False,
        normalize_punctuation: bool = True,
    ) -> bytes:
        """Render ``doc`` as the bytes of a .docx file; options as for the text renderer."""
        lang, view = localized_view(
            doc,
            locale,
            catalog_dirs=catalog_dirs,
            han_latin_space=han_latin_space,
            normalize_punctuation=normalize_punctuation,
        )
        return _Writer(_docx(), view, doc, lang.locale).write()


_LETTER_TERRITORIES = frozenset({"US", "CA"})
"""Where Letter paper is the norm; everywhere else gets A4."""
_CELL = 66675
"""Width of one display cell (half a CJK character of 10.5 pt body text) in EMU."""
_PADDING = 3
"""The cell margins, in display cells."""
_MIN_CELLS = 4
"""Narrowest text of a column: two CJK characters."""
_UNBROKEN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
"""A run that a line cannot break inside: Latin words and numbers (CJK breaks anywhere)."""


def _display_width(text: str) -> float:
    """Width in display cells: a CJK character two, a Latin letter or digit about one."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1.25 for char in text)


_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""The time stamp of every file in the package: the earliest a zip can hold, as reproducible
builds use, so that the same document gives the same bytes."""


def _reproducible(package: bytes) -> bytes:
    """The package with every member's time stamp fixed (python-docx writes the current time)."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = info.compress_type
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info))
    return buffer.getvalue()


class _Writer:
    def __init__(self, docx: ModuleType, view: DocumentView, doc: Document, locale: Locale) -> None:
        self.docx = docx
        self.view = view
        self.doc = doc
        self.locale = locale
        self.out: Any = docx.Document()
        self.qn = docx.oxml.ns.qn
        numbering = self.out.part.numbering_part.numbering_definitions._numbering
        self.numbering = numbering
        list_number = self.out.styles["List Number"].element.pPr.numPr.numId.val
        self.list_abstract = numbering.num_having_numId(list_number).abstractNumId.val

    def write(self) -> bytes:
        view, out = self.view, self.out
        self.page()
        self.fonts()
        self.properties()
        out.add_paragraph(view.title, style="Title")
        if view.lead:
            out.add_paragraph(view.lead)
        for fact in view.facts:
            self.labelled(fact.label, fact.value)
        for section in view.sections:
            out.add_heading(section.numbered, level=1)
            for text in (section.summary, section.body):
                if text:
                    out.add_paragraph(text)
            if section.table is not None:
                self.table(section.table)
                continue
            for item in section.items:
                self.item(item, item.marker, heading=section.kind == "projects")
        buffer = io.BytesIO()
        out.save(buffer)
        return _reproducible(buffer.getvalue())

    def page(self) -> None:
        """A4, except where Letter is the paper size (the United States and Canada)."""
        if self.locale.territory in _LETTER_TERRITORIES:
            return  # python-docx's template is Letter already
        section = self.out.sections[0]
        section.page_width, section.page_height = self.docx.shared.Mm(210), self.docx.shared.Mm(297)

    def fonts(self) -> None:
        """East Asian fonts (and, for Chinese, the East Asian language) on every style used."""
        for name in _STYLES:
            style = self.out.styles[name]
            rpr = style.element.get_or_add_rPr()
            fonts = rpr.find(self.qn("w:rFonts"))
            if fonts is None:
                fonts = rpr.makeelement(self.qn("w:rFonts"), {})
                rpr.insert(0, fonts)
            heading = name.startswith(("Heading", "Title"))
            east_asia = HEADING_FONT_EAST_ASIA if heading else BODY_FONT_EAST_ASIA
            fonts.set(self.qn("w:eastAsia"), east_asia)
            if self.view.chinese:
                fonts.set(self.qn("w:hint"), "eastAsia")
                lang = rpr.find(self.qn("w:lang"))
                if lang is None:
                    lang = rpr.makeelement(self.qn("w:lang"), {})
                    rpr.append(lang)
                lang.set(self.qn("w:eastAsia"), "zh-CN")

    def properties(self) -> None:
        props = self.out.core_properties
        props.title = self.view.title
        props.author = ", ".join(self.doc.meta.authors) or (self.doc.meta.organization or "")
        props.language = self.view.lang_tag
        props.subject = self.doc.meta.role or ""
        if self.doc.meta.version:
            props.version = self.doc.meta.version
        meta = self.doc.meta
        date = meta.effective_date or meta.date_posted
        if date is None:  # no date of its own: drop the template's (2013) instead of lying
            for name in ("dcterms:created", "dcterms:modified"):
                element = props._element.find(self.qn(name))
                if element is not None:
                    props._element.remove(element)
        else:
            props.created = props.modified = dt.datetime.combine(date, dt.time(), dt.UTC)

    def labelled(self, label: str, value: str, style: str | None = None) -> None:
        paragraph = self.out.add_paragraph(style=style)
        paragraph.add_run(f"{label}{self.view.colon}").bold = True
        paragraph.add_run(value)

    def item(self, item: ItemView, mark: str, *, heading: bool) -> None:
        view = self.view
        if heading:
            self.out.add_heading(f"{mark}{view.gap}{item.head}", level=2)
            if item.text:
                self.out.add_paragraph(item.text)
        else:
            paragraph = self.out.add_paragraph()
            paragraph.add_run(f"{mark}{view.gap}")
            paragraph.add_run(item.head).bold = True
            if item.text:
                paragraph.add_run(f"{view.colon}{item.text}")
        for detail in item.details:
            self.labelled(detail.label, detail.value, style="List Bullet")
        if item.table is not None:
            self.table(item.table)
        elif item.subitems:
            num_id = self.restarted_list()
            for sub in item.subitems:
                paragraph = self.out.add_paragraph(sub, style="List Number")
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id

    def restarted_list(self) -> int:
        """A new Word list that counts from 1, sharing the List Number format."""
        num = self.numbering.add_num(self.list_abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        num_id: int = num.numId
        return num_id

    def table(self, data: Table) -> None:
        table = self.out.add_table(rows=1, cols=len(data.columns))
        table.style = self.out.styles["Table Grid"]
        for cell, text in zip(table.rows[0].cells, data.columns, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for row in data.rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text
        self.widths(table, data)

    def widths(self, table: Any, data: Table) -> None:
        """Column widths the way browsers lay tables out.

        Every column first gets what it cannot do without: two CJK characters, or its longest
        run that cannot wrap, such as ``35%`` or ``100,000``. The rest of the line goes to the
        columns whose cells are longer (definitions, steps), in proportion to how much more
        they hold.
        """
        section = self.out.sections[-1]
        available = section.page_width - section.left_margin - section.right_margin
        least, most = [], []
        for i, heading in enumerate(data.columns):
            cells = [row[i] for row in data.rows]
            words = [word for cell in [heading, *cells] for word in _UNBROKEN.findall(cell)]
            narrowest = max([_MIN_CELLS, *map(_display_width, words)])
            widest = max([narrowest, *map(_display_width, [heading, *cells])])
            least.append((narrowest + _PADDING) * _CELL)
            most.append((widest + _PADDING) * _CELL)
        if sum(most) <= available:  # everything fits on one line: share the spare room
            widths = [available * width / sum(most) for width in most]
        elif sum(least) >= available:  # even the least does not fit: shrink it evenly
            widths = [available * width / sum(least) for width in least]
        else:
            spare = (available - sum(least)) / (sum(most) - sum(least))
            widths = [low + (high - low) * spare for low, high in zip(least, most, strict=True)]
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = int(width)
            for cell in column.cells:
                cell.width = int(width)
