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
_PUNCTUATION = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
"""ASCII marks that become full-width between Han text (负责拉新,留存 → 负责拉新，留存)."""
_FULLWIDTH_MARKS = "、。〃《》「」『』【】〔〕！（），：；？"
"""Full-width marks that take no space on either side (增长 》 留存 → 增长》留存)."""
_DOT_BEFORE_SPACE = re.compile(r"\.(?=\s|$)")


def _ends_cjk(char: str) -> bool:
    """Whether a Han character or full-width punctuation can end a sentence at ``char``."""
    return (
        "\u3400" <= char <= "\u4dbf"
        or "\u4e00" <= char <= "\u9fff"
        or "\uf900" <= char <= "\ufaff"
        or "\u3001" <= char <= "\u303f"
        or "\uff01" <= char <= "\uff5e"
    )


def _period(match: re.Match[str]) -> str:
    """``。`` for a period after CJK text, or after a closing quote that follows CJK text.

    Character tests instead of a look-behind: a Han character class takes milliseconds to
    compile, a good part of a short process.
    """
    text, at = match.string, match.start()
    before = text[at - 1] if at else ""
    if before in ("”", "’"):
        before = text[at - 2] if at > 1 else ""
    return "。" if before and _ends_cjk(before) else "."


_PARENS = _lazy(rf"\(([^()\n]*{_HAN}[^()\n]*)\)")
_HAN_LATIN = _lazy(rf"(?<={_HAN})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?={_HAN})")


_PAREN_SPACE = re.compile(r"[ \t]+（|）[ \t]+")


def _is_han(char: str) -> bool:
    """Whether ``char`` is a Han character (``""`` is not)."""
    return (
        "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"
    )


def _paren_space(match: re.Match[str]) -> str:
    """No space between Han text and a full-width parenthesis: 计划 （草案） → 计划（草案）."""
    text, found = match.string, match.group()
    if found[-1] == "（":
        touches = match.start() > 0 and _is_han(text[match.start() - 1])
    else:
        touches = match.end() < len(text) and _is_han(text[match.end()])
    return found.strip() if touches else found


def normalize_zh_punctuation(text: str) -> str:
    """Use full-width punctuation in Han text.

    ASCII , : ; ! ? between Han characters become ，：；！？, a period ending a Han sentence
    becomes 。, and parentheses around Han text become （）.

    >>> normalize_zh_punctuation("负责拉新,留存:转化 (含复盘).")
    '负责拉新，留存：转化（含复盘）。'
    """
    rules = _rules()
    if rules.ascii_marks.search(text) is None:
        return text
    text = rules.between.sub(lambda m: _PUNCTUATION[m.group(1)], text)
    text = _PARENS().sub(lambda m: f"（{m.group(1).strip()}）", text)
    text = _PAREN_SPACE.sub(_paren_space, text)
    return _DOT_BEFORE_SPACE.sub(_period, text)


def han_latin_space(text: str) -> str:
    """Put a space between Han characters and Latin letters or digits.

    >>> han_latin_space("使用SQL和Excel统计5%的用户")
    '使用 SQL 和 Excel 统计 5% 的用户'
    """
    return _HAN_LATIN().sub(" ", text)


CJK = r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
"""One CJK character, punctuation and full-width forms included (a regular expression)."""
_SPACE = re.compile(r"\s")
_SPACE_RUN = re.compile(r"\s+")
_QUOTES = frozenset("“‘”’")


def _is_cjk(char: str) -> bool:
    """Whether ``char`` is one character of :data:`CJK` (``""`` is not)."""
    return (
        "\u3000" <= char <= "\u303f"
        or "\u3400" <= char <= "\u4dbf"
        or "\u4e00" <= char <= "\u9fff"
        or "\uf900" <= char <= "\ufaff"
        or "\uff00" <= char <= "\uffef"
    )


def _has_cjk(text: str) -> bool:
    """Whether ``text`` holds a CJK character; Chinese text says so at its first character."""
    return not text.isascii() and any(map(_is_cjk, text))


class _Rules:
    """The patterns built from the tables above, each compiled on first use."""

    @functools.cached_property
    def _marks(self) -> str:
        return "".join(re.escape(mark) for mark in _PUNCTUATION)

    @functools.cached_property
    def ascii_marks(self) -> re.Pattern[str]:
        return re.compile(rf"[{self._marks}().]")

    @functools.cached_property
    def between(self) -> re.Pattern[str]:
        return re.compile(rf"(?<={_HAN})[ \t]*([{self._marks}])[ \t]*(?={_HAN_END})")

    @functools.cached_property
    def may_change(self) -> re.Pattern[str]:
        return re.compile(rf"[\s{self._marks}().]")

    @functools.cached_property
    def fullwidth(self) -> frozenset[str]:
        """The full-width marks that take no space on either side."""
        return frozenset(_FULLWIDTH_MARKS)


@functools.cache
def _rules() -> _Rules:
    """The rules of the current tables; tests that change a table clear this cache."""
    return _Rules()


def _join_run(run: re.Match[str]) -> str:
    """A whitespace run, or nothing where it touches Chinese text.

    Nothing where a line break touches CJK text, next to full-width punctuation, and between
    CJK text and a curly quote (a space next to a quote stays in Latin text: He said “hi”).
    """
    text, start, end = run.string, run.start(), run.end()
    fullwidth = _rules().fullwidth
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before in fullwidth or after in fullwidth:
        return ""
    cjk_before, cjk_after = _is_cjk(before), _is_cjk(after)
    if (cjk_before or cjk_after) and "\n" in run.group():
        return ""
    if (cjk_before and after in _QUOTES) or (cjk_after and before in _QUOTES):
        return ""
    return run.group()


def join_lines(text: str) -> str:
    r"""Join the lines of a paragraph, the Chinese way.

    No space where a line break touches Chinese text, and none around full-width punctuation.

    >>> join_lines("以数据驱动增长， 与产品团队\n协同 and\n  more")
    '以数据驱动增长，与产品团队协同 and more'
    """
    if _SPACE.search(text) is None:
        return text
    if text.isascii():
        return " ".join(text.split())
    return " ".join(_SPACE_RUN.sub(_join_run, text).split())


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
    if not space and _rules().may_change.search(text) is None:
        return text  # nothing to join or normalize: most Chinese strings
    if not _has_cjk(text):
        return " ".join(text.split())  # every other rule needs a CJK character
    text = join_lines(text)
    if punctuation:
        text = normalize_zh_punctuation(text)
    if space:
        text = han_latin_space(text)
    return text
