"""Completeness and SMART checks."""

from opscontent.checks.codes import CODES, Rule
from opscontent.checks.engine import check
from opscontent.checks.findings import Finding, GoalAssessment, LetterVerdict, Report, Severity
from opscontent.checks.profiles import BUILTIN_PROFILES, Profile, get_profile, load_profile

__all__ = [
    "BUILTIN_PROFILES",
    "CODES",
    "Finding",
    "GoalAssessment",
    "LetterVerdict",
    "Profile",
    "Report",
    "Rule",
    "Severity",
    "check",
    "get_profile",
    "load_profile",
]
