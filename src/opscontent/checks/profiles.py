"""Check profiles: which sections a document must or should have, and the thresholds.

Five are built in (``job-description``, ``job-posting``, ``work-plan``, ``full``,
``bilingual``); a user profile is a TOML or YAML file that may ``extends`` one of them and
override any field.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pydantic
from pydantic import BaseModel, Field

from opscontent.checks.findings import Severity
from opscontent.exceptions import Message, ProfileError, UnknownProfileError
from opscontent.i18n._markers import N_
from opscontent.io import format_for, parse_data
from opscontent.model import SectionKind
from opscontent.model.types import MODEL_CONFIG, Text
from opscontent.paths import format_path

__all__ = ["BUILTIN_PROFILES", "Profile", "get_profile", "load_profile"]

_K = SectionKind


class Profile(BaseModel):
    """What a complete document looks like for one purpose."""

    model_config = MODEL_CONFIG

    name: Text
    """Profile name, shown in reports."""
    description: Text | None = None
    """What the profile is for."""
    required: list[SectionKind] = Field(default_factory=list)
    """Section kinds that must be present and not empty (errors otherwise)."""
    recommended: list[SectionKind] = Field(default_factory=list)
    """Section kinds that should be present (warnings otherwise)."""
    required_items: list[SectionKind] = Field(default_factory=list)
    """Section kinds that must hold at least one item: a lead paragraph alone is not enough."""
    max_relative_change: float = Field(default=1.0, gt=0)
    """Largest plausible relative change of a goal's metric (1.0 = 100%)."""
    max_point_change: float = Field(default=30.0, gt=0)
    """Largest plausible change, in percentage points, of a metric measured in percent."""
    require_canonical_stages: bool = True
    """Whether the workflow must cover goal setting, planning, execution and evaluation in order."""
    placeholders: list[Text] = Field(default_factory=list)
    """Extra regular expressions that mark placeholder text."""
    severity: dict[str, Severity] = Field(default_factory=dict)
    """Severity overrides by finding code, e.g. ``{"OC306": "info"}``."""
    disable: list[str] = Field(default_factory=list)
    """Finding codes not to report."""
    job_posting: bool = False
    """Whether the document's JSON-LD must satisfy Google's JobPosting rules: each missing
    required property is an error (OC601), each missing recommended one a warning (OC602)."""
    min_languages: int = Field(default=1, ge=1)
    """How many languages ``meta.languages`` must list (OC702 when fewer); 2 for a 中英对照
    document. Whatever the number, a document that lists several has each text checked in each
    of them (OC701)."""


_ITEMISED_FULL_KINDS = [_K.RESPONSIBILITIES, _K.TASKS, _K.WORKFLOW, _K.METRICS, _K.PROJECTS]
"""Sections of a full document whose substance is a list: duties, tasks, steps, KPIs, projects."""

FULL_KINDS = [
    _K.RESPONSIBILITIES,
    _K.TASKS,
    _K.WORKFLOW,
    _K.METRICS,
    _K.COORDINATION,
    _K.PROJECTS,
    _K.DATA_ANALYSIS,
    _K.USER_FEEDBACK,
    _K.MARKET_RESEARCH,
    _K.OUTLOOK,
]

_FULL = Profile(
    name="full",
    description="A complete operations work-content document: the ten sections of "
    "Chinese practice, with goals recommended.",
    required=FULL_KINDS,
    required_items=_ITEMISED_FULL_KINDS,
    recommended=[_K.GOALS, _K.REQUIREMENTS, _K.CUSTOMER_SERVICE, _K.CONTINUOUS_IMPROVEMENT],
)

