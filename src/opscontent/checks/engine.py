"""``check``: run every rule family against a profile and score the document."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from babel import Locale

from opscontent.checks.context import Context, Locator
from opscontent.checks.findings import Report, Severity
from opscontent.checks.profiles import Profile, get_profile
from opscontent.checks.rules import (
    content,
    metrics,
    posting,
    projects,
    sections,
    smart,
    statements,
    translations,
    workflow,
)
from opscontent.i18n import N_, Language, language
from opscontent.i18n.resolution import resolve_locale
from opscontent.io import source_of
from opscontent.model import Document

__all__ = ["check"]

RULES: tuple[Callable[[Context], None], ...] = (
    content.run,
    sections.run,
    workflow.run,
    smart.run,
    statements.run,
    metrics.run,
    projects.run,
    posting.run,
    translations.run,
)
"""The rule families, in the order they run."""

_COVERAGE_CODES = frozenset({"OC101", "OC102", "OC103"})


def check(
    doc: Document,
    *,
    profile: str | os.PathLike[str] | Profile = "full",
    today: dt.date | None = None,
    locale: str | Locale | Language | None = None,
    file: str | None = None,
    locate: Locator | None = None,
) -> Report:
    """Check ``doc`` against a profile: what is missing, what is not SMART, what is inconsistent.

    Args:
        doc: the document.
        profile: a built-in profile name (``full``, ``work-plan``, ``job-description``,
            ``job-posting``, ``bilingual``), the path of a profile file, or a :class:`Profile`.
        today: the date of the check. Deadlines must not lie before it, nor before the
            document's effective date. When neither is known, the current date is used.
        locale: language of messages, hints and reasons; by default the document's
            ``meta.language``, else ``zh_Hans_CN``. Checking in another language than the
            content's is reported (OC106).
        file: source file name, reported in the report; by default the name the document
            was loaded with (:func:`opscontent.io.source_of`).
        locate: maps a path to the line and column of the source text; by default the
            positions recorded when the document was loaded with ``load``/``loads``.

    Returns:
        A :class:`Report` with findings in document order, SMART verdicts and the score.

    """
    chosen = get_profile(profile)
    source = source_of(doc)
    if source is not None:
        file = file if file is not None else source.file
        if locate is None and source.positions is not None:
            locate = source.positions.locate
    lang = language(resolve_locale(doc, locale))
    ctx = Context(
        doc=doc, profile=chosen, lang=lang, not_before=_not_before(doc, today, lang), locate=locate
    )
    for rule in RULES:
        rule(ctx)
    ordered = sorted(ctx.findings, key=lambda pair: _order(pair[0]))
    findings = [finding for _, finding in ordered]
    return Report(
        profile=chosen.name,
        locale=str(lang.locale),
        file=file,
        score=_score(
            doc,
            chosen,
            [f.code for f in findings if f.severity is Severity.ERROR],
            [f.code for f in findings if f.severity is Severity.WARNING],
        ),
        findings=findings,
        goals=ctx.goals,
    )


def _order(loc: tuple[str | int, ...]) -> tuple[int, ...]:
    """Sort key: section index, then item index; findings about the whole document first."""
    numbers = [part for part in loc if isinstance(part, int)]
    return (len(loc) > 1, *numbers[:2])


def _not_before(doc: Document, today: dt.date | None, lang: Language) -> list[tuple[dt.date, str]]:
    dates: list[tuple[dt.date, str]] = []
    if doc.meta.effective_date is not None:
        dates.append((doc.meta.effective_date, lang.gettext(N_("effective date"))))
    if today is not None or doc.meta.effective_date is None:
        dates.append((today or dt.date.today(), lang.gettext(N_("date of the check"))))
    return dates


def _score(doc: Document, profile: Profile, errors: list[str], warnings: list[str]) -> int:
    """Completeness 0–100: weighted section coverage times a penalty for other problems."""
    filled = {section.kind for section in doc.sections if not section.is_empty}
    total = 2 * len(profile.required) + len(profile.recommended)
    got = 2 * sum(k in filled for k in profile.required) + sum(
        k in filled for k in profile.recommended
    )
    coverage = got / total if total else 1.0
    other_errors = sum(code not in _COVERAGE_CODES for code in errors)
    other_warnings = sum(code not in _COVERAGE_CODES for code in warnings)
    quality = 1 - min(0.5, 0.05 * other_errors + 0.01 * other_warnings)
    return round(100 * coverage * quality)
