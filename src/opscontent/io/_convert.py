"""Turn what a YAML or TOML parser returns into plain JSON-like data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from opscontent.exceptions import ParseError

__all__ = ["MAX_NODES", "to_json_data"]

MAX_NODES = 1_000_000
"""Most values a document may expand to (guards against YAML alias bombs)."""


def to_json_data(data: Any, *, file: str | None = None) -> Any:
    """Dates become ``YYYY-MM-DD`` strings, keys become strings, sets become lists.

    Raises :class:`ParseError` for values JSON cannot hold (binary data) and for documents
    that expand to more than :data:`MAX_NODES` values.
    """
    budget = [MAX_NODES]
    try:
        return _convert(data, budget, file)
    except RecursionError:
        raise ParseError("document is nested too deeply", file=file) from None


def _convert(value: Any, budget: list[int], file: str | None) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise ParseError(
            f"document expands to more than {MAX_NODES} values (too many repeated aliases?)",
            file=file,
        )
    if isinstance(value, dict):
        return {_key(k): _convert(v, budget, file) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_convert(v, budget, file) for v in value]
    if isinstance(value, set | frozenset):  # unordered: sorted, so the order never varies
        return sorted(_key(v) for v in value)
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, bytes | bytearray):
        raise ParseError("binary values are not supported in a document", file=file)
    return value


def _key(key: Any) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, dt.date | dt.time):
        return key.isoformat()
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)
