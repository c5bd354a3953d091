"""One failing and one passing case per finding code.

Each case changes one thing in the English example (which passes every code) and expects
the code to appear; the untouched example is the passing case.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

import opscontent
from opscontent.checks import CODES, Profile, Severity

Data = dict[str, Any]


def section(data: Data, kind: str) -> Data:
    return next(s for s in data["sections"] if s["kind"] == kind)


def drop(kind: str) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        data["sections"] = [s for s in data["sections"] if s["kind"] != kind]

    return change


def setting(kind: str, path: tuple[Any, ...], value: Any) -> Callable[[Data], None]:
    """Set ``value`` at ``path`` inside the section of ``kind`` (None deletes)."""

    def change(data: Data) -> None:
        node: Any = section(data, kind)
        for part in path[:-1]:
            node = node[part]
        if value is None:
            node.pop(path[-1], None)
        else:
            node[path[-1]] = value

    return change


def both(*changes: Callable[[Data], None]) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        for each in changes:
            each(data)

    return change


def empty(kind: str) -> Callable[[Data], None]:
    def change(data: Data) -> None:
        found = section(data, kind)
        found.pop("summary", None)
        found["items"] = []

    return change


def swap_stages(data: Data) -> None:
    items = section(data, "workflow")["items"]
    items[0], items[1] = items[1], items[0]


def reverse_milestones(data: Data) -> None:
    section(data, "projects")["items"][0]["milestones"].reverse()


def unused_kpi(data: Data) -> None:
    kpi = {
        "key": "spare",
        "name": "Spare",
        "unit": "count",
        "direction": "increase",
        "definition": "d",
        "data_source": "s",
    }
    section(data, "metrics")["items"].append(kpi)


def inline_metric_goal(data: Data) -> None:
    goal = section(data, "goals")["items"][1]
    goal.pop("objective", None)
    goal["metric"] = {
        "key": "inline_ctr",
        "name": "CTR",
        "unit": "percent",
        "scope": "s",
        "direction": "increase",
        "baseline": 4.5,
    }


def control_characters(data: Data) -> None:
    data["meta"]["title"] = "Content\x0coperations\x07 plan\ufffe"


def chinese_content(data: Data) -> None:
    data["meta"]["language"] = "zh-Hans"


CASES: list[tuple[str, Callable[[Data], None]]] = [
    ("OC101", drop("workflow")),
    ("OC102", drop("requirements")),
    ("OC103", empty("tasks")),
    (
        "OC105",
        both(setting("tasks", ("summary",), "Weekly work."), setting("tasks", ("items",), [])),
    ),
    ("OC104", setting("tasks", ("items", 0, "description"), "TODO: write this")),
    ("OC104", setting("tasks", ("items", 0, "name"), "负责XX平台的运营")),
    ("OC104", setting("tasks", ("summary",), "待定")),
    ("OC106", control_characters),
    ("OC107", chinese_content),
    ("OC201", setting("workflow", ("items", 1, "owner"), None)),
    ("OC202", setting("workflow", ("items", 1, "time_node"), None)),
    ("OC203", setting("workflow", ("items", 3, "stage"), "custom")),
    ("OC204", swap_stages),
    ("OC301", setting("metrics", ("items", 0, "scope"), None)),
    ("OC302", setting("goals", ("items", 1, "change"), None)),
    ("OC303", setting("metrics", ("items", 2, "baseline"), None)),
    ("OC304", setting("goals", ("items", 0, "target"), {"value": 500000, "unit": "count"})),
    ("OC304", setting("goals", ("items", 1, "change"), {"value": 40, "unit": "percentage_points"})),
    ("OC305", setting("goals", ("items", 0, "target"), {"value": 100000, "unit": "count"})),
    ("OC305", setting("goals", ("items", 1, "change"), {"value": -2, "unit": "percentage_points"})),
    ("OC306", inline_metric_goal),
    ("OC307", setting("goals", ("items", 0, "deadline"), None)),
    ("OC308", setting("goals", ("items", 0, "deadline"), "2026-12-31")),
    ("OC309", setting("goals", ("items", 0, "target"), {"value": 30, "unit": "percent"})),
    (
        "OC309",
        both(
            setting("goals", ("items", 2, "target"), None),
            setting("goals", ("items", 2, "change"), {"value": 5, "unit": "percentage_points"}),
        ),
    ),
    ("OC310", setting("goals", ("items", 0, "owner"), None)),
    ("OC311", setting("goals", ("items", 0, "target"), {"value": 140000, "unit": "count"})),
    ("OC311", setting("goals", ("items", 1, "change"), {"value": 2, "unit": "percent"})),
    ("OC311", setting("goals", ("items", 0, "deadline"), "2027-09-30")),
    ("OC311", setting("goals", ("items", 0, "direction"), "decrease")),
    (
        "OC312",
        setting(
            "goals",
            ("items", 0, "statement"),
            {
                "en": "Grow monthly organic sessions to the blog from 120,000 to 150,000 by June "
                "30, 2027",
                "zh": "2027年6月30日前将博客月度自然访问量从12万提升至16万",
            },
        ),
    ),
    ("OC401", setting("metrics", ("items", 1, "formula"), None)),
    ("OC402", setting("metrics", ("items", 0, "data_source"), None)),
    ("OC403", unused_kpi),
    ("OC404", setting("metrics", ("items", 0, "target"), 100000)),
    ("OC501", reverse_milestones),
    ("OC502", setting("projects", ("items", 0, "milestones", 0, "date"), "2027-01-01")),
    ("OC503", setting("projects", ("items", 0, "owner"), None)),
    ("OC504", setting("projects", ("items", 0, "milestones", 0, "owner"), None)),
    ("OC505", setting("projects", ("items", 0, "end"), "2027-01-01")),
    ("OC701", lambda data: data["meta"].update(languages=["en", "zh"])),
]


def codes(data: Data, **options: Any) -> list[str]:
    return opscontent.check(
        opscontent.loads(opscontent.dumps(opscontent.Document.model_validate(data))),
        locale="en",
        **options,
    ).codes()


def test_every_code_has_a_case() -> None:
    posting = {"OC601", "OC602"}  # the job-posting profile's: tests/unit/test_posting_profile.py
    languages = {"OC702"}  # the bilingual profile's: tests/checks/test_translations.py
    assert {code for code, _ in CASES} == set(CODES) - posting - languages


def test_the_example_passes_every_code(example_data: Data) -> None:
    assert set(codes(example_data)) == {"OC102"}  # customer service is only recommended


@pytest.mark.parametrize(
    ("code", "change"), CASES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(CASES)]
)
def test_code_is_reported(example_data: Data, code: str, change: Callable[[Data], None]) -> None:
    data = copy.deepcopy(example_data)
    change(data)
    found = codes(data)
    assert code in found


def test_empty_optional_section_is_a_warning(example_data: Data) -> None:
    example_data["sections"].append({"kind": "team_culture"})
    report = opscontent.check(opscontent.Document.model_validate(example_data), locale="en")
    (finding,) = [f for f in report.findings if f.code == "OC103"]
    assert finding.severity == "warning"
    assert report.ok


def test_today_moves_the_deadline_check(example_data: Data) -> None:
    doc = opscontent.Document.model_validate(example_data)
    assert "OC308" in opscontent.check(doc, today=dt.date(2027, 7, 1)).codes()
    assert "OC308" not in opscontent.check(doc, today=dt.date(2027, 1, 5)).codes()


def test_profile_overrides(example_data: Data) -> None:
    doc = opscontent.Document.model_validate(example_data)
    quiet = Profile(
        name="quiet", required=[], disable=["OC102"], severity={"OC403": Severity.ERROR}
    )
    assert opscontent.check(doc, profile=quiet).codes() == []
    strict = Profile(name="strict", required=[], max_point_change=1)
    assert "OC304" in opscontent.check(doc, profile=strict).codes()


def test_smart_verdicts_give_reasons(example_data: Data) -> None:
    doc = opscontent.Document.model_validate(example_data)
    report = opscontent.check(doc, locale="en")
    ctr = next(g for g in report.goals if g.goal == "newsletter-ctr")
    assert ctr.smart
    assert [v.letter for v in ctr.letters] == ["S", "M", "A", "R", "T"]
    achievable = ctr.letters[2].reason
    assert "4.5%" in achievable
    assert "6.5%" in achievable
    assert "2 percentage points" in achievable
    zh = opscontent.check(doc, locale="zh").goals[1].letters[2].reason
    assert "2个百分点" in zh


def test_score_and_ok(example_data: Data) -> None:
    doc = opscontent.Document.model_validate(example_data)
    report = opscontent.check(doc)
    assert report.ok
    assert 90 <= report.score < 100
    drop("workflow")(example_data)
    worse = opscontent.check(opscontent.Document.model_validate(example_data))
    assert not worse.ok
    assert worse.score < report.score


def test_findings_are_localized(example_data: Data) -> None:
    drop("workflow")(example_data)
    doc = opscontent.Document.model_validate(example_data)
    en = opscontent.check(doc, locale="en_US").findings[0]
    zh = opscontent.check(doc, locale="zh-Hans").findings[0]
    assert (en.code, en.path) == (zh.code, zh.path) == ("OC101", "$.sections")
    assert "Workflow" in en.message
    assert "工作流程" in zh.message
    assert zh.hint != en.hint


def rename_kpi(data: Data, old: str, new: str) -> None:
    """Rename the KPI ``old`` and every reference to it."""
    for kpi in section(data, "metrics")["items"]:
        if kpi["key"] == old:
            kpi["key"] = new
    for goal in section(data, "goals")["items"]:
        if goal["metric"] == old:
            goal["metric"] = new


def test_keys_are_not_placeholder_text(example_data: Data) -> None:
    # Pinned: a generated KPI key ``c_s___x82`` made OC104 read ``___`` as a blank to fill in.
    # Keys and ids are identifiers, not text a reader sees.
    first = section(example_data, "metrics")["items"][0]["key"]
    rename_kpi(example_data, first, "c_s___x82")
    section(example_data, "goals")["items"][0]["id"] = "g___1"
    assert "OC104" not in codes(example_data)


def test_placeholder_in_an_inline_metric_name_is_still_found(example_data: Data) -> None:
    inline_metric_goal(example_data)
    section(example_data, "goals")["items"][1]["metric"]["name"] = "CTR ___"
    assert "OC104" in codes(example_data)
