"""Tables: what each column holds, and KPI rows read into typed metrics.

A header row names its columns (``指标 | 定义 | 基线 | 目标 | 频率 | 负责人``, ``Metric Baseline
Target Owner``); each row below is read by them. Cells read into typed values (``≥85%``,
``90秒``, ``每周``) are reported back so the line records keep them as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from opscontent.importers.numbers import NUMBER, parse_number
from opscontent.model import Cadence, Direction, Metric, TimeUnit, Unit

__all__ = ["Amount", "KpiRow", "column_roles", "is_kpi_table", "kpi_metric", "read_amount"]

_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("index", re.compile(r"^(?:序号|编号|no\.?|#)$", re.I)),
    ("statement", re.compile(r"^(?:kr|key results?|关键结果|目标描述)$", re.I)),
    (
        "definition",
        re.compile(r"定义|口径|说明|计算|公式|definition|formula|how (?:it is )?measured", re.I),
    ),
    (
        "baseline",
        re.compile(r"基线|现状|当前|基准|本周|本月|实际|baseline|current|actual|today", re.I),
    ),
    ("target", re.compile(r"目标|target|goal", re.I)),
    ("frequency", re.compile(r"频率|周期|频次|frequency|cadence|reviewed", re.I)),
    ("owner", re.compile(r"负责人|责任人|负责|owner|who|dri", re.I)),
    ("name", re.compile(r"指标|名称|kpi|metric|measure|^kr$|事项", re.I)),
]
_COMPARATOR = re.compile(
    r"^\s*(?P<c>≥|>=|≤|<=|<|>|＜|＞|不低于|不少于|至少|不超过|不高于|不多于|最多|at least"
    r"|no more than|no less than|under|below|above|over|up to|min\.?|max\.?)\s*"
    r"|\s*(?P<s>以上|以下|以内|or (?:more|higher|less|lower|fewer))\s*$",
    re.I,
)
_UP = re.compile(
    r"≥|>=|>|＞|不低于|不少于|至少|at least|no less than|above|over|min|以上|more|higher", re.I
)
_DURATION: list[tuple[str, TimeUnit, float]] = [
    (r"秒|seconds?|secs?\b|(?<![a-z])s\b", TimeUnit.MINUTE, 1 / 60),
    (r"分钟|minutes?|mins?\b", TimeUnit.MINUTE, 1),
    (r"小时|hours?|hrs?\b|(?<![a-z])h\b", TimeUnit.HOUR, 1),
    (r"个?工作日|天|days?\b|(?<![a-z])d\b", TimeUnit.DAY, 1),
    (r"周|weeks?\b", TimeUnit.WEEK, 1),
]
_CURRENCY: list[tuple[str, str]] = [
    (r"元|¥|￥|rmb|cny", "CNY"),
    (r"us\$|\$|usd", "USD"),
    (r"€|eur", "EUR"),
    (r"£|gbp", "GBP"),
    (r"sgd", "SGD"),
]
_CADENCE: list[tuple[str, Cadence]] = [
    (r"双周|biweekly|fortnight", Cadence.BIWEEKLY),
    (r"日|天|daily|day", Cadence.DAILY),
    (r"周|weekly|week", Cadence.WEEKLY),
    (r"半年|semi", Cadence.SEMIANNUALLY),
    (r"季|quarter", Cadence.QUARTERLY),
    (r"月|monthly|month", Cadence.MONTHLY),
    (r"年|annual|yearly|year", Cadence.ANNUALLY),
]


def column_roles(header: list[str]) -> list[str]:
    """The role of each column (``name``, ``target`` …; empty when unknown), each role once."""
    roles: list[str] = []
    for cell in header:
        role = next((r for r, pattern in _ROLES if pattern.search(cell.strip())), "")
        roles.append("" if role in roles else role)
    if "name" not in roles and "statement" not in roles and roles and not roles[0]:
        roles[0] = "name"
    return roles


def is_kpi_table(roles: list[str]) -> bool:
    """A KPI table: a name column and one for a baseline, a target or a frequency."""
    return "name" in roles and bool({"baseline", "target", "frequency"} & set(roles))


@dataclass
class Amount:
    """A number read from a cell, with its unit (and currency, time unit, comparator)."""

    value: float
    """The number (a duration in its time unit, seconds as minutes)."""
    unit: Unit
    """The unit the number is in."""
    currency: str | None = None
    """ISO code of a currency amount."""
    time_unit: TimeUnit | None = None
    """The time unit of a duration."""
    comparator: str = ""
    """``≥``, ``不超过`` … as written, when the cell has one."""


def read_amount(cell: str) -> Amount | None:
    """The amount of a cell: ``35%``, ``8万``, ``45元``, ``90秒``, ``≤60秒``; else ``None``.

    >>> read_amount("45元").currency, read_amount("24小时").time_unit
    ('CNY', <TimeUnit.HOUR: 'hour'>)
    """
    comparator = _COMPARATOR.search(cell)
    number = re.search(NUMBER, cell)
    if number is None or re.search(r"\d\s*[-~～–]\s*\d", cell):
        return None
    value = parse_number(number.group())
    if value is None:
        return None
    rest = (cell[: number.start()] + " " + cell[number.end() :]).lower()
    if comparator:
        rest = rest.replace(comparator.group().strip().lower(), " ")
    if re.search(r"%|％", rest):
        return Amount(value, Unit.PERCENT, comparator=comparator.group() if comparator else "")
    for pattern, code in _CURRENCY:
        if re.search(pattern, rest):
            return Amount(value, Unit.CURRENCY, currency=code, comparator=_c(comparator))
    for pattern, time_unit, factor in _DURATION:
        if re.search(pattern, rest):
            scaled = round(value * factor, 4)
            return Amount(scaled, Unit.DURATION, time_unit=time_unit, comparator=_c(comparator))
    if re.fullmatch(r"\s*x?\s*", rest):
        return Amount(value, Unit.RATIO if "x" in rest else Unit.COUNT, comparator=_c(comparator))
    return None


def _c(match: re.Match[str] | None) -> str:
    return match.group() if match else ""


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


@dataclass
class KpiRow:
    """A KPI table row: cells by role, and the other columns as ``(header, cell)``."""

    name: str
    """The KPI's name (the name column)."""
    cells: dict[str, str] = field(default_factory=dict)
    """Cells by column role."""
    headers: dict[str, str] = field(default_factory=dict)
    """Column headers by role, as written."""
    extra: list[tuple[str, str]] = field(default_factory=list)
    """Columns with no role: ``(header, cell)``."""


