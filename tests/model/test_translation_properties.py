"""Property tests over documents in several languages: round trips and missing translations.

What a generated document misses is found a second way, independent of the model's walk: the
published JSON Schema says which places of the written document are texts (``#/$defs/Text``);
a plain string there is in the primary language only, a mapping in the languages it names.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
from hypothesis import given
from hypothesis import strategies as st

import opscontent
from opscontent.model.localized import Localized, missing_translations
from opscontent.paths import JsonPath
from opscontent.testing import documents, localized_texts

TEXT = "#/$defs/Text"
LANGUAGES = st.sampled_from([("zh", "en"), ("en", "zh"), ("zh-Hans", "en-US", "ja")])


@functools.cache
def schema() -> dict[str, Any]:
    return opscontent.json_schema()


@functools.cache
def _validator(node_id: int) -> jsonschema.Draft202012Validator:
    node = _NODES[node_id]
    return jsonschema.Draft202012Validator({**node, "$defs": schema()["$defs"]})


_NODES: dict[int, dict[str, Any]] = {}


def _valid(node: dict[str, Any], data: Any) -> bool:
    """Whether ``data`` is valid against ``node``, a part of the cached schema."""
    _NODES.setdefault(id(node), node)
    return _validator(id(node)).is_valid(data)


def schema_texts(node: dict[str, Any], data: Any, path: JsonPath = ()) -> Iterator[JsonPath]:
    """The paths of ``data`` that ``node`` (a part of the published schema) types as Text."""
    if data is None:
        return
    ref = node.get("$ref")
    if ref == TEXT:
        yield path
        return
    if ref is not None:
        yield from schema_texts(schema()["$defs"][ref.rsplit("/", 1)[1]], data, path)
    options = node.get("anyOf", [])
    fitting = [option for option in options if option != {"type": "null"}]
    if len(fitting) > 1:
        fitting = [option for option in fitting if _valid(option, data)][:1]
    for option in fitting:
        yield from schema_texts(option, data, path)
    if "if" in node:
        branch = node["then"] if _valid(node["if"], data) else node.get("else", {})
        yield from schema_texts(branch, data, path)
    for part in node.get("allOf", []):
        yield from schema_texts(part, data, path)
    properties = node.get("properties", {})
    if isinstance(data, dict):
        for key, value in data.items():
            if key in properties:
                yield from schema_texts(properties[key], value, (*path, key))
    elif isinstance(data, list) and "items" in node:
        for index, value in enumerate(data):
            yield from schema_texts(node["items"], value, (*path, index))


def left_out(data: dict[str, Any]) -> list[tuple[JsonPath, str]]:
    """``(path, tag)`` of every text of the written document that lacks a declared language,
    in the order the schema walk meets them."""
    languages = data["meta"]["languages"]
    found: list[tuple[JsonPath, str]] = []
    for path in dict.fromkeys(schema_texts(schema(), data)):
        value: Any = data
        for step in path:
            value = value[step]
        present = set(value) if isinstance(value, dict) else {languages[0]}
        found += [(path, tag) for tag in languages if tag not in present]
    return found


@given(LANGUAGES, st.booleans(), st.data())
def test_round_trips_and_missing_translations(
    tags: tuple[str, ...], translated: bool, data: st.DataObject
) -> None:
    doc = data.draw(documents(languages=tags, translated=translated))
    text = opscontent.dumps(doc)
    again = opscontent.loads(text, "json")
    assert again == doc
    assert opscontent.dumps(again) == text
    assert opscontent.loads(opscontent.dumps(doc, "yaml"), "yaml") == doc

    missing = missing_translations(doc)
    assert missing == left_out(json.loads(text))  # the same, in document order
    if translated:
        assert missing == []


@given(st.data())
def test_localized_texts_hold_the_languages_asked_for(data: st.DataObject) -> None:
    tags = data.draw(LANGUAGES)
    every = data.draw(localized_texts(tags, translated=True))
    assert isinstance(every, Localized)
    assert list(every.texts) == list(tags)
    assert every.language == tags[0]
    some = data.draw(localized_texts(tags, safe=True))
    written = some.texts if isinstance(some, Localized) else {tags[0]: some}
    assert set(written) <= set(tags)
    assert all(text.strip() for text in written.values())
