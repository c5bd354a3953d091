"""Importing Word files: heading styles, outline levels, Word list numbering, tables.

The .docx files are built here with python-docx, so no binary is committed.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

import opscontent
from opscontent.exceptions import DecodeError
from opscontent.model import GoalsSection, MetricsSection

from ..conftest import EN_EXAMPLE, ZH_EXAMPLE

TODAY = dt.date(2026, 11, 29)
CORPUS = Path(__file__).parents[1] / "fixtures" / "import" / "corpus"


def _bytes(word: Any) -> bytes:
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def _outline_level(paragraph: Any, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    element = OxmlElement("w:outlineLvl")
    element.set(qn("w:val"), str(level))
    ppr.append(element)


@pytest.mark.parametrize(
    ("path", "locale"),
    [(path, locale) for path in (EN_EXAMPLE, ZH_EXAMPLE) for locale in ("zh", "en")],
    ids=str,
)
def test_round_trip_through_the_docx_renderer(path: Path, locale: str) -> None:
    doc = opscontent.load(path)
    rendered = opscontent.render(doc, "docx", locale=locale)
    assert isinstance(rendered, bytes)
    result = opscontent.parse_docx(rendered)
    assert [s.kind for s in result.document.sections] == [s.kind for s in doc.sections]
    for got, want in zip(result.document.sections, doc.sections, strict=True):
        assert len(getattr(got, "items", [])) == len(getattr(want, "items", []))
    assert result.document.meta.title == doc.meta.title


def test_heading_styles_word_lists_and_tables() -> None:
    word = docx.Document()
    word.add_paragraph("Growth team plan", style="Title")
    word.add_paragraph("Owner: Maya Chen")
    word.add_paragraph("Goals", style="Heading 1")
    word.add_paragraph("Speed", style="Heading 2")
    word.add_paragraph(
        "Reduce first response time from 6 hours to 2 hours by March 31, 2027",
        style="List Number",
    )
    word.add_paragraph("Raise CSAT from 84% to 90% by June 30, 2027", style="List Number")
    word.add_paragraph("KPIs", style="Heading 1")
    table = word.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [("Metric", "Baseline", "Target"), ("CSAT", "84%", "≥ 90%"), ("Backlog", "320", "< 100")],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    word.add_paragraph("Benefits", style="Heading 1")
    word.add_paragraph("Learning budget", style="List Bullet")
    result = opscontent.parse_docx(_bytes(word), today=TODAY)
    doc = result.document
    assert doc.meta.title == "Growth team plan"
    assert [s.kind for s in doc.sections] == ["goals", "metrics", "custom"]
    goals = doc.sections[0]
    assert isinstance(goals, GoalsSection)
    assert [g.statement for g in goals.items] == [
        "Reduce first response time from 6 hours to 2 hours by March 31, 2027",
        "Raise CSAT from 84% to 90% by June 30, 2027",
    ]
    metrics = doc.sections[1]
    assert isinstance(metrics, MetricsSection)
    assert [(m.name, m.baseline, m.target, m.direction) for m in metrics.items] == [
        ("CSAT", 84, 90, "increase"),
        ("Backlog", 320, 100, "decrease"),
    ]
    assert [r.destination for r in result.lines if r.text == "Metric\tBaseline\tTarget"] == [
        "header"
    ]
    assert all(r.destination for r in result.lines if r.text.strip())


def test_outline_levels_without_heading_styles() -> None:
    word = docx.Document()
    word.add_paragraph("渠道运营岗位说明")
    for title, items in (
        ("岗位职责", ["负责渠道投放", "负责渠道结算"]),
        ("任职要求", ["2年以上经验", "熟悉SQL"]),
    ):
        _outline_level(word.add_paragraph(title), 0)
        for item in items:
            word.add_paragraph(item)
    result = opscontent.parse_docx(_bytes(word))
    assert [s.kind for s in result.document.sections] == ["responsibilities", "requirements"]
    assert [len(getattr(s, "items", [])) for s in result.document.sections] == [2, 2]


@pytest.mark.parametrize(
    "path", sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")[::6], ids=lambda p: p.name
)
def test_a_docx_without_heading_styles_is_read_by_the_text_rules(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    word = docx.Document()
    for line in text.splitlines():
        word.add_paragraph(line)
    from_word = opscontent.parse_docx(_bytes(word), today=TODAY)
    from_text = opscontent.parse_text(text, today=TODAY)
    assert from_word.document == from_text.document
    assert [(r.destination, r.marker) for r in from_word.lines] == [
        (r.destination, r.marker) for r in from_text.lines
    ]


def test_not_a_word_file() -> None:
    with pytest.raises(DecodeError, match=r"not a Word \(\.docx\) file"):
        opscontent.parse_docx(b"PK\x03\x04 not really a zip")


def test_the_import_command_reads_docx(tmp_path: Path) -> None:
    from opscontent.cli import main

    word = docx.Document()
    word.add_paragraph("岗位职责", style="Heading 1")
    word.add_paragraph("负责渠道投放", style="List Bullet")
    word.add_paragraph("任职要求", style="Heading 1")
    word.add_paragraph("2年以上经验", style="List Bullet")
    source = tmp_path / "plan.docx"
    source.write_bytes(_bytes(word))
    target = tmp_path / "plan.json"
    assert main(["import", str(source), "-o", str(target)]) == 0
    assert opscontent.load(target).sections[0].kind == "responsibilities"
