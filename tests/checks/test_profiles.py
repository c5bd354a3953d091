"""Each built-in profile: the smallest document it passes, and every "one thing missing" variant.

A profile requires sections (OC101 when missing, OC103 when empty), requires items in some of
them (OC105 when a section has only a lead paragraph) and recommends others (OC102, a warning).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pydantic
import pytest

import opscontent
from opscontent.cli import main
from opscontent.model.localized import untranslated

TODAY = dt.date(2027, 1, 1)

ITEMS: dict[str, list[dict[str, Any]]] = {
    "responsibilities": [{"area": "Growth", "description": "Run the acquisition campaigns."}],
    "requirements": [{"category": "experience", "description": "Two years in user operations"}],
    "tasks": [{"name": "Weekly issue", "description": "Write and send the newsletter."}],
    "workflow": [
        {"stage": stage, "name": name, "owner": "Maya Chen", "time_node": {"cadence": "weekly"}}
        for stage, name in (
            ("goal_setting", "Agree targets"),
            ("planning", "Plan the issues"),
            ("execution_monitoring", "Send and watch"),
            ("evaluation", "Review the quarter"),
        )
    ],
    "metrics": [
        {
            "key": "ctr",
            "name": "Click-through rate",
            "scope": "weekly newsletter",
            "definition": "Unique clicks divided by delivered emails",
            "unit": "percent",
            "direction": "increase",
            "baseline": 4,
            "target": 5,
            "data_source": "Email platform",
        }
    ],
    "goals": [
        {
            "id": "ctr",
            "metric": "ctr",
            "baseline": {"value": 4, "unit": "percent"},
            "target": {"value": 5, "unit": "percent"},
            "deadline": "2027-06-30",
            "owner": "Maya Chen",
        }
    ],
    "projects": [
        {"name": "Relaunch", "owner": "Maya Chen", "start": "2027-01-04", "end": "2027-03-31"}
    ],
}
"""One valid item list per section kind that a profile requires items in."""

POSTING_META: dict[str, Any] = {
    "summary": "Runs the acquisition campaigns of the app.",
    "organization": "Northwind",
    "date_posted": "2026-12-01",
    "valid_through": "2027-01-15",
    "locations": [{"locality": "Rotterdam", "country": "NL"}],
    "employment_type": ["full_time"],
    "salary": {"currency": "EUR", "period": "year", "min": 50000, "max": 60000},
}
"""The job facts a posting needs (each one missing: tests/unit/test_posting_profile.py)."""


def minimal(profile: opscontent.Profile) -> dict[str, Any]:
    """The smallest document ``profile`` passes: its required sections, items where needed."""
    sections = []
    for kind in profile.required:
        section: dict[str, Any] = {"kind": kind.value}
        if kind in profile.required_items:
            section["items"] = ITEMS[kind.value]
        else:
            section["summary"] = "Done as the team agreed in the quarterly plan."
        sections.append(section)
    facts = POSTING_META if profile.job_posting else {}
    languages = {"languages": ["en", "zh"]} if profile.min_languages > 1 else {}
    return {
        "meta": {"title": "Plan", "language": "en", **facts, **languages},
        "sections": sections,
    }


def translated(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every text that lacks a language of ``meta.languages`` given in it."""
    doc = opscontent.Document.model_validate(data)
    for loc, text, absent in untranslated(doc):
        *parents, last = loc
        place: Any = data
        for step in parents:
            place = place[step]
        place[last] = {"en": str(text), **dict.fromkeys(absent, f"{text}（译文）")}
    return data


def report(data: dict[str, Any], profile: str) -> opscontent.Report:
    if opscontent.BUILTIN_PROFILES[profile].min_languages > 1:
        data = translated(data)
    doc = opscontent.Document.model_validate(data)
    return opscontent.check(doc, profile=profile, today=TODAY, locale="en")


def errors(found: opscontent.Report) -> list[tuple[str, str]]:
    return [(f.code, f.path) for f in found.findings if f.severity == "error"]


PROFILES = sorted(opscontent.BUILTIN_PROFILES)


def test_every_itemised_kind_is_required() -> None:
    for profile in opscontent.BUILTIN_PROFILES.values():
        assert set(profile.required_items) <= set(profile.required)
        assert {kind.value for kind in profile.required_items} <= set(ITEMS)


@pytest.mark.parametrize("name", PROFILES)
def test_the_minimal_document_passes(name: str) -> None:
    found = report(minimal(opscontent.BUILTIN_PROFILES[name]), name)
    assert errors(found) == []
    assert found.ok
    recommended = opscontent.BUILTIN_PROFILES[name].recommended
    assert found.codes().count("OC102") == len(recommended)


CASES = [
    (name, kind.value, what)
    for name in PROFILES
    for kind in opscontent.BUILTIN_PROFILES[name].required
    for what in ("missing", "empty", "summary only")
    if what != "summary only" or kind in opscontent.BUILTIN_PROFILES[name].required_items
]


@pytest.mark.parametrize(("name", "kind", "what"), CASES)
def test_one_thing_missing_fails(name: str, kind: str, what: str) -> None:
    data = minimal(opscontent.BUILTIN_PROFILES[name])
    index = next(i for i, s in enumerate(data["sections"]) if s["kind"] == kind)
    if what == "missing":
        del data["sections"][index]
        expected = [("OC101", "$.sections")]
    elif what == "empty":
        data["sections"][index] = {"kind": kind}
        expected = [("OC103", f"$.sections[{index}]")]
    else:
        data["sections"][index] = {"kind": kind, "summary": "We will do this well."}
        expected = [("OC105", f"$.sections[{index}].items")]
    if kind == "metrics" and any(s["kind"] == "goals" for s in data["sections"]):
        with pytest.raises(pydantic.ValidationError, match="no KPI with key 'ctr'"):
            report(data, name)  # the goal names a KPI that is gone: not even a valid document
        return
    found = report(data, name)
    assert errors(found) == expected
    assert not found.ok


def test_a_work_plan_of_headings_fails_from_the_command_line(tmp_path: Any) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "meta: {title: Plan}\nsections:\n"
        + "".join(
            f"  - {{kind: {kind}, summary: We will do this well.}}\n"
            for kind in ("goals", "metrics", "tasks", "workflow")
        ),
        encoding="utf-8",
    )
    assert main(["check", str(plan), "--profile", "work-plan", "--brief"]) == 1
