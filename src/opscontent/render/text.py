"""``text``: plain text numbered the Chinese way (一、 （一） 1.) or 1. 1.1 (a) in English."""

from __future__ import annotations

from opscontent.render._templated import TemplatedRenderer

__all__ = ["TextRenderer"]


class TextRenderer(TemplatedRenderer):
    """Plain text: title, lead paragraph, numbered sections, each summary then its items."""

    name = "text"
    media_type = "text/plain"
    extension = ".txt"
    kind = "text"
