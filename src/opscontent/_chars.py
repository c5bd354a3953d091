"""Characters no document format can carry: C0/C1 controls, surrogates, U+FFFE and U+FFFF.

XML 1.0 (so DOCX and XHTML) cannot hold them at all, HTML and terminals show them as garbage,
and they reach documents when text is pasted from Word (U+000C page break, U+0007 cell mark).
Renderers print text without them; ``check`` reports where they are (OC106).
"""

from __future__ import annotations

import re

__all__ = ["UNPRINTABLE", "printable"]

UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
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
