"""Content strings as a view shows them: in the view's language, typeset by their own rules.

A text field holds a plain string, written in the document's primary language, or a
:class:`~opscontent.model.localized.Localized` with a text per language. A view built for one
language shows each field's text in that language where the field has one, else the primary
text; and it typesets each shown text by the rules of the language it is written in, not by
the view's: a Chinese text in an English rendering still gets Chinese punctuation.

Plain strings are the hot path (a document holds hundreds): they cost one type check more than
typesetting alone, and the language of localized texts is matched once per set of tags.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from opscontent._chars import UNPRINTABLE_CHARS, WHITESPACE_BUT_SPACE, printable
from opscontent.i18n.typography import CJK, join_lines, typeset_zh
from opscontent.model.localized import Localized, best_language

__all__ = ["Shown", "collapse_spaces", "is_chinese", "typeset_chinese"]


@functools.cache
def _may_collapse() -> re.Pattern[str]:
    """What :func:`collapse_spaces` may change, but two spaces, compiled on first use.

    Whitespace but a space, an unprintable or a CJK character (lines join differently around
    CJK text): one character class, searched several times faster than their alternation.
    """
    return re.compile(f"[{WHITESPACE_BUT_SPACE}{UNPRINTABLE_CHARS}{CJK[1:-1]}]")


_MAY_TYPESET = re.compile(rf"[{UNPRINTABLE_CHARS}\s,:;!?().]")
"""What :func:`typeset_chinese` may change without ``space``: an unprintable character,
whitespace or ASCII punctuation."""

_Typeset = Callable[[str], str]


def _latin_rules(other: _Typeset | None) -> _Typeset:
    """Typesetting of text in a language written with spaces: lines joined, spaces collapsed.

    ``other`` takes the strings that are not exactly ``str`` (a :class:`Localized`).
    """
    search = _may_collapse().search

    def typeset(text: str) -> str:
        if other is not None and type(text) is not str:
            return other(text)
        if search(text) is None and "  " not in text and text[:1] != " " and text[-1:] != " ":
            return text  # most strings: one character class instead of three rules
        return join_lines(printable(text))  # Chinese content joins its lines without spaces

    return typeset


def _chinese_rules(other: _Typeset | None, *, punctuation: bool, space: bool) -> _Typeset:
    """Chinese typesetting: full-width punctuation between Han text, optional Han–Latin space.

    ``other`` takes the strings that are not exactly ``str`` (a :class:`Localized`).
    """
    search = _MAY_TYPESET.search

    def typeset(text: str) -> str:
        if other is not None and type(text) is not str:
            return other(text)
        if not space and search(text) is None:
            return text  # most Chinese strings: one regular expression instead of two
        return typeset_zh(printable(text), punctuation=punctuation, space=space)

    return typeset


@functools.cache
def _rules(chinese: bool, punctuation: bool, space: bool) -> _Typeset:
    """The typesetting of plain strings in Chinese or another language, built once."""
    if chinese:
        return _chinese_rules(None, punctuation=punctuation, space=space)
    return _latin_rules(None)


def collapse_spaces(text: str) -> str:
    """Typeset one string by the rules of languages written with spaces (English)."""
    return _rules(False, False, False)(text)


def typeset_chinese(text: str, *, punctuation: bool, space: bool) -> str:
    """Typeset one string by the Chinese rules (:func:`opscontent.i18n.typography.typeset_zh`)."""
    return _rules(True, punctuation, space)(text)


@functools.lru_cache(maxsize=64)
def is_chinese(tag: str) -> bool:
    """Whether the language tag (``zh``, ``zh-Hant``, ``zh_Hans_CN``) names Chinese.

    >>> is_chinese("zh-Hans"), is_chinese("en_US")
    (True, False)
    """
    return tag.replace("_", "-").split("-")[0].lower() == "zh"


class Shown:
    """Shows the content strings of one view: picked in ``wanted``, typeset by their language.

    Args:
        wanted: the view's language tag (``en_US``, ``zh_Hans_CN``).
        plain: the language of the document's plain strings (its primary language).
        punctuation: full-width punctuation between Han text (Chinese texts).
        space: a space between Han text and Latin letters or digits (Chinese texts).

    >>> shown = Shown("en_US", "zh", punctuation=True, space=False)
    >>> shown.t(Localized({"zh": "用户增长", "en": "User  growth"}))
    'User growth'
    >>> shown.t("拉新,留存")  # a plain string is Chinese here: Chinese rules
    '拉新，留存'
    >>> shown.pick(Localized({"zh": "拉新"}))
    ('拉新', 'zh')

    """

    def __init__(self, wanted: str, plain: str, *, punctuation: bool, space: bool) -> None:
        self.wanted = wanted
        self.plain = plain
        self._choices: dict[tuple[str, ...], str | None] = {}
        """The tag shown for each set of tags a localized text has (``None``: none serves)."""
        self._rules = {
            True: _rules(True, punctuation, space),
            False: _rules(False, False, False),
        }
        """Typesetting of a shown text by whether its language is Chinese."""
        plain_rules = (
            _chinese_rules(self.localized, punctuation=punctuation, space=space)
            if is_chinese(plain)
            else _latin_rules(self.localized)
        )
        self.t: Callable[[str], str] = plain_rules
        """Show one content string: the text in the view's language, typeset."""

    def pick(self, text: str) -> tuple[str, str]:
        """The text of ``text`` the view shows, untypeset, and the tag of its language.

        The text in the view's language where the field has one, else its primary text.
        """
        if not isinstance(text, Localized):
            return str.__str__(text), self.plain
        texts = text.texts
        key = tuple(texts)
        try:
            tag = self._choices[key]
        except KeyError:
            tag = self._choices[key] = best_language(self.wanted, key)
        if tag is None:
            return str.__str__(text), text.language
        return texts[tag], tag

    def localized(self, text: str) -> str:
        """A string that is not exactly ``str``: its text in the view's language, typeset."""
        if not isinstance(text, Localized):
            return self.t(str.__str__(text))
        shown, tag = self.pick(text)
        return self._rules[is_chinese(tag)](shown)
