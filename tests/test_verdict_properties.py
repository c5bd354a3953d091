"""Properties that relate SMART verdicts to their input, not only that checking never fails.

- Moving a deadline earlier never improves the T letter.
- Widening a target (further from the baseline, in the goal's direction) never turns a goal the
  profile finds too far (OC304) into a plausible one, and a stricter profile never accepts what a
  looser one rejects.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

import opscontent
from opscontent.checks import Profile

TODAY = dt.date(2027, 3, 1)
DAYS = st.integers(min_value=-400, max_value=400)
UNITS = st.sampled_from(["count", "percent"])
DIRECTIONS = st.sampled_from(["increase", "decrease"])
LEVELS = st.integers(min_value=0, max_value=2000) | st.floats(
    min_value=0, max_value=2000, allow_nan=False, allow_infinity=False
)


def _check(
    *,
    unit: str = "count",
    direction: str = "increase",
    baseline: float = 100,
    goal: dict[str, Any],
    limit: float = 1.0,
    points: float = 30.0,
) -> opscontent.Report:
    kpi = {
        "key": "kpi",
        "name": "signups",
        "scope": "trial users",
        "unit": unit,
        "direction": direction,
        "baseline": baseline,
    }
    doc = opscontent.Document.model_validate(
        {
            "meta": {"title": "t"},
            "sections": [
                {
                    "kind": "goals",
                    "items": [{"id": "g", "metric": "kpi", "owner": "o", **goal}],
                },
                {"kind": "metrics", "items": [kpi]},
            ],
        }
    )
    profile = Profile(name="p", required=[], max_relative_change=limit, max_point_change=points)
    return opscontent.check(doc, profile=profile, today=TODAY, locale="en")


def _letter(report: opscontent.Report, letter: str) -> bool:
    return report.goals[0].letters["SMART".index(letter)].ok


@given(DAYS, st.integers(min_value=0, max_value=400), st.booleans())
def test_an_earlier_deadline_never_improves_t(days: int, earlier: int, period: bool) -> None:
    def t_ok(end: dt.date) -> bool:
        when = (
            {"period": {"start": end - dt.timedelta(days=30), "end": end}}
            if period
            else {"deadline": end}
        )
        return _letter(_check(goal={"target": {"value": 150, "unit": "count"}, **when}), "T")

    later = TODAY + dt.timedelta(days=days)
    if t_ok(later - dt.timedelta(days=earlier)):
        assert t_ok(later)
    assert t_ok(later) is (later >= TODAY)


def _too_far(report: opscontent.Report) -> bool:
    return "OC304" in report.codes()


@given(UNITS, DIRECTIONS, LEVELS, LEVELS, st.floats(min_value=0, max_value=500))
@example("count", "increase", 4.693824516103888e-78, 0, 1.0)  # a ratio of 2e77 once raised
def test_widening_a_target_never_makes_it_plausible(
    unit: str, direction: str, baseline: float, target: float, wider: float
) -> None:
    sign = 1 if direction == "increase" else -1
    farther = target + sign * wider
    if unit == "percent" and not 0 <= farther <= 100:
        return

    def check(level: float) -> opscontent.Report:
        return _check(
            unit=unit,
            direction=direction,
            baseline=baseline,
            goal={"target": {"value": level, "unit": unit}, "deadline": TODAY},
        )

    if _too_far(check(target)):
        assert _too_far(check(farther))
    if _letter(check(farther), "A") and sign * (target - baseline) > 0:
        assert _letter(check(target), "A")


@given(
    DIRECTIONS,
    st.integers(min_value=1, max_value=1000),
    st.integers(min_value=0, max_value=300),
    st.floats(min_value=0.01, max_value=3),
    st.floats(min_value=0, max_value=3),
)
def test_a_stricter_profile_never_accepts_what_a_looser_one_rejects(
    direction: str, baseline: int, change: int, limit: float, looser: float
) -> None:
    def check(bound: float) -> opscontent.Report:
        goal = {"change": {"value": change, "unit": "percent"}, "deadline": TODAY}
        return _check(direction=direction, baseline=baseline, goal=goal, limit=bound)

    if _too_far(check(limit + looser)):
        assert _too_far(check(limit))
    if abs(change / 100 - limit) > 1e-9:  # away from the limit, where rounding decides
        assert _too_far(check(limit)) is (change / 100 > limit)
