"""OC106–OC107: the content as text: characters no format can hold, the language it is in."""

from __future__ import annotations

from opscontent._chars import UNPRINTABLE
from opscontent.checks.context import Context
from opscontent.i18n.resolution import other_language
from opscontent.model.localized import best_language
from opscontent.model.walk import iter_written

__all__ = ["run"]


def run(ctx: Context) -> None:
    """Report control characters in any text, and messages in another language than the text."""
    content = other_language(ctx.doc, ctx.lang)
    translated = best_language(ctx.lang.locale.language, ctx.doc.meta.languages) is not None
    if content is not None and not translated:  # a zh/en document checked in en is not mixed
        ctx.emit(
            "OC107",
            ("meta", "language"),
            content=content.get_display_name(ctx.lang.locale) or str(content),
            locale=ctx.lang.locale.get_display_name(ctx.lang.locale) or str(ctx.lang.locale),
        )
    for loc, text in iter_written(ctx.doc):
        found = UNPRINTABLE.findall(text)
        if found:
            names = sorted({f"U+{ord(char):04X}" for char in found})
            ctx.emit("OC106", loc, count=len(found), characters=", ".join(names))
