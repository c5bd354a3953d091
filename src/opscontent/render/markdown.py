"""``markdown``: CommonMark with GFM tables; one heading per section."""

from __future__ import annotations

from opscontent.render._templated import TemplatedRenderer

__all__ = ["MarkdownRenderer"]


class MarkdownRenderer(TemplatedRenderer):
    """Markdown: headings per section, lists for items, tables for KPIs, workflow, milestones."""

    name = "markdown"
    media_type = "text/markdown"
    extension = ".md"
    kind = "markdown"
