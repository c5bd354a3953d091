"""Characters no document format can carry: C0/C1 controls, surrogates, U+FFFE and U+FFFF.

XML 1.0 (so DOCX and XHTML) cannot hold them at all, HTML and terminals show them as garbage,
and they reach documents when text is pasted from Word (U+000C page break, U+0007 cell mark).
Renderers print text without them; ``check`` reports where they are (OC106).
"""

from __future__ import annotations

import re

__all__ = ["UNPRINTABLE", "UNPRINTABLE_CHARS", "WHITESPACE_BUT_SPACE", "printable"]

UNPRINTABLE_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
"""The characters of :data:`UNPRINTABLE`, as the inside of a character class."""
WHITESPACE_BUT_SPACE = (
    "\t\n\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every character ``str.isspace`` (and ``\\s``) takes for a space, but the space itself, as the
inside of a character class: ``[^\\S ]`` in one class that other characters can join."""

UNPRINTABLE = re.compile(f"[{UNPRINTABLE_CHARS}]")
"""One character a document cannot carry (tab, line feed and carriage return are fine)."""
_SPACE_LIKE = frozenset("\x0b\x0c\x85")
"""Controls that separate words (vertical tab, form feed, next line): replaced by a space."""


def printable(text: str) -> str:
    r"""``text`` without the characters of :data:`UNPRINTABLE`.

    Those that separate words (form feed, vertical tab, next line) become a space.

    >>> printable("第一页\x0c第二页\x07\ufffe")
    '第一页 第二页'
    """
    if UNPRINTABLE.search(text) is None:
        return text
    return UNPRINTABLE.sub(lambda m: " " if m.group() in _SPACE_LIKE else "", text)
