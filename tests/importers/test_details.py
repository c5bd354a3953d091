"""Labelled details read into an item's fields, in the layouts the renderers write and people type.

Each case is a section as text, the kind it must be read as, and fields of its first item. The
line records must keep every character: labels as markers, values where they went or among the
typed values.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import opscontent
from opscontent.importers import ImportResult

from .test_corpus import fragments

TODAY = dt.date(2026, 11, 29)

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (  # inline details in brackets, an enumerated value by its label, a list
        "三、具体任务\n（一）渠道投放管理：跟踪获客成本。（频率：每周；负责人：用户运营组；"
        "工具：巨量引擎、神策分析）\n",
        "tasks",
        {
            "name": "渠道投放管理",
            "description": "跟踪获客成本。",
            "cadence": "weekly",
            "owner": "用户运营组",
            "tools": ["巨量引擎", "神策分析"],
        },
    ),
    (  # detail lines under the item (Markdown), English labels and a written list
        "# Plan\n\n## 3. Key tasks\n\n1. **Newsletter**: Send the weekly issue.\n"
        "   - Cadence: weekly\n   - Tools: Notion and Ahrefs\n",
        "tasks",
        {
            "name": "Newsletter",
            "description": "Send the weekly issue.",
            "cadence": "weekly",
            "tools": ["Notion", "Ahrefs"],
        },
    ),
    (  # an unknown label of an enumerated value stays text: never a guess
        "三、具体任务\n（一）周报：汇总数据。（频率：看情况；负责人：王晓明）\n",
        "tasks",
        {"description": "汇总数据。（频率：看情况）", "cadence": None, "owner": "王晓明"},
    ),
    (  # an enumerated head: category label, colon, description
        "二、任职要求\n（一）学历：本科及以上学历\n（二）专业技能：熟练使用SQL\n",
        "requirements",
        {"category": "education", "description": "本科及以上学历"},
    ),
    (  # the stage of a workflow step, a time node
        "四、工作流程\n（一）执行与数据监控：按计划执行。（环节：执行与监控；负责人：专员；"
        "时间节点：5天内）\n",
        "workflow",
        {
            "name": "执行与数据监控",
            "stage": "execution_monitoring",
            "owner": "专员",
            "time_node": {"within": {"value": 5, "unit": "day"}},
        },
    ),
    (  # a workflow table: the first column is the stage, the step joins name and description
        "# Plan\n\n## Workflow\n\n| Stage | Step | Owner |\n| --- | --- | --- |\n"
        "| Planning | Build the calendar: Plan topics a quarter ahead. | Maya Chen |\n",
        "workflow",
        {
            "stage": "planning",
            "name": "Build the calendar",
            "description": "Plan topics a quarter ahead.",
            "owner": "Maya Chen",
        },
    ),
    (  # a goal's owner, objective and initiatives (not its initiatives' labels)
        "五、工作目标\n（一）在2027年6月30日前将次日留存率从35%提升至40%\n- 负责人：王晓明\n"
        "- 上级目标：提升新用户的早期价值\n- 举措：上线新版新手任务、首周权益包\n",
        "goals",
        {
            "statement": "在2027年6月30日前将次日留存率从35%提升至40%",
            "owner": "王晓明",
            "objective": "提升新用户的早期价值",
            "initiatives": ["上线新版新手任务", "首周权益包"],
        },
    ),
    (  # a KPI as text: amounts in its unit, scope, frequency, category
        "6. Metrics and KPIs\n6.1 Organic sessions: Sessions from search (Scope: the blog; "
        "Baseline: 120,000; Target: 150,000; Frequency: monthly; Category: leading indicator)\n",
        "metrics",
        {
            "name": "Organic sessions",
            "definition": "Sessions from search",
            "scope": "the blog",
            "baseline": 120000,
            "target": 150000,
            "frequency": "monthly",
            "category": "leading",
        },
    ),
    (  # a project: period, list, milestones as dated lines
        "八、项目推动\n（一）新手引导改版：将次日留存率提升至40%（负责人：王晓明；"
        "周期：2027年1月10日至4月30日；资源：产品经理1名、前端开发2名）\n"
        "1. 2027年2月10日：完成方案设计（负责人：王晓明；交付物：改版方案）\n",
        "projects",
        {
            "objective": "将次日留存率提升至40%",
            "start": "2027-01-10",
            "end": "2027-04-30",
            "resources": ["产品经理1名", "前端开发2名"],
            "milestones": [
                {
                    "name": "完成方案设计",
                    "date": "2027-02-10",
                    "owner": "王晓明",
                    "deliverable": "改版方案",
                }
            ],
        },
    ),
    (  # a label that names no field stays where it was written
        "Section: Projects\n\nProject: Mini program redesign\nObjective: Lift conversion\n"
        "Budget: ¥50,000\n",
        "projects",
        {"name": "Mini program redesign", "objective": "Lift conversion；Budget: ¥50,000"},
    ),
]


def _first_item(result: ImportResult, kind: str) -> dict[str, Any]:
    section = next(s for s in result.document.sections if s.kind == kind)
    item = section.items[0]  # type: ignore[attr-defined]
    assert not isinstance(item, str)
    data: dict[str, Any] = item.model_dump(mode="json", exclude_none=True)
    return data


@pytest.mark.parametrize(("text", "kind", "expected"), CASES)
def test_labelled_details_fill_their_fields(text: str, kind: str, expected: dict[str, Any]) -> None:
    result = opscontent.parse_text(text, today=TODAY)
    item = _first_item(result, kind)
    for name, value in expected.items():
        assert item.get(name) == value, (name, item)
    data = opscontent.dumps(result.document, "json")
    for record in result.lines:
        if record.destination.startswith("$"):
            shown = data + "\n".join(record.values)
            for piece in fragments(record.text, record.marker):
                assert piece in shown, (record, piece)


def test_translations_keep_the_details_for_their_own_reading() -> None:
    from opscontent.importers._items import details_kept_whole

    with details_kept_whole():
        result = opscontent.parse_text(CASES[0][0], today=TODAY)
    assert _first_item(result, "tasks")["description"].endswith(
        "（频率：每周；负责人：用户运营组；工具：巨量引擎、神策分析）"
    )


def test_a_first_line_that_is_a_heading_opens_its_section() -> None:
    text = "岗位职责\n1. 负责用户增长\n工作目标\n1. 在未来三个月内将留存率提高5%\n"
    result = opscontent.parse_text(text, today=TODAY)
    assert [s.kind for s in result.document.sections] == ["responsibilities", "goals"]
    assert result.document.meta.title == "未命名文档"
    assert any("percentage points" in note for note in result.notes)  # change_ambiguous
    titled = opscontent.parse_text("用户增长运营岗位职责\n1. 负责用户增长\n", today=TODAY)
    assert titled.document.meta.title == "用户增长运营岗位职责"  # a title that holds a keyword


def test_a_goal_refers_to_the_kpi_it_names() -> None:
    text = (
        "五、工作目标\n1. 在2027年6月30日前将获客成本从45元降至38元\n\n"
        "六、目标指标\n| 指标 | 基线 | 目标值 |\n| --- | --- | --- |\n| 获客成本 | 45元 | 38元 |\n"
    )
    result = opscontent.parse_text(text, today=TODAY)
    goal = result.document.sections[0].items[0]  # type: ignore[attr-defined]
    assert goal.metric == result.document.sections[1].items[0].key  # type: ignore[attr-defined]
    assert any("KPI '获客成本'" in note for note in result.notes)


_KPIS_ZH = "六、目标指标\n（一）首月动销率：新店30天内出单的比例\n（二）服务满意度：商家评分\n"
_KPIS_EN = "## 6. Metrics and KPIs\n\n1. **Support satisfaction score**: Merchants' rating\n"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # in brackets after the text, the KPIs before
            _KPIS_ZH + "十六、用户体验\n（一）可用性测试：每季度邀请新商家走完入驻流程。"
            "（指标：首月动销率）\n",
            "首月动销率",
        ),
        (  # a detail line under the item (Markdown), the KPIs after the practice
            "# Plan\n\n## 16. User experience\n\n1. **Journey mapping**: Map the touchpoints.\n"
            "   - Metric: Support satisfaction score\n\n" + _KPIS_EN,
            "Support satisfaction score",
        ),
    ],
)
def test_a_practice_refers_to_the_kpi_it_names(text: str, name: str) -> None:
    result = opscontent.parse_text(text, today=TODAY)
    document = result.document
    kpis = {m.name: m.key for s in document.sections if s.kind == "metrics" for m in s.items}  # type: ignore[attr-defined]
    practice = next(s for s in document.sections if s.kind == "user_experience").items[0]  # type: ignore[attr-defined]
    assert practice.metric == kpis[name]
    assert name not in (practice.description or "")


def test_a_practice_naming_no_kpi_keeps_the_name_as_written() -> None:
    text = _KPIS_ZH + "十六、用户体验\n（一）可用性测试：走完入驻流程。（指标：复购率）\n"
    document = opscontent.parse_text(text, today=TODAY).document
    practice = next(s for s in document.sections if s.kind == "user_experience").items[0]  # type: ignore[attr-defined]
    assert practice.metric is None
    assert practice.description == "走完入驻流程。（指标：复购率）"


def test_a_practice_in_a_word_document_refers_to_the_kpi_it_names() -> None:
    source = opscontent.loads(
        "meta: {title: Plan, language: en}\n"
        "sections:\n"
        "- kind: metrics\n"
        "  items:\n"
        "  - {key: csat, name: Support satisfaction score, unit: score, direction: increase}\n"
        "- kind: user_experience\n"
        "  items:\n"
        "  - {method: Journey mapping, description: Map the touchpoints., metric: csat}\n",
        format="yaml",
    )
    rendered = opscontent.render(source, "docx", locale="en")
    assert isinstance(rendered, bytes)
    document = opscontent.parse_docx(rendered, today=TODAY).document
    (kpi,) = next(s for s in document.sections if s.kind == "metrics").items  # type: ignore[attr-defined]
    practice = next(s for s in document.sections if s.kind == "user_experience").items[0]  # type: ignore[attr-defined]
    assert (practice.metric, practice.description) == (kpi.key, "Map the touchpoints.")
