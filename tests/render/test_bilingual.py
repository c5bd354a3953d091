"""Localized content: each text in the rendering's language, fallbacks, the bilingual layout."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import opscontent
from opscontent.cli import main
from opscontent.exceptions import RendererError, UnknownLocaleError
from opscontent.i18n import language
from opscontent.model import Document
from opscontent.model.localized import Localized, missing_translations
from opscontent.model.walk import iter_texts
from opscontent.paths import format_path
from opscontent.render import Fallback, fallbacks
from opscontent.render.languages import _texts as _texts_of
from opscontent.render.languages import fallback_note
from opscontent.render.view import build_view
from opscontent.testing import documents

from ..conftest import BILINGUAL_EXAMPLE, FIXTURES, ZH_EXAMPLE, document, section

PLAN = FIXTURES / "bilingual" / "plan.yaml"
BOTH: dict[str, Any] = {"language": "zh", "languages": ["zh", "en"]}


def both(zh: str, en: str) -> dict[str, str]:
    return {"zh": zh, "en": en}


def test_each_field_shows_the_locale_text_else_the_primary_one() -> None:
    task = {"name": both("周报", "Weekly report"), "description": "跟踪渠道数据。"}
    doc = Document.model_validate(
        {"meta": {"title": both("计划", "Plan"), **BOTH}, "sections": [section("tasks", task)]}
    )
    english = build_view(doc, language("en"))
    shown = english.sections[0].items[0]
    assert (english.title, shown.head, shown.text) == ("Plan", "Weekly report", "跟踪渠道数据。")
    assert english.lang_tag == "en"  # the language the content is shown in
    chinese = build_view(doc, language("zh"))
    assert (chinese.title, chinese.sections[0].items[0].head) == ("计划", "周报")
    assert chinese.lang_tag == "zh"
    assert type(english.title) is str  # the view holds plain strings, not Localized


def test_each_text_is_typeset_by_its_own_language() -> None:
    """A Chinese text shown in an English rendering keeps Chinese punctuation, and back."""
    doc = document(
        section(
            "tasks",
            {"name": both("周报", "Weekly  report"), "description": "拉新,留存(含复盘)."},
            {"name": both("拉新,留存", "Acquisition, retention")},
        ),
        **BOTH,
    )
    english = build_view(doc, language("en")).sections[0].items
    assert (english[0].head, english[0].text) == ("Weekly report", "拉新，留存（含复盘）。")
    chinese = build_view(doc, language("zh")).sections[0].items
    assert (chinese[1].head, chinese[0].text) == ("拉新，留存", "拉新，留存（含复盘）。")
    space = build_view(doc, language("en"), _options(han_latin_space=True))
    assert space.sections[0].items[0].head == "Weekly report"  # no Chinese rule for English


def _options(**changes: Any) -> Any:
    from opscontent.render.view import ViewOptions

    return ViewOptions(**changes)


def test_goal_sentences_follow_the_names_shown() -> None:
    """A KPI named in both languages gives an English sentence in English, not a Chinese one."""
    kpi: dict[str, Any] = {"key": "d1", "name": both("次日留存率", "Day-1 retention")}
    kpi |= {"unit": "percent", "direction": "increase", "baseline": 35, "target": 40}
    goal = {"id": "g", "metric": "d1", "deadline": "2027-06-30"}
    doc = document(section("metrics", kpi), section("goals", goal), **BOTH)
    english = build_view(doc, language("en")).sections[1].items[0].head
    assert english == "Raise day-1 retention from 35% to 40% by June 30, 2027"
    chinese = build_view(doc, language("zh")).sections[1].items[0].head
    assert chinese == "在2027年6月30日前将次日留存率从35%提升至40%"


def test_fallbacks_name_every_text_field_without_the_locale_language() -> None:
    doc = opscontent.load(PLAN)
    assert fallbacks(doc, "en") == [
        Fallback("$.meta.department", "zh"),
        Fallback("$.sections[0].items[0].activities[1]", "zh"),
    ]
    assert fallbacks(doc, "zh") == []
    assert fallbacks(doc) == []  # the document's language by default


def test_a_monolingual_document_falls_back_in_every_text_but_codes() -> None:
    doc = opscontent.load(ZH_EXAMPLE)
    found = fallbacks(doc, "en_US")
    assert {f.shown for f in found} == {"zh-Hans"}
    paths = {f.path for f in found}
    assert "$.meta.title" in paths
    assert "$.meta.authors[0]" in paths  # a name may be written in each language
    assert not {"$.meta.version", "$.meta.occupational_category", "$.meta.language"} & paths
    assert fallbacks(doc, "zh") == []
    undeclared = document(section("tasks", {"name": "周报"}), title="计划")
    assert fallbacks(undeclared, "en") == [
        Fallback("$.meta.title", "zh-Hans"),
        Fallback("$.sections[0].items[0].name", "zh-Hans"),
    ]  # a document that does not say is taken to be in its title's language


@settings(max_examples=15)
@given(documents(locale="zh"), st.data())
def test_fallbacks_are_the_texts_left_untranslated(doc: Document, data: st.DataObject) -> None:
    """Translate a generated document text by text, leaving some out: those are the fallbacks."""
    texts = {path for path, _ in _texts_of(doc)}
    missing: list[str] = []

    def translate(node: Any, path: str) -> Any:
        if isinstance(node, dict):
            return {key: translate(v, path + format_path((key,))[1:]) for key, v in node.items()}
        if isinstance(node, list):
            return [translate(item, f"{path}[{i}]") for i, item in enumerate(node)]
        if path in texts and not data.draw(st.booleans(), label=path):
            missing.append(path)
        elif path in texts:
            return {"zh": node, "en": f"EN {node}"}
        return node

    translated = translate(json.loads(opscontent.dumps(doc, "json")), "$")
    translated["meta"] |= BOTH
    bilingual = opscontent.loads(json.dumps(translated), "json")
    assert [f.path for f in fallbacks(bilingual, "en")] == missing
    assert fallbacks(bilingual, "zh") == []
    english = build_view(bilingual, language("en"))
    assert english.lang_tag == "en"
    assert english.title.startswith("EN ") == ("$.meta.title" not in missing)


def test_templates_receive_one_view_per_language(tmp_path: Path) -> None:
    (tmp_path / "text.txt.j2").write_text(
        "{% for view in docs %}{{ view.lang_tag }} {{ view.sections[0].heading }}\n{% endfor %}"
    )
    doc = opscontent.load(PLAN)
    options: dict[str, Any] = {"template_dirs": [tmp_path]}
    pair = opscontent.render(doc, "text", languages=("zh", "en"), **options)
    assert pair == "zh 岗位职责\nen Responsibilities\n"
    assert opscontent.render(doc, "text", locale="en", **options) == "en Responsibilities\n"


@pytest.mark.parametrize("languages", [("zh", "en"), ("en", "zh")])
@pytest.mark.parametrize(("fmt", "suffix"), [("text", "txt"), ("markdown", "md")])
def test_bilingual_golden(
    fmt: str, suffix: str, languages: tuple[str, str], update_goldens: bool
) -> None:
    output = opscontent.render(opscontent.load(PLAN), fmt, languages=languages)
    assert isinstance(output, str)
    path = PLAN.with_name(f"plan.{'-'.join(languages)}.{suffix}")
    if update_goldens:
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8"), f"{path.name} differs; see --update-goldens"


def _shown_text(markdown: str) -> str:
    """The text a reader of the rendered Markdown sees, one line per line break."""
    lines = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        for child in token.children or ():
            if child.type == "text":
                lines.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                lines.append("\n")
        lines.append("\n")
    return "".join(lines)


@pytest.mark.parametrize("path", [PLAN, BILINGUAL_EXAMPLE], ids=lambda p: p.name)
@pytest.mark.parametrize("languages", [("zh", "en"), ("en", "zh")])
def test_bilingual_markdown_holds_every_text_of_both_languages(
    path: Path, languages: tuple[str, str]
) -> None:
    doc = opscontent.load(path)
    shown = _shown_text(str(opscontent.render(doc, "markdown", languages=languages)))
    expected = [text for value in _texts(doc) for text in _languages(value)]
    assert len(expected) > 40
    assert [text for text in expected if text not in shown] == []


@pytest.mark.parametrize("languages", [("zh", "en"), ("en", "zh")])
def test_the_bilingual_example_in_text_holds_every_text_of_both_languages(
    languages: tuple[str, str],
) -> None:
    doc = opscontent.load(BILINGUAL_EXAMPLE)
    shown = " ".join(str(opscontent.render(doc, "text", languages=languages)).split())
    expected = [" ".join(t.split()) for value in _texts(doc) for t in _languages(value)]
    assert len(expected) > 300
    assert [text for text in expected if text not in shown] == []


@settings(max_examples=12)
@given(documents(languages=("zh", "en")))
def test_each_locale_falls_back_exactly_where_a_translation_is_missing(doc: Document) -> None:
    """The fallbacks of a rendering are the document's missing translations in its language."""
    for locale in ("zh", "en"):
        expected = [format_path(path) for path, tag in missing_translations(doc) if tag == locale]
        assert [f.path for f in fallbacks(doc, locale)] == expected


