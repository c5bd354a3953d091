"""Enumerated values written by name (每周, 提升, 百分点): accepted everywhere, stored canonical."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types
import typing
from enum import Enum

import pydantic
import pytest
import yaml

import opscontent
from opscontent.i18n.aliases import (
    SYNONYMS,
    aliased_enums,
    aliases,
    conflicts,
    member_named,
    names,
)
from opscontent.model import (
    Cadence,
    Direction,
    Document,
    SalaryPeriod,
    Stage,
    TaskItem,
    TasksSection,
    TimeUnit,
    Unit,
)
from opscontent.model._aliases import AliasedEnum

_HAN = re.compile(r"[\u4e00-\u9fff]")

YAML = """\
meta:
  title: 运营计划
  language: zh
  workplace_type: 远程
  employment_type: [全职]
  salary: {currency: CNY, period: 月, min: 15000}
sections:
  - kind: tasks
    items:
      - {name: 周报, cadence: 每周}
      - {name: 月报, cadence: " 每月 "}
  - kind: workflow
    items:
      - {stage: 目标设定, name: 定目标, owner: 张伟, time_node: {cadence: 双周}}
  - kind: metrics
    items:
      - {key: retention, name: 留存率, unit: 百分点, direction: 提升, category: 滞后指标}
  - kind: requirements
    items:
      - {category: 技能, description: 熟悉SQL}
  - kind: coordination
    items:
      - {counterpart: 产品部, purpose: 对齐需求, mechanism: 会议, cadence: 每周}
  - kind: user_feedback
    items:
      - {channel: 问卷, cadence: 季度}
