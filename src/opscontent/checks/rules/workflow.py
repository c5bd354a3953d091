"""OC201–OC204: workflow steps need an owner and a time node; the four stages, in order."""

from __future__ import annotations

from opscontent.checks.context import Context
from opscontent.i18n.labels import enum_label
from opscontent.model import CANONICAL_STAGES, WorkflowSection

__all__ = ["run"]


def run(ctx: Context) -> None:
    """Check every workflow section."""
    for index, section in enumerate(ctx.doc.sections):
        if not isinstance(section, WorkflowSection) or not section.items:
            continue
        base = ("sections", index)
        for number, step in enumerate(section.items):
            loc = (*base, "items", number)
            if step.owner is None:
                ctx.emit("OC201", loc, step=step.name)
            if step.time_node is None:
                ctx.emit("OC202", loc, step=step.name)
        if not ctx.profile.require_canonical_stages:
            continue
        stages = [step.stage for step in section.items]
        for stage in CANONICAL_STAGES:
            if stage not in stages:
                ctx.emit("OC203", (*base, "items"), stage=enum_label(stage, ctx.lang))
        first = {stage: stages.index(stage) for stage in CANONICAL_STAGES if stage in stages}
        latest = None
        for stage in sorted(first, key=first.__getitem__):
            if latest is not None and CANONICAL_STAGES.index(stage) < CANONICAL_STAGES.index(
                latest
            ):
                ctx.emit(
                    "OC204",
                    (*base, "items", first[stage]),
                    stage=enum_label(stage, ctx.lang),
                    later=enum_label(latest, ctx.lang),
                )
                break
            latest = stage
