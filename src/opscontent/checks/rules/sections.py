"""OC101–OC105: sections required or recommended, empty sections, placeholders, missing items."""

from __future__ import annotations

import functools
import re

from opscontent.checks.context import Context
from opscontent.checks.findings import Severity
from opscontent.i18n.labels import section_title
from opscontent.model.walk import iter_written

__all__ = ["PLACEHOLDER", "run"]

PLACEHOLDER = re.compile(
    r"\b(?:TODO|TBD|TBC|FIXME)\b"
    r"|待定|待补充|待填写|待完善|请填写|此处填写"
    r"|(?<![A-Za-z])(?:X{2,}|x{3,})(?![A-Za-z])"
    r"|…{2,}|\.{4,}|。{3,}|_{3,}|＿{2,}|\?{3,}|？{2,}"
    r"|【[^【】]{0,40}?(?:填写|待定|补充)[^【】]{0,40}】"
)
"""Text that marks an unfinished document: TODO, TBD, 待定, XXX, ……, ___, ???, 【请填写…】.

Every repetition is bounded or cannot overlap the next part, so a search is linear in the
text (a bracket is at most 40 characters on either side of its keyword).
"""


@functools.lru_cache(maxsize=16)
def _extra(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def run(ctx: Context) -> None:
    """Emit missing and empty sections, then placeholder text."""
    present = {section.kind: index for index, section in enumerate(ctx.doc.sections)}
    for kinds, code in ((ctx.profile.required, "OC101"), (ctx.profile.recommended, "OC102")):
        for kind in kinds:
            if kind not in present:
                ctx.emit(code, ("sections",), section=section_title(kind, ctx.lang), kind=kind)
    required = set(ctx.profile.required)
    itemised = set(ctx.profile.required_items)
    for index, section in enumerate(ctx.doc.sections):
        if section.is_empty:
            title = section.title or section_title(section.kind, ctx.lang)
            severity = None if section.kind in required else Severity.WARNING
            ctx.emit("OC103", ("sections", index), severity=severity, section=title)
        elif section.kind in itemised and not getattr(section, "items", None):
            title = section.title or section_title(section.kind, ctx.lang)
            ctx.emit("OC105", ("sections", index, "items"), section=title)
    extra = _extra(tuple(ctx.profile.placeholders))
    for loc, text in iter_written(ctx.doc):
        match = PLACEHOLDER.search(text) or (extra.search(text) if extra else None)
        if match:
            ctx.emit("OC104", loc, placeholder=match.group())
