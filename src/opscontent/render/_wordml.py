"""WordprocessingML body markup written as text and parsed once.

Building the body element by element through python-docx costs tens of microseconds per element
(and its ``add_paragraph`` searches the body on every call); text joined once and parsed by lxml
in one pass keeps a 10^5-item document to seconds and the time linear in the document's size.
Every text and attribute is escaped here, so no content string can become markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

__all__ = ["W_NAMESPACE", "Body", "Cell", "Run"]

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
"""The ``w:`` namespace."""

Run = tuple[str, bool]
"""A run of text and whether it is bold."""
Cell = tuple[str, bool]
"""A table cell's text and whether it is bold."""


@dataclass(slots=True)
class Body:
    """The markup of a document body, in order."""

    parts: list[str] = field(default_factory=list)

    def paragraph(
        self,
        style_id: str | None,
        runs: Sequence[Run],
        *,
        keep_with_next: bool = False,
        num_id: int | None = None,
        indent: int | None = None,
    ) -> None:
        """A paragraph of ``runs`` in the style ``style_id`` (``None``: Normal).

        ``num_id`` makes it an item of that list (level 0); ``indent`` sets its left indent in
        twips (the list's hanging indent is kept).
        """
        self.parts.append(_paragraph(style_id, runs, keep_with_next, num_id, indent, tight=False))

    def table(
        self,
        widths: Sequence[int],
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        *,
        style_id: str | None,
        fill: str | None,
        label_column: bool = False,
    ) -> None:
        """A table of fixed column ``widths`` (twips).

        The ``header`` row (none when empty) repeats on every page; no row splits across
        pages. ``fill`` shades the header row, or with ``label_column`` the first column.
        Without a table style the table gets single borders of its own.
        """
        out = self.parts
        out.append("<w:tbl><w:tblPr>")
        if style_id is not None:
            out.append(f"<w:tblStyle w:val={quoteattr(style_id)}/>")
        out.append(f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>')
        if style_id is None:
            sides = ("top", "left", "bottom", "right", "insideH", "insideV")
            lines = "".join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for s in sides
            )
            out.append(f"<w:tblBorders>{lines}</w:tblBorders>")
        first_row = "1" if header else "0"
        out.append(
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="{first_row}" '
            f'w:firstColumn="{int(label_column)}" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        )
        out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
        out.append("</w:tblGrid>")
        if header:
            self._row(widths, [(text, True) for text in header], header=True, fill=fill)
        for cells in rows:
            self._row(widths, cells, header=False, fill=fill if label_column else None)
        out.append("</w:tbl>")

    def _row(
        self, widths: Sequence[int], cells: Sequence[Cell], *, header: bool, fill: str | None
    ) -> None:
        out = self.parts
        repeat = "<w:tblHeader/>" if header else ""
        out.append(f"<w:tr><w:trPr><w:cantSplit/>{repeat}</w:trPr>")
        for index, ((text, bold), width) in enumerate(zip(cells, widths, strict=True)):
            shade = fill if fill is not None and (header or index == 0) else None
            shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>')
            out.append(_paragraph(None, [(text, bold)] if text else [], tight=True))
            out.append("</w:tc>")
        out.append("</w:tr>")

    def markup(self) -> str:
        """The body's content, for a document that declares the ``w:`` prefix."""
        return "".join(self.parts)


def _paragraph(
    style_id: str | None,
    runs: Sequence[Run],
    keep_with_next: bool = False,
    num_id: int | None = None,
    indent: int | None = None,
    *,
    tight: bool,
) -> str:
    properties = []
    if style_id is not None:
        properties.append(f"<w:pStyle w:val={quoteattr(style_id)}/>")
    if keep_with_next:
        properties.append("<w:keepNext/>")
    if num_id is not None:
        properties.append(f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    if tight:
        properties.append('<w:spacing w:before="0" w:after="0"/>')
    if indent is not None:
        properties.append(f'<w:ind w:left="{indent}"/>')
    text = "".join(
        f"<w:r>{'<w:rPr><w:b/></w:rPr>' if bold else ''}"
        f'<w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
        for part, bold in runs
        if part
    )
    return f"<w:p><w:pPr>{''.join(properties)}</w:pPr>{text}</w:p>"
