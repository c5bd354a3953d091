"""The character classes that typesetting and the checks search with."""

from __future__ import annotations

import re
import sys

from opscontent._chars import UNPRINTABLE, UNPRINTABLE_CHARS, WHITESPACE_BUT_SPACE, printable
from opscontent.i18n.typography import CJK
from opscontent.render._shown import _may_collapse, collapse_spaces

EVERY_CHARACTER = [chr(code) for code in range(sys.maxunicode + 1)]


def test_whitespace_but_space_is_what_str_isspace_takes_for_a_space_but_the_space() -> None:
    found = re.compile(f"[{WHITESPACE_BUT_SPACE}]")
    assert [c for c in EVERY_CHARACTER if found.fullmatch(c)] == [
        c for c in EVERY_CHARACTER if c.isspace() and c != " "
    ]


def test_unprintable_is_built_from_its_characters() -> None:
    assert UNPRINTABLE.pattern == f"[{UNPRINTABLE_CHARS}]"
    assert printable("a\x07b\x0cc\ud800") == "ab c"


def test_one_class_finds_what_the_three_rules_found() -> None:
    """The single class equals ``[^\\S ]|unprintable|CJK``; two spaces are checked apart."""
    rules = re.compile(rf"[^\S ]|{UNPRINTABLE.pattern}|{CJK}")
    merged = _may_collapse()
    assert [c for c in EVERY_CHARACTER if merged.fullmatch(c)] == [
        c for c in EVERY_CHARACTER if rules.fullmatch(c)
    ]


def test_double_spaces_still_collapse() -> None:
    assert collapse_spaces("Weekly  review") == "Weekly review"
    assert collapse_spaces("Weekly review") == "Weekly review"
