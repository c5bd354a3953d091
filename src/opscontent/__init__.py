"""opscontent: typed operations work-content documents (运营工作内容) — schema, checks, i18n.

>>> import opscontent
>>> doc = opscontent.loads('{"meta": {"title": "用户增长运营岗位工作内容"}}')
>>> report = opscontent.check(doc, profile="job-description", locale="en")
>>> report.ok, report.codes()
(False, ['OC101', 'OC101', 'OC102', 'OC102', 'OC102'])
"""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from opscontent._lazy import lazy_names

if TYPE_CHECKING:
    from opscontent.batch import (
        BatchResult,
        render_many,
    )
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
        TranslationError,
        UnknownLocaleError,
        UnknownProfileError,
        UnknownRendererError,
        ValidationError,
    )
    from opscontent.importers import (
        GoalParse,
        ImportResult,
        TranslationResult,
        import_translation,
        parse_docx,
        parse_goal,
        parse_text,
    )
    from opscontent.io import (
        dump,
        dumps,
        load,
        loads,
    )
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
    from opscontent.render import (
        Renderer,
        available_renderers,
        get_renderer,
        render,
    )
    from opscontent.schema import (
        json_schema,
    )

__version__ = "0.1.0.dev0"

_EXPORTS: dict[str, tuple[str, ...]] = {
    "opscontent.batch": ("BatchResult", "render_many"),
    "opscontent.checks": (
        "BUILTIN_PROFILES",
        "Finding",
        "GoalAssessment",
        "LetterVerdict",
        "Profile",
        "Report",
        "Severity",
        "check",
        "load_profile",
    ),
    "opscontent.exceptions": (
        "DecodeError",
        "FormatError",
        "InputError",
        "MissingExtraError",
        "OpsContentError",
        "ParseError",
        "Problem",
        "ProfileError",
        "ReadError",
        "RendererError",
        "TemplateError",
        "TranslationError",
        "UnknownLocaleError",
        "UnknownProfileError",
        "UnknownRendererError",
        "ValidationError",
    ),
    "opscontent.importers": (
        "GoalParse",
        "ImportResult",
        "TranslationResult",
        "import_translation",
        "parse_docx",
        "parse_goal",
        "parse_text",
    ),
    "opscontent.io": ("dump", "dumps", "load", "loads"),
    "opscontent.model": (
        "Cadence",
        "Direction",
        "Document",
        "Meta",
        "Metric",
        "Quantity",
        "Section",
        "SectionKind",
        "SmartGoal",
        "Stage",
        "Unit",
    ),
    "opscontent.render": ("Renderer", "available_renderers", "get_renderer", "render"),
    "opscontent.schema": ("json_schema",),
}
_LAZY = {name: module for module, names in _EXPORTS.items() for name in names}
"""Public name → the module that defines it, imported on first use (PEP 562).

``import opscontent`` costs almost nothing: the model, the checks and the renderers load
when a name that needs them is first used, so a command line that only prints its version,
or a test run that imports hypothesis, never builds a model.
"""
__getattr__ = lazy_names(__name__, _LAZY)


def __dir__() -> list[str]:
    """The public names and the submodules already imported (not the module's own imports)."""
    loaded = {
        name
        for name, value in globals().items()
        if isinstance(value, types.ModuleType)
        and value.__name__ == f"{__name__}.{name}"
        and not name.startswith("_")
    }
    return sorted({*__all__, "__version__", *loaded})


class _Package(types.ModuleType):
    """The package module, whose ``render`` is the callable :mod:`opscontent.render` package.

    ``opscontent.render(doc, "html")`` renders and ``opscontent.render.view`` is the view
    module: the package renders when called (see :mod:`opscontent.render`). Importing the
    subpackage sets the attribute to the same object, so it never changes meaning.
    """

    @property
    def render(self) -> Any:
        """The :mod:`opscontent.render` package; calling it is :func:`opscontent.render.render`."""
        return importlib.import_module("opscontent.render")

    @render.setter
    def render(self, value: Any) -> None:
        """The import system setting the subpackage: the property already returns it."""


sys.modules[__name__].__class__ = _Package


__all__ = [
    "BUILTIN_PROFILES",
    "BatchResult",
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
    "TranslationError",
    "TranslationResult",
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
    "import_translation",
    "json_schema",
    "load",
    "load_profile",
    "loads",
    "parse_docx",
    "parse_goal",
    "parse_text",
    "render",
    "render_many",
]
