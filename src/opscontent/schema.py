"""The JSON Schema (Draft 2020-12) of a document, generated from the models."""

from __future__ import annotations

import functools
import json
from typing import Any

from opscontent.model import Document

__all__ = ["SCHEMA_ID", "json_schema", "json_schema_text"]

SCHEMA_ID = "https://opscontent.dev/schema/opscontent.schema.json"
"""The ``$id`` of the schema."""


@functools.cache
def _schema() -> str:
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **Document.model_json_schema(mode="validation"),
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
