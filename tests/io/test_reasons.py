"""The parsers' reasons, in the language of the error line."""

from __future__ import annotations

import pytest

import opscontent
from opscontent.i18n import language
from opscontent.io._reasons import _KNOWN


@pytest.mark.parametrize(
    ("text", "kind", "english", "chinese"),
    [
        ('{"a": }', "json", "Expecting value", "缺少值"),
        ("{'a': 1}", "json", "Expecting property name enclosed in double quotes", "双引号"),
        ('{"a": 1} x', "json", "Extra data", "多余内容"),
        ("meta:\n  title: [a\n", "yaml", "did not find expected ',' or ']'", "此处应为“,”或“]”"),
        ("meta:\n title: a: b\n", "yaml", "mapping values are not allowed", "冒号请加引号"),
        ("meta:\n\ttitle: a\n", "yaml", "found character that cannot start any token", "开头"),
        ("[meta]\ntitle = \n", "toml", "Invalid value", "无效的值"),
    ],
)
def test_a_common_reason_is_said_in_the_lines_language(
    text: str, kind: str, english: str, chinese: str
) -> None:
    with pytest.raises(opscontent.ParseError) as info:
        opscontent.loads(text, kind)
    assert english in info.value.localize(None)
    said = info.value.localize("zh")
    assert chinese in said
    assert english not in said


def test_every_known_reason_has_a_chinese_translation() -> None:
    zh = language("zh")
    assert [reason for reason in sorted(_KNOWN) if zh.gettext(reason) == reason] == []
