"""Validation of the model: every user mistake is an error with the JSON path of the value."""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

import opscontent
from opscontent import Quantity, Unit

BASE: dict[str, Any] = {"meta": {"title": "Plan"}, "sections": []}
KPI = {"key": "ctr", "name": "CTR", "unit": "percent", "direction": "increase"}


def problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(opscontent.ValidationError) as info:
        opscontent.loads(json.dumps(data))
    return [(p.path, p.kind) for p in info.value.problems]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({**BASE, "extra": 1}, ("$.extra", "extra_forbidden")),
        ({"meta": {"title": "  "}}, ("$.meta.title", "blank_string")),
        ({"meta": {"title": "\u3000\n\t"}}, ("$.meta.title", "blank_string")),
        ({"meta": {"title": "\x1c\x1f"}}, ("$.meta.title", "blank_string")),
        ({"meta": {"title": 5}}, ("$.meta.title", "string_type")),
        ({"meta": {}}, ("$.meta.title", "missing")),
        (
            {"meta": {"title": "t", "effective_date": 20270101}},
            ("$.meta.effective_date", "date_type"),
        ),
        ({**BASE, "sections": [{"kind": "nope"}]}, ("$.sections[0].kind", "union_tag_invalid")),
        ({**BASE, "sections": [{"title": "x"}]}, ("$.sections[0].kind", "union_tag_not_found")),
        (
            {**BASE, "sections": [{"kind": "metrics", "items": [{**KPI, "baseline": "3"}]}]},
            ("$.sections[0].items[0].baseline", "number_type"),
        ),
        (
            {**BASE, "sections": [{"kind": "metrics", "items": [{**KPI, "baseline": True}]}]},
            ("$.sections[0].items[0].baseline", "number_type"),
        ),
        (
            {**BASE, "sections": [{"kind": "metrics", "items": [{**KPI, "key": "Bad Key"}]}]},
            ("$.sections[0].items[0].key", "slug"),
        ),
        (
            {**BASE, "sections": [{"kind": "goals", "items": [{"id": "g", "metric": 5}]}]},
            ("$.sections[0].items[0].metric", "metric_ref"),
        ),
        (
            {
                **BASE,
                "sections": [
                    {"kind": "goals", "items": [{"id": "g", "metric": {**KPI, "name": ""}}]}
                ],
            },
            ("$.sections[0].items[0].metric.name", "blank_string"),
        ),
        ({**BASE, "sections": [{"kind": "custom"}]}, ("$.sections[0].title", "missing")),
        (
            {
                **BASE,
                "sections": [
                    {
                        "kind": "workflow",
                        "items": [{"stage": "planning", "name": "n", "time_node": {}}],
                    }
                ],
            },
            ("$.sections[0].items[0].time_node", "time_node_empty"),
        ),
    ],
)
def test_field_errors_name_the_path(data: Any, expected: tuple[str, str]) -> None:
    assert expected in problems(data)


def test_duplicate_section_kind() -> None:
    data = {
        **BASE,
        "sections": [
            {"kind": "tasks"},
            {"kind": "custom", "title": "a"},
            {"kind": "custom", "title": "b"},
            {"kind": "tasks"},
        ],
    }
    assert problems(data) == [("$.sections[3].kind", "duplicate_section")]


def test_duplicate_kpi_keys_and_unknown_references() -> None:
    data = {
        **BASE,
        "sections": [
            {"kind": "metrics", "items": [KPI, KPI]},
            {
                "kind": "goals",
                "items": [{"id": "g", "metric": "nope"}, {"id": "g", "metric": "ctr"}],
            },
            {"kind": "user_experience", "items": [{"method": "m", "metric": "gone"}]},
        ],
    }
    assert problems(data) == [
        ("$.sections[0].items[1].key", "duplicate_metric_key"),
        ("$.sections[1].items[0].metric", "unknown_metric"),
        ("$.sections[1].items[1].id", "duplicate_goal_id"),
        ("$.sections[2].items[0].metric", "unknown_metric"),
    ]


