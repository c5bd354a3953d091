"""Chinese typesetting: each rule on the text that needs it, and each table entry shown needed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from opscontent.i18n import typography
from opscontent.i18n.typography import join_lines, normalize_zh_punctuation, typeset_zh


@pytest.fixture(autouse=True)
def _fresh_rules() -> Iterator[None]:
    typography._rules.cache_clear()
    yield
    typography._rules.cache_clear()


CASES = [
    # ASCII marks between Han text become full-width; elsewhere they stay
    ("负责拉新,留存", "负责拉新，留存"),
    ("目标:留存", "目标：留存"),
    ("拉新;留存", "拉新；留存"),
    ("真的!好", "真的！好"),
    ("为什么?因为", "为什么？因为"),
    ("拉新 , 留存", "拉新，留存"),
    ("拉新,“留存”", "拉新，“留存”"),
    ("SQL, Excel", "SQL, Excel"),
    ("周报,Excel", "周报,Excel"),
    ("Excel,周报", "Excel,周报"),
    # a final ASCII period after Han (or after a closing quote) is 。, not in a file name
    ("完成复盘.", "完成复盘。"),
    ("提交“周报”.", "提交“周报”。"),
    ("提交周报.docx", "提交周报.docx"),
    ("Use SQL.", "Use SQL."),
    # parentheses around Han text become full-width, Latin-only ones stay
    ("转化 (含复盘) 分析", "转化（含复盘）分析"),
    ("使用 (SQL) 分析", "使用 (SQL) 分析"),
    ("Grow organic (SEO) traffic.", "Grow organic (SEO) traffic."),
    # line breaks: none where they touch Chinese, a space between Latin words
    ("与产品团队\n协同", "与产品团队协同"),
    ("使用\nSQL", "使用SQL"),
    ("SQL\n分析", "SQL分析"),
    ("and\n  more", "and more"),
    # no space around full-width punctuation and brackets
    ("增长 ， 留存", "增长，留存"),
    ("阅读 《增长黑客》 一书", "阅读《增长黑客》一书"),
    ("见 「附录」 说明", "见「附录」说明"),
    ("标注 【重点】 内容", "标注【重点】内容"),
    # curly quotes keep their spaces in Latin text, lose them against Chinese
    ("He said “hi” there", "He said “hi” there"),
    ("使用 “Growth” 模型", "使用“Growth”模型"),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_typeset_zh(text: str, expected: str) -> None:
    assert typeset_zh(text) == expected


def test_spacing_is_optional() -> None:
    assert typeset_zh("使用SQL统计5%的用户", space=True) == "使用 SQL 统计 5% 的用户"
    assert typeset_zh("使用SQL统计", space=False) == "使用SQL统计"
    assert typeset_zh("负责,留存", punctuation=False) == "负责,留存"


# One text per table entry, and what typesetting makes of it with the full tables.
PUNCTUATION = {mark: f"数据{mark}分析" for mark in typography._PUNCTUATION}
MARKS = {mark: f"A {mark} B" for mark in typography._FULLWIDTH_MARKS}


def test_every_entry_has_a_text() -> None:
    assert set(PUNCTUATION) == set(typography._PUNCTUATION)
    assert set(MARKS) == set(typography._FULLWIDTH_MARKS)
    assert len(typography._FULLWIDTH_MARKS) == len(set(typography._FULLWIDTH_MARKS))


@pytest.mark.parametrize("mark", sorted(PUNCTUATION))
def test_ascii_mark_is_needed(mark: str, monkeypatch: pytest.MonkeyPatch) -> None:
    full = typography._PUNCTUATION
    assert normalize_zh_punctuation(PUNCTUATION[mark]) == f"数据{full[mark]}分析"
    monkeypatch.setattr(typography, "_PUNCTUATION", {k: v for k, v in full.items() if k != mark})
    typography._rules.cache_clear()
    assert normalize_zh_punctuation(PUNCTUATION[mark]) == PUNCTUATION[mark]


@pytest.mark.parametrize("mark", sorted(MARKS))
def test_fullwidth_mark_is_needed(mark: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert join_lines(MARKS[mark]) == f"A{mark}B"
    monkeypatch.setattr(
        typography, "_FULLWIDTH_MARKS", typography._FULLWIDTH_MARKS.replace(mark, "")
    )
    typography._rules.cache_clear()
    assert join_lines(MARKS[mark]) == MARKS[mark]
