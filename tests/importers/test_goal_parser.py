"""parse_goal: every word of its tables is needed, and the phrasings people write are read.

The vocabulary test walks the tables of ``importers/_goal_words.py``: each entry has a sentence
that is read as expected with the full tables and not read so without that entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

import opscontent
from opscontent.importers import _goal_words as words
from opscontent.importers import goal_parser
from opscontent.importers.goal_parser import GoalParse
from opscontent.model import Quantity

from ..conftest import FIXTURES

TODAY = dt.date(2026, 11, 29)
VOCABULARY: dict[str, dict[str, dict[str, Any]]] = yaml.safe_load(
    (FIXTURES / "goals" / "vocabulary.yaml").read_text(encoding="utf-8")
)
ENTRIES = [(table, entry) for table, entries in VOCABULARY.items() for entry in entries]


@pytest.fixture(autouse=True)
def _fresh_grammar() -> Iterator[None]:
    goal_parser._grammar.cache_clear()
    yield
    goal_parser._grammar.cache_clear()


def _quantity(quantity: Quantity | None) -> list[Any] | None:
    if quantity is None:
        return None
    detail = quantity.currency or quantity.time_unit or quantity.label
    return [quantity.value, quantity.unit.value, None if detail is None else str(detail)]


def _misses(parsed: GoalParse, expected: dict[str, Any]) -> list[str]:
    """The expected fields the parse does not have (``sentence`` aside)."""
    read = {
        "metric": parsed.metric,
        "direction": parsed.direction and parsed.direction.value,
        "bound": parsed.bound and parsed.bound.value,
        "owner": parsed.owner,
        "baseline": _quantity(parsed.baseline),
        "target": _quantity(parsed.target),
        "change": _quantity(parsed.change),
    }
    return [name for name, value in expected.items() if name != "sentence" and read[name] != value]


def _parse(sentence: str) -> GoalParse:
    return opscontent.parse_goal(sentence, today=TODAY)


def test_every_table_entry_has_a_sentence() -> None:
    tables = {name: getattr(words, name) for name in words.__all__}
    assert set(VOCABULARY) == set(tables)
    for name, table in tables.items():
        assert list(VOCABULARY[name]) == list(table), name


@pytest.mark.parametrize(("table", "entry"), ENTRIES, ids=[f"{t}-{e}" for t, e in ENTRIES])
def test_entry_is_read_and_needed(table: str, entry: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = VOCABULARY[table][entry]
    parsed = _parse(expected["sentence"])
    assert _misses(parsed, expected) == [], parsed
    assert parsed.goal is not None or table.startswith("OWNER")
    full = getattr(words, table)
    if isinstance(full, dict):
        monkeypatch.setattr(words, table, {k: v for k, v in full.items() if k != entry})
    else:
        monkeypatch.setattr(words, table, tuple(k for k in full if k != entry))
    goal_parser._grammar.cache_clear()
    assert _misses(_parse(expected["sentence"]), expected), f"{entry!r} is not needed"


PHRASINGS: list[tuple[str, dict[str, Any]]] = [
    # spoken and written Chinese numbers
    ("月销售额达到一万五", {"target": [15000, "count", None]}),
    ("客单价提升至三千五元", {"target": [3500, "currency", "CNY"]}),
    ("付费用户净增两万五", {"change": [25000, "count", None], "direction": "increase"}),
    ("日活提升至1.5万", {"target": [15000, "count", None]}),
    ("将复购率提高到百分之十五", {"target": [15, "percent", None]}),
    ("将活动参与人数提升至一百五人", {"target": [150, "count", "人"]}),
    # ratios
    (
        "投入产出比从1:2提升至1:3.5",
        {"baseline": [2, "ratio", None], "target": [3.5, "ratio", None]},
    ),
    ("Raise LTV to CAC to 3:1", {"target": [3, "ratio", None]}),
    ("生师比从1:20降至1:18", {"baseline": [20, "ratio", None], "target": [18, "ratio", None]}),
    ("ROI 达到 3倍", {"metric": "ROI", "target": [3, "ratio", None]}),
    # comparators are bounds, not increases
    ("Churn at most 3% before year end", {"direction": "maintain", "bound": "at_most"}),
    ("Increase retention to at least 40%", {"direction": "increase", "bound": "at_least"}),
    ("Keep refunds under 2% in H2", {"direction": "maintain", "bound": "below"}),
    ("投入产出比不低于1:3.5", {"bound": "at_least", "target": [3.5, "ratio", None]}),
    # durations
    ("Reduce page load time from 45 s to 30 s by Q2", {"baseline": [45, "duration", "second"]}),
    # English: fallback, capitalised connectives, no metric
    ("Raise 次日留存率 by 5%", {"metric": "次日留存率", "change": [5, "percent", None]}),
    ("Raise retention FROM 35% TO 40%", {"baseline": [35, "percent", None]}),
    ("RAISE retention By 5 Percentage Points", {"change": [5, "percentage_points", None]}),
    ("Increase by 5%", {"metric": None}),
    # words that only look like numbers, verbs or periods
    ("新增三千名用户", {"metric": "用户", "target": [3000, "count", "名"]}),
    ("实现GMV三千万元", {"metric": "GMV", "target": [30000000, "currency", "CNY"]}),
    ("Shipping cost at most $5", {"metric": "Shipping cost", "direction": "maintain"}),
    ("将留存率（次日）提升至40%", {"metric": "留存率（次日）"}),
    # English as translations of goal statements write it
    (
        "Raise D1 retention from 35% to 40% by 30 June 2027",
        {"metric": "D1 retention", "baseline": [35, "percent", None]},
    ),
    ("Reach a GMV of ¥5 million", {"metric": "GMV", "target": [5000000, "currency", "CNY"]}),
    ("Hit 1.2 billion page views", {"target": [1200000000, "count", None]}),
    ("Achieve an NPS of 45", {"metric": "NPS", "target": [45, "count", None]}),
    # a bare number at one end takes the unit of the other
    (
        "Cut first response time from 30 to 10 minutes",
        {"baseline": [30, "duration", "minute"], "target": [10, "duration", "minute"]},
    ),
    ("Reduce CAC from ¥80 to 60", {"target": [60, "currency", "CNY"]}),
    ("将首次响应时间从30缩短到10分钟", {"baseline": [30, "duration", "minute"]}),
]


@pytest.mark.parametrize(("sentence", "expected"), PHRASINGS, ids=[s for s, _ in PHRASINGS])
def test_phrasings(sentence: str, expected: dict[str, Any]) -> None:
    assert _misses(_parse(sentence), expected) == []


def test_h1_inside_a_word_is_no_period() -> None:
    assert _parse("Cut H1N1 cases to 50").deadline is None


def test_a_sentence_without_metric_has_no_draft() -> None:
    parsed = _parse("Increase by 5%")
    assert parsed.goal is None
    assert "metric" in parsed.unresolved


@pytest.mark.parametrize(
    ("phrase", "deadline"),
    [
        ("年底前", dt.date(2026, 12, 31)),
        ("before year end", dt.date(2026, 12, 31)),
        ("下季度", dt.date(2027, 3, 31)),
        ("by end of next quarter", dt.date(2027, 3, 31)),
        ("H1", dt.date(2027, 6, 30)),
        ("in H2 2027", dt.date(2027, 12, 31)),
        ("上半年", dt.date(2027, 6, 30)),
        ("下半年", dt.date(2026, 12, 31)),
        ("in the first half of 2028", dt.date(2028, 6, 30)),
        ("2028年底前", dt.date(2028, 12, 31)),
        ("2028年年底前", dt.date(2028, 12, 31)),
        ("by the end of 2028", dt.date(2028, 12, 31)),
        ("by end of 2028", dt.date(2028, 12, 31)),
        ("by year-end 2028", dt.date(2028, 12, 31)),
        ("through 2028", dt.date(2028, 12, 31)),
    ],
)
def test_relative_periods_count_from_today(phrase: str, deadline: dt.date) -> None:
    zh = phrase[0] > "\u3000"
    sentence = f"{phrase}将留存率提升至40%" if zh else f"Raise retention to 40% {phrase}"
    assert _parse(sentence).deadline == deadline


@pytest.mark.parametrize(
    ("today", "deadline"),
    [(dt.date(2026, 8, 31), dt.date(2026, 12, 31)), (dt.date(2026, 1, 1), dt.date(2026, 6, 30))],
)
def test_next_quarter_ends_on_its_last_day(today: dt.date, deadline: dt.date) -> None:
    assert opscontent.parse_goal("下季度将留存率提升至40%", today=today).deadline == deadline


@pytest.mark.parametrize(
    "sentence",
    [
        "年底前将留存率从35%提升至40%，转化率提升至5%，由王晓明负责",
        "Raise retention from 35% to 40% and conversion to 5% by year end, owned by Wang Xiaoming",
    ],
)
def test_two_targets_in_one_sentence_are_both_kept(sentence: str) -> None:
    parsed = _parse(sentence)
    (other,) = parsed.also
    assert [_quantity(parsed.target), _quantity(other.target)] == [
        [40, "percent", None],
        [5, "percent", None],
    ]
    assert parsed.goal is not None
    assert other.goal is not None
    assert parsed.goal.statement == sentence
    assert str(other.goal.statement) in sentence
    assert other.metric in {"转化率", "conversion"}
    assert (other.deadline, parsed.deadline) == (dt.date(2026, 12, 31), dt.date(2026, 12, 31))
    assert other.owner == parsed.owner
    assert parsed.owner is not None
    assert any("more than one target" in note for note in parsed.notes)


def test_one_target_keeps_the_whole_sentence() -> None:
    parsed = _parse("Grow subscribers from 1,200 to 1,500, by June 30, 2027")
    assert parsed.also == ()
    assert _quantity(parsed.target) == [1500, "count", None]


def test_bound_reaches_the_draft_goal() -> None:
    goal = _parse("客诉率不超过0.5%").goal
    assert goal is not None
    assert goal.target_bound == "at_most"
    assert goal.direction == "maintain"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("2027年第一季度将留存率提升至40%", (dt.date(2027, 1, 1), dt.date(2027, 3, 31))),
        ("在2027年上半年将留存率提升至40%", (dt.date(2027, 1, 1), dt.date(2027, 6, 30))),
        ("Raise retention to 40% in Q2 2027", (dt.date(2027, 4, 1), dt.date(2027, 6, 30))),
        ("Raise retention to 40% in H2 2027", (dt.date(2027, 7, 1), dt.date(2027, 12, 31))),
        ("Raise retention to 40% during the third quarter", (dt.date(2027, 7, 1), None)),
    ],
)
def test_a_quarter_or_half_the_goal_is_worked_in_is_its_period(
    sentence: str, period: tuple[dt.date, dt.date | None]
) -> None:
    parsed = _parse(sentence)
    assert parsed.period is not None
    assert parsed.goal is not None
    assert parsed.goal.period == parsed.period
    assert parsed.goal.deadline is None
    assert parsed.period.start == period[0]
    assert parsed.period.end == (period[1] or dt.date(2027, 9, 30))


@pytest.mark.parametrize(
    "sentence",
    [
        "2027年第一季度前将留存率提升至40%",
        "到2027年上半年末将留存率提升至40%",
        "Raise retention to 40% by Q1 2027",
        "Raise retention to 40% by the end of the first half of 2027",
    ],
)
def test_a_quarter_or_half_written_as_due_is_the_deadline(sentence: str) -> None:
    parsed = _parse(sentence)
    assert parsed.period is None
    assert parsed.goal is not None
    assert parsed.goal.deadline is not None
