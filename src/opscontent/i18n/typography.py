"""Chinese typesetting of content strings.

Full-width punctuation between Han characters and optional spacing between Han and Latin text.

Follows W3C clreq and the common Chinese copywriting guidelines: ，。：；（） between Han text,
half-width digits, ``5%`` without a space. Han–Latin spacing is a layout choice, off by default.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["han_latin_space", "join_lines", "normalize_zh_punctuation", "typeset_zh"]


def _lazy(pattern: str) -> Callable[[], re.Pattern[str]]:
    """``pattern``, compiled on first use.

    Each Han character class costs milliseconds to compile, and most texts never reach most
    of the rules.
    """
    return functools.cache(lambda: re.compile(pattern))


_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_HAN_END = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e“”‘’]"
_ASCII_MARKS = re.compile(r"[,:;!?().]")
_PUNCTUATION = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_BETWEEN = _lazy(rf"(?<={_HAN})[ \t]*([,:;!?])[ \t]*(?={_HAN_END})")
_CJK_END = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e]"
_PERIOD = _lazy(rf"(?:(?<={_CJK_END})|(?<={_CJK_END}[”’]))\.(?=\s|$)")
_PARENS = _lazy(rf"\(([^()\n]*{_HAN}[^()\n]*)\)")
_HAN_LATIN = _lazy(rf"(?<={_HAN})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?={_HAN})")


def normalize_zh_punctuation(text: str) -> str:
    """Use full-width punctuation in Han text.

    ASCII , : ; ! ? between Han characters become ，：；！？, a period ending a Han sentence
    becomes 。, and parentheses around Han text become （）.

    >>> normalize_zh_punctuation("负责拉新,留存:转化 (含复盘).")
    '负责拉新，留存：转化（含复盘）。'
    """
    if _ASCII_MARKS.search(text) is None:
        return text
    text = _BETWEEN().sub(lambda m: _PUNCTUATION[m.group(1)], text)
    text = _PARENS().sub(lambda m: f"（{m.group(1).strip()}）", text)
    text = re.sub(rf"(?<={_HAN})[ \t]+（|）[ \t]+(?={_HAN})", lambda m: m.group().strip(), text)
    return _PERIOD().sub("。", text)


def han_latin_space(text: str) -> str:
    """Put a space between Han characters and Latin letters or digits.

    >>> han_latin_space("使用SQL和Excel统计5%的用户")
    '使用 SQL 和 Excel 统计 5% 的用户'
    """
    return _HAN_LATIN().sub(" ", text)


CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
"""One CJK character, punctuation and full-width forms included (a regular expression)."""
_FULLWIDTH_PUNCTUATION = r"[\u3001-\u3003\u300a-\u3011\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]"
_SPACE = re.compile(r"\s")
_CJK_ANY = _lazy(CJK)
# Curly quotes are shared by Chinese and Latin text: a space next to one goes only where the
# quote touches CJK text (使用 “Growth” 模型 → 使用“Growth”模型; He said “hi” there stays).
_CJK_BREAK = _lazy(
    rf"(?<={CJK})\s*\n\s*|\s*\n\s*(?={CJK})"
    rf"|(?<={_FULLWIDTH_PUNCTUATION})\s+|\s+(?={_FULLWIDTH_PUNCTUATION})"
    rf"|(?<={CJK})\s+(?=[“‘])|(?<=[”’])\s+(?={CJK})"
    rf"|(?<=[“‘])\s+(?={CJK})|(?<={CJK})\s+(?=[”’])"
)


def join_lines(text: str) -> str:
    r"""Join the lines of a paragraph, the Chinese way.

    No space where a line break touches Chinese text, and none around full-width punctuation.

    >>> join_lines("以数据驱动增长， 与产品团队\n协同 and\n  more")
    '以数据驱动增长，与产品团队协同 and more'
    """
    if _SPACE.search(text) is None:
        return text
    if _CJK_ANY().search(text) is None:
        return " ".join(text.split())
    return " ".join(_CJK_BREAK().sub("", text).split())


_MAY_CHANGE = re.compile(r"[\s,:;!?().]")


def typeset_zh(text: str, *, punctuation: bool = True, space: bool = False) -> str:
    r"""Typeset a content string for a Chinese page.

    Joins its lines (:func:`join_lines`), then with ``punctuation`` uses full-width marks in Han
    text (:func:`normalize_zh_punctuation`) and with ``space`` spaces Han from Latin text
    (:func:`han_latin_space`). Text with no CJK character only has its whitespace collapsed.

    >>> typeset_zh("负责拉新,留存\n与转化")
    '负责拉新，留存与转化'
    >>> typeset_zh("Grow  organic (SEO) traffic.")
    'Grow organic (SEO) traffic.'
    """
    if not space and _MAY_CHANGE.search(text) is None:
        return text  # nothing to join or normalize: most Chinese strings
    if _CJK_ANY().search(text) is None:
        return " ".join(text.split())  # every other rule needs a CJK character
    text = join_lines(text)
    if punctuation:
        text = normalize_zh_punctuation(text)
    if space:
        text = han_latin_space(text)
    return text
