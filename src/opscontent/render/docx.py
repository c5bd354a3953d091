"""``docx``: a Word document a company would send (needs the ``[docx]`` extra, python-docx).

Title, the facts of ``meta`` as a two-column table, Heading 1 per section (numbered like the
text renderer: ``一、`` / ``1.``), Heading 2 per project, items with their markers (``（一）`` /
``1.1``), their details as a bulleted list and sub-items as a numbered list restarting at 1,
both indented one level below their item; tables for KPIs, workflow steps and milestones with
columns sized by what they hold, header rows repeated on every page and rows never split.
Styles and page come from the built-in template (:mod:`._docx_template`) or from
``reference_doc``. The document properties carry title, authors, language and the document's
own date; the same document gives the same bytes.

The body is written as XML elements appended in order, so the time grows linearly with the
document (python-docx's ``add_paragraph`` looks for the section properties at the end of the
body on every call, which made 10^5 items take minutes).
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from os import PathLike
from pathlib import Path
from types import ModuleType
from typing import IO, Any

from opscontent._chars import printable
from opscontent.exceptions import Message, MissingExtraError, ReadError
from opscontent.i18n._markers import N_
from opscontent.model import Document
from opscontent.model.localized import text_in
from opscontent.render._docx_package import package_bytes
from opscontent.render._docx_template import CHILD_INDENT, STYLE_NAMES, Lists, paper, prepare
from opscontent.render._wordml import W_NAMESPACE, Body, Cell, Run
from opscontent.render.goal_text import GoalText
from opscontent.render.view import Detail, DocumentView, ItemView, Table, localized_views

__all__ = ["DocxRenderer"]


def _docx() -> ModuleType:
    try:
        import docx  # noqa: PLC0415 - optional dependency, imported on use
    except ImportError:  # pragma: no cover - exercised in a venv without the extra
        raise MissingExtraError(N_("The DOCX renderer"), "docx", "python-docx") from None
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
        goal_text: GoalText = "statement",
        reference_doc: str | PathLike[str] | bytes | IO[bytes] | None = None,
        languages: Sequence[str] | None = None,
    ) -> bytes:
        """Render ``doc`` as the bytes of a .docx file.

        ``reference_doc`` (a path, the bytes or a binary file of a .docx) gives the styles,
        page setup, headers and footers, as pandoc's ``--reference-doc``: its content is
        dropped, its styles are kept, styles it lacks are added. ``languages`` (two locales,
        such as ``("zh", "en")``) sets them side by side: a heading per section in both, then
        a table with a column per language and a row per item; ``locale`` is not used then,
        each column being in its own language's locale (paper follows the first). The other
        options are the text renderer's.

        Raises:
            ReadError: ``reference_doc`` cannot be read as a .docx file.
            RendererError: ``languages`` is not two locales of different languages.
            UnknownLocaleError: no catalog serves one of ``languages``.

        """
        shown = localized_views(
            doc,
            locale,
            languages,
            catalog_dirs=catalog_dirs,
            han_latin_space=han_latin_space,
            normalize_punctuation=normalize_punctuation,
            goal_text=goal_text,
        )
        lang, views = shown[0][0], [view for _, view in shown]
        docx, first = _docx(), views[0]
        if reference_doc is None:
            blank = _built_in(lang.locale.territory, first.chinese, first.lang_tag)
            out = copy.deepcopy(blank)
        else:
            out = _reference(docx, reference_doc)
            prepare(out, docx, chinese=first.chinese, language=first.lang_tag, built_in=False)
        built_in = reference_doc is None
        return _Writer(docx, out, views, doc, built_in=built_in).write()


@functools.lru_cache(maxsize=16)
def _built_in(territory: str | None, chinese: bool, language: str) -> Any:
    """The built-in template with its page and styles set, before any content.

    Built once per (paper territory, script, language) and deep-copied for each render:
    loading and restyling python-docx's template is a third of a small document's time.
    """
    docx = _docx()
    out = docx.Document()
    paper(out, docx, territory)
    prepare(out, docx, chinese=chinese, language=language, built_in=True)
    return out


def _reference(docx: ModuleType, source: str | PathLike[str] | bytes | IO[bytes]) -> Any:
    """The reference document with its body emptied (the section properties stay)."""
    name = "<reference document>" if isinstance(source, bytes | io.IOBase) else str(source)
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    if isinstance(stream, str | PathLike) and not Path(stream).is_file():
        raise ReadError(Message(N_("cannot use reference document: no such file")), file=name)
    try:
        out = docx.Document(str(stream) if isinstance(stream, PathLike) else stream)
    except Exception:  # python-docx, zipfile and lxml raise many kinds
        message = Message(N_("cannot use reference document: not a Word (.docx) document"))
        raise ReadError(message, file=name) from None
    body = out.element.body
    for child in list(body):
        if child.tag != docx.oxml.ns.qn("w:sectPr"):
            body.remove(child)
    return out


_CELL = 66675
"""Width of one display cell (half a CJK character of 10.5 pt body text) in EMU."""
_EMU_PER_TWIP = 635
_PADDING = 3
"""The cell margins, in display cells."""
_MIN_CELLS = 4
"""Narrowest text of a column: two CJK characters."""
_SHORT_CELLS = 6
"""Text this short (three CJK characters: a name, 每周, 负责人) is never wrapped."""
_UNBROKEN = re.compile(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")
"""A run that a line cannot break inside: Latin words and numbers (CJK breaks anywhere)."""
_CORE_LIMIT = 255
"""The longest text a core property (title, author …) may hold."""
_SECOND_TITLE = 14
"""Size in points of the title in the second language of the side-by-side layout."""
_HEADER_FILL = "E7E6E6"
"""Background of table header rows and fact labels in the built-in template."""


def _display_width(text: str) -> float:
    """Width in display cells: a CJK character two, a Latin letter or digit about one."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1.25 for char in text)


