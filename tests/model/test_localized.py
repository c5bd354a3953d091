"""Localized text: a plain string or a mapping of language tags, read, checked and written back."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import jsonschema
import pydantic
import pytest

import opscontent
from opscontent.io import to_data
from opscontent.model import Document, Meta, TaskItem
from opscontent.model.localized import (
    Localized,
    best_language,
    text_in,
    texts_of,
)
from opscontent.schema import json_schema

TITLE = {"zh": "用户增长运营专员", "en": "User Growth Operations Specialist"}


def bilingual(**meta: Any) -> dict[str, Any]:
    return {
        "meta": {"title": TITLE, "language": "zh", "languages": ["zh", "en"], **meta},
        "sections": [
            {
                "kind": "tasks",
                "items": [{"name": {"zh": "周报", "en": "Weekly report"}, "cadence": "weekly"}],
            }
        ],
    }


def problems(data: Any) -> list[tuple[str, str]]:
    with pytest.raises(opscontent.ValidationError) as info:
        opscontent.loads(json.dumps(data, ensure_ascii=False))
    return [(p.path, p.kind) for p in info.value.problems]


def test_a_mapping_is_a_string_in_the_primary_language() -> None:
    doc = opscontent.loads(json.dumps(bilingual()))
    title = doc.meta.title
    assert isinstance(title, Localized)
    assert str(title) == "用户增长运营专员"
    assert title.language == "zh"
    assert title.in_language("en") == TITLE["en"]
    assert doc.languages() == ["zh", "en"]
    assert doc.primary_language == "zh"


def test_the_primary_language_comes_from_meta_whatever_the_mapping_order() -> None:
    data = bilingual(language="en")
    doc = opscontent.loads(json.dumps(data))
    assert str(doc.meta.title) == TITLE["en"]
    task = doc.sections[0].items[0]  # type: ignore[attr-defined]
    assert str(task.name) == "Weekly report"


def test_without_a_declared_language_the_first_text_is_primary() -> None:
    doc = Document(meta=Meta(title={"en": "Plan", "zh": "计划"}))  # type: ignore[arg-type]
    assert str(doc.meta.title) == "Plan"
    assert doc.primary_language is None
    assert doc.languages() == ["en", "zh"]


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_mappings_round_trip_in_every_format(fmt: str) -> None:
    doc = opscontent.loads(json.dumps(bilingual()))
    text = opscontent.dumps(doc, fmt)
    again = opscontent.loads(text, format=fmt)
    assert again == doc
    assert opscontent.dumps(again, fmt) == text
    assert to_data(again)["meta"]["title"] == TITLE


def test_toml_inline_tables_are_mappings() -> None:
    text = '[meta]\ntitle = {zh = "计划", en = "Plan"}\nlanguages = ["zh", "en"]\n'
    doc = opscontent.loads(text, format="toml")
    assert doc.meta.title == Localized({"zh": "计划", "en": "Plan"}, "zh")


def test_plain_strings_stay_plain_strings() -> None:
    data = {"meta": {"title": "计划", "language": "zh"}}
    doc = opscontent.loads(json.dumps(data))
    assert type(doc.meta.title) is str
    assert to_data(doc) == data


def test_localized_values_survive_copies_and_pickling() -> None:
    doc = opscontent.loads(json.dumps(bilingual()))
    for copied in (copy.deepcopy(doc), doc.model_copy(deep=True), pickle.loads(pickle.dumps(doc))):
        assert copied == doc
        assert isinstance(copied.meta.title, Localized)


def test_equality_compares_every_language_and_a_plain_string_with_the_primary_text() -> None:
    a = Localized({"zh": "计划", "en": "Plan"}, "zh")
    assert a == Localized({"zh": "计划", "en": "Plan"}, "zh")
    assert a != Localized({"zh": "计划", "en": "A plan"}, "zh")
    assert a != Localized({"zh": "计划", "en": "Plan"}, "en")
    assert a == "计划"
    assert "计划" == a  # noqa: SIM300 - the reflected comparison
    assert a != "Plan"
    assert hash(a) == hash("计划")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (bilingual(title={"zh": "计划", "en": " "}), ("$.meta.title.en", "blank_string")),
        (bilingual(title={}), ("$.meta.title", "too_short")),
        (bilingual(title={"zh": "计划", "en": 3}), ("$.meta.title.en", "string_type")),
        (
            bilingual(title={"zh": "计划", "1x": "a"}),
            ("$.meta.title['1x']", "string_pattern_mismatch"),
        ),
        (bilingual(title={"zh": "计划", "fr": "Plan"}), ("$.meta.title.fr", "undeclared_language")),
        (bilingual(languages=["zh", "en", "zh"]), ("$.meta.languages[2]", "duplicate_language")),
        (bilingual(language="fr"), ("$.meta.language", "language_not_listed")),
        (bilingual(languages=["zh", "e n"]), ("$.meta.languages[1]", "string_pattern_mismatch")),
    ],
)
def test_mistakes_in_a_mapping_are_located_at_its_tag(
    data: dict[str, Any], expected: tuple[str, str]
) -> None:
    assert problems(data) == [expected]


def test_undeclared_tags_are_found_in_items_too() -> None:
    data = bilingual()
    data["sections"][0]["items"][0]["name"] = {"zh": "周报", "de": "Wochenbericht"}
    assert problems(data) == [("$.sections[0].items[0].name.de", "undeclared_language")]


def test_tags_are_compared_ignoring_case_and_separator() -> None:
    data = bilingual(languages=["zh-Hans", "en-US"], language="zh-Hans")
    data["meta"]["title"] = {"zh_hans": "计划", "EN-us": "Plan"}
    data["sections"] = []
    doc = opscontent.loads(json.dumps(data))
    assert str(doc.meta.title) == "计划"


def test_python_models_take_mappings_and_give_one_error_per_mistake() -> None:
    task = TaskItem(name={"zh": "周报", "en": "Weekly report"})  # type: ignore[arg-type]
    assert task.name.in_language("en") == "Weekly report"  # type: ignore[attr-defined]
    with pytest.raises(pydantic.ValidationError) as info:
        TaskItem(name={"zh": " "})  # type: ignore[arg-type]
    assert [(e["type"], e["loc"]) for e in info.value.errors()] == [
        ("blank_string", ("name", "zh"))
    ]


def test_identifiers_versions_and_authors_are_not_localized() -> None:
    with pytest.raises(pydantic.ValidationError):
        Meta(title="T", version={"zh": "1", "en": "1"})  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        Meta(title="T", authors=[{"zh": "王", "en": "Wang"}])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("wanted", "available", "expected"),
    [
        ("en", ["zh", "en"], "en"),
        ("en-GB", ["zh", "en"], "en"),
        ("en", ["en-US", "en-GB"], "en-US"),
        ("zh", ["zh-Hant", "zh-Hans"], "zh-Hans"),
        ("zh-CN", ["zh-TW", "zh"], "zh"),
        ("zh-TW", ["zh", "zh-Hant"], "zh-Hant"),
        ("zh-HK", ["zh-Hans"], None),
        ("zh_Hans_CN", ["zh-Hans"], "zh-Hans"),
        ("fr", ["zh", "en"], None),
    ],
)
def test_language_tags_match_through_likely_subtags(
    wanted: str, available: list[str], expected: str | None
) -> None:
    assert best_language(wanted, available) == expected


def test_text_in_and_texts_of_treat_plain_strings_as_the_primary_language() -> None:
    assert text_in("计划", "zh-Hans", "zh") == "计划"
    assert text_in("计划", "en", "zh") is None
    assert text_in("计划", "en", None) == "计划"
    assert texts_of("计划", "zh") == {"zh": "计划"}
    localized = Localized({"zh": "计划", "en": "Plan"}, "zh")
    assert text_in(localized, "en-US", "zh") == "Plan"
    assert texts_of(localized, "zh") == {"zh": "计划", "en": "Plan"}


def test_the_schema_accepts_mappings_and_rejects_what_the_model_rejects() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    assert not list(validator.iter_errors(bilingual()))
    for wrong in ({}, {"zh": " "}, {"zh": 1}, {"1x": "a"}):
        errors = list(validator.iter_errors(bilingual(title=wrong)))
        assert len(errors) == 1, wrong
        assert list(errors[0].absolute_path)[:2] == ["meta", "title"]