@settings(max_examples=8)
@given(documents(languages=("zh", "en"), translated=True, locale="en"))
def test_a_fully_translated_document_renders_each_locale_in_its_own_words(doc: Document) -> None:
    assert missing_translations(doc) == []
    for locale in ("zh", "en"):
        assert fallbacks(doc, locale) == []
        shown = " ".join(str(opscontent.render(doc, "text", locale=locale)).split())
        for _, value in iter_texts(doc, localizable=True):
            text = value.in_language(locale) if isinstance(value, Localized) else value
            assert text is not None
            assert " ".join(text.split()) in shown or not text.strip(), (locale, text)


def test_bilingual_markdown_escapes_both_languages() -> None:
    marked = both("*重点* 1. <b>", "- <b>key</b> | `x`")
    item = {"area": marked, "description": marked, "activities": [marked]}
    doc = Document.model_validate(
        {"meta": {"title": marked, **BOTH}, "sections": [section("responsibilities", item)]}
    )
    markdown = str(opscontent.render(doc, "markdown", languages=("zh", "en")))
    tokens = MarkdownIt("commonmark").parse(markdown)
    inline = [child for token in tokens for child in token.children or ()]
    assert not {"em_open", "html_inline", "code_inline"} & {child.type for child in inline}
    shown = _shown_text(markdown)
    assert shown.count("*重点* 1. <b>") == 4
    assert shown.count("- <b>key</b> | `x`") == 4


