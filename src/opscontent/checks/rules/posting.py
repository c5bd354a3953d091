"""OC601–OC602: the JSON-LD of a job posting has what Google's JobPosting rules ask for.

Google's structured-data documentation for job postings requires ``title``, ``description``,
``datePosted``, ``hiringOrganization`` and ``jobLocation`` — or, for a fully remote job
(``jobLocationType`` ``TELECOMMUTE``), ``applicantLocationRequirements`` — and recommends
``baseSalary``, ``employmentType`` and ``validThrough`` among others. The rule reads the
posting the ``jsonld`` renderer writes, so the check and the output cannot disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from opscontent.checks.context import Context

__all__ = ["RECOMMENDED", "REQUIRED", "missing_properties", "run"]

REQUIRED = ("title", "description", "datePosted", "hiringOrganization", "jobLocation")
"""Properties Google requires on every JobPosting (``jobLocation`` unless fully remote)."""
RECOMMENDED = ("baseSalary", "employmentType", "validThrough")
"""Properties Google recommends that a document can give (``identifier`` and ``directApply``
belong to the site that publishes the posting, not to the document)."""

_SOURCE: Mapping[str, tuple[str, str]] = {
    "title": ("title", "meta.role"),
    "description": ("summary", "meta.summary"),
    "datePosted": ("date_posted", "meta.date_posted"),
    "hiringOrganization": ("organization", "meta.organization"),
    "jobLocation": ("locations", "meta.locations"),
    "applicantLocationRequirements": ("locations", "meta.locations"),
    "baseSalary": ("salary", "meta.salary"),
    "employmentType": ("employment_type", "meta.employment_type"),
    "validThrough": ("valid_through", "meta.valid_through"),
}
"""The meta field each property comes from: its name and how a hint names it."""


def missing_properties(posting: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """The required and the recommended properties ``posting`` lacks.

    >>> missing_properties({"title": "Editor", "jobLocationType": "TELECOMMUTE"})[0]
    ['description', 'datePosted', 'hiringOrganization', 'applicantLocationRequirements']
    """
    required = list(REQUIRED)
    if posting.get("jobLocationType") == "TELECOMMUTE":
        required[required.index("jobLocation")] = "applicantLocationRequirements"
    return (
        [name for name in required if name not in posting],
        [name for name in RECOMMENDED if name not in posting],
    )


def run(ctx: Context) -> None:
    """Report each missing JobPosting property, when the profile asks for a job posting."""
    if not ctx.profile.job_posting:
        return
    from opscontent.render.jsonld import job_posting  # noqa: PLC0415 - only for this profile

    posting = job_posting(ctx.doc, "en")  # which properties are there does not depend on it
    required, recommended = missing_properties(posting)
    for code, names in (("OC601", required), ("OC602", recommended)):
        for name in names:
            field, shown = _SOURCE[name]
            ctx.emit(code, ("meta", field), property=name, field=shown)