"""

CANONICAL = {
    ("meta", "workplace_type"): "remote",
    ("meta", "employment_type", 0): "full_time",
    ("meta", "salary", "period"): "month",
    ("sections", 0, "items", 0, "cadence"): "weekly",
    ("sections", 0, "items", 1, "cadence"): "monthly",
    ("sections", 1, "items", 0, "stage"): "goal_setting",
    ("sections", 1, "items", 0, "time_node", "cadence"): "biweekly",
    ("sections", 2, "items", 0, "unit"): "percentage_points",
    ("sections", 2, "items", 0, "direction"): "increase",
    ("sections", 2, "items", 0, "category"): "lagging",
    ("sections", 3, "items", 0, "category"): "skill",
    ("sections", 4, "items", 0, "mechanism"): "meeting",
    ("sections", 4, "items", 0, "cadence"): "weekly",
    ("sections", 5, "items", 0, "channel"): "survey",
    ("sections", 5, "items", 0, "cadence"): "quarterly",
}


def _at(data: typing.Any, path: tuple[str | int, ...]) -> typing.Any:
    for step in path:
        data = data[step]
    return data


def _assert_canonical(doc: Document) -> None:
    data = json.loads(opscontent.dumps(doc, "json"))
    assert {path: _at(data, path) for path in CANONICAL} == CANONICAL


def test_yaml_json_and_toml_take_chinese_names_and_dump_the_canonical_values() -> None:
    doc = opscontent.loads(YAML, "yaml")
    _assert_canonical(doc)
    written = yaml.safe_load(YAML)
    assert _at(written, ("sections", 2, "items", 0, "unit")) == "百分点"
    from_json = opscontent.loads(json.dumps(written, ensure_ascii=False), "json")
    assert from_json == doc
    assert opscontent.dumps(from_json, "yaml") == opscontent.dumps(doc, "yaml")
    assert "百分点" not in opscontent.dumps(doc, "yaml")
    toml = (
        '[meta]\ntitle = "计划"\n\n[[sections]]\nkind = "tasks"\n\n'
        '[[sections.items]]\nname = "周报"\ncadence = "每两周"\n'
    )
    section = opscontent.loads(toml, "toml").sections[0]
    assert isinstance(section, TasksSection)
    assert section.items[0].cadence is Cadence.BIWEEKLY


def test_python_api_json_mode_and_assignment_take_names() -> None:
    task = TaskItem(name="x", cadence="每周")  # type: ignore[arg-type]
    assert task.cadence is Cadence.WEEKLY
    task.cadence = "双周"  # type: ignore[assignment]
    assert task.cadence is Cadence.BIWEEKLY
    assert (
        TaskItem.model_validate_json('{"name": "x", "cadence": "按需"}').cadence is Cadence.AD_HOC
    )
    assert Direction("提高") is Direction.INCREASE
    assert Stage("评估与反馈") is Stage.EVALUATION
    assert Unit("百分点") is Unit.PERCENTAGE_POINTS


@pytest.mark.parametrize(
    ("written", "member"),
    [
        (" 每周\t", Cadence.WEEKLY),
        ("\u3000每周\u3000", Cadence.WEEKLY),  # ideographic spaces
        ("ｗｅｅｋｌｙ", Cadence.WEEKLY),  # full-width letters
        ("％", Unit.PERCENT),
        ("weekly ", Cadence.WEEKLY),
    ],
)
def test_space_around_and_full_width_forms_are_normalized(written: str, member: Enum) -> None:
    assert type(member)(written) is member


def test_unknown_names_stay_errors() -> None:
    with pytest.raises(ValueError, match="not a valid Cadence"):
        Cadence("often")
    with pytest.raises(pydantic.ValidationError) as info:
        TaskItem(name="x", cadence="WEEKLY")  # type: ignore[arg-type]  # no case folding
    assert info.value.errors()[0]["type"] == "enum"
    assert member_named(Cadence, "") is None


def test_no_name_stands_for_two_members_of_one_enumeration() -> None:
    assert {cls.__name__: conflicts(cls) for cls in aliased_enums() if conflicts(cls)} == {}


def test_every_member_can_be_written_in_chinese() -> None:
    missing = [
        member
        for cls in aliased_enums()
        for member, found in names(cls).items()
        if not any(_HAN.search(name) for name in found)
    ]
    assert missing == []


def test_every_alias_names_its_member() -> None:
    for cls in aliased_enums():
        for member, found in names(cls).items():
            assert all(cls(name) is member for name in found), member


def test_synonyms_name_values_and_add_what_no_label_says() -> None:
    for cls, table in SYNONYMS.items():
        assert set(table) <= {m.value for m in cls}, cls
        for value, synonyms in table.items():
            labelled = _labels(cls(value))
            assert not set(synonyms) & labelled, (cls, value, set(synonyms) & labelled)


def _labels(member: Enum) -> set[str]:
    from opscontent.i18n import language
    from opscontent.i18n.labels import enum_label

    return {enum_label(member, language(name)) for name in ("zh", "en")}


def test_time_units_are_named_by_cldr() -> None:
    assert {"小时", "hours"} <= set(names(TimeUnit)[TimeUnit.HOUR])
    assert aliases(SalaryPeriod)["月"] is SalaryPeriod.MONTH


def _enums(annotation: object) -> typing.Iterator[type]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        yield from _enums(typing.get_args(annotation)[0])
    elif origin is not None or isinstance(annotation, types.UnionType):
        for arg in typing.get_args(annotation):
            yield from _enums(arg)
    elif isinstance(annotation, type) and issubclass(annotation, Enum | pydantic.BaseModel):
        yield annotation


def test_every_enumeration_of_a_model_field_takes_names() -> None:
    seen: set[type] = set()
    todo: list[type] = [Document, *opscontent.model.SECTION_CLASSES.values()]
    found: set[type] = set()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for info in model.model_fields.values():  # type: ignore[attr-defined]
            for cls in _enums(info.annotation):
                if issubclass(cls, Enum):
                    found.add(cls)
                else:
                    todo.append(cls)
    assert {cls for cls in found if not issubclass(cls, AliasedEnum)} == set()
    assert found == set(aliased_enums())


def test_the_alias_table_is_read_on_the_first_name_only() -> None:
    code = (
        "import sys, opscontent.model as m; "
        "m.TaskItem(name='x', cadence='weekly'); "
        "print('opscontent.i18n.aliases' in sys.modules); "
        "m.TaskItem(name='x', cadence='每周'); "
        "print('opscontent.i18n.aliases' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "True"]
