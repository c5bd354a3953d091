"""The DOCX built-in template and ``reference_doc``, read back with python-docx and the XML."""

from __future__ import annotations

import functools
import io
import time
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

import opscontent
from opscontent.exceptions import ReadError

from ..conftest import EN_EXAMPLE, ZH_EXAMPLE

ZH, EN = ZH_EXAMPLE, EN_EXAMPLE


@functools.cache
def rendered(path: Path, locale: str, reference: bytes | None = None) -> bytes:
    options: dict[str, Any] = {} if reference is None else {"reference_doc": reference}
    data = opscontent.render(opscontent.load(path), "docx", locale=locale, **options)
    assert isinstance(data, bytes)
    return data


def word(path: Path, locale: str, reference: bytes | None = None) -> Any:
    return docx.Document(io.BytesIO(rendered(path, locale, reference)))


def xml(path: Path, locale: str) -> str:
    with zipfile.ZipFile(io.BytesIO(rendered(path, locale))) as package:
        return package.read("word/document.xml").decode()


@pytest.mark.parametrize("path", [ZH, EN], ids=["zh", "en"])
def test_headings_are_black_in_a_hierarchy_and_kept_with_what_follows(path: Path) -> None:
    styles = word(path, "zh").styles
    sizes = []
    for name in ("Title", "Heading 1", "Heading 2"):
        style = styles[name]
        assert style.font.color.rgb == RGBColor(0, 0, 0)
        assert style.font.color.theme_color is None
        assert style.font.bold
        sizes.append(style.font.size)
        if name != "Title":
            assert style.paragraph_format.keep_with_next
    assert sizes == sorted(sizes, reverse=True)
    assert styles["Title"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert styles["Title"].element.pPr.find(qn("w:pBdr")) is None  # no rule under the title
    assert styles["Normal"].font.size == Pt(10.5)


def test_meta_facts_are_a_two_column_table() -> None:
    doc = opscontent.load(ZH)
    first = word(ZH, "zh").tables[0]
    assert len(first.columns) == 2
    assert [row.cells[0].text for row in first.rows][:3] == ["岗位", "所属部门", "所属单位"]
    assert first.rows[0].cells[1].text == doc.meta.role
    label, value = first.columns
    assert label.width < value.width / 3  # labels as wide as they need


def test_table_rows_repeat_their_header_and_never_split() -> None:
    for table in word(ZH, "zh").tables[2:]:  # after the facts and the job facts
        rows = table._tbl.tr_lst
        assert rows[0].trPr.find(qn("w:tblHeader")) is not None
        assert all(row.trPr.find(qn("w:cantSplit")) is not None for row in rows)
        assert all(row.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])


def test_footer_has_a_page_number_field() -> None:
    footer = word(ZH, "zh").sections[0].footer
    fields = footer._element.findall(".//" + qn("w:fldSimple"))
    assert [f.get(qn("w:instr")) for f in fields] == ["PAGE"]
    assert footer.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER


def list_indents(document: Any) -> dict[int, int]:
    """numId → left indent of its level 0, in twips."""
    numbering = document.part.numbering_part.element
    abstract = {
        a.get(qn("w:abstractNumId")): int(a.find(".//" + qn("w:ind")).get(qn("w:left")))
        for a in numbering.findall(qn("w:abstractNum"))
        if a.find(".//" + qn("w:ind")) is not None
    }
    return {
        int(n.get(qn("w:numId"))): abstract[n.find(qn("w:abstractNumId")).get(qn("w:val"))]
        for n in numbering.findall(qn("w:num"))
        if n.find(qn("w:abstractNumId")).get(qn("w:val")) in abstract
    }


def test_list_indents_follow_the_outline() -> None:
    """A child is never less indented than its parent: items at 0, details and sub-items below."""
    document = word(ZH, "zh")
    indents = list_indents(document)
    parent = 0
    for paragraph in document.paragraphs:
        ppr = paragraph._p.pPr
        num = ppr.numPr if ppr is not None else None
        own = ppr.find(qn("w:ind")) if ppr is not None else None
        if num is None:
            parent = 0
            continue
        indent = int(own.get(qn("w:left"))) if own is not None else indents[num.numId.val]
        assert indent > parent, paragraph.text
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    labelled = next(p for p in numbered if p.text == "制定月度拉新计划和渠道预算分配方案")
    label = labelled._p.getprevious()
    label_indent = indents[int(label.pPr.numPr.numId.val)]
    assert int(labelled._p.pPr.find(qn("w:ind")).get(qn("w:left"))) > label_indent


def test_east_asian_fonts_and_the_language_follow_the_content() -> None:
    for path, lang in ((ZH, "zh-CN"), (EN, "en-US")):
        for locale in ("zh", "en"):
            styles = word(path, locale).styles
            defaults = styles.element.find(qn("w:docDefaults"))
            tag = defaults.find(".//" + qn("w:lang"))
            assert tag.get(qn("w:val")) == lang
            fonts = styles["Normal"].element.rPr.find(qn("w:rFonts"))
            assert fonts.get(qn("w:eastAsia")) == "宋体"


