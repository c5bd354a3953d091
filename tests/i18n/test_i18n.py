"""Catalogs are complete and in sync with the source; locale names resolve."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from opscontent.i18n import language
from opscontent.i18n.locales import CATALOG_DIR
from opscontent.i18n.typography import (
    han_latin_space,
    join_lines,
    normalize_zh_punctuation,
    typeset_zh,
)

from ..conftest import ROOT


def _catalog(name: str) -> dict[object, object]:
    with (CATALOG_DIR / f"{name}.po").open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id}


def _extracted() -> set[object]:
    spec = importlib.util.spec_from_file_location(
        "update_catalogs", ROOT / "tools" / "update_catalogs.py"
    )
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {m.id for m in module.template() if m.id}


def test_catalogs_hold_exactly_the_messages_of_the_source() -> None:
    extracted = _extracted()
    assert len(extracted) > 100
    for name in ("zh_Hans_CN", "en_US"):
        assert set(_catalog(name)) == extracted, f"run 'make catalogs' ({name})"


def test_every_message_has_a_chinese_translation() -> None:
    missing = [
        msgid
        for msgid, text in _catalog("zh_Hans_CN").items()
        if not text or (isinstance(text, tuple) and not all(text))
    ]
    assert missing == []


def test_chinese_translations_keep_the_placeholders() -> None:
    import re

    for msgid, text in _catalog("zh_Hans_CN").items():
        source = msgid[0] if isinstance(msgid, tuple) else msgid
        target = text[0] if isinstance(text, tuple) else text
        assert set(re.findall(r"\{\w+\}", str(source))) == set(re.findall(r"\{\w+\}", str(target)))


@pytest.mark.parametrize(
    ("name", "formatting", "title"),
    [
        ("zh", "zh_Hans_CN", "工作流程"),
        ("zh_CN", "zh_Hans_CN", "工作流程"),
        ("zh-Hans", "zh_Hans_CN", "工作流程"),
        ("zh_Hans_CN", "zh_Hans_CN", "工作流程"),
        ("en", "en_US", "Workflow"),
        ("en_US", "en_US", "Workflow"),
        ("en-GB", "en_GB", "Workflow"),
    ],
)
def test_locale_names(name: str, formatting: str, title: str) -> None:
    lang = language(name)
    assert str(lang.locale) == formatting
    assert lang.gettext("Workflow") == title


@pytest.mark.parametrize("name", ["fr", "xx", "", "zh_Hant_TW"])
def test_unknown_locales_list_what_exists(name: str) -> None:
    with pytest.raises(LookupError, match="zh_Hans_CN"):
        language(name)


def test_extra_catalog_folder_adds_a_locale(tmp_path: Path) -> None:
    (tmp_path / "de_DE.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Workflow"\nmsgstr "Arbeitsablauf"\n',
        encoding="utf-8",
    )
    assert language("de", (tmp_path,)).gettext("Workflow") == "Arbeitsablauf"


_TYPESETTING_ALPHABET = "负责拉新留存A b1%,:;!?().。，（）“”\n\t 　"


@given(
    st.text(alphabet=_TYPESETTING_ALPHABET, max_size=12),
    st.booleans(),
    st.booleans(),
)
def test_typeset_zh_fast_paths_change_nothing(text: str, punctuation: bool, space: bool) -> None:
    """The shortcuts of ``typeset_zh`` give what the three steps give in full."""
    expected = join_lines(text)
    if punctuation:
        expected = normalize_zh_punctuation(expected)
    if space:
        expected = han_latin_space(expected)
    assert typeset_zh(text, punctuation=punctuation, space=space) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Pinned: curly quotes were counted as Chinese punctuation, so the spaces around them
        # were removed in Latin text on a Chinese page.
        ("He said “hi” there", "He said “hi” there"),
        ("He said\n“hi” there", "He said “hi” there"),
        ("使用 “Growth” 模型", "使用“Growth”模型"),
        ("他说 “你好” 然后", "他说“你好”然后"),
        ("完成“拉新”.", "完成“拉新”。"),
        ("复盘 He said “hi”.", "复盘 He said “hi”."),
    ],
)
def test_curly_quotes_follow_the_text_they_touch(text: str, expected: str) -> None:
    assert typeset_zh(text) == expected
