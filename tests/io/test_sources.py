"""A loaded document remembers its file and key positions; ``check`` locates with them."""

from __future__ import annotations

import gc
from pathlib import Path

import opscontent
from opscontent.io import source_of
from opscontent.io._sources import _SOURCES

PLAN = """meta:
  title: 计划
sections:
  - kind: custom
    title: TODO 待补充
"""


def test_check_locates_findings_of_a_loaded_document(tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    report = opscontent.check(opscontent.load(path), locale="en")
    assert report.file == str(path)
    placeholder = next(f for f in report.findings if f.path == "$.sections[0].title")
    assert (placeholder.line, placeholder.column) == (5, 5)


def test_text_without_a_name_is_located_too() -> None:
    report = opscontent.check(opscontent.loads(PLAN, "yaml"), locale="en")
    assert report.file is None
    assert all(f.line is not None for f in report.findings if f.path.startswith("$.sections[0]"))


def test_what_the_caller_says_wins() -> None:
    doc = opscontent.loads(PLAN, "yaml", file="a.yaml")
    report = opscontent.check(doc, file="b.yaml", locate=lambda _: (99, 1))
    assert report.file == "b.yaml"
    assert {f.line for f in report.findings} <= {99, None}


def test_a_built_or_copied_document_has_no_source() -> None:
    doc = opscontent.loads(PLAN, "yaml")
    assert source_of(doc) is not None
    assert source_of(doc.model_copy()) is None
    built = opscontent.Document.model_validate({"meta": {"title": "T"}})
    assert source_of(built) is None
    assert opscontent.check(built).findings[0].line is None


def test_the_record_goes_with_the_document() -> None:
    gc.collect()  # earlier documents waiting for the collector are gone first
    before = len(_SOURCES)
    docs = [opscontent.loads(PLAN, "yaml") for _ in range(50)]
    assert len(_SOURCES) == before + 50
    del docs
    gc.collect()
    assert len(_SOURCES) == before
