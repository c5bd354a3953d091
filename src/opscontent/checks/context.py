"""What every rule sees: the document, the profile, the language, and where findings go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from opscontent.checks.codes import CODES
from opscontent.checks.findings import Finding, GoalAssessment, Severity
from opscontent.checks.profiles import Profile
from opscontent.i18n import Language
from opscontent.model import Document
from opscontent.model.localized import Localized
from opscontent.paths import JsonPath, format_path

__all__ = ["Context", "Locator"]

Locator = Callable[[JsonPath], "tuple[int, int] | None"]
"""Maps a path to a line and column of the source text."""


@dataclass
class Context:
    """State shared by the rules of one ``check`` run."""

    doc: Document
    """The document checked."""
    profile: Profile
    """The profile checked against."""
    lang: Language
    """Language of the messages."""
    not_before: list[tuple[dt.date, str]]
    """Dates no deadline may precede, each with its name (effective date, today)."""
    locate: Locator | None = None
    """Maps paths to source positions, when the document came from a file."""
    findings: list[tuple[JsonPath, Finding]] = field(default_factory=list)
    """What the rules found, with their paths."""
    goals: list[GoalAssessment] = field(default_factory=list)
    """SMART verdicts of the goals."""

    def emit(
        self, code: str, loc: JsonPath, /, *, severity: Severity | None = None, **params: object
    ) -> None:
        """Record a finding of ``code`` at ``loc``; params fill the message and hint.

        The severity is the profile's override for the code, else ``severity``, else the
        code's default.
        """
        if code in self.profile.disable:
            return
        rule = CODES[code]
        where = self.locate(loc) if self.locate else None
        finding = Finding.model_construct(  # trusted values: no validation per finding
            code=code,
            severity=self.profile.severity.get(code, severity or rule.severity),
            path=format_path(loc),
            message=self.lang.gettext(rule.message, **self.quoted(params)),
            hint=self.lang.gettext(rule.hint, **self.quoted(params)),
            line=where[0] if where else None,
            column=where[1] if where else None,
        )
        self.findings.append((loc, finding))

    def text(self, message: str, /, **params: object) -> str:
        """Translate a message of the rules (reasons) in the report's language."""
        return self.lang.gettext(message, **self.quoted(params))

    def quoted(self, params: dict[str, object]) -> dict[str, object]:
        """``params`` with the author's texts in the report's language where they have one.

        A text without a version in that language is quoted as written in the primary one.
        """
        if not any(isinstance(value, Localized) for value in params.values()):
            return params
        wanted = str(self.lang.locale)
        return {
            name: (value.in_language(wanted) or str(value))
            if isinstance(value, Localized)
            else value
            for name, value in params.items()
        }
