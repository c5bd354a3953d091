"""Importing a translation into the document it translates: alignment, report, never a word lost.

Small documents written here; the corpus of real layouts is in ``test_translation_corpus.py``.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import opscontent
from opscontent.exceptions import TranslationError, UnknownLocaleError
from opscontent.importers import TranslationResult, import_translation
from opscontent.model import Document
from opscontent.model.localized import Localized
from opscontent.model.walk import iter_texts
from opscontent.paths import format_path
from opscontent.testing import documents

TODAY = dt.date(2026, 11, 29)

BASE = """\
meta:
  title: 社群运营计划
  role: 社群运营专员
  language: zh-Hans
  version: "1.0"
  authors: [赵婷]
sections:
  - kind: tasks
    summary: 重点任务如下。
    items:
      - name: 社群日常维护
        description: 每日发布话题，及时回答问题。
        cadence: daily
        owner: 赵婷
        tools: [企业微信, 腾讯文档]
      - name: 专家直播答疑
        deliverables: [直播回放]
  - kind: goals
    items:
      - id: g1
        statement: 在2027年6月30日前将社群周活跃率从18%提升至25%
        metric: weekly_active
        baseline: {value: 18, unit: percent}
        target: {value: 25, unit: percent}
        deadline: 2027-06-30
        owner: 赵婷
  - kind: metrics
    items:
      - key: weekly_active
        name: 社群周活跃率
        unit: percent
        direction: increase
        baseline: 18
        target: 25
  - kind: projects
    items:
      - name: 付费社群试点
        objective: 验证付费社群模式
        milestones:
          - name: 方案确认
            date: 2027-07-10
          - name: 试点上线
            date: 2027-08-01
            owner: 赵婷
"""

ENGLISH = """\
# Community operations plan

**Role:** Community Operations Specialist

## Key tasks

These are our key tasks for the quarter.

- **Daily community upkeep** (daily): Post a topic every day and answer questions promptly.
  - Owner: Zhao Ting
  - Tools: WeCom, Tencent Docs
- **Expert live Q&A**
  - Deliverable: Live replay

## Goals

1. Raise the weekly active rate of our communities from 18% to 25% by June 30, 2027
   - Owner: Zhao Ting

## Metrics

| KPI | Baseline | Target |
|---|---|---|
| Weekly active rate | 18% | 25% |

## Projects

### Paid community pilot

- Objective: Validate the paid community model
- Budget: ¥50,000

