"""The document: :class:`Meta` plus ordered sections, and the rules that tie sections together."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Self

from pydantic import (
    BaseModel,
    Field,
    ModelWrapValidatorHandler,
    ValidationError,
    model_validator,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from opscontent.model.catalogue import Section
from opscontent.model.goals import Metric, SmartGoal
from opscontent.model.localized import (
    Localized,
    primary_language,
    reading_document,
    same_tag,
)
from opscontent.model.posting import EmploymentType, Place, SalaryRange, WorkplaceType
from opscontent.model.sections import (
    GoalsSection,
    MetricsSection,
    SectionBase,
    SectionKind,
    UserExperienceSection,
)
from opscontent.model.types import MODEL_CONFIG, Date, LanguageTag, PlainText, Text
from opscontent.model.walk import iter_texts
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
    language: LanguageTag | None = None
    """The primary language of the content as a BCP 47 tag, e.g. ``zh-Hans`` or ``en``: the
    language of every text written as a plain string. Defaults to the first of ``languages``."""
    languages: list[LanguageTag] = Field(default_factory=list)
    """Every language the document provides (``[zh, en]`` for a 中英对照 document), the primary
    one included; a text written as a mapping may only use these tags when the list is given."""
    version: PlainText | None = None
    """Document version, e.g. ``1.2``."""
    effective_date: Date | None = None
    """Date from which the document applies; deadlines must not lie before it."""
    occupational_category: PlainText | None = None
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
    """Who wrote the document; a name may be given in each language (``{zh: 陈思远, en: Chen
    Siyuan}``)."""


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

    @property
    def primary_language(self) -> str | None:
        """The language of plain-string texts, ``None`` when the document does not say.

        It is ``meta.language``, else the first of ``meta.languages``.
        """
        return primary_language(self.meta.language, self.meta.languages)

    def languages(self) -> list[str]:
        """Every language the document provides, the primary one first.

        That is ``meta.languages`` when given, else the primary language followed by the tags
        its localized texts use, in order of appearance.
        """
        if self.meta.languages:
            return list(self.meta.languages)
        found = [self.meta.language] if self.meta.language else []
        for _, text in iter_texts(self):
            if isinstance(text, Localized):
                found.extend(tag for tag in text.texts if tag not in found)
        return found

    @model_validator(mode="wrap")
    @classmethod
    def _reading(cls, data: Any, handler: ModelWrapValidatorHandler[Document]) -> Document:
        """Validate with the document's primary language known to every localized text."""
        with reading_document(_declared_language(data)) as reading:
            doc = handler(data)
            doc._check_language_tags(reading.seen)
            return doc

    def _check_language_tags(self, seen: list[Localized]) -> None:
        """Every tag of the localized texts ``seen`` while validating is declared.

        The tags are compared first; the document is walked only to locate a mistake.
        """
        declared = self.meta.languages
        if not seen or not declared:
            return
        known = {same_tag(tag) for tag in declared}
        if all(same_tag(tag) in known for value in seen for tag in value.texts):
            return
        problems: list[_Problem] = []
        for loc, text in iter_texts(self):
            if not isinstance(text, Localized):
                continue
            for tag in text.texts:
                if same_tag(tag) not in known:
                    problems.append(
                        (
                            (*loc, tag),
                            "undeclared_language",
                            "'{tag}' is not one of meta.languages ({declared})",
                            {"tag": tag, "declared": ", ".join(declared)},
                            text.texts[tag],
                        )
                    )
        _raise(type(self).__name__, problems)

    @model_validator(mode="after")
    def _integrity(self) -> Self:
        _raise(type(self).__name__, sorted(self._integrity_problems(), key=lambda p: p[0]))
        return self

    def _integrity_problems(self) -> Iterator[_Problem]:
        yield from _language_list_problems(self.meta)
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


def _declared_language(data: Any) -> str | None:
    """The primary language a document's raw data declares, before it is validated."""
    meta = data.get("meta") if isinstance(data, dict) else getattr(data, "meta", None)
    if isinstance(meta, Meta):
        return meta.language or next(iter(meta.languages), None)
    if not isinstance(meta, dict):
        return None
    language, languages = meta.get("language"), meta.get("languages")
    if isinstance(language, str):
        return language
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0]
    return None


def _language_list_problems(meta: Meta) -> Iterator[_Problem]:
    seen: list[str] = []
    for i, tag in enumerate(meta.languages):
        if tag in seen:
            yield (
                ("meta", "languages", i),
                "duplicate_language",
                "'{tag}' is already listed",
                {"tag": tag},
                tag,
            )
        seen.append(tag)
    if meta.language and seen and meta.language not in seen:
        yield (
            ("meta", "language"),
            "language_not_listed",
            "'{tag}' is not one of meta.languages ({declared})",
            {"tag": meta.language, "declared": ", ".join(seen)},
            meta.language,
        )


def _raise(title: str, problems: list[_Problem]) -> None:
    if problems:
        raise ValidationError.from_exception_data(
            title,
            [
                InitErrorDetails(type=PydanticCustomError(code, message, ctx), loc=loc, input=value)
                for loc, code, message, ctx, value in problems
            ],
        )
