"""``json``: the canonical JSON of the document (what :func:`opscontent.dumps` writes)."""

from __future__ import annotations

from typing import Any

from opscontent.io import dumps
from opscontent.model import Document

__all__ = ["JsonRenderer"]


class JsonRenderer:
    """The document itself as canonical JSON; the same in every locale."""

    name = "json"
    media_type = "application/json"
    extension = ".json"

    def render(self, doc: Document, *, locale: str, **options: Any) -> str:
        """Canonical JSON; ``indent`` (default 2) is the only option."""
        indent = options.pop("indent", 2)
        if options:
            raise TypeError(f"unknown option(s) for json: {', '.join(sorted(options))}")
        return dumps(doc, "json", indent=indent)
