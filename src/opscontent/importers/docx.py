"""``parse_docx``: a Word file (.docx) into a :class:`Document`, through python-docx.

Word says more than pasted text: heading styles (``Heading 1`` …, ``标题 1`` …) and outline
levels give the headings and their levels, Word list numbering gives the list items and their
depth (the number itself is not in the text), and tables keep their cells. Each paragraph and
each table row is one "line" of the import, numbered in body order, so :class:`LineRecord`
says where every one went. A file with no heading styles and no outline levels is read by the
text rules, as if its paragraphs had been pasted.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from os import PathLike
from typing import IO, Any

from opscontent.exceptions import DecodeError, Message, MissingExtraError
from opscontent.i18n._markers import N_
from opscontent.importers._lines import Line, heading_score, marked_line, read_line
from opscontent.importers._outline import decide_outline
from opscontent.importers.goal_parser import detect_language
from opscontent.importers.text import ImportResult, build_document

__all__ = ["parse_docx"]

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def parse_docx(
    source: str | PathLike[str] | bytes | IO[bytes],
    *,
    locale: str | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Read a Word document.

    Args:
        source: a path, the file's bytes, or a binary file object.
        locale: ``zh`` or ``en``; detected from the text when omitted.
        today: the date relative deadlines in goal sentences count from (default: today).

    Returns:
        As :func:`~opscontent.importers.parse_text`; a line number is the position of a
        paragraph or table row in the body.

    Raises:
        DecodeError: the file is not a Word (.docx) file.
        MissingExtraError: python-docx is not installed (the ``docx`` extra).

    """
    try:
        import docx  # noqa: PLC0415 - optional dependency, imported on use
    except ImportError:  # pragma: no cover - exercised in a venv without the extra
        raise MissingExtraError(N_("Importing .docx files"), "docx", "python-docx") from None
    stream: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        word = docx.Document(stream)
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise DecodeError(
            Message(N_("not a Word (.docx) file: {reason}"), {"reason": str(error)})
        ) from None
    lines = _lines(word)
    text = "\n".join(line.raw for line in lines)
    language = (locale or detect_language(text))[:2].lower()
    return build_document(decide_outline(lines), language, today)


def _lines(word: Any) -> list[Line]:
    """The body's paragraphs and table rows as lines, headings and list items marked."""
    from docx.table import Table  # noqa: PLC0415 - optional dependency
    from docx.text.paragraph import Paragraph  # noqa: PLC0415 - optional dependency

    lines: list[Line] = []
    parent: Line | None = None  # a typed item ("1.1 用户获取：…") whose Word list follows it
    for block in word.element.body.iterchildren():
        if block.tag == f"{_W}p":
            line = _paragraph(len(lines) + 1, Paragraph(block, word))
            lines.append(line)
            if line.kind == "blank":
                continue
            if line.style.startswith("wordlist") and parent is not None:
                line.indent, line.level = line.indent + 2, line.level + 1  # its sub-items
            elif line.kind in {"marked", "heading"} and not line.style.startswith(
                ("wordlist", "md")
            ):
                parent = line  # typed numbering: "1.1 …", "（二）…"
            else:
                parent = None
        elif block.tag == f"{_W}tbl":
            for row in Table(block, word).rows:
                cells = _cells(row)
                raw = "\t".join(cells)
                row_line = Line(len(lines) + 1, raw, "row", raw, style="tab", cells=cells)
                if parent is not None:  # a table under a typed item belongs to the item
                    row_line.indent, row_line.level = 2, 1
                lines.append(row_line)
    return lines


def _cells(row: Any) -> list[str]:
    """A row's cell texts, a merged cell once."""
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(cell.text.split()))
    return cells


def _paragraph(number: int, paragraph: Any) -> Line:
    text = paragraph.text
    if not text.strip():
        return Line(number, text, "blank")
    style = paragraph.style
    name = style.name if style is not None else ""
    if name.lower() == "title":
        return Line(number, text, "title", text.strip())
    level = _heading_level(paragraph, name)
    if level is not None:
        line = read_line(number, text)  # "一、岗位职责：…": the typed numbering is a marker
        title = line.text if line.kind == "heading" else text.strip()
        rest = line.rest if line.kind == "heading" else ""
        heading = Line(number, text, "heading", title, rest=rest, style=f"md{min(level, 6)}")
        heading.section, heading.score = heading_score(title)
        return heading
    numbering = _numbering(paragraph, style)
    if numbering is not None:
        num_id, depth = numbering
        line = read_line(number, text)
        body = line.text if line.kind in {"marked", "item"} else text.strip()
        marked = marked_line(number, text, body, f"wordlist{num_id}")
        marked.indent = 2 * depth
        marked.level = depth
        return marked
    return read_line(number, text)


def _heading_level(paragraph: Any, style_name: str) -> int | None:
    """1-based heading level from the style name or the outline level (paragraph or style)."""
    match = _HEADING_STYLE.match(style_name.strip())
    if match:
        return int(match.group(1))
    for element in (paragraph._p, getattr(paragraph.style, "element", None)):
        if element is None:
            continue
        found = element.find(f"{_W}pPr/{_W}outlineLvl")
        if found is not None:
            value = int(found.get(f"{_W}val", "9"))
            return value + 1 if value < 9 else None  # 9 is body text
    return None


def _numbering(paragraph: Any, style: Any) -> tuple[str, int] | None:
    """Word list numbering: the list's id and the item's depth (0 = top)."""
    for element in (paragraph._p, getattr(style, "element", None)):
        if element is None:
            continue
        num = element.find(f"{_W}pPr/{_W}numPr")
        if num is not None:
            num_id = num.find(f"{_W}numId")
            ilvl = num.find(f"{_W}ilvl")
            ident = num_id.get(f"{_W}val", "0") if num_id is not None else "0"
            if ident == "0":
                return None  # numbering switched off
            return ident, int(ilvl.get(f"{_W}val", "0")) if ilvl is not None else 0
    name = getattr(style, "name", "") or ""
    if name.lower().startswith("list"):
        return name, 0
    return None