BUILTIN_PROFILES: dict[str, Profile] = {
    "job-description": Profile(
        name="job-description",
        description="A job description: responsibilities and requirements, with tasks and KPIs.",
        required=[_K.RESPONSIBILITIES, _K.REQUIREMENTS],
        required_items=[_K.RESPONSIBILITIES, _K.REQUIREMENTS],
        recommended=[_K.TASKS, _K.METRICS, _K.COORDINATION],
        require_canonical_stages=False,
    ),
    "job-posting": Profile(
        name="job-posting",
        description="A job description published as a job posting: what a job description "
        "needs, and the facts Google's JobPosting rules require and recommend.",
        required=[_K.RESPONSIBILITIES, _K.REQUIREMENTS],
        required_items=[_K.RESPONSIBILITIES, _K.REQUIREMENTS],
        recommended=[_K.TASKS, _K.METRICS, _K.COORDINATION],
        require_canonical_stages=False,
        job_posting=True,
    ),
    "work-plan": Profile(
        name="work-plan",
        description="An operations work plan: SMART goals, KPIs, tasks, workflow and projects.",
        required=[_K.GOALS, _K.METRICS, _K.TASKS, _K.WORKFLOW],
        required_items=[_K.GOALS, _K.METRICS, _K.TASKS, _K.WORKFLOW],
        recommended=[_K.PROJECTS, _K.COORDINATION, _K.DATA_ANALYSIS, _K.OUTLOOK],
    ),
    "full": _FULL,
    "bilingual": _FULL.model_copy(
        update={
            "name": "bilingual",
            "description": "A complete document in two or more languages (中英对照): what "
            "full asks, and every text in every language of meta.languages.",
            "min_languages": 2,
            "severity": {"OC701": Severity.ERROR},
        }
    ),
}
"""The built-in profiles by name."""


def get_profile(profile: str | os.PathLike[str] | Profile) -> Profile:
    """A built-in profile by name, a profile file by path, or ``profile`` itself."""
    if isinstance(profile, Profile):
        return profile
    name = os.fspath(profile)
    if name in BUILTIN_PROFILES:
        return BUILTIN_PROFILES[name]
    if Path(name).suffix.lower() in {".toml", ".yaml", ".yml", ".json"}:
        return load_profile(name)
    raise UnknownProfileError(
        Message(
            N_(
                "unknown profile {name!r}; built-in profiles: {names}, "
                "or give the path of a .toml or .yaml profile file"
            ),
            {"name": name, "names": ", ".join(BUILTIN_PROFILES)},
        )
    )


def load_profile(path: str | os.PathLike[str]) -> Profile:
    """Read a profile from a TOML, YAML or JSON file.

    A key ``extends`` names a built-in profile to start from; other keys override it, except
    ``severity``, whose codes are added to (or replace) the built-in profile's one by one.
    """
    name = os.fspath(path)
    try:
        raw = Path(name).read_bytes()
    except OSError as exc:
        raise ProfileError(
            Message(N_("cannot read profile: {reason}"), {"reason": exc.strerror or str(exc)}),
            file=name,
        ) from None
    data, positions = parse_data(raw, format_for(name), file=name)
    if not isinstance(data, dict):
        raise ProfileError(
            Message(N_("a profile must be a table (mapping) of settings")), file=name
        )
    base_name = data.pop("extends", None)
    base: dict[str, Any] = {}
    if base_name is not None:
        if base_name not in BUILTIN_PROFILES:
            raise ProfileError(
                Message(
                    N_("'extends' names unknown profile {name!r}; built-in profiles: {names}"),
                    {"name": base_name, "names": ", ".join(BUILTIN_PROFILES)},
                ),
                file=name,
                path="$.extends",
            )
        base = BUILTIN_PROFILES[base_name].model_dump()
    data.setdefault("name", Path(name).stem)
    if isinstance(data.get("severity"), dict) and base:
        data["severity"] = {**base["severity"], **data["severity"]}  # code by code
    try:
        return Profile.model_validate({**base, **data})
    except pydantic.ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        where = positions.locate(tuple(error["loc"])) if positions else None
        raise ProfileError(
            Message(
                N_("invalid profile: {reason}"),
                {"reason": f"{error['msg'][0].lower()}{error['msg'][1:]}"},
            ),
            file=name,
            line=where[0] if where else None,
            column=where[1] if where else None,
            path=format_path(tuple(error["loc"])),
        ) from None
