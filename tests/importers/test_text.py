"""Importers: goal sentences, pasted documents, round trips through the text renderer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import opscontent
from opscontent.importers import classify_heading
from opscontent.model import MetricsSection, RequirementsSection, ResponsibilitiesSection

from ..conftest import EXAMPLES, FIXTURES

IMPORT = FIXTURES / "import"
GOALS = yaml.safe_load((IMPORT / "goals.yaml").read_text(encoding="utf-8"))
EXPECTED = yaml.safe_load((IMPORT / "expected.yaml").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize("case", GOALS, ids=[c["sentence"] for c in GOALS])
def test_goal_sentences(case: dict[str, Any]) -> None:
    parsed = opscontent.parse_goal(case["sentence"], today=TODAY)
    assert parsed.metric == case["metric"]
    if "direction" in case:
        assert parsed.direction == case["direction"]
    for name in ("baseline", "target", "change"):
        if name in case:
            quantity = getattr(parsed, name)
            assert quantity is not None, name
            assert [quantity.value, quantity.unit] == case[name]
    if "ambiguous" in case:
        assert parsed.change_ambiguous is case["ambiguous"]
    if "deadline" in case:
        assert parsed.deadline == case["deadline"]
    if "owner" in case:
        assert parsed.owner == case["owner"]
    assert parsed.bound == case.get("bound")
    assert parsed.goal is not None


def test_unreadable_goal_reports_what_is_missing() -> None:
    parsed = opscontent.parse_goal("百分之五", today=TODAY)
    assert parsed.goal is None
    assert {"metric", "direction", "deadline"} <= set(parsed.unresolved)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("跨部门协作机制", "coordination"),
        ("绩效考核指标", "metrics"),
        ("Success measures", "metrics"),
        ("What you will do", "tasks"),
        ("工作职责", "responsibilities"),
        ("职责描述", "responsibilities"),
        ("Key duties", "responsibilities"),
        ("任职资格", "requirements"),
        ("总结与展望", "outlook"),
        ("公司简介", None),
    ],
)
def test_headings_are_classified_by_meaning(heading: str, kind: str | None) -> None:
    assert classify_heading(heading) == kind


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=str)
def test_fixture_documents(name: str) -> None:
    text = (IMPORT / name).read_text(encoding="utf-8")
    result = opscontent.parse_text(text)
    assert [s.kind for s in result.document.sections] == EXPECTED[name]
    _assert_nothing_lost(text, result)


def test_noise_goes_to_leftovers_and_title_to_meta() -> None:
    result = opscontent.parse_text((IMPORT / "zh-wiki-paste.txt").read_text(encoding="utf-8"))
    assert result.document.meta.title == "社群运营专员工作内容"
    assert result.leftovers == ["3天前", "———————", "阅读全文", "赞 12"]
    metrics = result.document.section("metrics")
    assert isinstance(metrics, MetricsSection)
    assert [m.name for m in metrics.items] == ["社群日活跃率", "月度活动场次"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("locale", ["zh", "en"])
def test_round_trip_through_the_renderers(path: Path, locale: str, fmt: str) -> None:
    doc = opscontent.load(path)
    result = opscontent.parse_text(str(opscontent.render(doc, fmt, locale=locale)))
    assert [s.kind for s in result.document.sections] == [s.kind for s in doc.sections]
    for got, want in zip(result.document.sections, doc.sections, strict=True):
        assert len(getattr(got, "items", [])) == len(getattr(want, "items", []))


def _assert_nothing_lost(text: str, result: opscontent.ImportResult) -> None:
    """Every non-blank line is accounted for, and its content is where the record says."""
    data = json.loads(opscontent.dumps(result.document))
    for record in result.lines:
        if not record.text.strip():
            continue
        assert record.destination, record
        if record.destination in {"leftovers", "markup", "header"}:
            continue
        value: Any = data
        for part in (
            record.destination.removeprefix("$").replace("[", ".").replace("]", "").split(".")
        ):
            if part:
                value = value[int(part)] if part.isdigit() else value[part]
        shown = json.dumps(value, ensure_ascii=False) + "\n".join(record.values)
        kept = list(record.text)
        for char in record.marker:  # the marker may be split: 【…】, **…**
            if char in kept:
                kept.remove(char)
        words = "".join(kept).replace("|", " ").split()
        for word in words:
            core = word.strip("：:*_#`\\")
            assert not core or core[:2] in shown, (record, core)


# Regressions found by the property tests (shrunk examples, pinned).


def test_negative_target_is_read() -> None:
    parsed = opscontent.parse_goal("将增长的用户从0%提升至-1%", today=TODAY)
    assert parsed.target is not None
    assert parsed.target.value == -1


def test_kpis_with_the_same_name_get_distinct_keys() -> None:
    result = opscontent.parse_text("Plan\n\nMetrics\n- user\n- user\n")
    metrics = result.document.section("metrics")
    assert isinstance(metrics, MetricsSection)
    assert [m.key for m in metrics.items] == ["user", "user_2"]


def test_rejected_goal_keeps_its_sub_items() -> None:
    text = "用户\n一、工作目标\n- 用户\n（一）岗位职责\n- 增长"
    result = opscontent.parse_text(text)
    _assert_nothing_lost(text, result)
    assert "增长" in str(result.document.sections[0].summary)


def test_fact_lines_are_not_headings() -> None:
    result = opscontent.parse_text("用户\n\n岗位：客服\n生效日期：2020年1月1日\n")
    assert result.document.sections == []
    assert result.document.meta.role == "客服"  # header facts fill the meta fields
    assert str(result.document.meta.effective_date) == "2020-01-01"


def test_negative_and_prefixed_currency_amounts() -> None:
    parsed = opscontent.parse_goal("将增长的用户从¥0.00提升至-¥1.00", today=TODAY)
    assert parsed.target is not None
    assert (parsed.target.value, parsed.target.currency) == (-1, "CNY")
    en = opscontent.parse_goal("Reduce cost from CN¥45.00 to CN¥38.00 by June 30, 2027")
    assert en.baseline is not None
    assert (en.baseline.value, en.baseline.currency) == (45, "CNY")


def test_nested_item_after_an_enumeration_is_kept() -> None:
    text = "用户\n一、岗位职责\n用户，包括数据、分析和报告。\n  - 用户\n（一）岗位职责"
    _assert_nothing_lost(text, opscontent.parse_text(text))


def test_adjacent_headings_of_one_kind_merge() -> None:
    text = "用户运营专员\n岗位要求：\n1、本科及以上学历\n加分项：\n1、有社群运营经验者优先\n"
    result = opscontent.parse_text(text)
    (section,) = result.document.sections
    assert isinstance(section, RequirementsSection)
    assert "加分项" in str(section.summary)
    assert [item.required for item in section.items] == [True, False]
    assert any("merged" in note for note in result.notes)
    _assert_nothing_lost(text, result)


def test_list_separators_end_with_the_marker_not_the_item() -> None:
    """The ；/; that ends an enumerated item belongs to the list; a closing 。 stays."""
    text = "运营专员\n岗位职责：\n1、负责公众号内容发布；\n2、输出运营周报;\n3、策划线上活动。\n"
    result = opscontent.parse_text(text)
    (section,) = result.document.sections
    assert isinstance(section, ResponsibilitiesSection)
    assert [item.area for item in section.items] == [
        "负责公众号内容发布",
        "输出运营周报",
        "策划线上活动。",
    ]
    assert [r.marker for r in result.lines[2:5]] == ["1、；", "2、;", "3、"]
    _assert_nothing_lost(text, result)


@pytest.mark.parametrize(
    "label", ["About the role", "**岗位概述**", "## Role overview", "职位简介："]
)
def test_a_label_before_the_lead_goes_to_the_leftovers(label: str) -> None:
    """The lead paragraph does not start with its own label; the label is kept, with a note."""
    text = f"运营专员\n\n{label}\n负责用户运营。\n\n岗位职责：\n1、拉新\n"
    result = opscontent.parse_text(text)
    assert result.document.meta.summary == "负责用户运营。"
    assert result.leftovers == [label]
    assert any("label of the summary" in note for note in result.notes)
    _assert_nothing_lost(text, result)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("作者：王晓明、李静", ["王晓明", "李静"]),
        ("Authors: Wang Xiaoming, Li Jing", ["Wang Xiaoming", "Li Jing"]),
        ("Authors: Ann Lee and Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("作者：王晓明", ["王晓明"]),
        ("创建者：赵磊，最后修改于 2026-10-12", ["赵磊，最后修改于 2026-10-12"]),
    ],
)
def test_a_line_of_authors_names_each_person(line: str, authors: list[str]) -> None:
    """Names are split where each part is a name; anything else stays as written."""
    result = opscontent.parse_text(f"运营计划\n{line}\n\n一、具体任务\n1. 周报\n")
    assert result.document.meta.authors == authors
