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

__all__ = ["W_NAMESPACE", "Body", "Cell", "Run", "run_language", "word_language"]

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
"""The ``w:`` namespace."""

Run = tuple[str, bool] | tuple[str, bool, str]
"""A run of text, whether it is bold, and the language tag of its text where the paragraph's
does not hold for it."""
Cell = tuple[str, bool]
"""A table cell's text and whether it is bold."""

_WORD_LANGUAGE = {"zh": "zh-CN", "zh-hans": "zh-CN", "zh-hant": "zh-TW", "en": "en-US"}
"""The ``w:lang`` tag of a content language without a territory."""


def word_language(tag: str) -> str:
    """The tag Word marks text of the language ``tag`` with: ``zh-Hans`` → ``zh-CN``.

    A tag with a territory is kept (``en-GB``); Word's proofing tools want one.

    >>> word_language("zh-Hans"), word_language("en"), word_language("en_GB")
    ('zh-CN', 'en-US', 'en-GB')
    >>> word_language("zh_Hans_CN"), word_language("zh-Hant")
    ('zh-CN', 'zh-TW')
    """
    parts = tag.replace("_", "-").split("-")
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    if region is not None:
        return f"{parts[0].lower()}-{region}"
    key = "-".join(parts).lower()
    return _WORD_LANGUAGE.get(key) or _WORD_LANGUAGE.get(parts[0].lower()) or tag


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
        lang: str | None = None,
        size: float | None = None,
    ) -> None:
        """A paragraph of ``runs`` in the style ``style_id`` (``None``: Normal).

        ``num_id`` makes it an item of that list (level 0); ``indent`` sets its left indent in
        twips (the list's hanging indent is kept); ``lang`` marks every run as text in that
        language (see :func:`run_language`), where the document's default does not say;
        ``size`` sets the text's size in points instead of the style's.
        """
        self.parts.append(
            _paragraph(
                style_id, runs, keep_with_next, num_id, indent, tight=False, lang=lang, size=size
            )
        )

    def table(
        self,
        widths: Sequence[int],
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        *,
        style_id: str | None,
        fill: str | None,
        label_column: bool = False,
        lang: str | None = None,
    ) -> None:
        """A table of fixed column ``widths`` (twips).

        The ``header`` row (none when empty) repeats on every page; no row splits across
        pages. ``fill`` shades the header row, or with ``label_column`` the first column.
        Without a table style the table gets single borders of its own. ``lang`` is the
        language of every cell, as in :meth:`paragraph`.
        """
        self._table_start(widths, style_id=style_id, header=bool(header), label_column=label_column)
        if header:
            self._row(widths, [_cell(text, True, lang) for text in header], header=True, fill=fill)
        for cells in rows:
            markup = [_cell(text, bold, lang) for text, bold in cells]
            self._row(widths, markup, header=False, fill=fill if label_column else None)
        self.parts.append("</w:tbl>")

    def columns(
        self, widths: Sequence[int], rows: Sequence[Sequence[str]], *, style_id: str | None
    ) -> None:
        """A table without a header row whose cells are paragraphs already written.

        Each cell of ``rows`` is the markup of one or more paragraphs (a :class:`Body`'s
        :meth:`markup`); no row splits across pages.
        """
        self._table_start(widths, style_id=style_id, header=False, label_column=False)
        for cells in rows:
            markup = [cell or _paragraph(None, [], tight=True) for cell in cells]
            self._row(widths, markup, split=True)
        self.parts.append("</w:tbl>")

    def _table_start(
        self, widths: Sequence[int], *, style_id: str | None, header: bool, label_column: bool
    ) -> None:
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
        out.append(
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="{int(header)}" '
            f'w:firstColumn="{int(label_column)}" w:noVBand="1"/></w:tblPr><w:tblGrid>'
        )
        out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
        out.append("</w:tblGrid>")

    def _row(
        self,
        widths: Sequence[int],
        cells: Sequence[str],
        *,
        header: bool = False,
        fill: str | None = None,
        split: bool = False,
    ) -> None:
        """A row of cells given as paragraph markup; it may ``split`` across pages."""
        out = self.parts
        repeat = "<w:tblHeader/>" if header else ""
        whole = "" if split else "<w:cantSplit/>"
        out.append(f"<w:tr><w:trPr>{whole}{repeat}</w:trPr>")
        for index, (markup, width) in enumerate(zip(cells, widths, strict=True)):
            shade = fill if fill is not None and (header or index == 0) else None
            shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shading}</w:tcPr>')
            out.append(markup)
            out.append("</w:tc>")
        out.append("</w:tr>")

    def markup(self) -> str:
        """The body's content, for a document that declares the ``w:`` prefix."""
        return "".join(self.parts)


def _cell(text: str, bold: bool, lang: str | None) -> str:
    """The paragraph of a table cell holding ``text``."""
    return _paragraph(None, [(text, bold)] if text else [], tight=True, lang=lang)


def run_language(tag: str) -> tuple[str, str]:
    """The run properties that mark text as written in ``tag``: fonts, then language.

    Chinese text takes the East Asian font for the characters both scripts share (quotation
    marks, dashes, ellipses); other text the Latin font, whatever the document's default, so an
    English ``—`` or ``“`` is never set full width. The first string goes where ``w:rFonts``
    belongs in ``w:rPr``, the second where ``w:lang`` does.

    >>> run_language("en")
    ('<w:rFonts w:hint="default"/>', '<w:lang w:val="en-US" w:eastAsia="zh-CN"/>')
    """
    word = word_language(tag)
    chinese = word.lower().startswith("zh")
    fonts = f'<w:rFonts w:hint="{"eastAsia" if chinese else "default"}"/>'
    east_asia = word if chinese else "zh-CN"
    return fonts, f"<w:lang w:val={quoteattr(word)} w:eastAsia={quoteattr(east_asia)}/>"


def _run_properties(bold: bool, lang: str | None, size: float | None = None) -> str:
    """``w:rPr`` of a run: bold, its size in points, the language with its fonts.

    Nothing when the run has none of them.
    """
    fonts, language = run_language(lang) if lang is not None else ("", "")
    points = f'<w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/>' if size else ""
    inner = f"{fonts}{'<w:b/>' if bold else ''}{points}{language}"
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def _paragraph(
    style_id: str | None,
    runs: Sequence[Run],
    keep_with_next: bool = False,
    num_id: int | None = None,
    indent: int | None = None,
    *,
    tight: bool,
    lang: str | None = None,
    size: float | None = None,
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
        f"<w:r>{_run_properties(run[1], run[2] if len(run) == 3 else lang, size)}"
        f'<w:t xml:space="preserve">{escape(run[0])}</w:t></w:r>'
        for run in runs
        if run[0]
    )
    return f"<w:p><w:pPr>{''.join(properties)}</w:pPr>{text}</w:p>"