def _fit(text: str) -> str:
    """``text`` cut to what a core property holds, with an ellipsis when cut."""
    text = printable(text)
    return text if len(text) <= _CORE_LIMIT else text[: _CORE_LIMIT - 1] + "…"


class _Writer:
    def __init__(
        self,
        docx: ModuleType,
        out: Any,
        views: list[DocumentView],
        doc: Document,
        *,
        built_in: bool,
    ) -> None:
        self.docx, self.out, self.views, self.doc = docx, out, views, doc
        self.view = views[0]
        self.built_in = built_in
        self.qn = docx.oxml.ns.qn
        self.body = Body()
        self.styles: dict[str, str] = {}
        self.table_style: str | None = None

    def write(self) -> bytes:
        out = self.out
        self.styles = {name: out.styles[name].style_id for name in STYLE_NAMES}
        names = {style.name: style for style in out.styles}
        self.table_style = names["Table Grid"].style_id if "Table Grid" in names else None
        self.lists = Lists(out)
        self.properties()
        if len(self.views) == 1:
            self.one_language()
        else:
            self.side_by_side()
        self.flush()
        return package_bytes(out, built_in=self.built_in)

    def one_language(self) -> None:
        view = self.view
        self.paragraph("Title", [(view.title, False)])
        if view.lead:
            self.paragraph("Normal", [(view.lead, False)])
        if view.facts:
            self.table(Table([], [[f.label, f.value] for f in view.facts]), facts=True)
        if view.job_facts:
            self.paragraph("Heading 2", [(view.job_facts_heading, False)])
            self.table(Table([], [[f.label, f.value] for f in view.job_facts]), facts=True)
        for section in view.sections:
            self.paragraph("Heading 1", [(section.numbered, False)])
            for text in (section.summary, section.body):
                if text:
                    self.paragraph("Normal", [(text, False)])
            if section.table is not None:
                self.table(section.table)
                continue
            for item in section.items:
                self.item(item, view, heading=section.kind == "projects")

    def side_by_side(self) -> None:
        """A column per language, and what belongs together on one row of a table.

        The title in every language; the lead and the facts in a table; each section's heading
        in every language (``一、岗位职责 Responsibilities``), then its lead paragraph and its
        items in a table, a row each. KPIs and workflow steps are items here too: a table of
        eight columns does not fit half a page, and a row per KPI keeps its two languages
        side by side.
        """
        views, first = self.views, self.view
        for index, view in enumerate(views):  # the translation a size smaller, as in print
            size = _SECOND_TITLE if index else None
            self.paragraph("Title", [(view.title, False)], lang=view.lang_tag, size=size)
        rows = [self.texts([v.lead or "" for v in views])] if first.lead else []
        self.columns(rows + self.fact_rows([v.facts for v in views]))
        if first.job_facts:
            self.paragraph("Heading 2", self.both([v.job_facts_heading for v in views]))
            self.columns(self.fact_rows([v.job_facts for v in views]))
        for index, section in enumerate(first.sections):
            shown = [view.sections[index] for view in views]
            headings = [shown[0].numbered] + [s.heading for s in shown[1:]]
            self.paragraph("Heading 1", self.both(headings))
            rows = [
                self.texts([getattr(s, part) or "" for s in shown])
                for part in ("summary", "body")
                if getattr(section, part)
            ]
            for row in range(len(section.items)):
                cells = []
                for view, in_language in zip(views, shown, strict=True):
                    with self.cell() as cell:
                        self.item(in_language.items[row], view, in_cell=True)
                    cells.append(cell.markup())
                rows.append(cells)
            self.columns(rows)

    def both(self, texts: list[str]) -> list[Run]:
        """A heading in every language, one after the other: ``岗位职责 Responsibilities``."""
        return [
            (f"{' ' if i else ''}{text}", False, view.lang_tag)
            for i, (view, text) in enumerate(zip(self.views, texts, strict=True))
        ]

    def texts(self, texts: list[str]) -> list[str]:
        """A row of cells: a paragraph in each language."""
        cells = []
        for view, text in zip(self.views, texts, strict=True):
            with self.cell() as cell:
                self.paragraph("Normal", [(text, False)], lang=view.lang_tag)
            cells.append(cell.markup())
        return cells

    def fact_rows(self, lists: list[list[Detail]]) -> list[list[str]]:
        """A row per fact: ``负责人：王晓明`` in a column, ``Owner: Wang Xiaoming`` in the next."""
        rows = []
        for row in range(len(lists[0])):
            cells = []
            for view, facts in zip(self.views, lists, strict=True):
                fact = facts[row]
                runs: list[Run] = [(f"{fact.label}{view.colon}", True), (fact.value, False)]
                with self.cell() as cell:
                    self.paragraph("Normal", runs, lang=view.lang_tag)
                cells.append(cell.markup())
            rows.append(cells)
        return rows

    @contextmanager
    def cell(self) -> Iterator[Body]:
        """Within the block, paragraphs go to the body yielded (a table cell's) instead."""
        body, self.body = self.body, Body()
        try:
            yield self.body
        finally:
            self.body = body

    def columns(self, rows: list[list[str]]) -> None:
        """A table of cells already written, one column per language, equally wide."""
        if rows:
            width = self.available() // len(self.views) // _EMU_PER_TWIP
            self.body.columns([width] * len(self.views), rows, style_id=self.table_style)
            self.paragraph("Normal", [])

    def available(self) -> int:
        """The width of the text on the page, in EMU."""
        section = self.out.sections[-1]
        width: int = section.page_width - section.left_margin - section.right_margin
        return width

    def flush(self) -> None:
        """Put the body markup into the document part, parsing the part once.

        lxml takes time in proportion to the document for each element moved into it, so
        the part's XML is written around the body markup and parsed as a whole instead.
        """
        part, root = self.out.part, self.out.element
        body = root.body
        marker = body.makeelement(self.qn("w:p"), {"opscontent-body": "1"})
        body.insert(0, marker)
        text = self.docx.oxml.xmlchemy.serialize_for_reading(root)
        head, tail = text.split('<w:p opscontent-body="1"/>', 1)
        if root.nsmap.get("w") != W_NAMESPACE:  # pragma: no cover - Word always writes w:
            raise ReadError(
                Message(N_("the reference document does not use the usual w: XML prefix"))
            )
        part._element = self.docx.oxml.parse_xml(f"{head}{self.body.markup()}{tail}")

    def properties(self) -> None:
        """Title, authors, subject, language, version and the document's own date."""
        props, meta = self.out.core_properties, self.doc.meta
        view = self.view
        props.title = _fit(" | ".join(v.title for v in self.views))
        authors = [text_in(a, view.lang_tag, self.doc.primary_language) or a for a in meta.authors]
        organization = view.facts_by_field.get("organization", "")
        props.author = _fit(", ".join(authors) or organization)
        props.last_modified_by = props.author
        props.comments = ""  # the template says "generated by python-docx"
        props.language = self.view.lang_tag
        props.subject = _fit(view.facts_by_field.get("role", ""))
        if meta.version:
            props.version = _fit(meta.version)
        date = meta.effective_date or meta.date_posted
        if date is None:  # no date of its own: drop the template's (2013) instead of lying
            for name in ("dcterms:created", "dcterms:modified"):
                element = props._element.find(self.qn(name))
                if element is not None:
                    props._element.remove(element)
        else:
            props.created = props.modified = dt.datetime.combine(date, dt.time(), dt.UTC)

    # -- content --------------------------------------------------------------------------

    def paragraph(self, style: str, runs: list[Run], **options: Any) -> None:
        """A paragraph in one of :data:`STYLE_NAMES`; options as :meth:`Body.paragraph`."""
        style_id = None if style == "Normal" else self.styles[style]
        self.body.paragraph(style_id, runs, **options)

    def item(
        self, item: ItemView, view: DocumentView, *, heading: bool = False, in_cell: bool = False
    ) -> None:
        """An item with its details and sub-items.

        ``heading``: its head is a Heading 2 (projects). ``in_cell``: it is one language's
        column of a row, every paragraph marked with the view's language, and the milestones
        of a project a list (a table does not fit half the page).
        """
        lang = view.lang_tag if in_cell else None
        table = None if in_cell else item.table
        children = not in_cell and bool(item.details or item.subitems or table)
        if heading:
            self.paragraph("Heading 2", [(f"{item.marker}{view.gap}{item.head}", False)])
            if item.text:
                self.paragraph("Normal", [(item.text, False)], keep_with_next=children)
        else:
            runs: list[Run] = [(f"{item.marker}{view.gap}", False), (item.head, True)]
            if item.text:
                runs.append((f"{view.colon}{item.text}", False))
            self.paragraph("Normal", runs, keep_with_next=children, lang=lang)
        for detail in item.details:
            runs = [(f"{detail.label}{view.colon}", True), (detail.value, False)]
            self.paragraph("List Bullet", runs, num_id=self.lists.bullets, lang=lang)
        if table is not None:
            self.table(table)
        elif item.subitems:
            if item.subitems_label:
                label = f"{item.subitems_label}{view.colon.strip()}"
                self.paragraph(
                    "List Bullet",
                    [(label, True)],
                    num_id=self.lists.bullets,
                    keep_with_next=not in_cell,
                    lang=lang,
                )
            num_id = self.lists.numbered()
            indent = 3 * CHILD_INDENT if item.subitems_label else None
            for sub in item.subitems:
                self.paragraph(
                    "List Number", [(sub, False)], num_id=num_id, indent=indent, lang=lang
                )

    def table(self, data: Table, *, facts: bool = False, lang: str | None = None) -> None:
        """A table with fixed column widths; the header row repeats, no row splits.

        ``lang``: the language of every cell, when it is not the document's.
        """
        count = len(data.rows[0]) if data.rows else len(data.columns)
        rows: list[list[Cell]] = [
            [(cell, facts and index == 0) for index, cell in enumerate(row)] for row in data.rows
        ]
        self.body.table(
            self.widths(data, count, facts=facts),
            data.columns,
            rows,
            style_id=self.table_style,
            fill=_HEADER_FILL if self.built_in else None,
            label_column=facts,
            lang=lang,
        )
        self.paragraph("Normal", [])  # keeps the next table apart, and gives room below

    def widths(self, data: Table, count: int, *, facts: bool = False) -> list[int]:
        """Column widths in twips, the way browsers lay tables out.

        Every column first gets what it cannot do without: two CJK characters, or its longest
        run that cannot wrap, such as ``35%`` or ``100,000``. The rest of the line goes to the
        columns whose cells are longer (definitions, steps), in proportion to how much more
        they hold.
        """
        available = self.available()
        least, most = [], []
        for i in range(count):
            texts = [row[i] for row in data.rows] + ([data.columns[i]] if data.columns else [])
            words = [word for cell in texts for word in _UNBROKEN.findall(cell)]
            full = list(map(_display_width, texts))
            short = [width for width in full if width <= _SHORT_CELLS]
            narrowest = max([_MIN_CELLS, *short, *map(_display_width, words)])
            widest = max([narrowest, *full])
            least.append((narrowest + _PADDING) * _CELL)
            most.append((widest + _PADDING) * _CELL)
        if facts:  # labels as wide as they need, the values get the rest
            widths = [most[0], available - most[0]]
        elif sum(most) <= available:  # everything fits on one line: share the spare room
            widths = [available * width / sum(most) for width in most]
        elif sum(least) >= available:  # even the least does not fit: shrink it evenly
            widths = [available * width / sum(least) for width in least]
        else:
            spare = (available - sum(least)) / (sum(most) - sum(least))
            widths = [low + (high - low) * spare for low, high in zip(least, most, strict=True)]
        return [int(width / _EMU_PER_TWIP) for width in widths]
