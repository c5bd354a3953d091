"""Chinese numerals and the GB/T 15834 numbering hierarchy (一、 → （一） → 1. → （1））."""

from __future__ import annotations

import functools

__all__ = ["marker", "zh_numeral"]

_DIGITS = "零一二三四五六七八九"
_UNITS = ((10_000_0000, "亿"), (10_000, "万"), (1000, "千"), (100, "百"), (10, "十"))


def zh_numeral(n: int) -> str:
    """Write a non-negative integer in Chinese numerals.

    >>> [zh_numeral(n) for n in (1, 10, 12, 20, 105, 110, 1001, 10010)]
    ['一', '十', '十二', '二十', '一百零五', '一百一十', '一千零一', '一万零一十']
    """
    if n < 0:
        raise ValueError("only non-negative integers have Chinese numerals here")
    text = _spell(n)
    return text[1:] if text.startswith("一十") else text


def _spell(n: int) -> str:
    if n < 10:
        return _DIGITS[n]
    for size, unit in _UNITS:
        if n >= size:
            head, rest = divmod(n, size)
            text = _spell(head) + unit
            if rest:
                text += ("零" if rest < size // 10 else "") + _spell(rest)
            return text
    raise AssertionError(n)  # pragma: no cover - every n >= 10 has a unit


@functools.lru_cache(maxsize=1024)
def marker(level: int, n: int, *, chinese: bool, parent: int | None = None) -> str:
    """The list marker of item ``n`` (1-based) at ``level`` (1 = section).

    Chinese follows GB/T 15834: ``一、`` ``（一）`` ``1.`` ``（1）``; English uses ``1.``
    ``1.1`` ``(a)`` ``(i)``-style markers.

    >>> [marker(level, 2, chinese=True) for level in (1, 2, 3, 4)]
    ['二、', '（二）', '2.', '（2）']
    >>> [marker(level, 2, chinese=False, parent=3) for level in (1, 2, 3, 4)]
    ['2.', '3.2', '(b)', '(ii)']
    """
    if chinese:
        return (f"{zh_numeral(n)}、", f"（{zh_numeral(n)}）", f"{n}.", f"（{n}）")[
            min(level, 4) - 1
        ]
    if level == 1:
        return f"{n}."
    if level == 2:
        return f"{parent}.{n}" if parent is not None else f"{n}."
    if level == 3:
        return f"({_letters(n)})"
    return f"({_roman(n)})"


def _letters(n: int) -> str:
    text = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


def _roman(n: int) -> str:
    numerals = (
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    )
    text = ""
    for value, letters in numerals:
        count, n = divmod(n, value)
        text += letters * count
    return text