def test_core_properties_name_the_authors_not_python_docx() -> None:
    package = zipfile.ZipFile(io.BytesIO(rendered(ZH, "zh")))
    names = package.namelist()
    assert "docProps/thumbnail.jpeg" not in names
    assert b"thumbnail" not in package.read("_rels/.rels")
    assert b"<Application>opscontent</Application>" in package.read("docProps/app.xml")
    core = package.read("docProps/core.xml").decode()
    assert "python-docx" not in core
    props = word(ZH, "zh").core_properties
    assert props.author == "王晓明, 李静"
    assert props.comments == ""


def company_template() -> bytes:
    """A company's reference document: its own heading colour, header, page and a paragraph."""
    company = docx.Document()
    company.styles["Heading 1"].font.color.rgb = RGBColor(0x99, 0, 0)
    company.styles["Heading 1"].font.size = Pt(20)
    company.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts().set(
        qn("w:eastAsia"), "楷体"
    )
    section = company.sections[0]
    section.page_width, section.page_height = section.page_height, section.page_width
    section.header.paragraphs[0].text = "星河科技 内部文件"
    company.add_paragraph("This text is the template's, not the document's.")
    styles = company.styles.element
    for name in ("List Bullet", "List Number"):  # a template without list styles
        styles.remove(company.styles[name].element)
    buffer = io.BytesIO()
    company.save(buffer)
    return buffer.getvalue()


def test_reference_doc_brings_its_styles_page_and_header() -> None:
    reference = company_template()
    document = word(ZH, "zh", reference)
    heading = document.styles["Heading 1"]
    assert heading.font.color.rgb == RGBColor(0x99, 0, 0)
    assert heading.font.size == Pt(20)
    normal_fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert normal_fonts.get(qn("w:eastAsia")) == "楷体"  # the company's own East Asian font
    section = document.sections[0]
    assert section.page_width > section.page_height  # the company's landscape page
    assert section.header.paragraphs[0].text == "星河科技 内部文件"
    texts = [p.text for p in document.paragraphs]
    assert "This text is the template's, not the document's." not in texts
    assert texts[0] == "用户增长运营专员岗位工作内容"
    assert {"List Bullet", "List Number"} <= {p.style.name for p in document.paragraphs}


def test_reference_doc_from_a_path_and_its_errors(tmp_path: Path) -> None:
    path = tmp_path / "company.docx"
    path.write_bytes(company_template())
    doc = opscontent.load(EN)
    data = opscontent.render(doc, "docx", locale="en", reference_doc=path)
    assert isinstance(data, bytes)
    assert docx.Document(io.BytesIO(data)).sections[0].header.paragraphs[0].text
    broken = tmp_path / "broken.docx"
    broken.write_text("not a zip", encoding="utf-8")
    for bad, message in ((broken, "not a Word"), (tmp_path / "missing.docx", "no such file")):
        with pytest.raises(ReadError, match=message) as caught:
            opscontent.render(doc, "docx", locale="en", reference_doc=bad)
        assert caught.value.code == "OC004"


def test_cli_reference_doc(tmp_path: Path) -> None:
    from opscontent.cli import main

    path = tmp_path / "company.docx"
    path.write_bytes(company_template())
    out = tmp_path / "plan.docx"
    assert (
        main(["render", str(ZH), "-f", "docx", "--reference-doc", str(path), "-o", str(out)]) == 0
    )
    assert docx.Document(str(out)).styles["Heading 1"].font.size == Pt(20)


def tasks(count: int) -> opscontent.Document:
    items = [
        {"name": f"任务{n}", "description": "说明", "owner": "王晓明", "deliverables": ["周报"]}
        for n in range(count)
    ]
    kpis = [
        {"key": f"k{n}", "name": "指标", "unit": "count", "direction": "increase", "target": n}
        for n in range(count // 4)
    ]
    return opscontent.Document.model_validate(
        {
            "meta": {"title": "计划"},
            "sections": [{"kind": "tasks", "items": items}, {"kind": "metrics", "items": kpis}],
        }
    )


def test_docx_time_grows_linearly() -> None:
    """Ratios in one run, not absolute times: 16 times the items may cost at most 24 times.

    Linear writing gives about 9 (the template is a fixed cost); the python-docx calls this
    replaced took 39 times as long for 8,000 items as for 500.
    """
    opscontent.render(tasks(10), "docx", locale="zh")  # imports, catalogs, template: once
    times = []
    for count in (500, 8000):
        doc = tasks(count)
        start = time.process_time()
        opscontent.render(doc, "docx", locale="zh")
        times.append(time.process_time() - start)
    small, large = times
    assert large / small < 24, times
