"""SMART verdicts at their boundaries: each row pins a letter's verdict, its finding and its reason.

Every row builds one goal against one KPI, checks it in English and Chinese, and asserts the
letter's verdict, the finding code and path (or that no finding of that letter is reported) and
the key facts of the message (numbers, names, dates) in both languages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest
import yaml

import opscontent
from opscontent.checks import Profile

from ..conftest import FIXTURES

TODAY = dt.date(2026, 11, 29)
GOAL = "$.sections[0].items[0]"
LETTER_CODES = {
    "S": {"OC301"},
    "M": {"OC302"},
    "A": {"OC303", "OC304", "OC305", "OC309"},
    "R": {"OC306"},
    "T": {"OC307", "OC308"},
}


@dataclass(frozen=True)
class Row:
    """One boundary: what changes from the base goal and KPI, and what the letter must say."""

    name: str
    letter: str
    ok: bool
    code: str | None
    path: str
    en: tuple[str, ...]
    zh: tuple[str, ...]
    goal: dict[str, Any] = field(default_factory=dict)
    kpi: dict[str, Any] = field(default_factory=dict)
    profile: dict[str, Any] = field(default_factory=dict)
    effective: dt.date | None = None


def count(value: float) -> dict[str, Any]:
    return {"value": value, "unit": "count"}


def percent(value: float) -> dict[str, Any]:
    return {"value": value, "unit": "percent"}


def points(value: float) -> dict[str, Any]:
    return {"value": value, "unit": "percentage_points"}


RATE = {"unit": "percent", "baseline": 10}
DOWN = {"direction": "decrease"}

ROWS = [
    # S: a scope on the KPI or on the goal
    Row(
        "scope of the KPI",
        "S",
        True,
        None,
        GOAL,
        ("signups", "trial users"),
        ("signups", "trial users"),
    ),
    Row(
        "scope of the goal",
        "S",
        True,
        None,
        GOAL,
        ("web",),
        ("web",),
        goal={"scope": "web"},
        kpi={"scope": None},
    ),
    Row(
        "no scope",
        "S",
        False,
        "OC301",
        GOAL,
        ("signups", "measured on"),
        ("signups",),
        kpi={"scope": None},
    ),
    # M: target, change, the KPI's target, nothing
    Row("target", "M", True, None, GOAL, ("target 150",), ("150",)),
    Row(
        "change",
        "M",
        True,
        None,
        GOAL,
        ("change of 20%",),
        ("20%",),
        goal={"target": None, "change": percent(20)},
    ),
    Row(
        "relies on the KPI's target",
        "M",
        True,
        None,
        GOAL,
        ("target 150 of KPI signups",),
        ("150", "signups"),
        goal={"target": None},
        kpi={"target": 150},
    ),
    Row(
        "nothing to reach",
        "M",
        False,
        "OC302",
        GOAL,
        ("no target or change", "signups"),
        ("signups",),
        goal={"target": None},
    ),
    # A: equal to the baseline, the profile's limit, zero baselines, changes, the KPI's target
    Row(
        "target equal to baseline, increase",
        "A",
        False,
        "OC305",
        f"{GOAL}.target",
        ("target 100 is not above baseline 100",),
        ("100",),
        goal={"target": count(100)},
    ),
    Row(
        "target equal to baseline, decrease",
        "A",
        False,
        "OC305",
        f"{GOAL}.target",
        ("target 100 is not below baseline 100",),
        ("100",),
        goal={"target": count(100)},
        kpi=DOWN,
    ),
    Row(
        "target equal to baseline, maintain",
        "A",
        True,
        None,
        GOAL,
        ("from 100 to 100", "0%"),
        ("100",),
        goal={"target": count(100)},
        kpi={"direction": "maintain"},
    ),
    Row(
        "exactly at the relative limit",
        "A",
        True,
        None,
        GOAL,
        ("from 100 to 200", "a change of 100%, within the 100%"),
        ("200", "100%"),
        goal={"target": count(200)},
    ),
    Row(
        "just past the relative limit",
        "A",
        False,
        "OC304",
        f"{GOAL}.target",
        ("from 100 to 201", "101%", "beyond the 100%"),
        ("201", "101%"),
        goal={"target": count(201)},
    ),
    Row(
        "a stricter relative limit",
        "A",
        False,
        "OC304",
        f"{GOAL}.target",
        ("50%", "40%"),
        ("50%", "40%"),
        profile={"max_relative_change": 0.4},
    ),
    Row(
        "exactly at the point limit",
        "A",
        True,
        None,
        GOAL,
        ("from 10% to 40%", "30 percentage points, within the 30 percentage points"),
        ("40%", "30个百分点"),
        goal={"target": percent(40)},
        kpi=RATE,
    ),
    Row(
        "just past the point limit",
        "A",
        False,
        "OC304",
        f"{GOAL}.target",
        ("from 10% to 40.5%", "30.5 percentage points", "beyond the 30 percentage points"),
        ("40.5%", "30.5个百分点"),
        goal={"target": percent(40.5)},
        kpi=RATE,
    ),
    Row(
        "zero baseline of a count",
        "A",
        True,
        None,
        GOAL,
        ("from 0 to 150", "not bounded"),
        ("0", "150"),
        kpi={"baseline": 0},
    ),
    Row(
        "zero baseline of a rate",
        "A",
        True,
        None,
        GOAL,
        ("from 0% to 30%", "30 percentage points"),
        ("0%", "30%"),
        goal={"target": percent(30)},
        kpi={**RATE, "baseline": 0},
    ),
    Row(
        "zero baseline of a rate, too far",
        "A",
        False,
        "OC304",
        f"{GOAL}.target",
        ("from 0% to 31%",),
        ("31%",),
        goal={"target": percent(31)},
        kpi={**RATE, "baseline": 0},
    ),
    Row(
        "decrease given as a relative change",
        "A",
        True,
        None,
        GOAL,
        ("from 100 to 80", "20%, within the 100%"),
        ("80", "20%"),
        goal={"target": None, "change": percent(20)},
        kpi=DOWN,
    ),
    Row(
        "decrease change at the limit",
        "A",
        True,
        None,
        GOAL,
        ("from 100 to 80", "20%, within the 20%"),
        ("80",),
        goal={"target": None, "change": percent(20)},
        kpi=DOWN,
        profile={"max_relative_change": 0.2},
    ),
    Row(
        "decrease change past the limit",
        "A",
        False,
        "OC304",
        f"{GOAL}.change",
        ("from 100 to 79", "21%"),
        ("79", "21%"),
        goal={"target": None, "change": percent(21)},
        kpi=DOWN,
        profile={"max_relative_change": 0.2},
    ),
    Row(
        "decrease in points",
        "A",
        True,
        None,
        GOAL,
        ("from 10% to 7%", "3 percentage points"),
        ("7%", "3个百分点"),
        goal={"target": None, "change": points(3)},
        kpi={**RATE, **DOWN},
    ),
    Row(
        "increase of a rate in percent is relative",
        "A",
        True,
        None,
        GOAL,
        ("from 10% to 15%", "5 percentage points"),
        ("15%", "5个百分点"),
        goal={"target": None, "change": percent(50)},
        kpi=RATE,
    ),
    Row(
        "a change to maintain",
        "A",
        True,
        None,
        GOAL,
        ("from 100 to 100",),
        ("100",),
        goal={"target": None, "change": count(5)},
        kpi={"direction": "maintain"},
    ),
    Row(
        "negative change",
        "A",
        False,
        "OC305",
        f"{GOAL}.change",
        ("the change is negative",),
        (),
        goal={"target": None, "change": count(-5)},
    ),
    Row(
        "relies on the KPI's target",
        "A",
        True,
        None,
        GOAL,
        ("from 100 to 150", "50%, within the 100%"),
        ("150", "50%"),
        goal={"target": None},
        kpi={"target": 150},
    ),
    Row(
        "the KPI's target too far",
        "A",
        False,
        "OC304",
        GOAL,
        ("from 100 to 300", "200%"),
        ("300", "200%"),
        goal={"target": None},
        kpi={"target": 300},
    ),
    Row(
        "the KPI's target equal to its baseline",
        "A",
        False,
        "OC305",
        GOAL,
        ("target 100 is not above",),
        ("100",),
        goal={"target": None},
        kpi={"target": 100},
    ),
    Row(
        "the goal's baseline wins",
        "A",
        True,
        None,
        GOAL,
        ("from 120 to 150",),
        ("120", "150"),
        goal={"baseline": count(120)},
    ),
    Row(
        "no baseline",
        "A",
        False,
        "OC303",
        GOAL,
        ("no baseline", "signups"),
        ("signups",),
        kpi={"baseline": None},
    ),
    Row(
        "no target",
        "A",
        True,
        None,
        GOAL,
        ("not judged: there is no target",),
        (),
        goal={"target": None},
    ),
    Row(
        "units do not match",
        "A",
        True,
        "OC309",
        f"{GOAL}.target",
        ("not judged: the units do not match",),
        (),
        goal={"target": percent(150)},
    ),
    Row(
        "baseline unit does not match",
        "A",
        True,
        "OC309",
        f"{GOAL}.baseline",
        ("units do not match",),
        (),
        goal={"baseline": percent(1)},
    ),
    Row(
        "change unit does not match",
        "A",
        True,
        "OC309",
        f"{GOAL}.change",
        ("units do not match",),
        (),
        goal={"target": None, "change": {"value": 2, "unit": "currency", "currency": "USD"}},
    ),
    Row(
        "points on a count do not match",
        "A",
        True,
        "OC309",
        f"{GOAL}.change",
        ("units do not match",),
        (),
        goal={"target": None, "change": points(2)},
    ),
    # R: objective, a KPI of the metrics section, an inline metric
    Row(
        "objective",
        "R",
        True,
        None,
        GOAL,
        ('serves the objective "grow"',),
        ("grow",),
        goal={"objective": "grow"},
    ),
    Row(
        "a KPI of the metrics section",
        "R",
        True,
        None,
        GOAL,
        ('moves the KPI "signups"',),
        ("signups",),
    ),
    Row(
        "inline metric",
        "R",
        False,
        "OC306",
        GOAL,
        ("no objective is named",),
        (),
        goal={"metric": "inline"},
    ),
    # T: a deadline or period end equal to today or the effective date, one day before
    Row(
        "deadline is today",
        "T",
        True,
        None,
        GOAL,
        ("by November 29, 2026",),
        ("2026年11月29日",),
        goal={"deadline": TODAY},
    ),
    Row(
        "deadline yesterday",
        "T",
        False,
        "OC308",
        f"{GOAL}.deadline",
        ("November 28, 2026 is before the date of the check November 29, 2026",),
        ("2026年11月28日", "2026年11月29日"),
        goal={"deadline": TODAY - dt.timedelta(days=1)},
    ),
    Row(
        "period ends today",
        "T",
        True,
        None,
        GOAL,
        ("by November 29, 2026",),
        ("2026年11月29日",),
        goal={"deadline": None, "period": {"start": dt.date(2026, 1, 1), "end": TODAY}},
    ),
    Row(
        "period ended yesterday",
        "T",
        False,
        "OC308",
        f"{GOAL}.period.end",
        ("November 28, 2026",),
        ("2026年11月28日",),
        goal={
            "deadline": None,
            "period": {"start": dt.date(2026, 1, 1), "end": dt.date(2026, 11, 28)},
        },
    ),
    Row(
        "deadline on the effective date",
        "T",
        True,
        None,
        GOAL,
        ("by December 31, 2026",),
        ("2026年12月31日",),
        goal={"deadline": dt.date(2026, 12, 31)},
        effective=dt.date(2026, 12, 31),
    ),
    Row(
        "deadline before the effective date",
        "T",
        False,
        "OC308",
        f"{GOAL}.deadline",
        ("is before the effective date January 1, 2027",),
        ("2027年1月1日",),
        goal={"deadline": dt.date(2026, 12, 31)},
        effective=dt.date(2027, 1, 1),
    ),
    Row(
        "no deadline",
        "T",
        False,
        "OC307",
        GOAL,
        ("no deadline or period",),
        (),
        goal={"deadline": None},
    ),
]


def document(row: Row) -> opscontent.Document:
    kpi: dict[str, Any] = {
        "key": "kpi",
        "name": "signups",
        "scope": "trial users",
        "unit": "count",
        "direction": "increase",
        "baseline": 100,
    }
    kpi.update(row.kpi)
    goal: dict[str, Any] = {
        "id": "goal-7",
        "metric": "kpi",
        "target": count(150),
        "deadline": dt.date(2027, 6, 30),
        "owner": "Maya",
    }
    goal.update(row.goal)
    if goal["metric"] == "inline":
        goal["metric"] = {**kpi, "key": "inline"}
    meta: dict[str, Any] = {"title": "t", "effective_date": row.effective}
    return opscontent.Document.model_validate(
        {
            "meta": {k: v for k, v in meta.items() if v is not None},
            "sections": [
                {"kind": "goals", "items": [{k: v for k, v in goal.items() if v is not None}]},
                {"kind": "metrics", "items": [{k: v for k, v in kpi.items() if v is not None}]},
            ],
        }
    )


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.letter}-{r.name}" for r in ROWS])
@pytest.mark.parametrize("locale", ["en", "zh"])
def test_letter_at_its_boundary(row: Row, locale: str) -> None:
    profile = Profile(name="limits", required=[], **row.profile)
    today = None if row.effective and row.effective > TODAY else TODAY
    report = opscontent.check(document(row), profile=profile, today=today, locale=locale)
    (assessment,) = report.goals
    assert assessment.path == GOAL
    verdict = assessment.letters["SMART".index(row.letter)]
    assert verdict.letter == row.letter
    assert verdict.ok is row.ok, verdict.reason
    found = [f for f in report.findings if f.code in LETTER_CODES[row.letter]]
    if row.code is None:
        assert found == []
    else:
        (finding,) = found
        assert (finding.code, finding.path) == (row.code, row.path)
        if finding.code != "OC309":
            assert verdict.reason in finding.message
    facts = row.en if locale == "en" else row.zh
    text = " ".join([verdict.reason, *(f.message for f in found)])
    for fact in facts:
        assert fact in text, (fact, text)


def test_every_letter_has_a_passing_and_a_failing_row() -> None:
    for letter in "SMART":
        assert {row.ok for row in ROWS if row.letter == letter} == {True, False}


@pytest.mark.parametrize("locale", ["en", "zh"])
def test_a_goal_without_owner_is_reported_at_the_goal(locale: str) -> None:
    row = Row("no owner", "S", True, None, GOAL, (), (), goal={"owner": None})
    report = opscontent.check(
        document(row), profile=Profile(name="p", required=[]), today=TODAY, locale=locale
    )
    (finding,) = [f for f in report.findings if f.code == "OC310"]
    assert finding.path == GOAL
    assert "goal-7" in finding.message
    assert [f.code for f in report.findings if f.code.startswith("OC3")] == ["OC310"]


REASONS = FIXTURES / "goals" / "verdict-reasons.yaml"


def test_reasons_are_exactly_as_pinned(update_goldens: bool) -> None:
    """Every row's reason and goal findings word for word, in both languages.

    Rewrite the file with ``pytest --update-goldens`` after an intended change, and review it.
    """
    pinned: dict[str, dict[str, list[str]]] = {}
    for row in ROWS + EXTRA_ROWS:
        profile = Profile(name="limits", required=[], **row.profile)
        today = None if row.effective and row.effective > TODAY else TODAY
        pinned[f"{row.letter} {row.name}"] = {}
        for locale in ("en", "zh"):
            report = opscontent.check(document(row), profile=profile, today=today, locale=locale)
            verdict = report.goals[0].letters["SMART".index(row.letter)]
            findings = [
                f"{f.code} {f.path}: {f.message} | {f.hint}"
                for f in report.findings
                if f.code.startswith("OC3")
            ]
            pinned[f"{row.letter} {row.name}"][locale] = [verdict.reason, *findings]
    if update_goldens:
        REASONS.write_text(yaml.safe_dump(pinned, allow_unicode=True, width=200), "utf-8")
    assert yaml.safe_load(REASONS.read_text("utf-8")) == pinned


# Rows pinned only word for word: numbers whose rounding shows, changes of zero and under one.
EXTRA_ROWS = [
    Row(
        "a third", "A", True, None, GOAL, (), (), kpi={"baseline": 300}, goal={"target": count(400)}
    ),
    Row(
        "zero change",
        "A",
        False,
        "OC305",
        f"{GOAL}.change",
        (),
        (),
        goal={"target": None, "change": count(0)},
    ),
    Row(
        "change under one",
        "A",
        True,
        None,
        GOAL,
        (),
        (),
        goal={"target": None, "change": count(0.5)},
    ),
    Row("no owner", "S", True, None, GOAL, (), (), goal={"owner": None}),
]
