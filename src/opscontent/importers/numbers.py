"""Numbers as people write them: 35, 1,200, 3.5万, 三, 十二, 两, 一百二十, 一万五."""

from __future__ import annotations

import re

__all__ = ["NUMBER", "parse_number"]

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
_CN = "零〇一二两三四五六七八九十百千万亿"

NUMBER = (
    rf"[-−]?(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?\s*[万亿]?"
    rf"|[{_CN}]+(?:点[{_CN}]+)?"
)
"""A regular expression for one number, Arabic (with 万/亿) or in Chinese numerals."""


def _chinese_integer(text: str) -> int | None:
    """一百二十 → 120, and spoken short forms: 一万五 → 15000, 三千五 → 3500.

    A last digit right after a unit counts in the next unit down (一万零五 is 10005).
    """
    total = section = digit = 0
    unit = 1  # the unit of the last digit when it ends the number right after a unit
    for char in text:
        if char in _DIGITS:
            digit = _DIGITS[char]
            unit = 1 if digit == 0 else unit
        elif char in _SMALL_UNITS:
            section += (digit or 1) * _SMALL_UNITS[char]
            digit, unit = 0, _SMALL_UNITS[char] // 10
        elif char in _BIG_UNITS:
            total = (total + section + digit) * _BIG_UNITS[char]
            section = digit = 0
            unit = _BIG_UNITS[char] // 10
        else:
            return None
    return total + section + digit * unit if text else None


def parse_number(text: str) -> float | None:
    """The value of a number written in Arabic digits or Chinese numerals, or ``None``.

    >>> [parse_number(t) for t in ("35", "1,200", "3.5万", "三", "十二", "两")]
    [35.0, 1200.0, 35000.0, 3.0, 12.0, 2.0]
    >>> [parse_number(t) for t in ("一百二十", "二十五", "百分之五")]
    [120.0, 25.0, None]
    >>> [parse_number(t) for t in ("一万五", "三千五", "两万五", "一百五", "一万零五", "一亿五")]
    [15000.0, 3500.0, 25000.0, 150.0, 10005.0, 150000000.0]
    >>> [parse_number(t) for t in ("三点五", "两点零五", "点五", "-3", "−1.5万", "", "-")]
    [3.5, 2.05, None, -3.0, -15000.0, None, None]
    """
    text = text.strip().replace(" ", "")
    if text[:1] in {"-", "−"}:
        value = parse_number(text[1:])
        return None if value is None else -value
    if not text:
        return None
    scale = 1.0
    if text[-1] in _BIG_UNITS and re.fullmatch(r"[\d.,]+[万亿]", text):
        scale = float(_BIG_UNITS[text[-1]])
        text = text[:-1]
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", text):
        return float(text.replace(",", "")) * scale
    if "点" in text:
        whole, _, fraction = text.partition("点")
        head = _chinese_integer(whole)
        digits = "".join(str(_DIGITS.get(c, "")) for c in fraction)
        if head is None or not digits:
            return None
        return float(f"{head}.{digits}")
    value = _chinese_integer(text)
    return None if value is None else float(value)
