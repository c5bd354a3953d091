"""The document: :class:`Meta` plus ordered sections, and the rules that tie sections together."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Self

from pydantic import BaseModel, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from opscontent.model.catalogue import Section
from opscontent.model.goals import Metric, SmartGoal
from opscontent.model.posting import EmploymentType, Place, SalaryRange, WorkplaceType
from opscontent.model.sections import (
    GoalsSection,
    MetricsSection,
    SectionBase,
    SectionKind,
    UserExperienceSection,
)
from opscontent.model.types import MODEL_CONFIG, Date, Text
from opscontent.paths import JsonPath

__all__ = ["Document", "Meta"]

_Problem = tuple[JsonPath, str, str, dict[str, Any], Any]


class Meta(BaseModel):
    """Who and what the document is about."""

    model_config = MODEL_CONFIG

    title: Text
    """Document title, e.g. 用户增长运营岗位工作内容."""
    summary: Text | None = None
    """Lead paragraph printed under the title."""
    role: Text | None = None
    """The role (岗位) described, e.g. 用户增长运营专员."""
    department: Text | None = None
    """Department the role belongs to."""
    organization: Text | None = None
    """Organization (company) name."""
    reports_to: Text | None = None
    """Role the position reports to (汇报对象)."""
    language: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
    """Language of the content as a BCP 47 tag, e.g. ``zh-Hans`` or ``en``."""
    version: Text | None = None
    """Document version, e.g. ``1.2``."""
    effective_date: Date | None = None
    """Date from which the document applies; deadlines must not lie before it."""
    occupational_category: Text | None = None
    """Occupational classification, e.g. ISCO-08 ``2431`` or O*NET-SOC ``13-1161.00``."""
    date_posted: Date | None = None
    """Date a job posting built from the document was published."""
    valid_through: Date | None = None
    """Application deadline (截止日期): the last day a job posting built from the document is
    valid. One field serves both: schema.org's ``validThrough`` is the date after which the
    posting no longer accepts applications."""
    locations: list[Place] = Field(default_factory=list)
    """Where the work is done (工作地点); for remote work, where applicants may live."""
    workplace_type: WorkplaceType | None = None
    """On site, hybrid or remote (工作方式)."""
    employment_type: list[EmploymentType] = Field(default_factory=list)
    """Kinds of employment offered (用工类型), e.g. ``[full_time]``."""
    salary: SalaryRange | None = None
    """Pay offered (薪资范围)."""
    headcount: int | None = Field(default=None, ge=1)
    """Number of openings (招聘人数), at least one."""
    authors: list[Text] = Field(default_factory=list)
    """Who wrote the document."""


class Document(BaseModel):
    """An operations work-content document (运营工作内容).

    Sections keep their order; each kind appears at most once, except ``custom``.

    >>> doc = Document(meta=Meta(title="Content operations plan"))
    >>> doc.section("goals") is None
    True
    """

    model_config = MODEL_CONFIG | {"populate_by_name": True, "serialize_by_alias": True}

    schema_: str | None = Field(default=None, alias="$schema")
    """URL or path of the JSON Schema, for editors; ignored by opscontent."""
    meta: Meta
    """Title, role, organization and dates."""
    sections: list[Section] = Field(default_factory=list)
    """The sections, in reading order."""

    def section(self, kind: SectionKind | str) -> SectionBase | None:
        """Return the first section of ``kind``, or ``None``."""
        for section in self.sections:
            if section.kind == kind:
                return section
        return None

    def metrics(self) -> dict[str, Metric]:
        """All KPIs by key: those of the metrics section, then those written inline in goals."""
        found: dict[str, Metric] = {}
        for _, metric in self._metrics_with_loc():
            found.setdefault(metric.key, metric)
        return found

    def goals(self) -> list[SmartGoal]:
        """The SMART goals of the goals section, if any."""
        goals = self.section(SectionKind.GOALS)
        return list(goals.items) if isinstance(goals, GoalsSection) else []

    def _metrics_with_loc(self) -> Iterator[tuple[JsonPath, Metric]]:
        for i, section in enumerate(self.sections):
            if isinstance(section, MetricsSection):
                for j, metric in enumerate(section.items):
                    yield ("sections", i, "items", j, "key"), metric
            elif isinstance(section, GoalsSection):
                for j, goal in enumerate(section.items):
                    if isinstance(goal.metric, Metric):
                        yield ("sections", i, "items", j, "metric", "key"), goal.metric

    @model_validator(mode="after")
    def _integrity(self) -> Self:
        problems = sorted(self._integrity_problems(), key=lambda problem: problem[0])
        if problems:
            raise ValidationError.from_exception_data(
                type(self).__name__,
                [
                    InitErrorDetails(
                        type=PydanticCustomError(code, message, ctx), loc=loc, input=value
                    )
                    for loc, code, message, ctx, value in problems
                ],
            )
        return self

    def _integrity_problems(self) -> Iterator[_Problem]:
        seen_kinds: set[str] = set()
        for i, section in enumerate(self.sections):
            if section.kind != "custom" and section.kind in seen_kinds:
                yield (
                    ("sections", i, "kind"),
                    "duplicate_section",
                    "a '{kind}' section already appears earlier; each kind appears once",
                    {"kind": section.kind},
                    section.kind,
                )
            seen_kinds.add(section.kind)
        keys: set[str] = set()
        for loc, metric in self._metrics_with_loc():
            if metric.key in keys:
                yield (
                    loc,
                    "duplicate_metric_key",
                    "KPI key '{key}' is already used",
                    {"key": metric.key},
                    metric.key,
                )
            keys.add(metric.key)
        yield from self._reference_problems(keys)

    def _reference_problems(self, keys: set[str]) -> Iterator[_Problem]:
        goal_ids: set[str] = set()
        references: list[tuple[JsonPath, str | None]] = []
        for i, section in enumerate(self.sections):
            if isinstance(section, GoalsSection):
                for j, goal in enumerate(section.items):
                    if goal.id in goal_ids:
                        yield (
                            ("sections", i, "items", j, "id"),
                            "duplicate_goal_id",
                            "goal id '{id}' is already used",
                            {"id": goal.id},
                            goal.id,
                        )
                    goal_ids.add(goal.id)
                    if isinstance(goal.metric, str):
                        references.append((("sections", i, "items", j, "metric"), goal.metric))
            elif isinstance(section, UserExperienceSection):
                references.extend(
                    (("sections", i, "items", j, "metric"), item.metric)
                    for j, item in enumerate(section.items)
                )
        for loc, key in references:
            if key is not None and key not in keys:
                yield (
                    loc,
                    "unknown_metric",
                    "no KPI with key '{key}' in the metrics section",
                    {"key": key},
                    key,
                )
