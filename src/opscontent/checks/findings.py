"""Findings, SMART verdicts and the :class:`Report` that ``check`` returns."""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from opscontent.checks.severity import Severity
from opscontent.checks.text import report_text

__all__ = ["Finding", "GoalAssessment", "LetterVerdict", "Report", "Severity"]


class Finding(BaseModel):
    """One thing a check found, with a stable code, where it is, and how to fix it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    """Stable code such as ``OC201``; the hundreds digit names the family."""
    severity: Severity
    """Error, warning or info."""
    path: str
    """JSON path of what the finding is about, e.g. ``$.sections[3].items[1].owner``."""
    message: str
    """What is wrong, in the report's locale."""
    hint: str
    """How to fix it, in the report's locale."""
    line: int | None = None
    """1-based line in the source file, when the document was loaded from one."""
    column: int | None = None
    """1-based column in the source file, when known."""


Letter = Literal["S", "M", "A", "R", "T"]


class LetterVerdict(BaseModel):
    """The judgement on one SMART letter, with its reason."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    letter: Letter
    """S, M, A, R or T."""
    ok: bool
    """Whether the goal meets this letter."""
    reason: str
    """Why, in the report's locale."""


class GoalAssessment(BaseModel):
    """The SMART judgement of one goal, letter by letter."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    goal: str
    """The goal's id."""
    path: str
    """JSON path of the goal."""
    letters: list[LetterVerdict]
    """One verdict per letter, in S, M, A, R, T order."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def smart(self) -> bool:
        """True when every letter is met."""
        return all(verdict.ok for verdict in self.letters)


class Report(BaseModel):
    """The result of :func:`opscontent.check`."""

    model_config = ConfigDict(extra="forbid")

    profile: str
    """Name of the profile checked against."""
    locale: str
    """Locale of the messages."""
    file: str | None = None
    """Source file, when the document was loaded from one."""
    score: int = Field(ge=0, le=100)
    """Completeness from 0 to 100 (see docs/checks.md for the formula)."""
    findings: list[Finding]
    """Everything found, in document order."""
    goals: list[GoalAssessment]
    """SMART verdicts, one per goal."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def ok(self) -> bool:
        """True when there is no error (warnings and infos do not fail a document)."""
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def count(self, severity: Severity) -> int:
        """How many findings have ``severity``."""
        return sum(1 for f in self.findings if f.severity is severity)

    def codes(self) -> list[str]:
        """The codes of all findings, in order."""
        return [f.code for f in self.findings]

    def to_text(self, *, verbose: bool = True) -> str:
        """The report for a terminal, in its locale; ``verbose`` adds hints and reasons."""
        return report_text(self, verbose=verbose)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON (findings, SMART verdicts, score, ok)."""
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent)
