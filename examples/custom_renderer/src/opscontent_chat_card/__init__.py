"""A chat-app card (WeCom/DingTalk-style ``markdown`` message) with a document's goals and KPIs.

It reuses opscontent's Markdown renderer with one template of its own, ``markdown.md.j2``,
that extends the built-in one and keeps only a short header and the goals and metrics.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import opscontent

TEMPLATES = Path(__file__).with_name("templates")


class ChatCardRenderer:
    """``opscontent render plan.yaml -f chat-card``: a JSON message for a chat webhook."""

    name = "chat-card"
    media_type = "application/json"
    extension = ".json"

    def render(self, doc: opscontent.Document, *, locale: str, **options: Any) -> str:
        """The card as JSON; options go to the Markdown renderer."""
        content = opscontent.render(
            doc,
            "markdown",
            locale=locale,
            template_dirs=[TEMPLATES, *options.pop("template_dirs", [])],
            **options,
        )
        message = {"msgtype": "markdown", "markdown": {"content": content}}
        return json.dumps(message, ensure_ascii=False, indent=2) + "\n"