| Milestone | Date | Owner |
|---|---|---|
| Plan confirmed | 2027-07-10 | |
| Pilot launch | 2027-08-01 | Zhao Ting |
"""


def _base() -> Document:
    return opscontent.loads(BASE, format="yaml")


def _import(text: str, base: Document | None = None, **options: Any) -> TranslationResult:
    return import_translation(text, base or _base(), today=TODAY, **options)


def _reasons(result: TranslationResult) -> list[tuple[str, str | None]]:
    return [(u.reason, u.path) for u in result.report.unaligned]


def test_every_text_finds_its_field() -> None:
    result = _import(ENGLISH)
    doc = result.document
    texts = {a.path: a.text for a in result.report.aligned}
    assert texts == {
        "$.meta.title": "Community operations plan",
        "$.meta.role": "Community Operations Specialist",
        "$.sections[0].summary": "These are our key tasks for the quarter.",
        "$.sections[0].items[0].name": "Daily community upkeep",
        "$.sections[0].items[0].description": "Post a topic every day and answer questions "
        "promptly.",
        "$.sections[0].items[0].owner": "Zhao Ting",
        "$.sections[0].items[0].tools[0]": "WeCom",
        "$.sections[0].items[0].tools[1]": "Tencent Docs",
        "$.sections[0].items[1].name": "Expert live Q&A",
        "$.sections[0].items[1].deliverables[0]": "Live replay",
        "$.sections[1].items[0].statement": "Raise the weekly active rate of our communities "
        "from 18% to 25% by June 30, 2027",
        "$.sections[1].items[0].owner": "Zhao Ting",
        "$.sections[2].items[0].name": "Weekly active rate",
        "$.sections[3].items[0].name": "Paid community pilot",
        "$.sections[3].items[0].objective": "Validate the paid community model",
        "$.sections[3].items[0].milestones[0].name": "Plan confirmed",
        "$.sections[3].items[0].milestones[1].name": "Pilot launch",
        "$.sections[3].items[0].milestones[1].owner": "Zhao Ting",
    }
    task = doc.sections[0].items[0]  # type: ignore[attr-defined]
    assert isinstance(task.name, Localized)
    assert dict(task.name.texts) == {"zh-Hans": "社群日常维护", "en": "Daily community upkeep"}
    assert doc.meta.language == "zh-Hans"
    assert doc.meta.languages == ["zh-Hans", "en"]
    assert [r.text for r in result.report.restated] == ["(daily)"]


def test_the_authors_words_stay_as_written() -> None:
    base = _base()
    result = _import(ENGLISH, base)
    before = dict(iter_texts(base))
    after = {p: t for p, t in iter_texts(result.document) if p[:2] != ("meta", "languages")}
    assert after.keys() == before.keys()
    for path, text in after.items():
        assert str(text) == before[path], path  # the primary text of every field
    plain = result.document.model_dump(mode="json", exclude={"meta": {"languages"}})

    def primary(value: Any) -> Any:
        if isinstance(value, dict) and "zh-Hans" in value and "en" in value:
            return value["zh-Hans"]
        if isinstance(value, dict):
            return {k: primary(v) for k, v in value.items()}
        if isinstance(value, list):
            return [primary(v) for v in value]
        return value

    assert primary(plain) == base.model_dump(mode="json", exclude={"meta": {"languages"}})


def test_what_cannot_be_aligned_is_reported_with_its_place() -> None:
    english = ENGLISH.replace(
        "  - Deliverable: Live replay",
        "  - Deliverable: Live replay\n- **Weekly report**: Report engagement for each group.",
    ).replace("## Metrics", "## Benefits\n\n- Flexible hours\n\n## Metrics")
    result = _import(english)
    reasons = _reasons(result)
    assert ("extra_item", "$.sections[0].items[2]") in reasons
    assert ("extra_section", None) in reasons
    assert ("extra_text", "$.sections[3].items[0]") in reasons  # Budget: ¥50,000
    assert ("not_localizable", None) not in reasons
    extra = next(u for u in result.report.unaligned if u.reason == "extra_item")
    assert extra.text == "Weekly report / Report engagement for each group."
    assert (
        extra.line
        == english.splitlines().index("- **Weekly report**: Report engagement for each group.") + 1
    )
    budget = next(u for u in result.report.unaligned if u.reason == "extra_text")
    assert budget.text == "Budget: ¥50,000"
    assert budget.line == english.splitlines().index("- Budget: ¥50,000") + 1


def test_missing_parts_and_lists_of_another_length_are_reported() -> None:
    english = ENGLISH.replace("  - Tools: WeCom, Tencent Docs\n", "  - Tools: WeCom\n")
    english = english.split("## Goals")[0]  # no goals, metrics or projects
    result = _import(english)
    reasons = _reasons(result)
    assert ("different_shape", "$.sections[0].items[0].tools") in reasons
    assert ("missing_section", "$.sections[1]") in reasons
    assert ("missing_section", "$.sections[3]") in reasons
    task = result.document.sections[0].items[0]  # type: ignore[attr-defined]
    assert task.tools == ["企业微信", "腾讯文档"]  # kept as written, in Chinese only


def test_a_number_the_translation_changed_is_reported_not_applied() -> None:
    english = ENGLISH.replace("from 18% to 25%", "from 18% to 30%")
    result = _import(english)
    (difference,) = result.report.differences
    assert (difference.path, difference.value, difference.translated) == (
        "$.sections[1].items[0].target.value",
        25,
        30,
    )
    goal = result.document.goals()[0]
    assert goal.target is not None
    assert goal.target.value == 25
    assert "different_value 30 where the document has 25" in result.report.lines("en.md")[-1]


def test_importing_again_replaces_that_language_only() -> None:
    first = _import(ENGLISH).document
    again = _import(ENGLISH.replace("Community operations plan", "Community plan"), first)
    title = again.document.meta.title
    assert isinstance(title, Localized)
    assert dict(title.texts) == {"zh-Hans": "社群运营计划", "en": "Community plan"}
    assert again.document.meta.languages == ["zh-Hans", "en"]


def test_the_language_is_checked_and_kept() -> None:
    with pytest.raises(TranslationError) as same:
        _import("# 社群运营计划\n\n## 重点任务\n\n- 社群日常维护")
    assert same.value.code == "OC015"
    with pytest.raises(UnknownLocaleError):
        _import(ENGLISH, language="english!")
    with pytest.raises(UnknownLocaleError):
        _import(ENGLISH, language="qq")
    result = _import(ENGLISH, language="en-US")
    assert result.report.language == "en-US"
    assert result.document.meta.languages == ["zh-Hans", "en-US"]
    assert opscontent.loads(opscontent.dumps(result.document, "yaml"), "yaml") == result.document


def test_a_document_that_does_not_name_its_language() -> None:
    base = opscontent.loads(BASE.replace("  language: zh-Hans\n", ""), format="yaml")
    result = _import(ENGLISH, base)
    assert result.document.meta.language == "zh-Hans"
    assert result.document.primary_language == "zh-Hans"
    title = result.document.meta.title
    assert str(title) == "社群运营计划"


def test_word_files_paths_and_bytes(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Community operations plan", level=0)
    word.add_heading("Key tasks", level=1)
    word.add_paragraph("Daily community upkeep: Post a topic every day.", style="List Bullet")
    buffer = io.BytesIO()
    word.save(buffer)
    from_word = _import_bytes(buffer.getvalue())
    paths = [a.path for a in from_word.report.aligned]
    assert "$.sections[0].items[0].name" in paths
    text = tmp_path / "en.md"
    text.write_text(ENGLISH, encoding="utf-8")
    from_path = import_translation(text, _base(), today=TODAY)
    assert from_path.report.aligned == _import(ENGLISH).report.aligned


def _import_bytes(data: bytes) -> TranslationResult:
    return import_translation(data, _base(), today=TODAY)


def test_the_report_reads_as_located_lines() -> None:
    result = _import(
        ENGLISH.replace("## Projects", "## Benefits\n\n- Flexible hours\n\n## Projects")
    )
    lines = result.report.lines("en.md")
    assert any(line.startswith("en.md:") and "extra_section 'Benefits'" in line for line in lines)
    summary = result.report.summary()
    assert summary.startswith(f"{len(result.report.aligned)} texts aligned (en); ")
    assert "1 extra_section" in summary


@settings(max_examples=12, deadline=None)
@given(documents(locale="zh"), documents(locale="en"), st.sampled_from(["markdown", "text"]))
def test_any_translation_leaves_the_document_as_written(
    base: Document, other: Document, fmt: str
) -> None:
    """Whatever the translation says, aligned or not, the document's own texts stay."""
    translation = str(opscontent.render(other, fmt, locale="en"))
    result = import_translation(translation, base, language="en", today=TODAY)
    languages = {("meta", "language"), ("meta", "languages")}  # set by the import
    texts = {p: str(t) for p, t in iter_texts(base) if p[:2] not in languages}
    assert {p: str(t) for p, t in iter_texts(result.document) if p[:2] not in languages} == texts
    written = {format_path(path) for path in texts}
    assert {a.path for a in result.report.aligned} <= written
    assert opscontent.loads(opscontent.dumps(result.document, "json"), "json") == result.document


def test_a_chinese_translation_of_an_english_document() -> None:
    base = opscontent.loads(
        "meta: {title: Community plan, language: en}\n"
        "sections:\n"
        "  - kind: tasks\n"
        "    items:\n"
        "      - {name: Daily upkeep, description: 'Post a topic daily, e.g. a morning greeting',"
        " owner: Zhao Ting, cadence: daily}\n",
        format="yaml",
    )
    chinese = (
        "# 社群运营计划\n\n## 重点任务\n\n- 社群日常维护：每日发布话题；例如：早安问候\n"
        "  - 负责人：赵婷\n  - 频率：每日\n"
    )
    result = import_translation(chinese, base, today=TODAY)
    assert result.report.language == "zh"
    assert {a.path: a.text for a in result.report.aligned} == {
        "$.meta.title": "社群运营计划",
        "$.sections[0].items[0].name": "社群日常维护",
        "$.sections[0].items[0].description": "每日发布话题；例如：早安问候",  # prose, not a label
        "$.sections[0].items[0].owner": "赵婷",
    }
    assert [r.text for r in result.report.restated] == ["每日"]
    assert result.document.meta.languages == ["en", "zh"]
