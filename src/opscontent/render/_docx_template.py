"""The DOCX renderer's page and styles: the built-in reference template, or a company's own.

The built-in template is python-docx's blank document restyled in code for this kind of
document: black headings in a hierarchy (title 18 pt centred, section 14 pt, project 12 pt),
10.5 pt body text (五号), headings kept with what follows, a centred page number in the footer,
A4 paper (Letter in the United States and Canada), and East Asian fonts on every style so
Chinese text never falls back to a Latin font. A reference document (``reference_doc=``, as
pandoc's ``--reference-doc``) brings its own styles, page setup, headers and footers instead;
only the styles it lacks are added.

Lists do not depend on the template's numbering: two list definitions of our own (a bullet and
``1.``) indent every child two characters further than its parent's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from opscontent.render._wordml import word_language

__all__ = [
    "BODY_FONT_EAST_ASIA",
    "CHILD_INDENT",
    "HEADING_FONT_EAST_ASIA",
    "STYLE_NAMES",
    "Lists",
    "prepare",
]

BODY_FONT_EAST_ASIA = "宋体"
"""East Asian font of body text (SimSun; Word and LibreOffice map it to an installed CJK font)."""
HEADING_FONT_EAST_ASIA = "黑体"
"""East Asian font of the title and headings (SimHei)."""
STYLE_NAMES = ("Normal", "Title", "Heading 1", "Heading 2", "List Bullet", "List Number")
"""The paragraph styles the renderer uses."""
CHILD_INDENT = 420
"""Indent of one outline level in twips: two characters of 10.5 pt text."""

_BLACK = "000000"
_LETTER_TERRITORIES = frozenset({"US", "CA"})
"""Where Letter paper is the norm; everywhere else gets A4."""


@dataclass(frozen=True, slots=True)
class _Look:
    """How the built-in template sets one style: size and spacing in points."""

    size: float
    bold: bool = False
    before: float = 0
    after: float = 0
    centred: bool = False
    outline: int | None = None


_LOOKS = {
    "Normal": _Look(10.5, after=4),
    "Title": _Look(18, bold=True, after=12, centred=True),
    "Heading 1": _Look(14, bold=True, before=14, after=6, outline=0),
    "Heading 2": _Look(12, bold=True, before=8, after=4, outline=1),
    "List Bullet": _Look(10.5, after=2),
    "List Number": _Look(10.5, after=2),
}


def prepare(out: Any, docx: Any, *, chinese: bool, language: str, built_in: bool) -> None:
    """Set up ``out`` (an empty python-docx document) before any content is added.

    ``language`` is the content's (``zh-Hans``, ``en``); ``built_in`` restyles the template,
    otherwise the reference document's styles are kept and only missing ones are added.
    """
    _ensure_styles(out, docx)
    if built_in:
        for name, look in _LOOKS.items():
            _restyle(out.styles[name], look)
        _page_number(out.sections[0], docx.oxml.ns.qn)
    _fonts(out, docx.oxml.ns.qn, chinese=chinese, keep=not built_in)
    _language(out, docx.oxml.ns.qn, language)


def paper(out: Any, docx: Any, territory: str | None) -> None:
    """A4 (Letter in the United States and Canada), with margins of one inch all round."""
    section = out.sections[0]
    margin = docx.shared.Inches(1)
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    if territory in _LETTER_TERRITORIES:
        section.page_width, section.page_height = docx.shared.Inches(8.5), docx.shared.Inches(11)
    else:
        section.page_width, section.page_height = docx.shared.Mm(210), docx.shared.Mm(297)


def _ensure_styles(out: Any, docx: Any) -> None:
    """Add the paragraph styles a reference document lacks, based on its Normal."""
    names = {style.name for style in out.styles}
    for name in STYLE_NAMES:
        if name not in names:
            style = out.styles.add_style(name, docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
            if name != "Normal":
                style.base_style = out.styles["Normal"]
            look = _LOOKS[name]
            style.font.bold = look.bold or None
            style.font.size = docx.shared.Pt(look.size) if look.bold else None
            if look.outline is not None:
                _outline(style.element.get_or_add_pPr(), look.outline)
                style.paragraph_format.keep_with_next = True


def _restyle(style: Any, look: _Look) -> None:
    """Black text of the look's size and weight, its spacing and alignment, no rule below."""
    from docx.shared import Pt, RGBColor  # noqa: PLC0415 - the extra is imported on use

    font, paragraph = style.font, style.paragraph_format
    font.size = Pt(look.size)
    font.bold = look.bold
    font.color.rgb = RGBColor.from_string(_BLACK)  # drops the theme colour
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(_qn("w:pBdr")):
        ppr.remove(border)
    paragraph.space_before = Pt(look.before)
    paragraph.space_after = Pt(look.after)
    paragraph.line_spacing = 1.25 if look.outline is None else 1.0
    if look.centred:
        paragraph.alignment = 1  # WD_ALIGN_PARAGRAPH.CENTER
    if look.outline is not None:
        paragraph.keep_with_next = True
        paragraph.keep_together = True
        _outline(ppr, look.outline)


