"""``html``: one standalone, autoescaped page with a print-friendly stylesheet."""

from __future__ import annotations

from opscontent.render._templated import TemplatedRenderer

__all__ = ["HtmlRenderer"]


class HtmlRenderer(TemplatedRenderer):
    """HTML5 page with ``lang``, semantic headings, lists and tables."""

    name = "html"
    media_type = "text/html"
    extension = ".html"
    kind = "html"
