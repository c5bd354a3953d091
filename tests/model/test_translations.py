"""missing_translations: which texts lack a language the document provides."""

from __future__ import annotations

from typing import Any

from opscontent.model import Document
from opscontent.model.localized import missing_translations

ZH_EN = {"zh": "周报", "en": "Weekly report"}


def doc(meta: dict[str, Any], *sections: dict[str, Any]) -> Document:
    return Document.model_validate({"meta": {"title": ZH_EN, **meta}, "sections": list(sections)})


def tasks(*items: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"kind": "tasks", "items": list(items), **fields}


def test_a_fully_translated_document_misses_nothing() -> None:
    found = doc(
        {"languages": ["zh", "en"], "role": ZH_EN},
        tasks({"name": ZH_EN, "deliverables": [ZH_EN, ZH_EN]}, summary=ZH_EN),
    )
    assert missing_translations(found) == []


def test_a_plain_string_is_in_the_primary_language_only() -> None:
    found = doc({"languages": ["zh", "en"], "role": "运营专员"})
    assert missing_translations(found) == [(("meta", "role"), "en")]
    english_first = doc({"languages": ["en", "zh"], "role": "Operations specialist"})
    assert missing_translations(english_first) == [(("meta", "role"), "zh")]


def test_a_mapping_without_the_primary_language_misses_it() -> None:
    found = doc({"languages": ["zh", "en"]}, tasks({"name": {"en": "Weekly report"}}))
    assert missing_translations(found) == [(("sections", 0, "items", 0, "name"), "zh")]


def test_one_entry_per_text_and_language_in_document_order() -> None:
    found = doc(
        {"languages": ["zh", "en", "ja"], "role": "运营专员"},
        tasks({"name": {"en": "Weekly report"}, "deliverables": ["周报", ZH_EN]}),
    )
    item = ("sections", 0, "items", 0)
    assert missing_translations(found) == [
        (("meta", "title"), "ja"),
        (("meta", "role"), "en"),
        (("meta", "role"), "ja"),
        ((*item, "name"), "zh"),
        ((*item, "name"), "ja"),
        ((*item, "deliverables", 0), "en"),
        ((*item, "deliverables", 0), "ja"),
        ((*item, "deliverables", 1), "ja"),
    ]


def test_codes_versions_authors_and_language_tags_are_not_texts() -> None:
    found = doc(
        {
            "languages": ["zh", "en"],
            "language": "zh",
            "version": "1.2",
            "authors": ["王芳"],
            "occupational_category": "2431",
            "salary": {"currency": "CNY", "period": "month", "min": 10000},
        },
        {
            "kind": "metrics",
            "items": [{"key": "d1", "name": ZH_EN, "unit": "percent", "direction": "increase"}],
        },
    )
    assert missing_translations(found) == []


def test_the_languages_argument_overrides_the_documents() -> None:
    found = doc({"languages": ["zh", "en"], "role": "运营专员"})
    assert missing_translations(found, ["zh"]) == []
    assert missing_translations(found, ["en", "zh"]) == [(("meta", "role"), "en")]
    assert missing_translations(found, ["zh", "fr"]) == [
        (("meta", "title"), "fr"),
        (("meta", "role"), "fr"),
    ]


def test_a_field_in_none_of_the_languages_asked_for_is_not_reported() -> None:
    found = doc({"languages": ["zh", "en"], "role": "运营专员"})
    assert missing_translations(found, ["ja", "fr"]) == []


def test_tags_are_matched_through_likely_subtags() -> None:
    both = {"zh-Hans": "周报", "en-US": "Weekly report"}
    found = Document.model_validate(
        {"meta": {"title": both, "languages": ["zh-Hans", "en-US"], "role": "运营专员"}}
    )
    assert missing_translations(found, ["zh", "en"]) == [(("meta", "role"), "en")]
    # Traditional Chinese is not served by zh-Hans; the role is in neither language asked for
    assert missing_translations(found, ["zh-TW", "en"]) == [(("meta", "title"), "zh-TW")]


def test_monolingual_documents_miss_nothing() -> None:
    plain = {"meta": {"title": "计划", "language": "zh", "languages": ["zh"], "role": "运营专员"}}
    assert missing_translations(Document.model_validate(plain)) == []
    assert missing_translations(Document.model_validate({"meta": {"title": "计划"}})) == []


def test_without_meta_languages_the_tags_used_count() -> None:
    found = doc({"language": "zh", "role": "运营专员"})
    assert found.languages() == ["zh", "en"]
    assert missing_translations(found) == [(("meta", "role"), "en")]


def test_without_any_declared_language_plain_strings_serve_every_language() -> None:
    found = doc({"role": "运营专员"}, tasks({"name": {"en": "Weekly report"}}))
    assert missing_translations(found) == [(("sections", 0, "items", 0, "name"), "zh")]