def kpi_metric(row: KpiRow, key: str, joiner: str) -> tuple[Metric, list[str]]:
    """The typed metric of a row, and the cells read into typed values (as written)."""
    typed: list[str] = []
    fields: dict[str, object] = {"key": key, "name": row.name}
    baseline = read_amount(row.cells.get("baseline", ""))
    target = read_amount(row.cells.get("target", ""))
    unit_of = target or baseline
    kept = [f"{head}{joiner}{cell}" for head, cell in row.extra]
    if (
        baseline
        and target
        and (baseline.unit, baseline.time_unit, baseline.currency)
        != (
            target.unit,
            target.time_unit,
            target.currency,
        )
    ):
        baseline = None  # read in different units: the baseline stays text
    for role, reading in (("baseline", baseline), ("target", target)):
        if reading is not None:
            fields[role] = _number(reading.value)
            typed.append(row.cells[role])
        elif row.cells.get(role):
            kept.append(f"{row.headers.get(role, role)}{joiner}{row.cells[role]}")
    if unit_of is not None and (baseline or target):
        fields.update(unit=unit_of.unit, currency=unit_of.currency, time_unit=unit_of.time_unit)
    else:
        fields["unit"] = Unit.COUNT
    fields["direction"] = _direction(target, baseline, row.name)
    frequency = row.cells.get("frequency", "")
    cadence = next((c for p, c in _CADENCE if re.search(p, frequency.lower())), None)
    if cadence is not None:
        fields["frequency"] = cadence
        typed.append(frequency)
    elif frequency:
        kept.append(frequency)
    if row.cells.get("owner"):
        fields["owner"] = row.cells["owner"]
    definition = [row.cells["definition"]] if row.cells.get("definition") else []
    if definition or kept:
        fields["definition"] = (
            "；".join(definition + kept) if joiner == "：" else "; ".join(definition + kept)
        )
    return Metric.model_validate(fields), typed


def _direction(target: Amount | None, baseline: Amount | None, name: str) -> Direction:
    if target is not None and target.comparator:
        return Direction.INCREASE if _UP.search(target.comparator) else Direction.DECREASE
    if target is not None and baseline is not None and target.value != baseline.value:
        return Direction.INCREASE if target.value > baseline.value else Direction.DECREASE
    down = r"降低|减少|下降|成本|时长|流失|投诉|退款|破损|积压|reduce|cost|churn|time|shrink|defect"
    return Direction.DECREASE if re.search(down, name, re.I) else Direction.INCREASE
