"""The JSON Schema (Draft 2020-12) of a document, generated from the models."""

from __future__ import annotations

import functools
import json
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from opscontent._docstrings import field_descriptions
from opscontent.model import Document

__all__ = ["SCHEMA_ID", "json_schema", "json_schema_text"]

SCHEMA_ID = "https://opscontent.dev/schema/opscontent.schema.json"
"""The ``$id`` of the schema."""


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
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **Document.model_json_schema(mode="validation", schema_generator=_DescribedFields),
    }
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`~opscontent.Document` (a fresh copy each call).

    Field docstrings become ``description``; unknown fields are rejected
    (``additionalProperties: false``).

    >>> json_schema()["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    """
    result: dict[str, Any] = json.loads(_schema())
    return result


def json_schema_text() -> str:
    """The JSON Schema as formatted JSON text."""
    return _schema()
