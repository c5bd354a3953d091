"""One view for many formats, and the view's shortcuts: they change no byte."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import opscontent
from opscontent._chars import printable
from opscontent.i18n import typography
from opscontent.i18n.typography import CJK, join_lines, typeset_zh
from opscontent.render import render_formats
from opscontent.render import view as view_module
from opscontent.render.view import localized_view, shared_views

from ..conftest import EN_EXAMPLE, EXAMPLES

FORMATS = ("text", "markdown", "html", "jsonld")


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
@pytest.mark.parametrize("locale", ["zh_Hans_CN", "en_US"])
def test_same_output_as_separate_renders(example: Path, locale: str) -> None:
    doc = opscontent.load(example)
    together = render_formats(doc, FORMATS, locale=locale, han_latin_space=True)
    apart = {f: opscontent.render(doc, f, locale=locale, han_latin_space=True) for f in FORMATS}
    assert together == apart


def test_the_view_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[object] = []
    build = view_module.build_view

    def counting(*args: Any) -> view_module.DocumentView:
        built.append(args[0])
        return build(*args)

    monkeypatch.setattr(view_module, "build_view", counting)
    doc = opscontent.load(EN_EXAMPLE)
    render_formats(doc, ["text", "markdown", "html", "docx"], locale="zh")
    assert len(built) == 1
    render_formats(doc, ["text", "markdown"], locale="en")
    render_formats(doc, ["text"], locale="en", goal_text="generated")
    assert len(built) == 3  # another locale or other options build another view


def test_views_are_kept_by_identity_within_the_block() -> None:
    doc = opscontent.load(EN_EXAMPLE)
    equal = doc.model_copy(deep=True)
    with shared_views():
        first = localized_view(doc, "en")[1]
        assert localized_view(doc, "en")[1] is first
        assert localized_view(equal, "en")[1] is not first  # an equal document is another one
        assert localized_view(doc, "zh")[1] is not first
        assert localized_view(doc, "en", han_latin_space=True)[1] is not first
    assert localized_view(doc, "en")[1] is not first  # dropped when the block ends


@given(st.text(alphabet=st.sampled_from("ab 中，,(.\n\t\x0c\x07\u3000“”")))
def test_typesetting_shortcuts_change_nothing(text: str) -> None:
    assert view_module._collapse_spaces(text) == join_lines(printable(text))
    for punctuation, space in ((True, False), (False, False), (True, True)):
        expected = typeset_zh(printable(text), punctuation=punctuation, space=space)
        assert view_module._typeset_zh(text, punctuation=punctuation, space=space) == expected


_CJK_END = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff5e]"
_FULLWIDTH = f"[{re.escape(typography._FULLWIDTH_MARKS)}]"
_PERIOD_RULE = re.compile(rf"(?:(?<={_CJK_END})|(?<={_CJK_END}[”’]))\.(?=\s|$)")
_CJK_INK = CJK.replace("\\u3000", "\\u3001")
"""A CJK character that is not whitespace: the ideographic space U+3000 belongs to the run of
spaces it is in, never next to it."""
_BREAK_RULE = re.compile(
    rf"(?<={_CJK_INK})\s*\n\s*|\s*\n\s*(?={_CJK_INK})|(?<={_FULLWIDTH})\s+|\s+(?={_FULLWIDTH})"
    rf"|(?<={_CJK_INK})\s+(?=[“‘])|(?<=[”’])\s+(?={_CJK_INK})|(?<=[“‘])\s+(?={_CJK_INK})"
    rf"|(?<={_CJK_INK})\s+(?=[”’])"
)
"""The rules as regular expressions, which the typesetting follows with character tests."""
_TYPESET_TEXT = st.text(alphabet=st.sampled_from("aZ1 中文，。、（）(),.:\n\t\u3000“”‘’！ｆ丽〔》"))


@given(_TYPESET_TEXT)
@example("‘\u3000\u3000‘")  # a run of ideographic spaces between quotes is one space
def test_lines_join_by_the_rules(text: str) -> None:
    expected = text if not re.search(r"\s", text) else " ".join(_BREAK_RULE.sub("", text).split())
    assert join_lines(text) == expected


@given(_TYPESET_TEXT)
def test_periods_by_the_rules(text: str) -> None:
    assert typography._DOT_BEFORE_SPACE.sub(typography._period, text) == _PERIOD_RULE.sub(
        "。", text
    )


_PAREN_RULE = re.compile(
    r"(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[ \t]+（"
    r"|）[ \t]+(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])"
)


@given(st.text(alphabet=st.sampled_from("a 中\t（）丽\n")))
def test_parentheses_spaced_by_the_rules(text: str) -> None:
    expected = _PAREN_RULE.sub(lambda m: m.group().strip(), text)
    assert typography._PAREN_SPACE.sub(typography._paren_space, text) == expected


@given(_TYPESET_TEXT)
def test_cjk_test_by_the_rule(text: str) -> None:
    assert typography._has_cjk(text) == (re.search(CJK, text) is not None)


def test_the_view_typesets_every_mark_typography_changes() -> None:
    for mark in [*typography._PUNCTUATION, "(", ")", ".", " ", "\n"]:
        assert view_module._MAY_TYPESET.search(f"中{mark}文") is not None
