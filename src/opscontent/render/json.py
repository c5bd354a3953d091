"""``json``: the canonical JSON of the document (what :func:`opscontent.dumps` writes)."""

from __future__ import annotations

from opscontent.io import dumps
from opscontent.model import Document

__all__ = ["JsonRenderer"]


class JsonRenderer:
    """The document itself as canonical JSON; the same in every locale."""

    name = "json"
    media_type = "application/json"
    extension = ".json"

    def render(self, doc: Document, *, locale: str, indent: int = 2) -> str:
        """Canonical JSON; ``indent`` (default 2) is the only option."""
        return dumps(doc, "json", indent=indent)
