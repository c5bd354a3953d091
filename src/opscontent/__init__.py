"""opscontent: typed operations work-content documents (运营工作内容) — schema, checks, i18n.

>>> import opscontent
>>> doc = opscontent.loads('{"meta": {"title": "用户增长运营岗位工作内容"}}')
>>> report = opscontent.check(doc, profile="job-description", locale="en")
>>> report.ok, report.codes()
(False, ['OC101', 'OC101', 'OC102', 'OC102', 'OC102'])
"""

import importlib
from typing import TYPE_CHECKING, Any

from opscontent.checks import (
    BUILTIN_PROFILES,
    Finding,
    GoalAssessment,
    LetterVerdict,
    Profile,
    Report,
    Severity,
    check,
    load_profile,
)
from opscontent.exceptions import (
    DecodeError,
    FormatError,
    InputError,
    MissingExtraError,
    OpsContentError,
    ParseError,
    Problem,
    ProfileError,
    ReadError,
    RendererError,
    TemplateError,
    UnknownLocaleError,
    UnknownProfileError,
    UnknownRendererError,
    ValidationError,
)
from opscontent.io import dump, dumps, load, loads
from opscontent.model import (
    Cadence,
    Direction,
    Document,
    Meta,
    Metric,
    Quantity,
    Section,
    SectionKind,
    SmartGoal,
    Stage,
    Unit,
)
from opscontent.render import Renderer, available_renderers, get_renderer, render
from opscontent.schema import json_schema

if TYPE_CHECKING:
    from opscontent.importers import GoalParse, ImportResult, parse_docx, parse_goal, parse_text

__version__ = "0.1.0.dev0"

_LAZY = dict.fromkeys(
    ("GoalParse", "ImportResult", "parse_docx", "parse_goal", "parse_text"), "opscontent.importers"
)
"""Public names imported on first use (the importers compile many patterns)."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'opscontent' has no attribute {name!r}")


__all__ = [
    "BUILTIN_PROFILES",
    "Cadence",
    "DecodeError",
    "Direction",
    "Document",
    "Finding",
    "FormatError",
    "GoalAssessment",
    "GoalParse",
    "ImportResult",
    "InputError",
    "LetterVerdict",
    "Meta",
    "Metric",
    "MissingExtraError",
    "OpsContentError",
    "ParseError",
    "Problem",
    "Profile",
    "ProfileError",
    "Quantity",
    "ReadError",
    "Renderer",
    "RendererError",
    "Report",
    "Section",
    "SectionKind",
    "Severity",
    "SmartGoal",
    "Stage",
    "TemplateError",
    "Unit",
    "UnknownLocaleError",
    "UnknownProfileError",
    "UnknownRendererError",
    "ValidationError",
    "__version__",
    "available_renderers",
    "check",
    "dump",
    "dumps",
    "get_renderer",
    "json_schema",
    "load",
    "load_profile",
    "loads",
    "parse_docx",
    "parse_goal",
    "parse_text",
    "render",
]
