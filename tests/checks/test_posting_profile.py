"""The ``job-posting`` profile against Google's JobPosting structured-data rules.

Google's page is "Job posting (JobPosting) structured data for Job Search",
https://developers.google.com/search/docs/appearance/structured-data/job-posting (read on
2026-11-30 through the project's search tool, which returned the page itself, at
https://developers.google.cn/search/docs/appearance/structured-data/job-posting.md.txt, only as
its introduction). The property rules below are quoted from the copy of that page's tables at
https://www.schemastats.com/en/terms/JobPosting/, .../jobLocationType/ and
.../applicantLocationRequirements/ ("Required and recommended properties per official Google
Search Central documentation"), read the same day:

- Required: ``datePosted`` ("The original date that employer posted the job in ISO 8601
  format"), ``description`` ("The full description of the job in HTML format"),
  ``hiringOrganization`` ("The organization offering the job position"), ``jobLocation`` ("The
  physical location(s) of the business where the employee will report to work"), ``title``.
- ``jobLocationType``: "Set this property with the value TELECOMMUTE for jobs in which the
  employee may or must work remotely 100% of the time … The jobLocationType property is
  required if the job is 100% remote. … Don't mark up jobs that allow occasional
  work-from-home".
- ``applicantLocationRequirements``: "This property is required if applicants may be located in
  one or more geographic locations and the job is 100% remote."
- Recommended: ``applicantLocationRequirements``, ``baseSalary``, ``directApply``,
  ``employmentType``, ``identifier``, ``jobLocationType``, ``validThrough``.
  ``identifier`` and ``directApply`` describe the site that publishes the posting, not the
  document, so the profile does not ask for them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

import opscontent
from opscontent.checks.rules.posting import RECOMMENDED, REQUIRED, missing_properties
from opscontent.render.jsonld import job_posting

from ..conftest import EXAMPLES

GOOGLE_REQUIRED = {"title", "description", "datePosted", "hiringOrganization", "jobLocation"}
GOOGLE_RECOMMENDED = {
    "applicantLocationRequirements",
    "baseSalary",
    "directApply",
    "employmentType",
    "identifier",
    "jobLocationType",
    "validThrough",
}
SITE_PROPERTIES = {"identifier", "directApply"}
"""Recommended by Google, but given by the site that publishes the posting."""

POSTING_META: dict[str, Any] = {
    "title": "Content editor",
    "summary": "Edits the weekly newsletter.",
    "organization": "Northwind",
    "date_posted": "2026-12-01",
    "valid_through": "2027-01-15",
    "locations": [{"locality": "Rotterdam", "country": "NL"}],
    "employment_type": ["full_time"],
    "salary": {"currency": "EUR", "period": "year", "min": 50000, "max": 60000},
}
SECTIONS = [
    {"kind": "responsibilities", "items": [{"area": "Newsletter", "description": "Edits it."}]},
    {"kind": "requirements", "items": [{"category": "skill", "description": "Editing"}]},
]


def posting_codes(meta: dict[str, Any]) -> list[tuple[str, str]]:
    doc = opscontent.loads(json.dumps({"meta": meta, "sections": SECTIONS}))
    report = opscontent.check(doc, profile="job-posting", locale="en")
    return [(f.code, f.path) for f in report.findings if f.code.startswith("OC6")]


def test_the_profile_asks_for_what_google_asks_for() -> None:
    assert set(REQUIRED) == GOOGLE_REQUIRED
    assert set(RECOMMENDED) == GOOGLE_RECOMMENDED - SITE_PROPERTIES - {
        "applicantLocationRequirements",  # asked for as required when the job is remote
        "jobLocationType",  # written whenever the job is remote; nothing to miss otherwise
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("locale", ["zh", "en"])
def test_the_examples_pass_the_job_posting_rules(path: Any, locale: str) -> None:
    posting = job_posting(opscontent.load(path), locale)
    assert missing_properties(posting) == ([], [])
    assert posting.keys() >= GOOGLE_REQUIRED
    assert posting["description"] != posting["title"]  # "can't be the same as the title"
    report = opscontent.check(opscontent.load(path), profile="job-posting", locale=locale)
    assert not [f for f in report.findings if f.code.startswith("OC6")]


def test_the_minimal_posting_passes() -> None:
    assert posting_codes(POSTING_META) == []


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("summary", ("OC601", "$.meta.summary")),
        ("organization", ("OC601", "$.meta.organization")),
        ("date_posted", ("OC601", "$.meta.date_posted")),
        ("locations", ("OC601", "$.meta.locations")),
        ("salary", ("OC602", "$.meta.salary")),
        ("employment_type", ("OC602", "$.meta.employment_type")),
        ("valid_through", ("OC602", "$.meta.valid_through")),
    ],
)
def test_each_missing_property_is_one_finding(field: str, expected: tuple[str, str]) -> None:
    meta = {key: value for key, value in POSTING_META.items() if key != field}
    assert posting_codes(meta) == [expected]


def test_a_remote_job_needs_applicant_locations_instead_of_a_place() -> None:
    remote = {**POSTING_META, "workplace_type": "remote"}
    assert posting_codes(remote) == []
    del remote["locations"]
    assert posting_codes(remote) == [("OC601", "$.meta.locations")]
    doc = opscontent.loads(json.dumps({"meta": remote, "sections": SECTIONS}))
    assert missing_properties(job_posting(doc, "en"))[0] == ["applicantLocationRequirements"]


def test_other_profiles_do_not_judge_postings() -> None:
    doc = opscontent.loads(json.dumps({"meta": {"title": "t"}, "sections": SECTIONS}))
    report = opscontent.check(doc, profile="job-description", locale="zh")
    assert not [f for f in report.findings if f.code.startswith("OC6")]
    zh = opscontent.check(doc, profile="job-posting", locale="zh")
    messages = [f.message for f in zh.findings if f.code == "OC601"]
    assert "招聘信息缺少 Google 要求必填的“datePosted”。" in messages
