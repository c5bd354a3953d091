"""The JSON Schema (Draft 2020-12) of a document, generated from the models.

Pydantic writes a tagged union as a ``oneOf`` plus OpenAPI's ``discriminator``. That keyword is
not JSON Schema (ajv's strict mode rejects the schema), and a validator that does not know it
reports a ``oneOf`` failure once per alternative: one wrong value in a tasks section becomes
"must be equal to constant" for every other section kind. The generated schema is therefore
rewritten so that every mistake is reported where it is, once:

* a tagged union becomes an ``enum`` of its tags (an unknown tag is one error that lists the
  allowed values) and one ``if``/``then`` per tag (a mistake inside a section is reported against
  that section only);
* a union of different JSON types that includes an object (a KPI key or an inline metric; a
  period or null) becomes an ``if``/``then``/``else`` on the type, so a mistake inside the
  object is reported inside it only.

Descriptions, enums, defaults and examples are kept as Pydantic writes them, so editors show them
on hover and completion. An enumeration whose values may also be written by name (``每周`` for
``weekly``, :mod:`opscontent.i18n.aliases`) lists its canonical values first, then those names,
so editors accept what the loader accepts.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from opscontent._docstrings import field_descriptions
from opscontent.model import Document
from opscontent.model.types import LOCALIZED_TEXT_SCHEMA, TEXT_SCHEMA_MARKER

__all__ = ["DIALECT", "SCHEMA_ID", "SCHEMA_VERSION", "json_schema", "json_schema_text"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"
"""The ``$schema`` of the schema: JSON Schema Draft 2020-12."""

SCHEMA_VERSION = 1
"""Version of the document format; raised when a document valid before may become invalid."""

SCHEMA_ID = f"urn:opscontent:schema:v{SCHEMA_VERSION}"
"""The ``$id`` of the schema: stable within a :data:`SCHEMA_VERSION`."""

_Schema = dict[str, Any]

# Keywords whose value is a schema, a list of schemas, or a mapping of names to schemas; every
# other keyword holds data (``enum``, ``const``, ``default``, ``examples``) and is left alone.
_SUBSCHEMA = ("items", "additionalProperties", "not", "if", "then", "else", "contains")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("$defs", "properties", "patternProperties", "dependentSchemas")
_CONTAINERS = frozenset({"object", "array"})
_TEXT_MARKED = frozenset({"$comment", "type", "pattern"})
_TAG_DESCRIPTION = "Says which kind of object this is, and so which fields it takes."
_ALIASES = (
    "The first values are the canonical ones; the rest are their Chinese and English names "
    "and synonyms, which a document may use instead and which are stored as the canonical value."
)


class _DescribedFields(GenerateJsonSchema):
    """Pydantic's generator, with each field's docstring as its ``description``."""

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        """The model's schema; fields without a description get their docstring."""
        json_schema = super().model_schema(schema)
        properties = json_schema.get("properties", {})
        cls = schema["cls"]
        for name, description in field_descriptions(cls).items():
            info = cls.model_fields[name]
            key = info.validation_alias if isinstance(info.validation_alias, str) else None
            prop = properties.get(key or info.alias or name)
            if prop is not None:
                prop.setdefault("description", description)
        return json_schema


@functools.cache
def _schema() -> str:
    generated = Document.model_json_schema(mode="validation", schema_generator=_DescribedFields)
    defs: dict[str, _Schema] = generated.setdefault("$defs", {})
    defs["Text"] = LOCALIZED_TEXT_SCHEMA
    _add_aliases(defs)
    schema: _Schema = {"$schema": DIALECT, "$id": SCHEMA_ID, **_rewrite(generated, defs)}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`~opscontent.Document` (a fresh copy each call).

    Field docstrings become ``description``; unknown fields are rejected
    (``additionalProperties: false``); sections are told apart by their ``kind``.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["$id"]
    'urn:opscontent:schema:v1'
    >>> "tasks" in schema["properties"]["sections"]["items"]["properties"]["kind"]["enum"]
    True
    """
    result: dict[str, Any] = json.loads(_schema())
    return result


def json_schema_text() -> str:
    """The JSON Schema as formatted JSON text."""
    return _schema()


def _add_aliases(defs: dict[str, _Schema]) -> None:
    """Each aliased enumeration's names after its values, and a description saying so."""
    from opscontent.i18n.aliases import aliased_enums, aliases  # noqa: PLC0415 - reads catalogs

    for cls in aliased_enums():
        definition = defs.get(cls.__name__)
        if definition is not None and definition.get("enum") == [m.value for m in cls]:
            definition["enum"] = [*definition["enum"], *aliases(cls)]
            definition["description"] = f"{definition.get('description', '')}\n\n{_ALIASES}"