def test_inline_metric_key_must_not_repeat_a_kpi() -> None:
    data = {
        **BASE,
        "sections": [
            {"kind": "metrics", "items": [KPI]},
            {"kind": "goals", "items": [{"id": "g", "metric": KPI}]},
        ],
    }
    assert problems(data) == [("$.sections[1].items[0].metric.key", "duplicate_metric_key")]


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"unit": "currency"}, "currency_unit"),
        ({"unit": "count", "currency": "CNY"}, "currency_unit"),
        ({"unit": "currency", "currency": "ABC"}, "currency_code"),
        ({"unit": "duration"}, "duration_unit"),
        ({"unit": "percent", "time_unit": "day"}, "duration_unit"),
    ],
)
def test_quantity_units_need_their_details(fields: dict[str, Any], kind: str) -> None:
    goal = {"id": "g", "metric": KPI, "target": {"value": 1, **fields}}
    data = {**BASE, "sections": [{"kind": "goals", "items": [goal]}]}
    assert ("$.sections[0].items[0].target", kind) in problems(data)


def test_target_and_change_exclude_each_other() -> None:
    goal = {
        "id": "g",
        "metric": KPI,
        "target": {"value": 1, "unit": "percent"},
        "change": {"value": 1, "unit": "percent"},
    }
    assert problems({**BASE, "sections": [{"kind": "goals", "items": [goal]}]}) == [
        ("$.sections[0].items[0]", "target_and_change")
    ]


def test_period_must_be_ordered() -> None:
    goal = {"id": "g", "metric": KPI, "period": {"start": "2027-02-01", "end": "2027-01-01"}}
    assert problems({**BASE, "sections": [{"kind": "goals", "items": [goal]}]}) == [
        ("$.sections[0].items[0].period", "period_order")
    ]


def test_programmatic_sections_keep_their_kind_in_dumps() -> None:
    doc = opscontent.Document(
        meta=opscontent.Meta(title="t"), sections=[opscontent.model.TasksSection()]
    )
    assert json.loads(opscontent.dumps(doc))["sections"] == [{"kind": "tasks"}]


def test_quantity_keeps_integers() -> None:
    quantity = Quantity(value=40, unit=Unit.PERCENT)
    assert quantity.model_dump(mode="json", exclude_unset=True) == {"value": 40, "unit": "percent"}


def test_field_docstrings_become_schema_descriptions() -> None:
    schema = opscontent.json_schema()
    metric = schema["$defs"]["Metric"]["properties"]
    assert "goals use to refer" in metric["key"]["description"]
    assert schema["$defs"]["Metric"]["additionalProperties"] is False


def test_schema_pointer_is_accepted_and_kept() -> None:
    text = '{"$schema": "../schema/opscontent.schema.json", "meta": {"title": "t"}}'
    doc = opscontent.loads(text)
    assert doc.schema_ == "../schema/opscontent.schema.json"
    assert json.loads(opscontent.dumps(doc))["$schema"] == "../schema/opscontent.schema.json"


@given(st.text(max_size=5))
def test_text_is_blank_exactly_when_strip_leaves_nothing(text: str) -> None:
    """The Rust-checked pattern agrees with ``str.strip()`` on every string."""
    data = {"meta": {"title": text}}
    if text.strip():
        assert opscontent.loads(json.dumps(data)).meta.title == text
    else:
        assert problems(data) == [("$.meta.title", "blank_string")]


def test_models_built_in_python_say_blank_text_is_blank() -> None:
    """Scripts that build models directly get the same error as documents loaded from files."""
    with pytest.raises(pydantic.ValidationError) as info:
        opscontent.Metric.model_validate({**KPI, "name": " \n"})
    (error,) = info.value.errors()
    assert (error["type"], error["msg"], error["loc"]) == (
        "blank_string",
        "must not be blank",
        ("name",),
    )
