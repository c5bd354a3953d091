"""The human-readable form of a :class:`Report`, in the report's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from opscontent.checks.severity import Severity
from opscontent.i18n import N_, NP_, Language, language

if TYPE_CHECKING:
    from opscontent.checks.findings import Finding, Report

__all__ = ["report_text"]

SEVERITY_NAMES = {
    Severity.ERROR: N_("error"),
    Severity.WARNING: N_("warning"),
    Severity.INFO: N_("info"),
}


def report_text(report: Report, *, verbose: bool = True) -> str:
    """Format ``report`` for a terminal: a summary line, one line per finding, SMART verdicts."""
    lang = language(report.locale)
    summary = lang.gettext(
        N_("{file}: profile {profile}, score {score}/100: {errors}, {warnings}, {infos}"),
        file=report.file or "<document>",
        profile=report.profile,
        score=report.score,
        errors=_count(lang, report.count(Severity.ERROR), NP_("{n} error", "{n} errors")),
        warnings=_count(lang, report.count(Severity.WARNING), NP_("{n} warning", "{n} warnings")),
        infos=_count(lang, report.count(Severity.INFO), NP_("{n} note", "{n} notes")),
    )
    lines = [summary]
    for finding in report.findings:
        lines.append(_finding_line(report, finding, lang))
        if verbose:
            lines.append("    " + lang.gettext(N_("hint: {hint}"), hint=finding.hint))
    if report.goals:
        lines.append(lang.gettext(N_("SMART verdicts:")))
        for goal in report.goals:
            marks = " ".join(f"{v.letter}{'✓' if v.ok else '✗'}" for v in goal.letters)
            lines.append(f"  {goal.goal}  {marks}")
            if verbose:
                lines.extend(f"    {v.letter}: {v.reason}" for v in goal.letters)
    return "\n".join(lines) + "\n"


def _count(lang: Language, n: int, forms: tuple[str, str]) -> str:
    return lang.ngettext(forms, n, n=n)


def _finding_line(report: Report, finding: Finding, lang: Language) -> str:
    where = report.file or "<document>"
    if finding.line is not None:
        where += f":{finding.line}"
        if finding.column is not None:
            where += f":{finding.column}"
    severity = lang.gettext(SEVERITY_NAMES[finding.severity])
    return f"{where}: {severity} {finding.code} {finding.message} ({finding.path})"