def _texts(doc: Document) -> list[str]:
    return [text for _, text in _texts_of(doc)]


def _languages(value: str) -> list[str]:
    return list(value.texts.values()) if isinstance(value, Localized) else [value]


def test_the_layout_pairs_lines_and_headings() -> None:
    doc = opscontent.load(PLAN)
    text = str(opscontent.render(doc, "text", languages=("zh", "en")))
    assert "\n一、岗位职责 Responsibilities\n" in text
    assert "\n（一）用户获取：规划并执行拉新活动。\n      User acquisition: Plans" in text
    assert "\n2. 运营邀请裂变活动\n\n" in text  # an untranslated line is not repeated
    markdown = str(opscontent.render(doc, "markdown", languages=("zh", "en")))
    assert "\n## 一、岗位职责 Responsibilities\n" in markdown
    assert "\n- **岗位**：用户增长运营专员\\\n  **Role**: User Growth Specialist\n" in markdown


@pytest.mark.parametrize(
    ("languages", "error"),
    [(("zh",), RendererError), (("zh", "zh_CN"), RendererError), (("zh", "xx"), LookupError)],
)
def test_the_layout_needs_two_known_languages(
    languages: tuple[str, ...], error: type[Exception]
) -> None:
    doc = opscontent.load(PLAN)
    with pytest.raises(error):
        opscontent.render(doc, "markdown", languages=languages)
    with pytest.raises(RendererError):  # JSON holds every language already
        opscontent.render(doc, "json", languages=("zh", "en"))
    assert issubclass(UnknownLocaleError, LookupError)


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["render", *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_the_cli_notes_fallbacks_on_one_line() -> None:
    code, out, err = _run(str(PLAN), "-f", "text", "-l", "en")
    assert code == 0
    assert "Department: 用户运营部" in out
    assert err == (
        f"{PLAN}: note: 2 texts have no English version and are shown in Chinese "
        "(first: $.meta.department)\n"
    )
    assert _run(str(PLAN), "-f", "text", "-l", "zh")[2] == ""
    code, out, err = _run(str(PLAN), "-f", "markdown", "--bilingual", "zh,en")
    assert code == 0
    assert out.startswith("# 用户增长运营专员岗位工作内容 User Growth Specialist — role and plan\n")
    assert err == f"{PLAN}: 提示：2处文本没有英语版本，以中文显示（第一处：$.meta.department）\n"


def test_one_note_covers_both_languages_of_the_layout() -> None:
    meta = {"title": both("计划", "Plan"), "summary": "只有中文。", "role": {"en": "Only English"}}
    doc = Document.model_validate({"meta": {**meta, **BOTH}})
    assert fallback_note(doc, ("zh", "en"), language("zh")) == (
        "提示：1处文本没有中文版本，以英语显示（第一处：$.meta.role）；"
        "1处文本没有英语版本，以中文显示（第一处：$.meta.summary）"
    )
    assert fallback_note(doc, ("en",), language("en")) == (
        "note: 1 text has no English version and is shown in Chinese (first: $.meta.summary)"
    )
    assert fallback_note(opscontent.load(PLAN), ("zh",), language("zh")) is None


def test_the_cli_notes_fallbacks_of_each_file_of_a_batch(tmp_path: Path) -> None:
    args = [str(PLAN), str(ZH_EXAMPLE), "-l", "en", "-o", str(tmp_path), "-j", "1"]
    code, out, err = _run(*args, "--report", "json")
    assert code == 0
    first, second = err.splitlines()
    assert first == (
        f"{PLAN}: note: 2 texts have no English version and are shown in Chinese "
        "(first: $.meta.department)"
    )
    assert re.fullmatch(
        rf"{re.escape(str(ZH_EXAMPLE))}: note: \d+ texts have no English version and are shown "
        r"in Chinese \(first: \$\.meta\.title\)",
        second,
    )
    assert [len(record["notes"]) for record in json.loads(out)] == [1, 1]
    assert opscontent.render_many([str(PLAN)], "text", locale="en", jobs=1).__next__().notes == ()


@pytest.mark.parametrize(
    ("value", "code"),
    [("zh", None), ("zh,en,fr", None), ("zh,", None), ("zh,xx", "OC008"), ("zh,zh-Hans", "OC011")],
)
def test_the_cli_refuses_a_bad_language_pair(value: str, code: str | None) -> None:
    status, out, err = _run(str(PLAN), "--bilingual", value)
    assert (status, out) == (2, "")
    assert err.count("\n") == 1
    assert (code or "--bilingual") in err


def test_the_cli_refuses_the_layout_for_a_renderer_without_it() -> None:
    status, _, err = _run(str(PLAN), "-f", "json", "--bilingual", "zh,en")
    assert status == 2
    assert "does not take --bilingual" in err
