"""OC501–OC505: projects have owners and consistent dates; milestones in order, inside them."""

from __future__ import annotations

from opscontent.checks.context import Context
from opscontent.i18n.formatting import format_date
from opscontent.model import ProjectsSection

__all__ = ["run"]


def run(ctx: Context) -> None:
    """Check every project."""
    lang = ctx.lang
    for index, section in enumerate(ctx.doc.sections):
        if not isinstance(section, ProjectsSection):
            continue
        for number, project in enumerate(section.items):
            loc = ("sections", index, "items", number)
            if project.owner is None:
                ctx.emit("OC503", loc, project=project.name)
            if project.start and project.end and project.end < project.start:
                ctx.emit("OC505", (*loc, "end"), project=project.name)
            dates = [milestone.date for milestone in project.milestones]
            if dates != sorted(dates):
                ctx.emit("OC501", (*loc, "milestones"), project=project.name)
            for m_number, milestone in enumerate(project.milestones):
                m_loc = (*loc, "milestones", m_number)
                outside = (project.start and milestone.date < project.start) or (
                    project.end and milestone.date > project.end
                )
                if outside:
                    ctx.emit(
                        "OC502",
                        (*m_loc, "date"),
                        milestone=milestone.name,
                        project=project.name,
                        start=format_date(project.start, lang) if project.start else "…",
                        end=format_date(project.end, lang) if project.end else "…",
                    )
                if milestone.owner is None:
                    ctx.emit("OC504", m_loc, milestone=milestone.name, project=project.name)