def _outline(ppr: Any, level: int) -> None:
    """The outline level (navigation pane, table of contents) in its place in ``w:pPr``."""
    found = ppr.find(_qn("w:outlineLvl"))
    if found is None:
        found = _element(ppr, "w:outlineLvl")
        ppr.insert_element_before(found, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr")
    found.set(_qn("w:val"), str(level))


def _fonts(out: Any, qn: Any, *, chinese: bool, keep: bool) -> None:
    """East Asian fonts (and for Chinese the East Asian hint) on every style used.

    With ``keep``, a style that names its own East Asian font (a reference document's) keeps it.
    """
    for name in STYLE_NAMES:
        rpr = out.styles[name].element.get_or_add_rPr()
        heading = name.startswith(("Heading", "Title"))
        east_asia = HEADING_FONT_EAST_ASIA if heading else BODY_FONT_EAST_ASIA
        fonts = rpr.get_or_add_rFonts()
        own = fonts.get(qn("w:eastAsia")) or fonts.get(qn("w:eastAsiaTheme"))
        if not (keep and own):
            fonts.set(qn("w:eastAsia"), east_asia)
        if chinese:
            fonts.set(qn("w:hint"), "eastAsia")


def _language(out: Any, qn: Any, language: str) -> None:
    """The content's language on the document defaults, so spelling follows the words."""
    tag = word_language(language)
    defaults = out.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = out.styles.element.makeelement(qn("w:docDefaults"), {})
        out.styles.element.insert(0, defaults)
    rpr_default = _set(defaults, "w:rPrDefault", first=True)
    rpr = _set(rpr_default, "w:rPr")
    _set(rpr, "w:lang", val=tag, eastAsia=tag if tag.lower().startswith("zh") else "zh-CN")


def _page_number(section: Any, qn: Any) -> None:
    """A centred PAGE field in the footer."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = 1
    field = paragraph._p.makeelement(qn("w:fldSimple"), {qn("w:instr"): "PAGE"})
    run = field.makeelement(qn("w:r"), {})
    text = run.makeelement(qn("w:t"), {})
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


class Lists:
    """Our own list definitions in the numbering part: bullets and ``1.``, indented by level."""

    def __init__(self, out: Any) -> None:
        self.numbering = out.part.numbering_part.element
        self.cleanup = self.numbering.find(_qn("w:numIdMacAtCleanup"))
        """New lists go before this element when the numbering part has one."""
        ids = [int(n) for n in self.numbering.xpath("./w:num/@w:numId | ./w:abstractNum/@*")]
        ids += [0]
        self.next_id = max(ids) + 1
        self.bullet_format = self._abstract("bullet", "\u2022")
        self.number_format = self._abstract("decimal", "%1.")
        self.bullets = self._num(self.bullet_format, restart=False)

    def numbered(self) -> int:
        """A new ``1.`` list that counts from 1."""
        return self._num(self.number_format, restart=True)

    def _fresh(self) -> int:
        value = self.next_id
        self.next_id += 1
        return value

    def _abstract(self, fmt: str, text: str) -> int:
        ident = self._fresh()
        abstract = _element(self.numbering, "w:abstractNum", abstractNumId=str(ident))
        _set(abstract, "w:multiLevelType", val="singleLevel")
        level = _set(abstract, "w:lvl", ilvl="0")
        _set(level, "w:start", val="1")
        _set(level, "w:numFmt", val=fmt)
        _set(level, "w:lvlText", val=text)
        _set(level, "w:lvlJc", val="left")
        ppr = _set(level, "w:pPr")
        _set(ppr, "w:ind", left=str(2 * CHILD_INDENT), hanging=str(CHILD_INDENT))
        first_num = self.numbering.find(_qn("w:num"))
        if first_num is None:
            self.numbering.append(abstract)
        else:
            first_num.addprevious(abstract)  # every abstractNum comes before the nums
        return ident

    def _num(self, abstract: int, *, restart: bool) -> int:
        ident = self._fresh()
        num = _element(self.numbering, "w:num", numId=str(ident))
        _set(num, "w:abstractNumId", val=str(abstract))
        if restart:
            override = _set(num, "w:lvlOverride", ilvl="0")
            _set(override, "w:startOverride", val="1")
        if self.cleanup is None:
            self.numbering.append(num)
        else:
            self.cleanup.addprevious(num)
        return ident


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn  # noqa: PLC0415 - the extra is imported on use

    result: str = qn(tag)
    return result


def _element(parent: Any, tag: str, **attributes: str) -> Any:
    """A new element (not attached) with ``w:`` attributes."""
    return parent.makeelement(_qn(tag), {_qn(f"w:{k}"): v for k, v in attributes.items()})


def _set(parent: Any, tag: str, *, first: bool = False, **attributes: str) -> Any:
    """The child ``tag`` of ``parent`` (added when missing), with ``attributes`` set."""
    child = parent.find(_qn(tag))
    if child is None:
        child = _element(parent, tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    for key, value in attributes.items():
        child.set(_qn(f"w:{key}"), value)
    return child
