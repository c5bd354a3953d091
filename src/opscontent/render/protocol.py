"""The :class:`Renderer` protocol every renderer implements, built-in or third-party."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from opscontent.model import Document

__all__ = ["Renderer"]


@runtime_checkable
class Renderer(Protocol):
    """Turns a :class:`~opscontent.Document` into a file's content.

    Register one under the entry point group ``opscontent.renderers`` (the value is a class
    with a no-argument constructor, or an instance), or pass it to
    :func:`opscontent.render` directly. See docs/rendering.md.
    """

    name: str
    """Name users select it by, e.g. ``markdown``."""
    media_type: str
    """IANA media type of the output, e.g. ``text/markdown``."""
    extension: str
    """File extension including the dot, e.g. ``.md``."""

    def render(self, doc: Document, *, locale: str, **options: Any) -> str | bytes:
        """Render ``doc`` in ``locale``; unknown ``options`` raise ``TypeError``."""
        ...
