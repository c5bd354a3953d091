"""Deadlines as people write them: absolute dates, quarters, relative spans, 年底前.

A quarter or a half of a year is also a period: ``2027年第一季度将…`` / ``… in Q1 2027`` says
the goal is worked on during the quarter, ``2027年第一季度前`` / ``by Q1 2027`` /
``到第一季度末`` that it is due when the quarter ends. :func:`find_deadline` gives the last day
either way, and the first and last day when the wording says a period.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import NamedTuple

from opscontent.importers.numbers import NUMBER, parse_number

__all__ = ["Deadline", "find_deadline"]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_QUARTER_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _quarter_end(quarter: int, year: int | None, today: dt.date) -> dt.date:
    if year is None:
        year = today.year
        if _month_end(year, quarter * 3) < today:
            year += 1
    return _month_end(year, quarter * 3)


def _half_end(first: bool, year: int | None, today: dt.date) -> dt.date:
    """The last day of H1 or H2: of ``year``, else the next one not yet over."""
    month = 6 if first else 12
    if year is None:
        year = today.year if _month_end(today.year, month) >= today else today.year + 1
    return _month_end(year, month)


_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"),
        "ymd",
    ),
    (
        re.compile(
            rf"(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})",
            re.I,
        ),
        "mdy",
    ),
    (
        re.compile(
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}})",
            re.I,
        ),
        "dmy",
    ),
    (re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?:底|末)"), "ym-end"),
    (re.compile(rf"(?:end of\s+)?(?P<mon>{_MONTH_NAMES})\s+(?P<y>\d{{4}})", re.I), "my-end"),
    (re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"), "md"),
    (re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?:第\s*)?(?P<q>[一二三四1-4])\s*季度"), "quarter"),
    (re.compile(r"(?:(?P<y>\d{4})\s*)?Q(?P<q>[1-4])(?:\s*(?P<y2>\d{4}))?", re.I), "quarter"),
    (re.compile(r"(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter", re.I), "quarter-word"),
    (
        re.compile(
            rf"(?:未来|接下来的?|之后的?)?\s*(?P<n>{NUMBER})\s*个?\s*"
            r"(?P<u>天|日|周|星期|个月|月|季度|年)\s*(?:内|之内|以内)"
        ),
        "span-zh",
    ),
    (
        re.compile(
            r"(?:within|in)\s+(?:the\s+next\s+)?(?P<n>\d+|one|two|three|four|five|six|"
            r"seven|eight|nine|ten|twelve|a)\s+(?P<u>days?|weeks?|months?|quarters?|years?)",
            re.I,
        ),
        "span-en",
    ),
    (
        re.compile(
            r"(?:今年|本年度?)?年(?:底|末)|(?:by|through|before)\s+(?:the\s+)?(?:end\s+of\s+"
            r"(?:the\s+|this\s+)?year|year[- ]end|(?:the|this)\s+year)",
            re.I,
        ),
        "year-end",
    ),
    (
        re.compile(
            r"(?P<y>\d{4})\s*年?\s*年(?:底|末)"
            r"|(?:(?:by|before)\s+)?(?:the\s+)?(?:end\s+of|year[- ]end)\s+(?P<y2>\d{4})\b"
            r"|(?:through(?:out)?|until)\s+(?P<y3>\d{4})\b",
            re.I,
        ),
        "end-of-year",
    ),
    (re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<h>上|下)半年(?!\s*(?:内|之内|以内))"), "half"),
    (
        re.compile(
            r"\b(?:(?P<y>\d{4})\s*)?H(?P<n>[12])\b(?:\s*(?P<y2>\d{4})\b)?"
            r"|(?:the\s+)?(?P<w>first|second)\s+half(?:\s+of\s+(?P<y3>\d{4}))?",
            re.I,
        ),
        "half-en",
    ),
    (
        re.compile(r"下个?季度(?:末|底)?|(?:by\s+)?(?:the\s+)?end\s+of\s+next\s+quarter", re.I),
        "next-quarter",
    ),
    (
        re.compile(
            r"(?:未来|接下来的?)?\s*半年\s*(?:内|之内|以内)"
            r"|within\s+(?:the\s+next\s+)?half\s+a?\s*year",
            re.I,
        ),
        "half-span",
    ),
    (
        re.compile(
            r"本季度(?:末|底)?|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+quarter", re.I
        ),
        "this-quarter",
    ),
    (
        re.compile(
            r"(?:本月|这个月)(?:底|末)|by\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+month", re.I
        ),
        "month-end",
    ),
    (
        re.compile(r"(?:下个?月)(?:底|末)?|by\s+(?:the\s+)?end\s+of\s+next\s+month", re.I),
        "next-month-end",
    ),
]
_AFTER = re.compile(r"\s*(?:之前|以前|前|为止|之内|以内|内)")
_SPANS = {"quarter": 3, "quarter-word": 3, "half": 6, "half-en": 6}
"""Kinds of pattern that name a whole quarter or half of a year, and its length in months."""
_DUE_AFTER = re.compile(r"\s*(?:之前|以前|前|为止|末|底|结束)")
"""Written right after a quarter or a half: it is the deadline, not the period."""
_DUE_BEFORE = re.compile(
    r"(?:\b(?:by|before|until|till|through|ending|end\s+of)\s+(?:the\s+)?|(?:到|至|截至|截止)\s*)$",
    re.I,
)
"""Written right before a quarter or a half: it is the deadline, not the period."""


class Deadline(NamedTuple):
    """A deadline found in a text."""

    date: dt.date
    """The last day."""
    span: tuple[int, int]
    """Where it is written, with the words that mark it a deadline (``前``)."""
    start: dt.date | None = None
    """The first day, when the text names a period (``in Q1 2027``, ``2027年上半年``)."""


_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _span(today: dt.date, n: float, unit: str) -> dt.date:
    unit = unit.lower().rstrip("s")
    count = int(n)
    if unit in {"天", "日", "day"}:
        return today + dt.timedelta(days=count)
    if unit in {"周", "星期", "week"}:
        return today + dt.timedelta(weeks=count)
    if unit in {"个月", "月", "month"}:
        return _add_months(today, count)
    if unit in {"季度", "quarter"}:
        return _add_months(today, 3 * count)
    return _add_months(today, 12 * count)


def find_deadline(text: str, today: dt.date) -> Deadline | None:
    """The first deadline in ``text``, where it was found and the period it names, or ``None``.

    >>> find_deadline("在2027年第一季度将留存率提升至40%", dt.date(2026, 11, 29)).start
    datetime.date(2027, 1, 1)
    >>> find_deadline("2027年第一季度前将留存率提升至40%", dt.date(2026, 11, 29)).start is None
    True
    """
    found: list[Deadline] = []
    for pattern, kind in _PATTERNS:
        match = pattern.search(text)
        if match is None:
            continue
        date = _resolve(kind, match, today)
        if date is not None:
            after = _AFTER.match(text, match.end())
            span = (match.start(), after.end() if after else match.end())
            found.append(Deadline(date, span, _start(kind, match, text, date)))
    if not found:
        return None
    return min(found, key=lambda item: (item.span[0], -(item.span[1] - item.span[0])))


def _start(kind: str, match: re.Match[str], text: str, end: dt.date) -> dt.date | None:
    """The first day of the quarter or half ``match`` names, unless it is written as due."""
    months = _SPANS.get(kind)
    if months is None or _DUE_AFTER.match(text, match.end()):
        return None
    if _DUE_BEFORE.search(text, 0, match.start()) or re.match(r"(?i)end\b", match[0]):
        return None
    return dt.date(end.year, end.month - months + 1, 1)


def _resolve(kind: str, match: re.Match[str], today: dt.date) -> dt.date | None:
    group = match.groupdict()
    try:
        if kind == "ymd":
            return dt.date(int(group["y"]), int(group["m"]), int(group["d"]))
        if kind in {"mdy", "dmy"}:
            return dt.date(int(group["y"]), _MONTHS[group["mon"].lower()], int(group["d"]))
        if kind == "ym-end":
            return _month_end(int(group["y"]), int(group["m"]))
        if kind == "my-end":
            return _month_end(int(group["y"]), _MONTHS[group["mon"].lower()])
        if kind == "md":
            date = dt.date(today.year, int(group["m"]), int(group["d"]))
            return date if date >= today else date.replace(year=today.year + 1)
    except ValueError:
        return None
    if kind == "quarter":
        year = group.get("y") or group.get("y2")
        return _quarter_end(_QUARTER_ZH[group["q"]], int(year) if year else None, today)
    if kind == "quarter-word":
        return _quarter_end(_ORDINALS[group["q"].lower()], None, today)
    if kind in {"span-zh", "span-en"}:
        raw = group["n"]
        n = (
            _WORDS.get(raw.lower())
            if kind == "span-en" and not raw.isdigit()
            else parse_number(raw)
        )
        return None if n is None else _span(today, n, group["u"])
    if kind in {"half", "half-en"}:
        first = group.get("h") == "上" or group.get("n") == "1" or group.get("w", "") == "first"
        year = group.get("y") or group.get("y2") or group.get("y3")
        return _half_end(first, int(year) if year else None, today)
    if kind == "next-quarter":
        end = _add_months(today.replace(day=1), 3)  # a day of the next quarter
        return _quarter_end((end.month - 1) // 3 + 1, end.year, today)
    if kind == "half-span":
        return _add_months(today, 6)
    if kind == "this-quarter":
        return _quarter_end((today.month - 1) // 3 + 1, today.year, today)
    if kind == "year-end":
        return dt.date(today.year, 12, 31)
    if kind == "end-of-year":
        return dt.date(int(group["y"] or group["y2"] or group["y3"]), 12, 31)
    if kind == "month-end":
        return _month_end(today.year, today.month)
    next_month = _add_months(today.replace(day=1), 1)
    return _month_end(next_month.year, next_month.month)