def _rewrite(schema: _Schema, defs: dict[str, _Schema]) -> _Schema:
    """``schema`` with its subschemas rewritten first, then its own unions."""
    if schema.get("$comment") == TEXT_SCHEMA_MARKER:
        rest = {key: value for key, value in schema.items() if key not in _TEXT_MARKED}
        return {"$ref": "#/$defs/Text", **rest}
    result = dict(schema)
    for keyword in _SUBSCHEMA:
        if isinstance(result.get(keyword), dict):
            result[keyword] = _rewrite(result[keyword], defs)
    for keyword in _SUBSCHEMA_LISTS:
        if keyword in result:
            result[keyword] = [_rewrite(branch, defs) for branch in result[keyword]]
    for keyword in _SUBSCHEMA_MAPS:
        if keyword in result:
            result[keyword] = {name: _rewrite(sub, defs) for name, sub in result[keyword].items()}
    if "discriminator" in result:
        return _dispatch_on_tag(result, defs)
    for keyword in ("oneOf", "anyOf"):
        if keyword in result and (types := _branch_types(result[keyword], defs)):
            return _dispatch_on_type(result, keyword, types)
    return result


def _dispatch_on_tag(schema: _Schema, defs: dict[str, _Schema]) -> _Schema:
    """A ``oneOf`` with a ``discriminator`` as an ``enum`` of tags and one ``if``/``then`` each.

    The tags and their order come from the generated union, never from a list kept here
    (Pydantic writes each alternative as a ``$ref``). The ``type`` in each ``if`` keeps a value
    that is not an object, already reported once by the outer ``type``, out of every ``then``.
    """
    discriminator = schema["discriminator"]
    tag: str = discriminator["propertyName"]
    mapping: dict[str, str] = discriminator["mapping"]
    rest = {key: value for key, value in schema.items() if key not in {"discriminator", "oneOf"}}
    cases = [
        (branch, [value for value, ref in mapping.items() if ref == branch["$ref"]])
        for branch in schema["oneOf"]
    ]
    descriptions = {
        _resolve(branch, defs).get("properties", {}).get(tag, {}).get("description")
        for branch, _ in cases
    }
    description = descriptions.pop() if len(descriptions) == 1 else None
    return {
        **rest,
        "type": "object",
        "properties": {
            tag: {
                "description": description or _TAG_DESCRIPTION,
                "enum": [value for _, values in cases for value in values],
            }
        },
        "required": [tag],
        "allOf": [
            {
                "if": {
                    "type": "object",
                    "properties": {tag: _matching(values)},
                    "required": [tag],
                },
                "then": branch,
            }
            for branch, values in cases
        ],
    }


def _matching(values: list[str]) -> _Schema:
    return {"const": values[0]} if len(values) == 1 else {"enum": values}


def _branch_types(branches: list[_Schema], defs: dict[str, _Schema]) -> list[str] | None:
    """The JSON type of each branch, when they all differ and one is an object or an array.

    Only such unions are rewritten: a mistake inside an object would otherwise also be
    reported against the object (by the union) and against its other alternatives. A union of
    scalars (a text or null) stays as Pydantic writes it: all its errors are at one place, and
    editors complete its values best.
    """
    found = [_resolve(branch, defs).get("type") for branch in branches]
    types = [type_ for type_ in found if isinstance(type_, str)]
    if len(types) < 2 or len(types) < len(branches):
        return None
    if len(set(types)) < len(types) or {"integer", "number"} <= set(types):
        return None
    return types if _CONTAINERS & set(types) else None


def _dispatch_on_type(schema: _Schema, keyword: str, types: list[str]) -> _Schema:
    """A union of different JSON types as ``if``/``then``/``else`` on the type.

    An object or array alternative comes last and is the final ``else``, so a value of no
    listed type is reported once, against it (``must be object``).
    """
    rest = {key: value for key, value in schema.items() if key != keyword}
    cases = sorted(zip(schema[keyword], types, strict=True), key=lambda c: c[1] in _CONTAINERS)
    (chain, _), *earlier = reversed(cases)
    for branch, type_ in earlier:
        chain = {"if": {"type": type_}, "then": branch, "else": chain}
    return {**rest, **chain}


def _resolve(schema: _Schema, defs: dict[str, _Schema]) -> _Schema:
    """``schema``, or the definition it refers to with ``$ref``."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return defs[ref.removeprefix("#/$defs/")]
    return schema
